#include "common/KeyedParameters.h"

#include <algorithm>

namespace fd {

Result<int> KeyedParameters::number(const QString& key, const QString& value, int minimum,
                                    int maximum)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < minimum || n > maximum)
        return failure(tr("%1 must be a whole number from %2 to %3, not “%4”.")
                           .arg(key)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(value));
    return n;
}

Error KeyedParameters::unknown(const QString& key, const QString& what, const QStringList& known)
{
    return Error(tr("“%1” is not %2; the parameters are %3.")
                     .arg(key, what, known.join(QStringLiteral(", "))));
}

Result<std::vector<std::pair<QString, QString>>>
KeyedParameters::assignments(const QStringList& list, const QString& example)
{
    std::vector<std::pair<QString, QString>> result;
    for (const QString& assignment : list) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return failure(
                tr("“%1” is not of the form KEY=VALUE, e.g. %2.").arg(assignment, example));
        QString key = assignment.left(equals).trimmed();
        QString value = assignment.mid(equals + 1);
        const auto earlier = std::find_if(result.begin(), result.end(),
                                          [&](const auto& kv) { return kv.first == key; });
        if (earlier != result.end())
            return failure(tr("%1 is given twice (“%2” and “%3”); give each parameter once.")
                               .arg(key, earlier->second.trimmed(), value.trimmed()));
        result.emplace_back(std::move(key), std::move(value));
    }
    return result;
}

Error KeyedParameters::savedInvalid(const QString& sentence)
{
    return Error(tr("The saved settings are invalid: %1").arg(sentence));
}

} // namespace fd
