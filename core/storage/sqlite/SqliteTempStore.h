// Where a SQLite connection keeps its temporary data while a long write runs (PRAGMA temp_store,
// https://sqlite.org/pragma.html#pragma_temp_store): RowLoad and BulkLoad move it to a file for
// their transaction. Every connection keeps it in memory otherwise (Schema.cpp).
#pragma once

namespace fd {

class Database;

namespace sqlite {

// Moves the temp store to a file and returns true; returns false, changing nothing, inside a
// transaction or while the connection has temporary tables or triggers (SQLite refuses the
// first, and a change drops the second). Throws SqlError.
//
// Why a file, for each writer:
// - RowLoad: SQLite 3.40 keeps an in-memory statement journal as a list of 1 KB chunks and walks
//   it from the start at each truncation, so nested savepoints cost time in proportion to every
//   page the load has changed (storage/RowLoad.h).
// - BulkLoad: SQLite's sorter gives runs of a sort to its helper threads (PRAGMA threads) only
//   when it may write them out, which it never does with the temp store in memory
//   (vdbesort.c: no run size is set then); every CREATE INDEX then sorts in one piece on the
//   calling thread (docs/PERFORMANCE.md, "Step 10: index builds sort on two cores").
bool moveTempStoreToFile(Database& db);

// Back to memory, after moveTempStoreToFile returned true. Never throws: only sorts and
// temporary tables use the setting, and they work either way.
void moveTempStoreToMemory(Database& db) noexcept;

} // namespace sqlite
} // namespace fd
