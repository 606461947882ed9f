#include "SqliteDialect.h"

#include <QRegularExpression>

namespace akta::server {

void SqliteDialect::configure(QSqlDatabase& db) const
{
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
}

QStringList SqliteDialect::connectionSetup() const
{
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON")};
}

QStringList SqliteDialect::searchTables() const
{
    return {
        QStringLiteral(
            "CREATE TABLE search_docs (doc_id INTEGER PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL, "
            "case_id TEXT NOT NULL, title TEXT, body TEXT, UNIQUE (entity, id))"),
        QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', "
                       "content_rowid='doc_id', tokenize='unicode61 remove_diacritics 0')"),
        QStringLiteral(
            "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
            "INSERT INTO search_fts(rowid, title, body) VALUES (new.doc_id, new.title, new.body); END"),
        QStringLiteral("CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
                       "INSERT INTO search_fts(search_fts, rowid, title, body) "
                       "VALUES ('delete', old.doc_id, old.title, old.body); END"),
        QStringLiteral(
            "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, body) "
            "VALUES ('delete', old.doc_id, old.title, old.body); "
            "INSERT INTO search_fts(rowid, title, body) VALUES (new.doc_id, new.title, new.body); END"),
    };
}

QString SqliteDialect::searchQuery(const QString& accessFilter) const
{
    return QStringLiteral("SELECT d.entity, d.id, d.case_id, d.title, "
                          "snippet(search_fts, -1, '[', ']', '…', 12) "
                          "FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid "
                          "JOIN entities c ON c.entity = 'case' AND c.id = d.case_id "
                          "WHERE search_fts MATCH ? AND (%1) ORDER BY search_fts.rank LIMIT ?")
        .arg(accessFilter);
}

QString SqliteDialect::searchText(const QString& userQuery) const
{
    // Every word a quoted prefix term, all required: no FTS5 syntax from the user gets through.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString& word : userQuery.split(separators, Qt::SkipEmptyParts)) {
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace akta::server
