#pragma once

#include "SqlDialect.h"

namespace akta::server {

// The embedded default: one SQLite file in the data directory, WAL, FTS5 for search.
class SqliteDialect final : public SqlDialect
{
public:
    explicit SqliteDialect(const QString& path) : m_path(path) {}

    QString name() const override { return QStringLiteral("sqlite"); }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    void configure(QSqlDatabase& db) const override;
    QStringList connectionSetup() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString searchQuery(const QString& accessFilter) const override;
    QString searchText(const QString& userQuery) const override;

protected:
    QStringList searchTables() const override;

private:
    QString m_path;
};

} // namespace akta::server
