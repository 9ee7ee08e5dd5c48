#include "common/FrontEndHints.h"

#include <array>

namespace fd::hints {

namespace {

std::array<QString, static_cast<std::size_t>(Hint::Count)>& clauses()
{
    static std::array<QString, static_cast<std::size_t>(Hint::Count)> instance;
    return instance;
}

Quote& quoteOf()
{
    static Quote instance = nullptr;
    return instance;
}

} // namespace

QString clause(Hint hint, const QStringList& args)
{
    const QString& text = clauses().at(static_cast<std::size_t>(hint));
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                const Quote quote = quoteOf();
                result += quote != nullptr ? quote(args.at(n - 1)) : args.at(n - 1);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

void set(Hint hint, const QString& text)
{
    clauses().at(static_cast<std::size_t>(hint)) = text;
}

void setQuote(Quote quote)
{
    quoteOf() = quote;
}

void clear()
{
    for (QString& text : clauses())
        text.clear();
    quoteOf() = nullptr;
}

} // namespace fd::hints
