// ticket.search computed on the client for a bulk load (issue 16, plan R6: "generate L ≤ 60 s"):
// the text that PostgreSQL's tsvector input reads as the same value that 001_initial.sql's
// fd_ticket_search(subject, description) makes, for a ticket whose subject and description are
// ASCII only. Nothing outside core/storage/postgres includes this.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fd::pg {

// fd_ticket_search's rule on ASCII text (001_initial.sql, fd_words' ASCII fast path): the text
// `subject || ' ' || coalesce(description, '')`, ASCII letters lowercased, each run of
// characters other than a-z, A-Z and 0-9 a word break, each word cut to its first 200
// characters. Returns the words separated by single spaces, in text order, repeats kept (the
// server's tsvector input sorts them and drops repeats, as array_to_tsvector does); an empty
// string for a text without words (the empty tsvector). std::nullopt when either text holds a
// byte of 128 or more (UTF-8 beyond ASCII): the server then computes the value itself
// (Unicode case folds, diacritics and number classes are ICU's, not reproduced here).
// The result never needs COPY or tsvector escaping: it holds only a-z, 0-9 and spaces.
// `description` is std::nullopt for NULL.
std::optional<std::string> asciiSearchWords(std::string_view subject,
                                            std::optional<std::string_view> description);

} // namespace fd::pg
