#include "ChangesFeed.h"

#include "AccessPolicy.h"
#include "AuditLog.h"
#include "GrantStore.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

namespace akta::server {

QJsonObject ChangesFeed::page(qint64 since, int limit)
{
    GrantStore(m_db).endExpired();
    QSqlQuery top = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    top.next();
    const qint64 latest = top.value(0).toLongLong();
    QVariantList binds{since, latest};
    const QString filter = m_policy.entityFilter(QStringLiteral("e"), binds);
    binds << limit + 1;
    QSqlQuery rows = m_db.exec(
        QStringLiteral(
            "SELECT e.seq, e.entity, e.id, e.rev, e.fields, e.case_id, cc.access_class FROM entities e "
            "LEFT JOIN entities cc ON cc.entity = 'case' AND cc.id = e.case_id "
            "WHERE e.seq > ? AND e.seq <= ? AND ") +
            filter + QStringLiteral(" ORDER BY e.seq LIMIT ?"),
        binds);
    QJsonArray changes;
    QMap<QString, QString> sensitiveCases; // case id -> access class
    bool more = false;
    qint64 cursor = latest;
    while (rows.next()) {
        if (changes.size() == limit) {
            more = true;
            break;
        }
        cursor = rows.value(0).toLongLong();
        changes.append(QJsonObject{
            {QStringLiteral("seq"), cursor},
            {QStringLiteral("entity"), rows.value(1).toString()},
            {QStringLiteral("id"), rows.value(2).toString()},
            {QStringLiteral("rev"), rows.value(3).toLongLong()},
            {QStringLiteral("fields"), QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object()}});
        const QString accessClass = rows.value(6).toString();
        if (accessClass == QLatin1String("confidential") || accessClass == QLatin1String("personnel")) {
            sensitiveCases.insert(rows.value(5).toString(), accessClass);
        }
    }
    if (!more) {
        cursor = latest;
    }
    QVariantList revokedBinds{since, cursor};
    const QString mayHaveSeen = m_policy.mayHaveSeenFilter(QStringLiteral("r"), revokedBinds);
    const QString stillVisible = m_policy.entityFilter(QStringLiteral("e"), revokedBinds);
    QSqlQuery revokedRows = m_db.exec(
        QStringLiteral("SELECT r.entity, r.id FROM revocations r LEFT JOIN entities e "
                       "ON e.entity = r.entity AND e.id = r.id WHERE r.seq > ? AND r.seq <= ? AND %1 "
                       "AND (e.id IS NULL OR NOT (%2)) GROUP BY r.entity, r.id ORDER BY max(r.seq)")
            .arg(mayHaveSeen, stillVisible),
        revokedBinds);
    QJsonArray revoked;
    while (revokedRows.next()) {
        revoked.append(QJsonObject{{QStringLiteral("entity"), revokedRows.value(0).toString()},
                                   {QStringLiteral("id"), revokedRows.value(1).toString()}});
    }
    if (!sensitiveCases.isEmpty()) {
        WriteTransaction transaction(m_db);
        AuditLog log(m_db);
        for (auto it = sensitiveCases.cbegin(); it != sensitiveCases.cend(); ++it) {
            log.appendInTransaction({m_policy.user().id, QStringLiteral("read_case"), it.key(),
                                     QStringLiteral("case"), it.key(),
                                     QJsonObject{{QStringLiteral("accessClass"), it.value()},
                                                 {QStringLiteral("via"), QStringLiteral("changes")}}});
        }
        transaction.commit();
    }
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("revoked"), revoked},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("more"), more}};
}

} // namespace akta::server
