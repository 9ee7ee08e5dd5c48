// Issues 16/17 hostile pass on the name rule (Validation::nameProblem): lengths in code
// points, and the invisible, line-breaking and direction characters a name refuses (RFC 8264
// FreeformClass, UTS #39), each in one sentence naming the field and the character.
#include "domain/Validation.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

QString problem(const QString& name)
{
    return Validation::nameProblem(name, QStringLiteral("customer name"));
}

// "Ac?me" with the character (each one tested is in the BMP; QString::fromUcs4 would drop
// a U+FEFF as a byte-order mark).
QString with(char32_t u)
{
    return QStringLiteral("Ac") + QChar(static_cast<char16_t>(u)) + QStringLiteral("me");
}

} // namespace

TEST_CASE("A name's length is counted in characters, not UTF-16 units", "[validation]")
{
    const QString grin = QString::fromUtf8("\U0001F600"); // two UTF-16 units
    QString emoji;
    for (int i = 0; i < 150; ++i)
        emoji += grin;
    REQUIRE(emoji.size() == 300);
    CHECK(problem(emoji).isEmpty());

    QString tooMany;
    for (qsizetype i = 0; i <= Validation::kNameMaxLength; ++i)
        tooMany += grin;
    const QString sentence = problem(tooMany);
    CHECK(sentence.contains(u"is 201 characters long; a name has at most 200."));
    // The quoted start is whole characters: no half of a surrogate pair.
    CHECK(sentence.contains(QStringLiteral("“") + tooMany.left(80) + QStringLiteral("…”")));
}

TEST_CASE("A name refuses invisible, line-breaking and direction characters, one sentence each",
          "[validation]")
{
    const auto [character, sentence] = GENERATE(table<char32_t, const char*>({
        {0x200B,
         "The customer name holds U+200B ZERO WIDTH SPACE at character 3, an invisible character "
         "that makes the name look like another; type the name again without it."},
        {0xFEFF,
         "The customer name holds U+FEFF ZERO WIDTH NO-BREAK SPACE at character 3, an invisible "
         "character that makes the name look like another; type the name again without it."},
        {0x00AD,
         "The customer name holds U+00AD SOFT HYPHEN at character 3, an invisible character that "
         "makes the name look like another; type the name again without it."},
        {0x2028,
         "The customer name holds U+2028 LINE SEPARATOR at character 3, which breaks the line; a "
         "name is one line, type it again without it."},
        {0x2029, "The customer name holds U+2029 PARAGRAPH SEPARATOR at character 3, which breaks "
                 "the line; "
                 "a name is one line, type it again without it."},
        {0x061C,
         "The customer name holds U+061C ARABIC LETTER MARK at character 3, which changes the "
         "direction the name is shown in; type the name again without it."},
        {0x200E,
         "The customer name holds U+200E LEFT-TO-RIGHT MARK at character 3, which changes the "
         "direction the name is shown in; type the name again without it."},
        {0x200F,
         "The customer name holds U+200F RIGHT-TO-LEFT MARK at character 3, which changes the "
         "direction the name is shown in; type the name again without it."},
        {0x001B,
         "The customer name holds a control character, U+001B ESCAPE, at character 3; type the "
         "name again without it."},
        {0x3164,
         "The customer name holds U+3164 HANGUL FILLER at character 3, an invisible character that "
         "makes the name look like another; type the name again without it."},
    }));
    INFO(QStringLiteral("U+%1").arg(static_cast<uint>(character), 4, 16).toStdString());
    CHECK(problem(with(character)) == QString::fromUtf8(sentence));
}

TEST_CASE("A name keeps what scripts and emoji need", "[validation]")
{
    // The place is counted in characters: the emoji before it is one.
    CHECK(problem(QString::fromUtf8("\U0001F600 A\u200Bb")).contains(u"at character 4"));
    const QStringList fine = {
        QString::fromUtf8("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"), // Persian, ZWNJ
        QString::fromUtf8("\u0915\u094D\u200D\u0937"),                         // Devanagari, ZWJ
        QString::fromUtf8(
            "\U0001F468\u200D\U0001F469\u200D\U0001F467 Family Ltd"),   // emoji ZWJ sequence
        QString::fromUtf8("\U0001F3F3\uFE0F\u200D\U0001F308 Pride Co"), // variation selector
        QString::fromUtf8("\u2764\uFE0F Hearts"),
        QString::fromUtf8("Zoe\u0308 M\u00fcller"),         // combining mark
        QString::fromUtf8("\u05D0\u05E7\u05DE\u05D9 Acme"), // Hebrew and Latin
    };
    for (const QString& name : fine) {
        INFO(name.toStdString());
        CHECK(problem(name).isEmpty());
    }
}
