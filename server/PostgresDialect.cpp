#include "PostgresDialect.h"

#include <QUrlQuery>

#include <stdexcept>

namespace akta::server {

PostgresDialect::PostgresDialect(const QString& url) : m_url(url, QUrl::StrictMode)
{
    const QString scheme = m_url.scheme();
    if (!m_url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) ||
        m_url.path().size() < 2) {
        throw std::invalid_argument("--db needs a URL like postgresql://user@host:5432/akta");
    }
}

void PostgresDialect::configure(QSqlDatabase& db) const
{
    db.setHostName(m_url.host().isEmpty() ? QStringLiteral("localhost") : m_url.host());
    db.setPort(m_url.port(5432));
    db.setDatabaseName(m_url.path().mid(1));
    db.setUserName(m_url.userName());
    db.setPassword(m_url.password());
    QStringList options;
    const QUrlQuery query(m_url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")) {
            options << key + QLatin1Char('=') + value;
        }
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QStringList PostgresDialect::searchTables() const
{
    return {
        QStringLiteral(
            "CREATE TABLE search_docs (doc_id BIGSERIAL PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL, "
            "case_id TEXT NOT NULL, title TEXT, body TEXT, "
            "tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', coalesce(title, '') || ' ' || "
            "coalesce(body, ''))) STORED, UNIQUE (entity, id))"),
        QStringLiteral("CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv)"),
    };
}

QString PostgresDialect::searchQuery(const QString& accessFilter) const
{
    return QStringLiteral("SELECT d.entity, d.id, d.case_id, d.title, "
                          "ts_headline('danish', coalesce(d.title, '') || ' ' || coalesce(d.body, ''), q, "
                          "'StartSel=[, StopSel=], MaxWords=12, MinWords=4') "
                          "FROM search_docs d CROSS JOIN plainto_tsquery('danish', ?) q "
                          "JOIN entities c ON c.entity = 'case' AND c.id = d.case_id "
                          "WHERE d.tsv @@ q AND (%1) ORDER BY ts_rank(d.tsv, q) DESC LIMIT ?")
        .arg(accessFilter);
}

} // namespace akta::server
