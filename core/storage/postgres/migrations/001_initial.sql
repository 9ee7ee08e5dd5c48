-- FunnelDesk on PostgreSQL 15, migration 001: the logical schema version 5 of
-- core/storage/Schema.cpp (SQLite's migrations v1-v5) in one step. Never edit a released
-- migration: add 002_….sql. See storage/postgres/PgSchema.h for the conventions.
-- fd::pg::Schema::init() runs it in one transaction with search_path = the FunnelDesk schema
-- alone; it fills fd_meta and settings afterwards.

-- ASCII letters folded, nothing else: SQLite's NOCASE. Text columns are COLLATE "C", so
-- `ORDER BY fd_nocase(x)` sorts bytes as SQLite does. lower() under the C collation folds
-- A-Z byte by byte and leaves every other byte alone (PostgreSQL's str_tolower takes its
-- ASCII path for C), as translate(t, 'A..Z', 'a..z') would, at a fiftieth of its cost: a
-- sort or search that computes it per row (the customers list) takes 2 ms on 10k names
-- where translate() took 100 ms (docs/PERFORMANCE.md, Step 10, PostgreSQL column).
CREATE FUNCTION fd_nocase(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(t COLLATE "C");

-- Search words as FTS5's tokenizer `unicode61 remove_diacritics 2` makes them (PgSchema.h, R1),
-- one code point at a time:
-- 1. lowercase (ICU's root locale, whatever the database's locale), then SQLite's case folds
--    that are not lowercase (final sigma, micro sign, long s, Greek symbol letters); a text of
--    ASCII only skips what follows but the last step (a third of the time);
-- 2. only in a text with Latin letters or combining marks: the diacritics off ASCII letters
--    (é → e, İ → i; ß, æ, ø, ł, ά and й stay), by decomposing, dropping the 25 combining
--    marks SQLite drops after a-z, and composing again; those marks are dropped anywhere;
-- 3. each run of characters that are not word characters one space, then trimmed. Word
--    characters: letters and digits (ICU's [:alnum:]), the other numbers (² ½ ① Ⅻ: Unicode
--    14's No and Nl, listed) and private use, as unicode61's "L* N* Co".
CREATE FUNCTION fd_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN btrim(regexp_replace(
        CASE WHEN octet_length(t) = length(t) THEN lower(t COLLATE "und-x-icu") -- ASCII: the fast way
            WHEN t ~ '[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]'
            THEN regexp_replace(
                normalize(regexp_replace(
                    normalize(translate(lower(t COLLATE "und-x-icu"), 'ςµſϐϑϕϖϰϱϵ', 'σμsβθφπκρε'), NFD),
                    '([a-z])[\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d-\u032e\u0330-\u0331]+', '\1', 'g'), NFC),
                '[\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d-\u032e\u0330-\u0331]+', '', 'g')
            ELSE translate(lower(t COLLATE "und-x-icu"), 'ςµſϐϑϕϖϰϱϵ', 'σμsβθφπκρε')
        END,
        '[^[:alnum:]' ||
            '\u00b2-\u00b3\u00b9\u00bc-\u00be\u09f4-\u09f9\u0b72-\u0b77\u0bf0-\u0bf2\u0c78-\u0c7e' ||
            '\u0d58-\u0d5e\u0d70-\u0d78\u0f2a-\u0f33\u1369-\u137c\u16ee-\u16f0\u17f0-\u17f9\u19da' ||
            '\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249b\u24ea-\u24ff' ||
            '\u2776-\u2793\u2cfd\u3007\u3021-\u3029\u3038-\u303a\u3192-\u3195\u3220-\u3229' ||
            '\u3248-\u324f\u3251-\u325f\u3280-\u3289\u32b1-\u32bf\ua6e6-\ua6ef\ua830-\ua835' ||
            '\U00010107-\U00010133\U00010140-\U00010178\U0001018a-\U0001018b\U000102e1-\U000102fb' ||
            '\U00010320-\U00010323\U00010341\U0001034a\U000103d1-\U000103d5\U00010858-\U0001085f' ||
            '\U00010879-\U0001087f\U000108a7-\U000108af\U000108fb-\U000108ff\U00010916-\U0001091b' ||
            '\U000109bc-\U000109bd\U000109c0-\U000109cf\U000109d2-\U000109ff\U00010a40-\U00010a48' ||
            '\U00010a7d-\U00010a7e\U00010a9d-\U00010a9f\U00010aeb-\U00010aef\U00010b58-\U00010b5f' ||
            '\U00010b78-\U00010b7f\U00010ba9-\U00010baf\U00010cfa-\U00010cff\U00010e60-\U00010e7e' ||
            '\U00010f1d-\U00010f26\U00010f51-\U00010f54\U00010fc5-\U00010fcb\U00011052-\U00011065' ||
            '\U000111e1-\U000111f4\U0001173a-\U0001173b\U000118ea-\U000118f2\U00011c5a-\U00011c6c' ||
            '\U00011fc0-\U00011fd4\U00012400-\U0001246e\U00016b5b-\U00016b61\U00016e80-\U00016e96' ||
            '\U0001d2e0-\U0001d2f3\U0001d360-\U0001d378\U0001e8c7-\U0001e8cf\U0001ec71-\U0001ecab' ||
            '\U0001ecad-\U0001ecaf\U0001ecb1-\U0001ecb4\U0001ed01-\U0001ed2d\U0001ed2f-\U0001ed3d' ||
            '\U0001f100-\U0001f10c' ||
            '\ue000-\uf8ff\U000f0000-\U0010fffd]+', ' ', 'g'));

-- A ticket's words, each as it is (no parser, no dictionary: nothing depends on the server's
-- locale); a word of more than 200 characters is kept as its first 200 (a lexeme may not
-- exceed 2 kB), which only a longer prefix query could tell.
CREATE FUNCTION fd_ticket_search(subject text, description text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_tsvector(string_to_array(
        regexp_replace(fd_words(subject || ' ' || coalesce(description, '')), '([^ ]{200})[^ ]+', '\1', 'g'), ' '));

-- Every word of a rep's search as a prefix, all of them required (TicketListRepository's
-- matchExpression on SQLite): 'word':* & 'other':*. Nothing to look for: an empty query.
CREATE FUNCTION fd_search_query(words text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce((
        SELECT string_agg('''' || left(w, 200) || ''':*', ' & ')
        FROM unnest(string_to_array(fd_words(words), ' ')) AS w), '')::tsquery;

CREATE TABLE fd_meta (
    application text COLLATE "C" PRIMARY KEY CHECK (application = 'FunnelDesk'),
    version     integer NOT NULL
);

CREATE TABLE agent (
    id      bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name    text COLLATE "C" NOT NULL,
    email   text COLLATE "C",
    role    text COLLATE "C" NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager')),
    active  smallint NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX agent_name ON agent (fd_nocase(name));

CREATE TABLE customer (
    id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name             text COLLATE "C" NOT NULL,
    email            text COLLATE "C",
    company          text COLLATE "C",
    plan             text COLLATE "C",
    owner_id         bigint REFERENCES agent (id) ON DELETE SET NULL,
    since            date NOT NULL,
    status           text COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'churned')),
    stage            text COLLATE "C" NOT NULL DEFAULT 'onboarding'
                     CHECK (stage IN ('onboarding', 'post_sales', 'retention', 'advocacy')),
    stage_entered_at bigint NOT NULL,
    stage_pinned     smallint NOT NULL DEFAULT 0 CHECK (stage_pinned IN (0, 1)),
    tags             text COLLATE "C",
    notes            text COLLATE "C",
    -- Kept by triggers on ticket and touchpoint.
    open_tickets     integer NOT NULL DEFAULT 0,
    last_touch_at    bigint,
    last_review_at   bigint,
    last_advocacy_at bigint,
    best_survey      integer
);
CREATE INDEX customer_stage ON customer (stage, status, stage_entered_at, last_touch_at,
    open_tickets, last_review_at);
CREATE INDEX customer_email ON customer (fd_nocase(email));
CREATE INDEX customer_name ON customer (fd_nocase(name), id, stage, status, owner_id, email, company);
CREATE INDEX customer_company ON customer (fd_nocase(company), id, stage, status, owner_id);
CREATE INDEX customer_last_touch ON customer (last_touch_at, id, stage, status, owner_id);
CREATE INDEX customer_open_tickets ON customer (open_tickets, id, stage, status, owner_id);
CREATE INDEX customer_owner ON customer (owner_id, id, stage, status);
CREATE INDEX customer_funnel_order ON customer ((CASE stage WHEN 'onboarding' THEN 0
    WHEN 'post_sales' THEN 1 WHEN 'retention' THEN 2 ELSE 3 END), id, status, owner_id);
CREATE INDEX customer_advocacy_candidate ON customer (stage, status, best_survey)
    WHERE last_advocacy_at IS NULL AND best_survey IS NOT NULL;
CREATE INDEX customer_id_name ON customer (id, name);

CREATE TABLE contact (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name        text COLLATE "C" NOT NULL,
    email       text COLLATE "C",
    phone       text COLLATE "C",
    role        text COLLATE "C",
    added_at    bigint NOT NULL
);
CREATE INDEX contact_customer ON contact (customer_id, added_at);
CREATE INDEX contact_added ON contact (added_at, customer_id);

CREATE TABLE ticket (
    id                         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id                bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_id                 bigint REFERENCES contact (id) ON DELETE SET NULL,
    subject                    text COLLATE "C" NOT NULL,
    description                text COLLATE "C",
    status                     text COLLATE "C" NOT NULL DEFAULT 'new'
                               CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
    priority                   text COLLATE "C" NOT NULL DEFAULT 'normal'
                               CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel                    text COLLATE "C" NOT NULL DEFAULT 'email',
    category                   text COLLATE "C" NOT NULL DEFAULT 'other'
                               CHECK (category IN ('setup', 'usage', 'billing', 'bug', 'question', 'other')),
    assignee_id                bigint REFERENCES agent (id) ON DELETE SET NULL,
    created_at                 bigint NOT NULL,
    first_response_at          bigint,
    solved_at                  bigint,
    csat                       integer CHECK (csat BETWEEN 1 AND 5),
    tags                       text COLLATE "C",
    external_ref               text COLLATE "C",
    sla_paused_secs            bigint NOT NULL DEFAULT 0,
    sla_paused_since           bigint,
    first_response_breached_at bigint,
    resolution_breached_at     bigint,
    -- SQLite's ticket_fts (external content, kept by three triggers): fd_ticket_search(subject,
    -- description), set by the trigger ticket_search below. Not a generated column: a bulk load
    -- (PgBulkLoad.h) turns the trigger off, brings the value along with each row where the
    -- client can compute it (ASCII text, PgSearchWords.h) and fills the rest before it commits.
    search                     tsvector
);
CREATE INDEX ticket_customer ON ticket (customer_id, created_at, csat, first_response_at,
    solved_at, status, priority, category, first_response_breached_at, resolution_breached_at);
CREATE INDEX ticket_created ON ticket (created_at, id, customer_id, csat, first_response_at,
    solved_at, status, priority, category, first_response_breached_at, resolution_breached_at);
-- SQLite's index also carries the subject; a B-tree entry here may not exceed about 2.7 kB,
-- and a subject has no length limit, so the list reads subjects from the rows.
CREATE INDEX ticket_open_created ON ticket (created_at, status, priority, assignee_id,
    customer_id, first_response_breached_at, resolution_breached_at)
    WHERE status IN ('new', 'open', 'pending', 'on_hold');
CREATE INDEX ticket_external_ref ON ticket (external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX ticket_open_sla ON ticket (id, status, priority, created_at, first_response_at, solved_at,
    sla_paused_secs, sla_paused_since, first_response_breached_at, resolution_breached_at)
    WHERE status IN ('new', 'open', 'pending', 'on_hold');
CREATE INDEX ticket_low_csat ON ticket (created_at, customer_id, csat) WHERE csat < 3;
CREATE INDEX ticket_search ON ticket USING gin (search);

CREATE FUNCTION fd_ticket_search_fill() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.search := fd_ticket_search(NEW.subject, NEW.description);
    RETURN NEW;
END $$;
CREATE TRIGGER ticket_search BEFORE INSERT OR UPDATE OF subject, description ON ticket
    FOR EACH ROW EXECUTE FUNCTION fd_ticket_search_fill();

CREATE TABLE ticket_comment (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    ticket_id       bigint NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    kind            text COLLATE "C" NOT NULL DEFAULT 'public_reply'
                    CHECK (kind IN ('public_reply', 'internal_note')),
    author_agent_id bigint REFERENCES agent (id) ON DELETE SET NULL,
    at              bigint NOT NULL,
    body            text COLLATE "C" NOT NULL
);
CREATE INDEX ticket_comment_ticket ON ticket_comment (ticket_id, at);

CREATE TABLE canned_reply (
    id    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    title text COLLATE "C" NOT NULL,
    body  text COLLATE "C" NOT NULL
);

CREATE TABLE touchpoint (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_id  bigint REFERENCES contact (id) ON DELETE SET NULL,
    kind        text COLLATE "C" NOT NULL,
    direction   text COLLATE "C" NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
    occurred_at bigint NOT NULL,
    agent_id    bigint REFERENCES agent (id) ON DELETE SET NULL,
    summary     text COLLATE "C",
    ticket_id   bigint REFERENCES ticket (id) ON DELETE CASCADE,
    score       integer CHECK (score BETWEEN 0 AND 10)
);
CREATE INDEX touchpoint_customer ON touchpoint (customer_id, occurred_at, kind, score);
CREATE INDEX touchpoint_ticket ON touchpoint (ticket_id) WHERE ticket_id IS NOT NULL;

CREATE TABLE stage_transition (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    from_stage  text COLLATE "C" CHECK (from_stage IN ('onboarding', 'post_sales', 'retention', 'advocacy')),
    to_stage    text COLLATE "C" NOT NULL
                CHECK (to_stage IN ('onboarding', 'post_sales', 'retention', 'advocacy')),
    at          bigint NOT NULL,
    actor       text COLLATE "C" NOT NULL,
    reason      text COLLATE "C" NOT NULL
);
CREATE INDEX stage_transition_customer ON stage_transition (customer_id, at);
CREATE INDEX stage_transition_at ON stage_transition (at, customer_id, from_stage, to_stage);
CREATE INDEX stage_transition_entry ON stage_transition (customer_id, to_stage, at);

CREATE TABLE settings (
    key   text COLLATE "C" PRIMARY KEY,
    value text COLLATE "C" NOT NULL
);

-- Touchpoints per local day (the session's TimeZone: PgSchema.h), kind, and their customer's
-- stage now ('churned' for churned customers).
CREATE TABLE touchpoint_day (
    day         date NOT NULL,
    stage       text COLLATE "C" NOT NULL,
    kind        text COLLATE "C" NOT NULL,
    touchpoints integer NOT NULL,
    PRIMARY KEY (day, stage, kind)
);

-- The summaries, kept as SQLite's triggers keep them (Schema.cpp v1 and v3), row by row.

CREATE FUNCTION fd_touchpoint_day_change(p_customer bigint, p_at bigint, p_kind text, p_delta integer)
    RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(p_at)::date, CASE c.status WHEN 'active' THEN c.stage ELSE 'churned' END, p_kind, p_delta
    FROM customer c WHERE c.id = p_customer
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
END $$;

CREATE FUNCTION fd_customer_touch_refresh(p_customer bigint)
    RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE customer c SET
        last_touch_at = (SELECT max(occurred_at) FROM touchpoint t WHERE t.customer_id = c.id),
        last_review_at = (SELECT max(occurred_at) FROM touchpoint t WHERE t.customer_id = c.id
            AND t.kind = 'success_review'),
        last_advocacy_at = (SELECT max(occurred_at) FROM touchpoint t WHERE t.customer_id = c.id
            AND t.kind IN ('testimonial', 'community_forum', 'meetup', 'user_conference', 'referral')),
        best_survey = (SELECT max(score) FROM touchpoint t WHERE t.customer_id = c.id AND t.kind = 'survey')
    WHERE c.id = p_customer;
END $$;

CREATE FUNCTION fd_ticket_open_count() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.status IN ('new', 'open', 'pending', 'on_hold') THEN
            UPDATE customer SET open_tickets = open_tickets - 1 WHERE id = OLD.customer_id;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.status IN ('new', 'open', 'pending', 'on_hold') THEN
            UPDATE customer SET open_tickets = open_tickets + 1 WHERE id = NEW.customer_id;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_open_count AFTER INSERT OR DELETE OR UPDATE OF status, customer_id ON ticket
    FOR EACH ROW EXECUTE FUNCTION fd_ticket_open_count();

CREATE FUNCTION fd_touchpoint_summary() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE customer SET
            last_touch_at = greatest(last_touch_at, NEW.occurred_at),
            last_review_at = CASE WHEN NEW.kind = 'success_review'
                THEN greatest(last_review_at, NEW.occurred_at) ELSE last_review_at END,
            last_advocacy_at = CASE WHEN NEW.kind IN ('testimonial', 'community_forum', 'meetup',
                    'user_conference', 'referral')
                THEN greatest(last_advocacy_at, NEW.occurred_at) ELSE last_advocacy_at END,
            best_survey = CASE WHEN NEW.kind = 'survey' AND NEW.score IS NOT NULL
                THEN greatest(best_survey, NEW.score) ELSE best_survey END
        WHERE id = NEW.customer_id;
        PERFORM fd_touchpoint_day_change(NEW.customer_id, NEW.occurred_at, NEW.kind, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM fd_customer_touch_refresh(OLD.customer_id);
        PERFORM fd_touchpoint_day_change(OLD.customer_id, OLD.occurred_at, OLD.kind, -1);
    ELSE
        PERFORM fd_customer_touch_refresh(OLD.customer_id);
        IF NEW.customer_id <> OLD.customer_id THEN
            PERFORM fd_customer_touch_refresh(NEW.customer_id);
        END IF;
        PERFORM fd_touchpoint_day_change(OLD.customer_id, OLD.occurred_at, OLD.kind, -1);
        PERFORM fd_touchpoint_day_change(NEW.customer_id, NEW.occurred_at, NEW.kind, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER touchpoint_summary AFTER INSERT OR DELETE OR UPDATE OF occurred_at, customer_id, kind, score
    ON touchpoint FOR EACH ROW EXECUTE FUNCTION fd_touchpoint_summary();

-- A customer's move, or churn, carries its touchpoint counts to the new stage; a deleted
-- customer's counts go before its row (the cascade then finds no customer to count them for).
CREATE FUNCTION fd_customer_touchpoint_days() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(t.occurred_at)::date AS local_day,
           CASE OLD.status WHEN 'active' THEN OLD.stage ELSE 'churned' END, t.kind, -count(*)
    FROM touchpoint t WHERE t.customer_id = OLD.id GROUP BY local_day, t.kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(t.occurred_at)::date AS local_day,
           CASE NEW.status WHEN 'active' THEN NEW.stage ELSE 'churned' END, t.kind, count(*)
    FROM touchpoint t WHERE t.customer_id = NEW.id GROUP BY local_day, t.kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    RETURN NULL;
END $$;
CREATE TRIGGER customer_stage_touchpoint_days AFTER UPDATE OF stage, status ON customer FOR EACH ROW
    WHEN ((CASE OLD.status WHEN 'active' THEN OLD.stage ELSE 'churned' END)
        IS DISTINCT FROM (CASE NEW.status WHEN 'active' THEN NEW.stage ELSE 'churned' END))
    EXECUTE FUNCTION fd_customer_touchpoint_days();
CREATE TRIGGER customer_delete_touchpoint_days BEFORE DELETE ON customer
    FOR EACH ROW EXECUTE FUNCTION fd_customer_touchpoint_days();

-- Someone changed something: SQLite's PRAGMA data_version for a window that polls, and a
-- NOTIFY for one that listens (Step 11). Bumped even by a write that rolls back later.
CREATE SEQUENCE fd_change;
CREATE FUNCTION fd_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM nextval('fd_change');
    PERFORM pg_notify('funneldesk', '');
    RETURN NULL;
END $$;
CREATE TRIGGER agent_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agent
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER customer_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customer
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER contact_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contact
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER ticket_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ticket
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER ticket_comment_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ticket_comment
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER canned_reply_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON canned_reply
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER touchpoint_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON touchpoint
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER stage_transition_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stage_transition
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();
CREATE TRIGGER touchpoint_day_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON touchpoint_day
    FOR EACH STATEMENT EXECUTE FUNCTION fd_changed();

-- A NULL id means "the database picks", as SQLite's INTEGER PRIMARY KEY reads it (shared SQL
-- binds NULL through bindId): one more than the largest id, as SQLite's rowid, or the identity's
-- next value if that is larger (so two sessions never pick the same id), and the sequence is
-- moved past it, so an id a writer gave (an import, a migrate) is never given again. Every
-- inserted id is also kept in the session's fd.last_id, which PgDatabase::lastInsertId() reads
-- as SQLite's last_insert_rowid(). Bulk loads disable these triggers and give their own ids.
CREATE FUNCTION fd_fill_id() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    sequence text;
    largest bigint;
BEGIN
    IF NEW.id IS NULL THEN
        sequence := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id');
        EXECUTE format('SELECT coalesce(max(id), 0) FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO largest;
        NEW.id := nextval(sequence);
        IF NEW.id <= largest THEN
            NEW.id := largest + 1;
            PERFORM setval(sequence, NEW.id);
        END IF;
    END IF;
    PERFORM set_config('fd.last_id', NEW.id::text, false);
    RETURN NEW;
END $$;
CREATE TRIGGER agent_id BEFORE INSERT ON agent FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER customer_id BEFORE INSERT ON customer FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER contact_id BEFORE INSERT ON contact FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER ticket_id BEFORE INSERT ON ticket FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER ticket_comment_id BEFORE INSERT ON ticket_comment FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER canned_reply_id BEFORE INSERT ON canned_reply FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER touchpoint_id BEFORE INSERT ON touchpoint FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER stage_transition_id BEFORE INSERT ON stage_transition FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
