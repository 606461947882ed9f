#include "cases/CaseUpdate.h"

#include "cases/CaseRepository.h"
#include "domain/CaseEnums.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QDate>
#include <QJsonObject>

namespace akta::cases {

bool CaseUpdate::apply(const QString& caseId, const CaseChanges& changes, const QString& actorId)
{
    sqlite::Transaction transaction(m_db);
    const auto record = CaseRepository(m_db).find(caseId);
    if (!record) {
        throw InvalidCase("no such case");
    }
    struct Change
    {
        QString key;
        QString column;
        QString oldValue;
        QString newValue;
    };
    QList<Change> list;
    if (changes.title) {
        const QString title = changes.title->simplified();
        if (title.isEmpty()) {
            throw InvalidCase("a case needs a title");
        }
        if (title != record->title) {
            list.append({QStringLiteral("title"), QStringLiteral("title"), record->title, title});
        }
    }
    if (changes.status) {
        if (!caseStatusFromWireName(*changes.status)) {
            throw InvalidCase("status must be opened, in_progress, decided, closed or archived");
        }
        const QString old = toWireName(record->status);
        if (*changes.status != old) {
            list.append({QStringLiteral("status"), QStringLiteral("status"), old, *changes.status});
        }
    }
    if (changes.followUpDate) {
        if (!changes.followUpDate->isEmpty() &&
            !QDate::fromString(*changes.followUpDate, Qt::ISODate).isValid()) {
            throw InvalidCase("the follow-up date must be a date like 2026-12-31");
        }
        const QString old =
            record->followUpDate.isValid() ? record->followUpDate.toString(Qt::ISODate) : QString();
        if (*changes.followUpDate != old) {
            list.append({QStringLiteral("followUpDate"), QStringLiteral("follow_up_date"), old,
                         *changes.followUpDate});
        }
    }
    if (list.isEmpty()) {
        return false;
    }
    const QString now = util::nowIso();
    QJsonObject fields;
    auto history = m_db.prepare(QStringLiteral("INSERT INTO case_history(case_id, field, old_value, "
                                               "new_value, actor, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    for (const Change& change : list) {
        auto update = m_db.prepare(
            QStringLiteral("UPDATE cases SET %1 = ?2, modified_by = ?3, modified_at = ?4 WHERE id = ?1")
                .arg(change.column));
        update.bind(1, record->id);
        change.newValue.isEmpty() ? update.bindNull(2) : update.bind(2, change.newValue);
        update.bind(3, actorId).bind(4, now).exec();
        history.bind(1, record->id).bind(2, change.key).bind(3, change.oldValue).bind(4, change.newValue);
        history.bind(5, actorId).bind(6, now).exec();
        history.reset();
        fields.insert(change.key, change.newValue);
    }
    sync::Outbox(m_db).append(QStringLiteral("case"), record->id, record->rev, fields);
    transaction.commit();
    return true;
}

} // namespace akta::cases
