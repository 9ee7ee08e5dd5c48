// COPY's binary format (https://www.postgresql.org/docs/15/sql-copy.html, "Binary Format"), for
// pg::Copy: each field as its type's send format, so that the server reads lengths and machine
// values instead of parsing text. On data set L the server took 25-45 % less time to COPY the
// tickets (their search tsvector above all), touchpoints and comments this way than as text
// (docs/PERFORMANCE.md, "Step 10: COPY in binary"). Only the types FunnelDesk's tables use are
// written; a table with any other type is copied as text. Nothing outside core/storage/postgres
// includes this.
#pragma once

#include <QByteArray>

#include <optional>
#include <string_view>

namespace fd::pg::binary {

// A column's type, by its pg_type oid (bigint, integer, smallint, double precision, boolean,
// date, text, varchar, jsonb, tsvector).
enum class Kind : char { Int8, Int4, Int2, Float8, Bool, Date, Text, Jsonb, Tsvector };
std::optional<Kind> kindOf(qint64 typeOid);
// The SQL name of a kind ("bigint", …), for a sentence.
const char* nameOf(Kind kind);

// The signature, flags and header extension that open the data, and the -1 that ends it.
void header(QByteArray& out);
void trailer(QByteArray& out);
// A row's field count, before its fields.
void fieldCount(QByteArray& out, int fields);
void null(QByteArray& out);
// Appends one field: `utf8` read as a value of `kind` the way the server's text input reads
// FunnelDesk's values (integers in decimal; dates as YYYY-MM-DD, years 1 to 9999; booleans
// t/f/true/false/1/0; a tsvector as words of a-z and 0-9 separated by spaces, as
// pg::asciiSearchWords writes them, sorted and made unique here as tsvector input does). False, and
// nothing appended, when the text is no such value.
bool text(QByteArray& out, Kind kind, std::string_view utf8);
// The same for an integer, without going through its text: false for a kind that holds no such
// number (out of an integer type's range; a date, a tsvector, a boolean other than 0 or 1).
bool number(QByteArray& out, Kind kind, qint64 value);

} // namespace fd::pg::binary
