#include "store/Migrations.h"

#include "review/ReviewSchema.h"
#include "search/SearchFactsSchema.h"
#include "search/SearchSchema.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Transaction.h"

#include <sqlite3.h>

namespace akta::store {

namespace {

// Version 1: the foundation schema. Every synchronised row has a UUID id and a rev from the server
// (0 until the first sync). Times are ISO-8601 UTC text.
const char* const kV1 = R"SQL(
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id        TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES units(id),
    name      TEXT NOT NULL,
    rev       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id        TEXT PRIMARY KEY,
    username  TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    unit_id   TEXT REFERENCES units(id),
    role      TEXT NOT NULL CHECK (role IN ('caseworker','leader','hr','archivist','dpo','admin')),
    rev       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE kle_entries (
    number     TEXT PRIMARY KEY,
    level      INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
    parent     TEXT REFERENCES kle_entries(number),
    title      TEXT NOT NULL,
    retention  TEXT,
    deletion   TEXT,
    retired_at TEXT
);
CREATE INDEX kle_entries_parent ON kle_entries(parent);

CREATE TABLE parties (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person','company')),
    identifier  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    street      TEXT,
    postal_code TEXT,
    city        TEXT,
    protected   INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL DEFAULT 'alive',
    source      TEXT,
    fetched_at  TEXT,
    rev         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE party_relations (
    party_id         TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    related_party_id TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('parent','child','custody','spouse')),
    PRIMARY KEY (party_id, related_party_id, type)
);

CREATE TABLE cases (
    id                 TEXT PRIMARY KEY,
    case_number        TEXT NOT NULL UNIQUE,
    number_provisional INTEGER NOT NULL DEFAULT 1,
    title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kle_subject        TEXT NOT NULL,
    kle_facet          TEXT NOT NULL DEFAULT 'G01',
    kind               TEXT NOT NULL CHECK (kind IN ('citizen','company','property','subject','personnel')),
    status             TEXT NOT NULL CHECK (status IN ('opened','in_progress','decided','closed','archived')),
    access_class       TEXT NOT NULL CHECK (access_class IN ('normal','confidential','personnel')),
    responsible_unit   TEXT REFERENCES units(id),
    caseworker         TEXT REFERENCES users(id),
    retention          TEXT,
    retention_reason   TEXT,
    follow_up_date     TEXT,
    rev                INTEGER NOT NULL DEFAULT 0,
    created_by         TEXT,
    created_at         TEXT NOT NULL,
    modified_by        TEXT,
    modified_at        TEXT NOT NULL
);
CREATE INDEX cases_modified ON cases(modified_at DESC, id);
CREATE INDEX cases_kle ON cases(kle_subject);
CREATE INDEX cases_caseworker ON cases(caseworker);

CREATE TABLE case_parties (
    case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    party_id TEXT NOT NULL REFERENCES parties(id),
    role     TEXT NOT NULL CHECK (role IN ('primary','secondary')),
    PRIMARY KEY (case_id, party_id)
);
CREATE INDEX case_parties_party ON case_parties(party_id);
CREATE UNIQUE INDEX case_parties_one_primary ON case_parties(case_id) WHERE role = 'primary';

CREATE TABLE case_relations (
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    related_case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    type            TEXT NOT NULL CHECK (type IN ('parent','related')),
    PRIMARY KEY (case_id, related_case_id)
);

CREATE TABLE case_number_counters (
    kle_subject TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (kle_subject, year)
);

CREATE TABLE documents (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    parent_document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
    number             INTEGER NOT NULL,
    title              TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('file','email','note')),
    direction          TEXT NOT NULL CHECK (direction IN ('incoming','outgoing','internal')),
    document_date      TEXT,
    status             TEXT NOT NULL CHECK (status IN ('draft','journaled')),
    sender             TEXT,
    recipients         TEXT,
    access_class       TEXT NOT NULL DEFAULT 'normal',
    rev                INTEGER NOT NULL DEFAULT 0,
    created_by         TEXT,
    created_at         TEXT NOT NULL,
    modified_at        TEXT NOT NULL,
    UNIQUE (case_id, number)
);

CREATE TABLE document_versions (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version        INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    mime_type      TEXT NOT NULL,
    size           INTEGER NOT NULL,
    author         TEXT,
    created_at     TEXT NOT NULL,
    text_status    TEXT NOT NULL DEFAULT 'pending' CHECK (text_status IN ('ok','failed','pending','none')),
    extracted_text TEXT,
    UNIQUE (document_id, version)
);

CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    base_rev   INTEGER NOT NULL,
    fields     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL";

// Version 2: the official KLE plan in full (guidance, legal references, stikord, dates), the
// handlingsfacetter, OS2KLE keywords, and a history of case changes that need a reason.
const char* const kV2 = R"SQL(
ALTER TABLE kle_entries ADD COLUMN guidance TEXT;
ALTER TABLE kle_entries ADD COLUMN created_on TEXT;
ALTER TABLE kle_entries ADD COLUMN changed_on TEXT;
ALTER TABLE kle_entries ADD COLUMN uuid TEXT;

CREATE TABLE kle_legal_references (
    number    TEXT NOT NULL REFERENCES kle_entries(number) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    paragraph TEXT,
    accession TEXT,
    url       TEXT,
    PRIMARY KEY (number, position)
);

CREATE TABLE kle_stikord (
    number   TEXT NOT NULL REFERENCES kle_entries(number) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    facet    TEXT,
    retired  INTEGER NOT NULL DEFAULT 0,
    is_title INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (number, position)
);

CREATE TABLE kle_facets (
    number         TEXT PRIMARY KEY,
    category       TEXT,
    category_title TEXT,
    title          TEXT NOT NULL,
    retention      TEXT,
    guidance       TEXT,
    created_on     TEXT,
    changed_on     TEXT,
    retired_at     TEXT
);
INSERT INTO kle_facets(number, category, title) VALUES ('G01', 'G', 'Generelle sager');

-- Keywords from other sources (OS2KLE) for the classifier; kept even for emner the plan lacks.
CREATE TABLE kle_keywords (
    number TEXT NOT NULL,
    term   TEXT NOT NULL,
    weight INTEGER NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (number, term, source)
);

ALTER TABLE cases ADD COLUMN deletion TEXT;

CREATE TABLE case_history (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason    TEXT,
    actor     TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX case_history_case ON case_history(case_id, id);
)SQL";

// Version 3: the person and company register (the embedded default behind PartyRegister), and the
// history of master data on parties. A protected person's address is never stored, here or in history.
const char* const kV3 = R"SQL(
CREATE TABLE register_persons (
    cpr         TEXT PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    street      TEXT,
    postal_code TEXT,
    city        TEXT,
    protected   INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL CHECK (status IN ('alive','deceased','emigrated')),
    updated_at  TEXT NOT NULL,
    CHECK (protected = 0 OR (street IS NULL AND postal_code IS NULL AND city IS NULL))
);

CREATE TABLE register_person_relations (
    cpr         TEXT NOT NULL REFERENCES register_persons(cpr) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('parent','child','custody','spouse')),
    related_cpr TEXT NOT NULL,
    PRIMARY KEY (cpr, type, related_cpr)
);

