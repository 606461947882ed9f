#include "SqlDialect.h"

namespace akta::server {

namespace {

// Version 1. Entities that sync (case, party, document, document_version) live in one table as their
// JSON fields, with the revision at which each field last changed (for field-level merge), the global
// seq of their last change, and the case and unit that decide who sees them.
const char* const kV1[] = {
    "CREATE TABLE units (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES units(id), name TEXT NOT NULL, "
    "path TEXT NOT NULL UNIQUE)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, "
    "password_hash TEXT NOT NULL, unit_id TEXT NOT NULL REFERENCES units(id), role TEXT NOT NULL, cpr TEXT)",
    "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
    "device TEXT, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)",
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO counters(name, value) VALUES ('seq', 0)",
    "CREATE TABLE entities (entity TEXT NOT NULL, id TEXT NOT NULL, rev BIGINT NOT NULL, seq BIGINT NOT "
    "NULL, "
    "case_id TEXT, unit_id TEXT, lookup_key TEXT, fields TEXT NOT NULL, field_revs TEXT NOT NULL, "
    "created_by TEXT, PRIMARY KEY (entity, id))",
    "CREATE INDEX entities_seq ON entities(seq)",
    "CREATE INDEX entities_case ON entities(case_id)",
    "CREATE INDEX entities_lookup ON entities(lookup_key)",
    "CREATE TABLE case_parties (case_id TEXT NOT NULL, party_id TEXT NOT NULL, PRIMARY KEY (case_id, "
    "party_id))",
    "CREATE INDEX case_parties_party ON case_parties(party_id)",
    "CREATE TABLE revocations (seq BIGINT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL, unit_id TEXT)",
    "CREATE INDEX revocations_seq ON revocations(seq)",
    "CREATE TABLE applied_ops (op_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, result TEXT NOT NULL)",
    "CREATE TABLE case_number_counters (kle_subject TEXT NOT NULL, year INTEGER NOT NULL, "
    "last_number INTEGER NOT NULL, PRIMARY KEY (kle_subject, year))",
    "CREATE TABLE blob_refs (sha256 TEXT NOT NULL, version_id TEXT NOT NULL, case_id TEXT NOT NULL, "
    "PRIMARY KEY (sha256, version_id))",
    "CREATE TABLE blob_uploads (sha256 TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (sha256, user_id))",
    "CREATE TABLE register_entries (identifier TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE kle_entries (number TEXT PRIMARY KEY, level INTEGER NOT NULL, parent TEXT, title TEXT NOT "
    "NULL, "
    "retention TEXT, deletion TEXT, retired INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE kle_facets (number TEXT PRIMARY KEY, title TEXT NOT NULL, retention TEXT)",
};

// Version 2: access classes and grants, and the audit log. A case row carries its access class,
// caseworker and (personnel cases) employee in columns, so one SQL predicate decides who sees it.
// The audit log is append-only and hash-chained; its own counter row serialises appends.
const char* const kV2[] = {
    "ALTER TABLE entities ADD COLUMN access_class TEXT",
    "ALTER TABLE entities ADD COLUMN caseworker TEXT",
    "ALTER TABLE entities ADD COLUMN employee TEXT",
    "ALTER TABLE revocations ADD COLUMN case_id TEXT",
    "CREATE TABLE grants (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, user_id TEXT REFERENCES users(id), "
    "unit_id TEXT REFERENCES units(id), access TEXT NOT NULL, until TEXT, granted_by TEXT NOT NULL, "
    "granted_at TEXT NOT NULL, ended_seq BIGINT)",
    "CREATE INDEX grants_case ON grants(case_id)",
    "INSERT INTO counters(name, value) VALUES ('audit', 0)",
    "CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL, "
    "case_id TEXT, entity TEXT, entity_id TEXT, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, "
    "hash TEXT NOT NULL)",
    "CREATE INDEX audit_log_case ON audit_log(case_id)",
    "CREATE INDEX audit_log_user ON audit_log(user_id)",
};

// Version 3: the devices that log in (a device id per desktop store), so that an administrator can revoke a
// lost laptop; each session remembers its device.
const char* const kV3[] = {
    "CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT "
    "NULL, "
    "first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, revoked_at TEXT)",
    "CREATE INDEX devices_user ON devices(user_id)",
    "ALTER TABLE sessions ADD COLUMN device_id TEXT",
};

} // namespace

QStringList SqlDialect::migration(int version) const
{
    QStringList statements;
    if (version == 1) {
        for (const char* statement : kV1) {
            statements << QString::fromUtf8(statement);
        }
        statements << searchTables();
    } else if (version == 2) {
        for (const char* statement : kV2) {
            statements << QString::fromUtf8(statement);
        }
    } else if (version == 3) {
        for (const char* statement : kV3) {
            statements << QString::fromUtf8(statement);
        }
    }
    return statements;
}

} // namespace akta::server
