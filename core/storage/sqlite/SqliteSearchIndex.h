// The tickets' full-text index (ticket_fts, FTS5: schema v18) made again from the ticket table
// in one pass, as a bulk load and a copy into a file do once their rows are in.
#pragma once

namespace fd {

class Database;

namespace sqlite {

// FTS5 gathers the terms of the rows it indexes in an in-memory hash table and writes them out as
// a new segment each time they pass its 'hashsize' (1 MiB by default: FTS5_DEFAULT_HASHSIZE,
// read and set in SQLite's fts5_config.c, sqlite3Fts5ConfigSetValue), merging the segments as
// they pile up. The rebuild (https://sqlite.org/fts5.html#the_rebuild_command) runs with batches
// of kRebuildHashBytes, or the file's own if larger: on data set L, rebuilding the index of
// 1,000,000 tickets took 0.87 s with 32 MiB against 1.37-1.38 s with 1 MiB (0.94-0.97 s with
// 8 and 16 MiB; docs/PERFORMANCE.md, "Step 10: the search index rebuilt in larger batches"). The
// hash table takes somewhat more memory than the batch, its entries growing by doubling.
//
// 'hashsize' is in FTS5's source, not among the options fts5.html documents: an SQLite that
// refused it would fail the rebuild, and SearchRebuildTest with it. Its failure is not skipped:
// an I/O error or a full disk there has rolled the caller's transaction back already. The setting
// is stored in ticket_fts_config; the file's own is written back afterwards (FTS5's default when
// it had none), so that the connection and the file batch one transaction's pending terms as
// before.
//
// Runs as a SAVEPOINT inside the caller's transaction, or as its own transaction: a failure
// leaves the index and the setting as they were. SQLite only. Throws SqlError.
void rebuildSearchIndex(Database& db);

// The batch of terms a rebuild gathers in memory before it writes a segment, in bytes.
inline constexpr long long kRebuildHashBytes = 32LL * 1024 * 1024;

} // namespace sqlite
} // namespace fd
