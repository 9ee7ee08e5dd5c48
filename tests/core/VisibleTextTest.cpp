// common/VisibleText.h: what the command line prints instead of a character a terminal obeys
// (issues 16/17 hostile pass).
#include "common/VisibleText.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

QString shown(const QString& text) // QStringBuilder's sums are not QStringViews
{
    return visibleText(text);
}

} // namespace

TEST_CASE("visibleText shows controls and bidi overrides, keeps the rest", "[cli-text]")
{
    // ESC [2J clears the screen; U+009B is the one-character CSI; U+202E reverses the line.
    CHECK(shown(QStringLiteral("a\x1b[2Jb")) == QStringLiteral("a\u241B[2Jb"));
    CHECK(shown(QStringLiteral("x") + QChar(0x9B) + QStringLiteral("31m")) ==
          QStringLiteral("x<U+009B>31m"));
    CHECK(shown(QStringLiteral("Acme") + QChar(0x202E) + QStringLiteral("live")) ==
          QStringLiteral("Acme<U+202E>live"));
    CHECK(shown(QStringLiteral("a") + QChar(0x2067) + QChar(0x2028)) ==
          QStringLiteral("a<U+2067><U+2028>"));
    CHECK(shown(QStringLiteral("bell\x07 del\x7f nul") + QChar(0)) ==
          QStringLiteral("bell\u2407 del\u2421 nul\u2400"));
    // A lone carriage return would overwrite the line; one before a line feed ends it.
    CHECK(shown(QStringLiteral("paid\rrefunded\r\nnext")) ==
          QStringLiteral("paid\u240Drefunded\nnext"));
    // Tabs, line feeds, marks, joiners and every script stay as they are.
    const QString kept = QStringLiteral("a\tb\nc ") + QChar(0x200F) + QChar(0x200D) +
                         QString::fromUtf8("\u0645\u0631\u062D\u0628\u0627 Zo\u00eb \U0001F600");
    CHECK(shown(kept) == kept);
}
