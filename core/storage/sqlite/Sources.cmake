# core/storage/sqlite: the SQLite backend of storage (issue 16; plan docs/plans/step10-team-mode.md §3b).
target_sources(funneldesk_core PRIVATE
    storage/sqlite/Backup.cpp
    storage/sqlite/BulkLoad.cpp
    storage/sqlite/RowLoad.cpp
    storage/sqlite/SqliteDatabase.cpp
    storage/sqlite/SqliteStatement.cpp
)
