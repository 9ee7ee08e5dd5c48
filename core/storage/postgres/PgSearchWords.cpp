#include "storage/postgres/PgSearchWords.h"

namespace fd::pg {

namespace {

// fd_ticket_search keeps a word's first 200 characters (a lexeme may not exceed 2 kB).
constexpr std::size_t kWordLength = 200;

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Appends the words of `text` to `out`, each after a space when `out` is not empty.
void appendWords(std::string_view text, std::string& out)
{
    std::size_t inWord = 0; // characters of the current word written so far
    for (const char raw : text) {
        char c = raw;
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        const bool wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!wordChar) {
            inWord = 0;
            continue;
        }
        if (inWord == 0 && !out.empty())
            out += ' ';
        if (inWord < kWordLength)
            out += c;
        ++inWord;
    }
}

} // namespace

std::optional<std::string> asciiSearchWords(std::string_view subject,
                                            std::optional<std::string_view> description)
{
    if (!isAscii(subject) || (description && !isAscii(*description)))
        return std::nullopt;
    std::string words;
    words.reserve(subject.size() + (description ? description->size() : 0) + 1);
    // subject || ' ' || description: the subject's last word ends where the description begins.
    appendWords(subject, words);
    if (description)
        appendWords(*description, words);
    return words;
}

} // namespace fd::pg
