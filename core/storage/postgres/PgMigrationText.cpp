#include "storage/postgres/PgMigrationText.h"

#include <cctype>

namespace fd::pg {

std::vector<QByteArray> migrationStatements(const QByteArray& sql)
{
    std::vector<QByteArray> result;
    QByteArray current;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const char c = sql[i];
        if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            while (i < n && sql[i] != '\n')
                ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            const qsizetype end = sql.indexOf(c, i + 1); // '' and "" escapes: two quoted runs
            const qsizetype stop = end < 0 ? n : end + 1;
            current += sql.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == '$') {
            qsizetype j = i + 1;
            while (j < n &&
                   (std::isalnum(static_cast<unsigned char>(sql[j])) != 0 || sql[j] == '_'))
                ++j;
            if (j < n && sql[j] == '$') {
                const QByteArray tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += sql.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == ';') {
            if (!current.trimmed().isEmpty())
                result.push_back(current.trimmed());
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    if (!current.trimmed().isEmpty())
        result.push_back(current.trimmed());
    return result;
}

} // namespace fd::pg
