-- FunnelDesk on PostgreSQL, migration 013_kept, schema version 10 (issue 17, Step 11, "Rights enforced
-- by the server" and "Audit log ... Every change is recorded"). A hostile pass with psql as a rep:
-- the columns FunnelDesk derives itself were exempt from 010's authorship stamp and missing from the
-- audit trigger's list, so `UPDATE ticket SET first_response_at = …, first_response_breached_at = NULL,
-- resolution_breached_at = NULL, search = NULL` changed them with no entry and no new version.
-- Self-contained: it needs 001-012's tables and fd_session_is_manager() (006) only.
-- 1. What FunnelDesk derives, a rep may not write directly (BEFORE UPDATE triggers *_kept, for a
--    login that is not a manager; SQLSTATE FDK01 and one sentence, which PgDatabase::describe puts
--    in the client's words). A rep's UPDATE may change them only as FunnelDesk's own paths do
--    (storage/TicketRepository.cpp, domain/Sla.cpp, StageFactsRepository.cpp):
--    ticket.created_at           never (the ticket arrived then; its inbound touchpoint says so);
--    ticket.first_response_at    from none to the time of one of the ticket's agent's public
--                                replies (TicketCommentRepository::add → respond), never after;
--    ticket.*_breached_at        from none to the target's deadline: created_at + the SLA target
--                                of the priority (settings, SlaTargets::fromSettings), plus the
--                                pauses for resolution, as Sla::recordBreaches records it;
--    ticket.solved_at            with a status change only: cleared by an open status, set (at or
--                                after created_at) by solved or closed when it had none;
--    ticket.sla_paused_since/_secs  with a status change only: a pause begins (since set, not
--                                before created_at, seconds kept) or ends (since cleared, seconds
--                                not fewer, and more by at most the time since the pause began by
--                                the server's clock, a day's difference between clocks allowed),
--                                Sla::changeStatus;
--    customer.stage/stage_entered_at  only to a stage move of the customer's (stage_transition:
--                                to_stage and at), which a rep inserts first (a manual move, a
--                                recompute run in a rep's session);
--    customer.open_tickets, last_touch_at, last_review_at, last_advocacy_at, best_survey: only
--                                FunnelDesk's triggers (pg_trigger_depth() > 1: a statement of a
--                                trigger), from the rep's tickets and touchpoints;
--    contact.added_at            never.
--    Managers are trusted with them (an import's fix-ups, a restore), as with ids (010).
--    The other columns a rep may UPDATE (customer, contact, ticket, touchpoint) are a person's and
--    are in the audit triggers' lists (005); stamps and ids are 006's and 010's. touchpoint_day,
--    which a rep may write too, is another piece's.
-- 2. ticket.search is the server's for everyone: the trigger ticket_search now also fires when an
--    UPDATE names search, and sets it from subject and description whatever was sent.
-- 3. Every time in UTC seconds lies in the years 1 to 9999 (CHECK constraints): -62135596800
--    (0001-01-01T00:00:00Z) to 253402300799 (9999-12-31T23:59:59Z); the seconds paused at most
--    that span. A rep's created_at of 2^63-1 overflowed every client's date arithmetic (report
--    funnel, at-risk, post-sales) and made the SLA sweep write NULL. An upgrade that finds a row
--    outside them stops with a sentence that names it (nothing is changed).
-- `check` (storage/IntegrityCheck.cpp) reports a missing or disabled *_kept or ticket_search trigger.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- 3. first, so that no trigger below sees a time it cannot add to. One ALTER TABLE per table (one
-- scan checks all of its constraints); when a row is outside, the first such row, by table and
-- column, in one sentence.
DO $do$
DECLARE
    kept constant text[][] := ARRAY[
        ['customer', 'stage_entered_at, last_touch_at, last_review_at, last_advocacy_at, changed_at'],
        ['contact', 'added_at, changed_at'],
        ['ticket', 'created_at, first_response_at, solved_at, sla_paused_since, first_response_breached_at, '
                   'resolution_breached_at, changed_at'],
        ['ticket_comment', 'at'], ['touchpoint', 'occurred_at'], ['stage_transition', 'at'],
        ['agent', 'changed_at'], ['canned_reply', 'changed_at']];
    i integer;
    col text;
    adds text;
    found_id bigint;
    found_at bigint;
BEGIN
    FOR i IN 1 .. array_length(kept, 1) LOOP
        adds := '';
        FOREACH col IN ARRAY string_to_array(kept[i][2], ', ') LOOP
            adds := adds || format('%s ADD CONSTRAINT %I CHECK (%I BETWEEN -62135596800 AND 253402300799)',
                                   CASE WHEN adds = '' THEN '' ELSE ',' END, kept[i][1] || '_' || col || '_kept', col);
        END LOOP;
        IF kept[i][1] = 'ticket' THEN
            adds := adds || ', ADD CONSTRAINT ticket_sla_paused_secs_kept CHECK (sla_paused_secs BETWEEN 0 AND 315537897599)';
        END IF;
        BEGIN
            EXECUTE format('ALTER TABLE %I %s', kept[i][1], adds);
        EXCEPTION WHEN check_violation THEN
            FOREACH col IN ARRAY string_to_array(kept[i][2], ', ') || CASE WHEN kept[i][1] = 'ticket'
                                                                          THEN ARRAY['sla_paused_secs'] END LOOP
                EXECUTE format('SELECT id, %2$I FROM %1$I WHERE %2$I NOT BETWEEN $1 AND $2 LIMIT 1', kept[i][1], col)
                    INTO found_id, found_at
                    USING CASE col WHEN 'sla_paused_secs' THEN 0 ELSE -62135596800 END,
                          CASE col WHEN 'sla_paused_secs' THEN 315537897599 ELSE 253402300799 END;
                IF found_id IS NOT NULL THEN
                    RAISE EXCEPTION 'The row % of % has % = %, outside the times FunnelDesk keeps (UTC seconds of the years 1 to 9999, -62135596800 to 253402300799; seconds paused 0 to 315537897599); correct it with psql as the owner and upgrade again.',
                        found_id, kept[i][1], col, found_at USING ERRCODE = 'check_violation';
                END IF;
            END LOOP;
            RAISE;
        END;
    END LOOP;
END $do$;

-- An SLA target in hours as SlaTargets::fromSettings reads it: the setting
-- sla.<priority>.first_response_hours / .resolution_hours when it is a whole number from 1 to
-- 2147483647 (spaces around it and a '+' allowed, as QString::toInt), else the default.
CREATE FUNCTION fd_sla_hours(p_priority text, p_first boolean) RETURNS bigint
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    RETURN coalesce(
        (SELECT CASE WHEN btrim(s.value) ~ '^\+?[0-9]{1,10}$' AND btrim(s.value)::bigint BETWEEN 1 AND 2147483647
                     THEN btrim(s.value)::bigint END
         FROM settings s
         WHERE s.key = 'sla.' || p_priority || CASE WHEN p_first THEN '.first_response_hours' ELSE '.resolution_hours' END),
        CASE WHEN p_first THEN CASE p_priority WHEN 'low' THEN 24 WHEN 'normal' THEN 8 WHEN 'high' THEN 4 ELSE 1 END
             ELSE CASE p_priority WHEN 'low' THEN 120 WHEN 'normal' THEN 72 WHEN 'high' THEN 24 ELSE 4 END END);

-- The refusal of 1.: `what` is "table.column", `why` what FunnelDesk derives it from.
CREATE FUNCTION fd_kept_refusal(what text, why text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    RAISE EXCEPTION 'FunnelDesk keeps % itself (%); %, a rep, may not write it directly.', what, why, session_user
        USING ERRCODE = 'FDK01';
END $$;

CREATE FUNCTION fd_ticket_kept() RETURNS trigger
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
        AND NOT (OLD.first_response_at IS NULL AND EXISTS (
            SELECT 1 FROM ticket_comment c WHERE c.ticket_id = OLD.id AND c.kind = 'public_reply'
                AND c.author_agent_id IS NOT NULL AND c.at = NEW.first_response_at)) THEN
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

CREATE FUNCTION fd_customer_kept() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF fd_session_is_manager() THEN
        RETURN NEW;
    END IF;
    IF pg_trigger_depth() < 2
        AND (NEW.open_tickets, NEW.last_touch_at, NEW.last_review_at, NEW.last_advocacy_at, NEW.best_survey)
            IS DISTINCT FROM (OLD.open_tickets, OLD.last_touch_at, OLD.last_review_at, OLD.last_advocacy_at,
                              OLD.best_survey) THEN
        PERFORM fd_kept_refusal('customer.open_tickets, last_touch_at, last_review_at, last_advocacy_at and '
                                'best_survey', 'the customer''s tickets and touchpoints');
    END IF;
    IF (NEW.stage, NEW.stage_entered_at) IS DISTINCT FROM (OLD.stage, OLD.stage_entered_at)
        AND NOT EXISTS (SELECT 1 FROM stage_transition t WHERE t.customer_id = NEW.id AND t.to_stage = NEW.stage
                            AND t.at = NEW.stage_entered_at) THEN
        PERFORM fd_kept_refusal('customer.stage and stage_entered_at', 'the customer''s stage moves');
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION fd_contact_kept() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.added_at IS DISTINCT FROM OLD.added_at AND NOT fd_session_is_manager() THEN
        PERFORM fd_kept_refusal('contact.added_at', 'the time the contact was added');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ticket_kept BEFORE UPDATE ON ticket
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_ticket_kept();
CREATE TRIGGER customer_kept BEFORE UPDATE ON customer
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_customer_kept();
CREATE TRIGGER contact_kept BEFORE UPDATE ON contact
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_contact_kept();

-- 2. (001's trigger fired on UPDATE OF subject, description only.)
DROP TRIGGER ticket_search ON ticket;
CREATE TRIGGER ticket_search BEFORE INSERT OR UPDATE OF subject, description, search ON ticket
    FOR EACH ROW EXECUTE FUNCTION fd_ticket_search_fill();
