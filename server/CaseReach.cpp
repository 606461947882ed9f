#include "CaseReach.h"

#include "ServerDatabase.h"

#include <QList>
#include <QSqlQuery>

#include <utility>

namespace akta::server {

qint64 CaseReach::nextSeq(ServerDatabase& db)
{
    // One statement (one round trip on PostgreSQL, inside the writers' lock).
    QSqlQuery query =
        db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value"));
    if (!query.next()) {
        throw StorageError("the seq counter is missing");
    }
    return query.value(0).toLongLong();
}

void CaseReach::reannounce(const QString& caseId, const QString& previousUnitId, bool revoke)
{
    QList<std::pair<QString, QString>> rows;
    QSqlQuery entities =
        m_db.exec(QStringLiteral(
                      "SELECT entity, id FROM entities WHERE case_id = ? AND entity <> 'party' ORDER BY seq"),
                  {caseId});
    while (entities.next()) {
        rows.append({entities.value(0).toString(), entities.value(1).toString()});
    }
    QSqlQuery parties =
        m_db.exec(QStringLiteral("SELECT party_id FROM case_parties WHERE case_id = ?"), {caseId});
    QList<QString> partyIds;
    while (parties.next()) {
        partyIds.append(parties.value(0).toString());
    }
    const QVariant unit = previousUnitId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : previousUnitId;
    for (const auto& [entity, id] : rows) {
        if (revoke) {
            m_db.exec(
                QStringLiteral(
                    "INSERT INTO revocations(seq, entity, id, unit_id, case_id) VALUES (?, ?, ?, ?, ?)"),
                {nextSeq(m_db), entity, id, unit, caseId});
        }
        m_db.exec(QStringLiteral("UPDATE entities SET seq = ? WHERE entity = ? AND id = ?"),
                  {nextSeq(m_db), entity, id});
    }
    for (const QString& partyId : partyIds) {
        if (revoke) {
            // After the case: a desktop drops a party only when no case of its own still names it.
            m_db.exec(QStringLiteral("INSERT INTO revocations(seq, entity, id, unit_id, case_id) VALUES (?, "
                                     "'party', ?, ?, ?)"),
                      {nextSeq(m_db), partyId, unit, caseId});
        }
        m_db.exec(QStringLiteral("UPDATE entities SET seq = ? WHERE entity = 'party' AND id = ?"),
                  {nextSeq(m_db), partyId});
    }
}

} // namespace akta::server
