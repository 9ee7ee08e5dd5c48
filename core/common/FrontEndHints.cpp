#include "common/FrontEndHints.h"

#include <array>

namespace fd::hints {

namespace {

struct Clause {
    QString text;
    Quote quote = nullptr; // nullptr: setQuote's
};

std::array<Clause, static_cast<std::size_t>(Hint::Count)>& clauses()
{
    static std::array<Clause, static_cast<std::size_t>(Hint::Count)> instance;
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
    const Clause& entry = clauses().at(static_cast<std::size_t>(hint));
    const QString& text = entry.text;
    const Quote quote = entry.quote != nullptr ? entry.quote : quoteOf();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                result += quote != nullptr ? quote(args.at(n - 1)) : args.at(n - 1);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

void set(Hint hint, const QString& text, Quote quote)
{
    clauses().at(static_cast<std::size_t>(hint)) = {text, quote};
}

void setQuote(Quote quote)
{
    quoteOf() = quote;
}

void clear()
{
    for (Clause& entry : clauses())
        entry = {};
    quoteOf() = nullptr;
}

} // namespace fd::hints
