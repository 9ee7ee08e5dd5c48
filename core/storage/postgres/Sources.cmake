# core/storage/postgres: the PostgreSQL backend of storage/Database.h and FunnelDesk's schema on a
# server (issue 16). Only the files here include libpq-fe.h.
target_sources(funneldesk_core PRIVATE
    storage/RowSink.h
    storage/postgres/PgBulkLoad.cpp
    storage/postgres/PgBulkLoad.h
    storage/postgres/PgCopy.cpp
    storage/postgres/PgCopy.h
    storage/postgres/PgCopyBinary.cpp
    storage/postgres/PgCopyBinary.h
    storage/postgres/PgDatabase.cpp
    storage/postgres/PgDatabase.h
    storage/postgres/PgDialect.cpp
    storage/postgres/PgDialect.h
    storage/postgres/PgGuards.cpp
    storage/postgres/PgGuards.h
    storage/postgres/PgMigrationText.cpp
    storage/postgres/PgNewestMatches.cpp
    storage/postgres/PgNewestMatches.h
    storage/postgres/PgMigrationText.h
    storage/postgres/PgRights.cpp
    storage/postgres/PgRights.h
    storage/postgres/PgRightsRoles.cpp
    storage/postgres/PgRightsRoles.h
    storage/postgres/PgRowSink.cpp
    storage/postgres/PgSchema.cpp
    storage/postgres/PgSchemaDrop.cpp
    storage/postgres/PgSchema.h
    storage/postgres/PgSearchWords.cpp
    storage/postgres/PgSearchWords.h
    storage/postgres/PgStageFacts.cpp
    storage/postgres/PgStageFacts.h
    storage/postgres/PgStatement.cpp
    storage/postgres/PgStatement.h
    storage/postgres/PgTeam.cpp
    storage/postgres/PgTeam.h
    storage/postgres/PgTeamOwner.cpp
)
# The migrations stay plain .sql files (readable, reviewable, runnable with psql) and are
# embedded as :/storage/postgres/migrations/NNN_name.sql; Qt links the resource into every
# program that links core, as ui's plural forms.
qt_add_resources(funneldesk_core "pg_migrations" PREFIX "/storage/postgres/migrations"
    BASE storage/postgres/migrations
    FILES storage/postgres/migrations/001_initial.sql
          storage/postgres/migrations/002_list_order.sql
          storage/postgres/migrations/003_team.sql
          storage/postgres/migrations/004_versions.sql
          storage/postgres/migrations/005_audit.sql
          storage/postgres/migrations/006_guard.sql
          storage/postgres/migrations/007_open_search.sql
          storage/postgres/migrations/008_team_enable.sql
          storage/postgres/migrations/009_summary_lock.sql
          storage/postgres/migrations/010_audit_hold.sql
          storage/postgres/migrations/011_ticket_day.sql
          storage/postgres/migrations/012_team_logins.sql
          storage/postgres/migrations/013_autovacuum.sql
          storage/postgres/migrations/014_search_order.sql
          storage/postgres/migrations/015_team_stall.sql
          storage/postgres/migrations/016_audit_pause.sql
          storage/postgres/migrations/017_kept.sql
          storage/postgres/migrations/018_text_rule.sql
          storage/postgres/migrations/019_check.sql
          storage/postgres/migrations/020_check_lock.sql
          storage/postgres/migrations/021_first_reply.sql
          storage/postgres/migrations/022_success.sql
          storage/postgres/migrations/023_task_day.sql
          storage/postgres/migrations/024_survey_id.sql
          storage/postgres/migrations/025_task_customer.sql
          storage/postgres/migrations/026_dashboard_reads.sql
          storage/postgres/migrations/027_task_stage_day.sql
          storage/postgres/migrations/028_search_sort.sql
          storage/postgres/migrations/029_search_urgency.sql
          storage/postgres/migrations/030_open_test.sql
          storage/postgres/migrations/031_summary_rows.sql
          storage/postgres/migrations/032_stage_move_days.sql
          storage/postgres/migrations/033_team_own_roles.sql
          storage/postgres/migrations/034_team_awaiting.sql)