CREATE TABLE register_companies (
    cvr         TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    street      TEXT,
    postal_code TEXT,
    city        TEXT,
    industry    TEXT,
    status      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE party_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    party_id   TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    changed_at TEXT NOT NULL
);
CREATE INDEX party_history_party ON party_history(party_id, id);
)SQL";

// Version 4: documents journaled from e-mail keep their subject and Message-ID (the same message is
// journaled once per case), and a version whose text could not be extracted says why.
const char* const kV4 = R"SQL(
ALTER TABLE documents ADD COLUMN subject TEXT;
ALTER TABLE documents ADD COLUMN message_id TEXT;
CREATE UNIQUE INDEX documents_message_id ON documents(case_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX documents_parent ON documents(parent_document_id);
ALTER TABLE document_versions ADD COLUMN text_error TEXT;
)SQL";

// Version 5: the search index (search::SearchSchema), built for the data already in the store.

// Version 6: the parties a document concerns (parties of its case), and the history of metadata
// changes to journaled documents (who changed what, when): a journaled document's content never
// changes, its metadata may, on the record.
const char* const kV6 = R"SQL(
CREATE TABLE document_parties (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    party_id    TEXT NOT NULL REFERENCES parties(id),
    PRIMARY KEY (document_id, party_id)
);

CREATE TABLE document_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    actor       TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX document_history_document ON document_history(document_id, id);
)SQL";

