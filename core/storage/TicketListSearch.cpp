// The words of a search, as each backend's index reads them (TicketListRepository.h): the list's
// statements are in TicketListRepository.cpp.
#include "storage/TicketListRepository.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace fd {

QStringList TicketListRepository::searchWords(const QString& text)
{
    // The characters FTS5's unicode61 tokenizer keeps in a word (letters, numbers, private
    // use), composed first so that an accent typed as a combining mark stays on its letter.
    // Anything else separates words, '_' too: "snake_case" is the words snake and case, as
    // the tokenizer indexed it (and as PostgreSQL's fd_words() reads it).
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{Co}]+"));
    QStringList words;
    for (auto it = word.globalMatch(text.normalized(QString::NormalizationForm_C)); it.hasNext();)
        words << it.next().captured();
    return words;
}

QString TicketListRepository::matchExpression(const QString& text)
{
    // Quoting every word keeps FTS5's operators (AND, NEAR, -, :) out of a rep's words.
    QStringList terms;
    for (const QString& word : searchWords(text))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString TicketListRepository::expandedMatch(const QString& text)
{
    // ASCII letters and digits only: the tokenizer folds nothing in them but case, so the
    // indexed words they begin are a range of the vocabulary. Up to 16 words; more, and
    // the prefix query is left to FTS5.
    constexpr qint64 kMostWords = 16;
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]+$"));
    const auto quoted = [](QString word) -> QString {
        return QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    QStringList terms;
    for (const QString& word : searchWords(text)) {
        if (!plain.match(word).hasMatch()) {
            terms << quoted(word) + QLatin1Char('*');
            continue;
        }
        m_db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fd_ticket_words "
                     "USING fts5vocab(main, 'ticket_fts', 'row')");
        const QByteArray from = word.toLower().toLatin1();
        QByteArray to = from;
        to.back() = char(to.back() + 1); // the next ASCII character: the end of the range
        auto q = m_db.query(
            "SELECT term FROM temp.fd_ticket_words WHERE term >= ?1 AND term < ?2 LIMIT ?3");
        q->bind(1, std::string_view(from.constData(), std::size_t(from.size())));
        q->bind(2, std::string_view(to.constData(), std::size_t(to.size())));
        q->bind(3, kMostWords + 1);
        QStringList found;
        while (q->step())
            found << quoted(q->text(0));
        if (found.isEmpty())
            return {};
        if (found.size() > kMostWords)
            terms << quoted(word) + QLatin1Char('*');
        else
            terms << QLatin1Char('(') + found.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return terms.join(QStringLiteral(" AND ")); // FTS5 has no implicit AND before a '('
}

} // namespace fd
