#include "CliContext.h"

namespace fd::cli {

std::unique_ptr<Database> CliContext::open(Database::Access access)
{
    Database::Options options;
    options.access = access;
    auto db = Database::open(m_databasePath, options);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    return std::move(*db);
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("funneldesk-cli")} + m_arguments)) {
        return this->usage(parser.errorText() + QLatin1Char('.'));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: funneldesk-cli %1").arg(usage) << Qt::endl;
        const QString options = parser.helpText().section(QStringLiteral("Options:"), 1);
        if (!options.trimmed().isEmpty())
            m_out << Qt::endl << tr("Options:") << options;
        m_out.flush();
        return Success;
    }
    return std::nullopt;
}

QString CliContext::exitCodeRule()
{
    return tr("Exit codes:\n"
              "  0  success.\n"
              "  1  the data refuses a well-formed value: an invalid or duplicate email, an\n"
              "     unknown agent or customer, a date more than a day in the future, a solve\n"
              "     time on an open ticket; or the file cannot be used.\n"
              "  2  usage: the command line cannot be parsed, or names a value outside a fixed\n"
              "     list or range (a --status, --priority, --channel or --kind not listed,\n"
              "     --csat outside 1-5, --score outside 0-10, a date that does not read).\n"
              "  On 1 or 2 one sentence on stderr says what went wrong, and nothing is written.\n");
}

int CliContext::fail(const QString& sentence)
{
    m_err << sentence << Qt::endl;
    return UserError;
}

int CliContext::usage(const QString& sentence)
{
    m_err << sentence << Qt::endl << tr("Try “funneldesk-cli --help”.") << Qt::endl;
    return UsageError;
}

} // namespace fd::cli
