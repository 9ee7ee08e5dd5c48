# core/storage/sqlite: the SQLite backend of storage/Database.h (issue 16; plan §3b). Only the
# files here include sqlite3.h.
target_sources(funneldesk_core PRIVATE
    storage/sqlite/Backup.cpp
    storage/sqlite/BulkLoad.cpp
    storage/sqlite/RowLoad.cpp
    storage/sqlite/SqliteDatabase.cpp
    storage/sqlite/SqliteDatabase.h
    storage/sqlite/SqliteDialect.cpp
    storage/sqlite/SqliteDialect.h
    storage/sqlite/SqliteFunctions.cpp
    storage/sqlite/SqliteFunctions.h
    storage/sqlite/SqliteSearchIndex.cpp
    storage/sqlite/SqliteSearchIndex.h
    storage/sqlite/SqliteStatement.cpp
    storage/sqlite/SqliteStatement.h
    storage/sqlite/SqliteTempStore.cpp
    storage/sqlite/SqliteTempStore.h
)
