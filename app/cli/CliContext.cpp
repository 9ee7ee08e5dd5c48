#include "CliContext.h"

#include "common/VisibleText.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace fd::cli {

Result<OwnedDatabase> CliContext::openDatabase(Session::Options options) const
{
    if (!options.askPassword)
        options.askPassword = &CliContext::askPasswordOnTerminal;
    return Session::open(m_database, std::move(options));
}

OwnedDatabase CliContext::open(Session::Access access, Reads reads)
{
    Session::Options options;
    options.access = access;
    options.mapMemory = reads == Reads::Scans;
    options.createFolder = m_defaultLocation;
    auto db = openDatabase(std::move(options));
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    if (access == Session::Access::ReadWrite)
        m_openedForWriting = true;
    return std::move(*db);
}

std::optional<QString> CliContext::askPasswordOnTerminal(const QString& display)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = ::fileno(tty);
    termios before{};
    const bool canHide = ::tcgetattr(fd, &before) == 0;
    if (canHide) {
        termios hidden = before;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    std::fputs(qPrintable(tr("Password for %1: ").arg(display)), tty);
    std::fflush(tty);
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (canHide)
        ::tcsetattr(fd, TCSAFLUSH, &before);
    std::fputc('\n', tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString password = QString::fromLocal8Bit(line);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

const QStringList CliContext::kRepeatable{QStringLiteral("rule"), QStringLiteral("set"),
                                          QStringLiteral("map"), QStringLiteral("map-value")};

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& usage)
{
    return parse(parser, usage, m_arguments);
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& usage,
                                     const QStringList& arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("funneldesk-cli")} + arguments)) {
        QString sentence = parser.errorText();
        if (!sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
        return this->usage(sentence);
    }
    for (const QString& name : parser.optionNames()) {
        if (kRepeatable.contains(name))
            continue;
        QStringList values = parser.values(name);
        values.removeDuplicates();
        if (values.size() > 1)
            return this->usage(tr("--%1 is given more than once (“%2” and “%3”); give it once.")
                                   .arg(name, values.at(0), values.at(1)));
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

QList<ProtectedFile> CliContext::protectedFiles() const
{
    QList<ProtectedFile> files;
    if (m_database.isFile())
        files += OutputFile::openDatabase(databasePath());
    files += m_inputs;
    return files;
}

std::unique_ptr<OutputFile> CliContext::openOutput(const QString& target)
{
    auto opened = OutputFile::open(target, protectedFiles());
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(*opened);
}

int CliContext::writeOutput(const QString& target, const std::function<Status(QIODevice&)>& write)
{
    if (target == QLatin1String("-")) {
        m_out.flush(); // what the stream holds goes first
        // On a terminal as out() shows text (m_visibleOut), else the bytes as they are.
        auto written = write(m_stdout->isTerminal() ? static_cast<QIODevice&>(m_visibleOut)
                                                    : m_stdout->device());
        // A failed write to standard output is said once, by finishOutput().
        return written || m_stdout->failed() ? Success : fail(written.error());
    }
    auto out = openOutput(target);
    if (!out)
        return UserError;
    VisibleTextDevice visible(out->device()); // --out /dev/tty: a terminal all the same
    if (auto written = write(out->isTerminal() ? static_cast<QIODevice&>(visible) : out->device());
        !written && !out->failed()) {
        out->cancel();
        return fail(written.error());
    }
    return finish(*out);
}

int CliContext::finish(OutputFile& out)
{
    auto committed = out.commit();
    return committed ? Success : fail(committed.error());
}

int CliContext::finishOutput(int code)
{
    m_out.flush();
    auto committed = m_stdout->commit();
    if (committed || m_stdout->brokenPipe() || code != Success)
        return code;
    // The command's changes are committed by now: a 1 must not read as "nothing was written".
    if (m_openedForWriting)
        return fail(
            tr("%1 The changes to “%2” were saved.").arg(committed.error(), m_database.display()));
    return fail(committed.error());
}

std::optional<qint64> CliContext::positiveId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
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
              "  On 1 or 2 one sentence on stderr says what went wrong, and nothing is written;\n"
              "  the one exception, standard output failing after a change was saved, says so.\n");
}

std::unique_ptr<VisibleTextDevice> CliContext::openStderr(QFile& file)
{
    file.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return std::make_unique<VisibleTextDevice>(file);
}

void CliContext::progress(const QString& line)
{
    m_err.flush();
    m_visibleErr->writeRaw(QByteArrayLiteral("\r") + visibleText(line).toUtf8());
}

int CliContext::fail(const QString& sentence)
{
    m_err << visibleCell(sentence)
          << Qt::endl; // one sentence, one line: a value's line break is shown
    return UserError;
}

int CliContext::usage(const QString& sentence)
{
    m_err << sentence << Qt::endl << tr("Try “funneldesk-cli --help”.") << Qt::endl;
    return UsageError;
}

} // namespace fd::cli
