#pragma once

#include "SqlDialect.h"

#include <QUrl>

namespace akta::server {

// PostgreSQL from a URL postgresql://user[:password]@host[:port]/database; tsvector with the built-in
// 'danish' configuration for search.
class PostgresDialect final : public SqlDialect
{
public:
    // Throws std::invalid_argument when the URL is not a PostgreSQL URL with a database.
    explicit PostgresDialect(const QString& url);

    QString name() const override { return QStringLiteral("postgresql"); }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    void configure(QSqlDatabase& db) const override;
    QString lockWriters() const override
    {
        return QStringLiteral("SELECT value FROM counters WHERE name = 'seq' FOR UPDATE");
    }
    bool bindsLiterals() const override { return true; }
    QString searchQuery(const QString& accessFilter) const override;
    QString searchText(const QString& userQuery) const override { return userQuery; }

protected:
    QStringList searchTables() const override;

private:
    QUrl m_url;
};

} // namespace akta::server
