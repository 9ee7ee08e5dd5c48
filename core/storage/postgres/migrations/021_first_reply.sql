-- FunnelDesk on PostgreSQL, migration 021_first_reply, schema version 12 (issue 17, Step 11,
-- "No lost updates"; found by PgTeamSimTest, eight reps at once). Self-contained: it replaces
-- 017_kept.sql's fd_ticket_kept() and needs what 017 needs.
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction.
-- Never edit a released migration.
--
-- A ticket's first response is the earliest of its agents' public replies (IntegrityCheck, the
-- last invariant). Two reps who answer one new ticket at once each stamp their reply with their
-- own clock, and the one stamped later may commit first: its time became the first response,
-- and the earlier reply, committed after, found one already there and left it, so `check` named
-- the ticket. TicketRepository::respond now moves the first response earlier to the reply's
-- time; 017 let a rep's UPDATE set it only where there was none. A rep may now also move it
-- earlier, still only to the time of one of the ticket's agents' public replies, never later,
-- and never before the ticket arrived (TicketCommentRepository::add stamps no reply before it).
-- A breach already recorded stays (a recorded breach is never undone, as the sweep's).
-- The function is 017's with that one condition changed.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE OR REPLACE FUNCTION fd_ticket_kept() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    moved boolean := NEW.status IS DISTINCT FROM OLD.status;
    opened boolean := NEW.status IN ('new', 'open', 'pending', 'on_hold');
    pauses boolean := NEW.status IN ('pending', 'on_hold');
BEGIN
    IF fd_session_is_manager() THEN
        RETURN NEW;
    END IF;
    IF NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        PERFORM fd_kept_refusal('ticket.created_at', 'the time the ticket arrived');
    END IF;
    IF NEW.first_response_at IS DISTINCT FROM OLD.first_response_at
        AND NOT ((OLD.first_response_at IS NULL OR NEW.first_response_at < OLD.first_response_at) AND EXISTS (
            SELECT 1 FROM ticket_comment c WHERE c.ticket_id = OLD.id AND c.kind = 'public_reply'
                AND c.author_agent_id IS NOT NULL AND c.at = NEW.first_response_at
                AND c.at >= OLD.created_at)) THEN
        PERFORM fd_kept_refusal('ticket.first_response_at', 'the time of the first agent''s public reply');
    END IF;
    IF NEW.first_response_breached_at IS DISTINCT FROM OLD.first_response_breached_at
        AND NOT (OLD.first_response_breached_at IS NULL AND NEW.first_response_breached_at
                 = OLD.created_at + 3600 * fd_sla_hours(OLD.priority, true)) THEN
        PERFORM fd_kept_refusal('ticket.first_response_breached_at', 'the first-response target''s deadline');
    END IF;
    IF NEW.resolution_breached_at IS DISTINCT FROM OLD.resolution_breached_at
        AND NOT (OLD.resolution_breached_at IS NULL AND NEW.resolution_breached_at
                 = OLD.created_at + 3600 * fd_sla_hours(OLD.priority, false) + OLD.sla_paused_secs) THEN
        PERFORM fd_kept_refusal('ticket.resolution_breached_at', 'the resolution target''s deadline');
    END IF;
    IF NEW.solved_at IS DISTINCT FROM OLD.solved_at
        AND NOT (moved AND CASE WHEN opened THEN NEW.solved_at IS NULL
                               ELSE OLD.solved_at IS NULL AND NEW.solved_at >= OLD.created_at END) THEN
        PERFORM fd_kept_refusal('ticket.solved_at', 'the time of the status change that solved the ticket');
    END IF;
    IF (NEW.sla_paused_since, NEW.sla_paused_secs) IS DISTINCT FROM (OLD.sla_paused_since, OLD.sla_paused_secs)
        AND NOT (moved AND CASE WHEN OLD.sla_paused_since IS NOT NULL AND NOT pauses
                                THEN NEW.sla_paused_since IS NULL AND NEW.sla_paused_secs >= OLD.sla_paused_secs
                                    AND NEW.sla_paused_secs - OLD.sla_paused_secs
                                        <= greatest(0, extract(epoch FROM now())::bigint + 86400 - OLD.sla_paused_since)
                                WHEN OLD.sla_paused_since IS NULL AND pauses
                                THEN NEW.sla_paused_since >= OLD.created_at AND NEW.sla_paused_secs = OLD.sla_paused_secs
                                ELSE false END) THEN
        PERFORM fd_kept_refusal('ticket.sla_paused_since', 'the status changes that pause and resume the SLA');
    END IF;
    RETURN NEW;
END $$;
