#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace akta::server {

// What differs between the two storage backends: how to connect, the statements of each numbered
// migration, how a write transaction begins, and full-text search. Everything else is plain SQL
// that SQLite and PostgreSQL both understand.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString name() const = 0; // "sqlite" or "postgresql"
    virtual QString driver() const = 0;
    // Sets database name, host, options on a connection that is not open yet.
    virtual void configure(QSqlDatabase& db) const = 0;
    // Statements run once on every new connection (pragmas).
    virtual QStringList connectionSetup() const { return {}; }
    // A write transaction that serialises writers (SQLite: BEGIN IMMEDIATE).
    virtual QString beginWrite() const { return QStringLiteral("BEGIN"); }
    // Run first in a write transaction that reads before it writes: takes the writers' lock now, so no
    // other writer changes what was read (PostgreSQL: the seq counter row; SQLite: BEGIN IMMEDIATE did).
    virtual QString lockWriters() const { return {}; }
    // Whether statements go to the database with their values as quoted literals (one round trip)
    // rather than prepared (QPSQL: PREPARE, EXECUTE and DEALLOCATE, three).
    virtual bool bindsLiterals() const { return false; }

    // The statements of migration `version` (1-based); empty past the last one.
    QStringList migration(int version) const;
    static constexpr int kLatestVersion = 3;

    // A query with the search text as the first bind value and the limit as the last; it yields
    // search_docs.entity, id, case_id, title, snippet. `accessFilter` is a predicate on the case row
    // `c` whose bind values follow the search text.
    virtual QString searchQuery(const QString& accessFilter) const = 0;
    // The search text as the backend's query language takes it (user input never reaches it raw).
    virtual QString searchText(const QString& userQuery) const = 0;

protected:
    virtual QStringList searchTables() const = 0;
};

} // namespace akta::server