// Version 7: the sync engine's own tables. `conflicts` keeps every operation the server answered
// with `conflict` (both versions: ours in local_fields, the server's in server_fields and
// server_rev) or `rejected` (reason), until the user has chosen; nothing the user wrote is dropped.
// `sync_parked` holds pulled entities whose parent has not arrived yet (a case before its party),
// applied as soon as it has. `party_aliases` maps a party the server knows under another id (the
// same CPR number added offline on two desktops) to the local row.
const char* const kV7 = R"SQL(
CREATE TABLE conflicts (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    kind               TEXT NOT NULL CHECK (kind IN ('conflict','rejected')),
    op_id              TEXT NOT NULL UNIQUE,
    entity             TEXT NOT NULL,
    entity_id          TEXT NOT NULL,
    base_rev           INTEGER NOT NULL,
    local_fields       TEXT NOT NULL,
    server_rev         INTEGER,
    server_fields      TEXT,
    conflicting_fields TEXT NOT NULL DEFAULT '[]',
    reason             TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX conflicts_entity ON conflicts(entity, entity_id);

CREATE TABLE sync_parked (
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    fields      TEXT NOT NULL,
    waiting_for TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
);

-- A version is pushed and pulled like every other entity, so it has a server rev too.
ALTER TABLE document_versions ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;

CREATE TABLE party_aliases (
    remote_id TEXT PRIMARY KEY,
    local_id  TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE
);
)SQL";

// Version 8: documents by date, so that a search filtered by dato: reads only the documents of those
// dates (search::SearchFilterScan).
const char* const kV8 = R"SQL(
CREATE INDEX documents_date ON documents(document_date);
)SQL";

// Version 9: exports waiting to be reported to the server's audit log (sync::AuditOutbox). Each row
// is one event as it will be sent; it leaves the queue only once the server has answered for it.
const char* const kV9 = R"SQL(
CREATE TABLE audit_outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id   TEXT NOT NULL UNIQUE,
    event      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
)SQL";

// Version 11: the cases this desktop keeps offline (docs/adr/0015-offline-cases.md). A pin is one case (by
// id), all cases of a person (by CPR number) or a saved search (by its query), resolved to cases each time
// they are needed, so that a new case of the person, or a new match, is taken along at the next sync.
// Pins belong to this desktop and are never synced.
const char* const kV11 = R"SQL(
CREATE TABLE offline_pins (
    kind     TEXT NOT NULL CHECK (kind IN ('case','person','search')),
    value    TEXT NOT NULL,
    label    TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (kind, value)
);
)SQL";

// Version 12 (v10 is review::ReviewSchema): what search filters test, in a table beside the document index
// (search::SearchFactsSchema).

} // namespace

const QStringList& Migrations::steps()
{
    static const QStringList list{QString::fromUtf8(kV1),
                                  QString::fromUtf8(kV2),
                                  QString::fromUtf8(kV3),
                                  QString::fromUtf8(kV4),
                                  search::SearchSchema::migration(),
                                  QString::fromUtf8(kV6),
                                  QString::fromUtf8(kV7),
                                  QString::fromUtf8(kV8),
                                  QString::fromUtf8(kV9),
                                  review::ReviewSchema::migration(),
                                  QString::fromUtf8(kV11),
                                  search::SearchFactsSchema::migration()};
    return list;
}

int Migrations::latestVersion()
{
    return int(steps().size());
}

void Migrations::migrate(sqlite::Database& db)
{
    const int current = db.userVersion();
    if (current > latestVersion()) {
        throw sqlite::SqliteError(SQLITE_MISMATCH, "the store has schema version " + std::to_string(current) +
                                                       ", newer than this program knows (" +
                                                       std::to_string(latestVersion()) + ")");
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        sqlite::Transaction transaction(db);
        db.exec(steps().at(version - 1));
        db.setUserVersion(version);
        transaction.commit();
    }
}

} // namespace akta::store
