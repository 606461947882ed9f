#include "ServerDatabase.h"

#include "JsonLog.h"
#include "PostgresDialect.h"
#include "SqlLiteralBinding.h"
#include "SqliteDialect.h"
#include "WriteTransaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QThread>

#include <stdexcept>

namespace akta::server {

namespace {

QAtomicInteger<int> g_instances;

std::string failure(const QString& what, const QSqlQuery& query, const QString& sql)
{
    return (what + query.lastError().text() + QStringLiteral(" in ") + sql).toStdString();
}

} // namespace

ServerDatabase::ServerDatabase(const QString& dataDir, const QString& url)
    : m_prefix(QStringLiteral("akta-server-%1-").arg(g_instances.fetchAndAddRelaxed(1)))
{
    if (url.isEmpty()) {
        m_dialect =
            std::make_unique<SqliteDialect>(QDir(dataDir).filePath(QStringLiteral("akta-server.sqlite")));
    } else {
        m_dialect = std::make_unique<PostgresDialect>(url);
    }
}

ServerDatabase::~ServerDatabase()
{
    closeThreadConnection();
}

QString ServerDatabase::connectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase ServerDatabase::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return db;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), name);
    if (!db.isValid()) {
        throw StorageError("the Qt SQL driver " + m_dialect->driver().toStdString() + " is not installed");
    }
    m_dialect->configure(db);
    if (!db.open()) {
        const QString message = db.lastError().text();
        throw StorageError("cannot open the database: " + message.toStdString());
    }
    for (const QString& statement : m_dialect->connectionSetup()) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            throw StorageError("cannot set up the database connection: " +
                               query.lastError().text().toStdString());
        }
    }
    return db;
}

void ServerDatabase::closeThreadConnection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlQuery ServerDatabase::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot prepare BEGIN, COMMIT or DDL.
        if (!query.exec(sql)) {
            throw StorageError(failure(QStringLiteral("statement failed: "), query, sql));
        }
        return query;
    }
    if (m_dialect->bindsLiterals()) {
        // Under load every round trip counts, most of all inside the writers' lock.
        QString bound;
        try {
            bound = SqlLiteralBinding::bind(sql, values, *query.driver());
        } catch (const std::invalid_argument& error) {
            throw StorageError(error.what());
        }
        if (!query.exec(bound)) {
            throw StorageError(failure(QStringLiteral("statement failed: "), query, sql));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        throw StorageError(failure(QStringLiteral("cannot prepare: "), query, sql));
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        throw StorageError(failure(QStringLiteral("statement failed: "), query, sql));
    }
    return query;
}

int ServerDatabase::schemaVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

void ServerDatabase::migrate()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "applied_at TEXT NOT NULL)"));
    for (int version = schemaVersion() + 1; version <= SqlDialect::kLatestVersion; ++version) {
        WriteTransaction transaction(*this);
        for (const QString& statement : m_dialect->migration(version)) {
            exec(statement);
        }
        exec(QStringLiteral("INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)"),
             {version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        transaction.commit();
        qCInfo(lcServer) << "database migrated to version" << version;
    }
}

} // namespace akta::server
