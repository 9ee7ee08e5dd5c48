// funneldesk_check_catalogue SOURCE.ts TRANSLATED.ts: fails (exit 1, a line per problem) unless
// TRANSLATED.ts translates every message of SOURCE.ts (resources/translations/funneldesk.ts,
// which the test "packaging: translation catalogue is current" keeps current) and nothing
// else, each as a translation may: not unfinished, vanished or obsolete, not empty, with the
// placeholders of its source (%1, %L1, %n, %Ln, the import hints' %P-style ones, {agent.name}),
// its HTML tags, its keyboard accelerator (&File → &Datei), its leading and trailing space or
// line break, and both numerus forms. The test "packaging: German catalogue is complete" runs
// it on resources/translations/funneldesk_de.ts.
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QString keyOf(const Message& m)
{
    return m.context + QChar(0x1F) + m.source + QChar(0x1F) + m.comment;
}

bool read(const QString& path, QList<Message>& messages, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << message;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        error = xml.errorString();
        return false;
    }
    return true;
}

// What a translation must keep of its source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression marks(QStringLiteral(R"(%L?n|%L?\d+|%[A-Z]\b|\{[a-z.]+\})"));
    QSet<QString> found;
    for (auto it = marks.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int accelerators(const QString& text)
{
    static const QRegularExpression accelerator(QStringLiteral(R"((?<!&)&(?!&)(?=\w))"), QRegularExpression::UseUnicodePropertiesOption);
    return static_cast<int>(text.count(accelerator));
}

bool spaceAtStart(const QString& text)
{
    return !text.isEmpty() && text.front().isSpace();
}

bool spaceAtEnd(const QString& text)
{
    return !text.isEmpty() && text.back().isSpace();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "Usage: funneldesk_check_catalogue SOURCE.ts TRANSLATED.ts" << Qt::endl;
        return 2;
    }
    QList<Message> source;
    QList<Message> translated;
    QString error;
    if (!read(args.at(1), source, error) || !read(args.at(2), translated, error)) {
        err << "Cannot read the catalogues: " << error << Qt::endl;
        return 2;
    }
    QMap<QString, Message> byKey;
    for (const Message& m : translated)
        byKey.insert(keyOf(m), m);
    QSet<QString> wanted;
    int problems = 0;
    const auto problem = [&](const Message& m, const QString& what) {
        ++problems;
        err << args.at(2) << ": " << m.context << ": \"" << QString(m.source).replace(QLatin1Char('\n'), QLatin1String("\\n"))
            << "\": " << what << Qt::endl;
    };
    for (const Message& s : source) {
        wanted.insert(keyOf(s));
        const auto found = byKey.constFind(keyOf(s));
        if (found == byKey.constEnd()) {
            problem(s, QStringLiteral("missing: run cmake --build BUILD --target update_translations, then translate it"));
            continue;
        }
        const Message& t = *found;
        if (!t.type.isEmpty()) {
            problem(t, QStringLiteral("%1: translate it").arg(t.type));
            continue;
        }
        if (t.numerus && t.forms.size() != 2)
            problem(t, QStringLiteral("has %1 plural forms, not 2 (singular and plural)").arg(t.forms.size()));
        for (const QString& form : t.forms) {
            if (form.trimmed().isEmpty()) {
                problem(t, QStringLiteral("an empty translation"));
                continue;
            }
            if (placeholders(form) != placeholders(s.source))
                problem(t, QStringLiteral("placeholders %1 in \"%2\", but %3 in the source")
                               .arg(placeholders(form).join(QLatin1Char(' ')), form, placeholders(s.source).join(QLatin1Char(' '))));
            if (tags(form) != tags(s.source))
                problem(t, QStringLiteral("the tags of \"%1\" are not the source's").arg(form));
            if (accelerators(form) != accelerators(s.source))
                problem(t, QStringLiteral("\"%1\" has %2 accelerator marks (&), the source %3")
                               .arg(form).arg(accelerators(form)).arg(accelerators(s.source)));
            if (spaceAtStart(form) != spaceAtStart(s.source) || spaceAtEnd(form) != spaceAtEnd(s.source))
                problem(t, QStringLiteral("\"%1\" does not start and end with a space or line break as its source does").arg(form));
        }
    }
    for (const Message& t : translated) {
        if (!wanted.contains(keyOf(t)))
            problem(t, QStringLiteral("no longer in %1 (%2): run cmake --build BUILD --target update_translations")
                           .arg(args.at(1), t.type.isEmpty() ? QStringLiteral("translated") : t.type));
    }
    if (problems > 0) {
        err << problems << " problems in " << args.at(2) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << args.at(2) << ": all " << source.size() << " messages translated" << Qt::endl;
    return 0;
}
