#include "storage/postgres/PgCopyBinary.h"

#include <QDate>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <charconv>
#include <limits>
#include <vector>

namespace fd::pg::binary {

namespace {

// pg_type oids (src/include/catalog/pg_type.dat): fixed since the types were made.
constexpr qint64 kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kFloat8 = 701,
                 kVarchar = 1043, kDate = 1082, kTsvector = 3614, kJsonb = 3802;
// A date is sent as days since 2000-01-01 (PostgreSQL's epoch), whose Julian day this is.
constexpr qint64 kPostgresEpochJulianDay = 2451545;

template <typename T> void put(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, qsizetype(sizeof(T)));
}

void field(QByteArray& out, const char* data, qsizetype size)
{
    put<qint32>(out, qint32(size));
    out.append(data, size);
}

template <typename T> std::optional<T> integer(std::string_view text)
{
    T value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// An integer column's field: its width, then the value; false for no value.
template <typename T> bool integerField(QByteArray& out, std::optional<T> value)
{
    if (!value)
        return false;
    put<qint32>(out, qint32(sizeof(T)));
    put<T>(out, *value);
    return true;
}

// `value` when T holds it.
template <typename T> std::optional<T> narrowed(qint64 value)
{
    if (value < std::numeric_limits<T>::min() || value > std::numeric_limits<T>::max())
        return std::nullopt;
    return T(value);
}

// YYYY-MM-DD only, years 1 to 9999 (what FunnelDesk writes; the text input refuses a sign).
std::optional<qint32> daysOf(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    }
    const auto year = integer<int>(text.substr(0, 4));
    const auto month = integer<int>(text.substr(5, 2));
    const auto day = integer<int>(text.substr(8, 2));
    if (!year || !month || !day)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    return qint32(date.toJulianDay() - kPostgresEpochJulianDay);
}

std::optional<bool> truthOf(std::string_view text)
{
    if (text == "t" || text == "true" || text == "1")
        return true;
    if (text == "f" || text == "false" || text == "0")
        return false;
    return std::nullopt;
}

// tsvector's send format (tsvectorsend): the number of lexemes, then each lexeme's bytes, a NUL
// and its number of positions (none here), in tsvector order (bytes compared, shorter first)
// and without repeats.
bool tsvector(QByteArray& out, std::string_view words)
{
    std::vector<std::string_view> lexemes;
    for (std::size_t at = 0; at < words.size();) {
        const std::size_t end = std::min(words.find(' ', at), words.size());
        if (end > at)
            lexemes.push_back(words.substr(at, end - at));
        at = end + 1;
    }
    for (std::string_view lexeme : lexemes) {
        if (!std::all_of(lexeme.begin(), lexeme.end(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
            return false;
    }
    std::sort(lexemes.begin(), lexemes.end());
    lexemes.erase(std::unique(lexemes.begin(), lexemes.end()), lexemes.end());
    QByteArray value;
    put<qint32>(value, qint32(lexemes.size()));
    for (std::string_view lexeme : lexemes) {
        value.append(lexeme.data(), qsizetype(lexeme.size()));
        value.append('\0');
        put<quint16>(value, 0);
    }
    field(out, value.constData(), value.size());
    return true;
}

} // namespace

std::optional<Kind> kindOf(qint64 typeOid)
{
    switch (typeOid) {
    case kInt8:
        return Kind::Int8;
    case kInt4:
        return Kind::Int4;
    case kInt2:
        return Kind::Int2;
    case kFloat8:
        return Kind::Float8;
    case kBool:
        return Kind::Bool;
    case kDate:
        return Kind::Date;
    case kText:
    case kVarchar:
        return Kind::Text;
    case kJsonb:
        return Kind::Jsonb;
    case kTsvector:
        return Kind::Tsvector;
    default:
        return std::nullopt;
    }
}

const char* nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Int8:
        return "bigint";
    case Kind::Int4:
        return "integer";
    case Kind::Int2:
        return "smallint";
    case Kind::Float8:
        return "double precision";
    case Kind::Bool:
        return "boolean";
    case Kind::Date:
        return "date";
    case Kind::Text:
        return "text";
    case Kind::Jsonb:
        return "jsonb";
    case Kind::Tsvector:
        return "tsvector";
    }
    return "?";
}

void header(QByteArray& out)
{
    out.append("PGCOPY\n\xff\r\n\0", 11);
    put<qint32>(out, 0); // flags: no OIDs
    put<qint32>(out, 0); // no header extension
}

void trailer(QByteArray& out)
{
    put<qint16>(out, -1);
}

void fieldCount(QByteArray& out, int fields)
{
    put<qint16>(out, qint16(fields));
}

void null(QByteArray& out)
{
    put<qint32>(out, -1);
}

bool text(QByteArray& out, Kind kind, std::string_view utf8)
{
    switch (kind) {
    case Kind::Text:
        field(out, utf8.data(), qsizetype(utf8.size()));
        return true;
    case Kind::Jsonb: // version 1, then the text
        put<qint32>(out, qint32(utf8.size() + 1));
        out.append('\1');
        out.append(utf8.data(), qsizetype(utf8.size()));
        return true;
    case Kind::Tsvector:
        return tsvector(out, utf8);
    case Kind::Date:
        if (const auto days = daysOf(utf8)) {
            put<qint32>(out, 4);
            put<qint32>(out, *days);
            return true;
        }
        return false;
    case Kind::Bool:
        if (const auto truth = truthOf(utf8)) {
            put<qint32>(out, 1);
            out.append(*truth ? '\1' : '\0');
            return true;
        }
        return false;
    case Kind::Float8: {
        double value = 0;
        const auto [end, error] = std::from_chars(utf8.data(), utf8.data() + utf8.size(), value);
        if (error != std::errc() || end != utf8.data() + utf8.size() || utf8.empty())
            return false;
        put<qint32>(out, 8);
        put<quint64>(out, std::bit_cast<quint64>(value));
        return true;
    }
    case Kind::Int8:
        return integerField<qint64>(out, integer<qint64>(utf8));
    case Kind::Int4:
        return integerField<qint32>(out, integer<qint32>(utf8));
    case Kind::Int2:
        return integerField<qint16>(out, integer<qint16>(utf8));
    }
    return false;
}

bool number(QByteArray& out, Kind kind, qint64 value)
{
    switch (kind) {
    case Kind::Int8:
        return integerField<qint64>(out, value);
    case Kind::Int4:
        return integerField<qint32>(out, narrowed<qint32>(value));
    case Kind::Int2:
        return integerField<qint16>(out, narrowed<qint16>(value));
    case Kind::Float8:
        put<qint32>(out, 8);
        put<quint64>(out, std::bit_cast<quint64>(double(value)));
        return true;
    default: {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, value);
        return text(out, kind, std::string_view(digits, std::size_t(written.ptr - digits)));
    }
    }
}

} // namespace fd::pg::binary
