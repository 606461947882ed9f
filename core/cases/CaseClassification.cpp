#include "cases/CaseClassification.h"

#include "cases/CaseRepository.h"
#include "cases/ChoosableClassification.h"
#include "kle/KleRepository.h"
#include "kle/KleRetention.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace akta::cases {

void CaseClassification::recordHistory(const QString& caseId, const QString& field, const QString& oldValue,
                                       const QString& newValue, const QString& reason, const QString& actorId)
{
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO case_history(case_id, field, old_value, new_value, reason, "
                                    "actor, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    insert.bind(1, caseId).bind(2, field).bind(3, oldValue).bind(4, newValue);
    reason.isEmpty() ? insert.bindNull(5) : insert.bind(5, reason);
    insert.bind(6, actorId).bind(7, util::nowIso()).exec();
}

void CaseClassification::reclassify(const QString& caseId, const QString& kleSubject, const QString& kleFacet,
                                    const QString& actorId)
{
    const auto record = CaseRepository(m_db).find(caseId);
    if (!record) {
        throw InvalidCase("no such case");
    }
    kle::KleRepository plan(m_db);
    const kle::KleEntry subject = requireChoosableClassification(plan, kleSubject, kleFacet);
    const bool overridden = !record->retentionReason.isEmpty();
    const kle::KleRetention retention = kle::KleRetention::forCase(subject, plan.facet(kleFacet));

    sqlite::Transaction transaction(m_db);
    auto update =
        m_db.prepare(QStringLiteral("UPDATE cases SET kle_subject = ?2, kle_facet = ?3, retention = CASE "
                                    "WHEN ?4 THEN retention ELSE ?5 END, "
                                    "deletion = ?6, modified_by = ?7, modified_at = ?8 WHERE id = ?1"));
    update.bind(1, record->id).bind(2, kleSubject).bind(3, kleFacet).bind(4, overridden);
    retention.retention.isEmpty() ? update.bindNull(5) : update.bind(5, retention.retention);
    retention.deletion.isEmpty() ? update.bindNull(6) : update.bind(6, retention.deletion);
    update.bind(7, actorId).bind(8, util::nowIso()).exec();
    recordHistory(record->id, QStringLiteral("kle"), record->kleSubject + QLatin1Char(' ') + record->kleFacet,
                  kleSubject + QLatin1Char(' ') + kleFacet, QString(), actorId);
    QJsonObject fields{{QStringLiteral("kleSubject"), kleSubject}, {QStringLiteral("kleFacet"), kleFacet}};
    if (!overridden) {
        fields.insert(QStringLiteral("retention"), retention.retention);
    }
    fields.insert(QStringLiteral("deletion"), retention.deletion);
    sync::Outbox(m_db).append(QStringLiteral("case"), record->id, record->rev, fields);
    transaction.commit();
}

void CaseClassification::overrideRetention(const QString& caseId, const QString& retention,
                                           const QString& reason, const QString& actorId)
{
    const auto record = CaseRepository(m_db).find(caseId);
    if (!record) {
        throw InvalidCase("no such case");
    }
    if (!kle::KleRetention::isValidCode(retention)) {
        throw InvalidCase("retention must be B, K, K5 or K10");
    }
    if (reason.simplified().isEmpty()) {
        throw InvalidCase("overriding the retention needs a reason");
    }
    sqlite::Transaction transaction(m_db);
    auto update = m_db.prepare(QStringLiteral("UPDATE cases SET retention = ?2, retention_reason = ?3, "
                                              "modified_by = ?4, modified_at = ?5 WHERE id = ?1"));
    update.bind(1, record->id).bind(2, retention).bind(3, reason.simplified()).bind(4, actorId);
    update.bind(5, util::nowIso()).exec();
    recordHistory(record->id, QStringLiteral("retention"), record->retention, retention, reason.simplified(),
                  actorId);
    sync::Outbox(m_db).append(QStringLiteral("case"), record->id, record->rev,
                              QJsonObject{{QStringLiteral("retention"), retention},
                                          {QStringLiteral("retentionReason"), reason.simplified()}});
    transaction.commit();
}

} // namespace akta::cases
