#pragma once

#include "SqlDialect.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <stdexcept>

namespace akta::server {

// A storage failure (cannot connect, a statement failed): the request gets a 500, the transaction
// is rolled back.
class StorageError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The server's database: SQLite in the data directory, or PostgreSQL when a URL is given. Every
// thread gets its own connection (QtSql connections may not cross threads), opened on first use.
class ServerDatabase final
{
public:
    // Throws std::invalid_argument for a bad URL.
    ServerDatabase(const QString& dataDir, const QString& url);
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    const SqlDialect& dialect() const { return *m_dialect; }

    // Runs the migrations not yet applied, each in a transaction. Throws StorageError.
    void migrate();
    int schemaVersion();

    // This thread's connection. Throws StorageError when it cannot be opened.
    QSqlDatabase connection();
    // Prepares, binds and runs one statement. Throws StorageError.
    QSqlQuery exec(const QString& sql, const QVariantList& values = {});
    // Closes and removes this thread's connection.
    void closeThreadConnection();

private:
    QString connectionName() const;

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_prefix;
};

} // namespace akta::server
