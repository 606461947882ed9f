#include "review/DocumentReview.h"

#include "directory/Directory.h"
#include "review/LeaderLine.h"
#include "review/ReviewError.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QJsonObject>

namespace akta::review {

namespace {

const char* const kSelect =
    "SELECT d.id, d.title, d.number, c.id, c.case_number, c.title, d.review_state, d.reviewer, "
    "rv.full_name, d.review_requested_by, rq.full_name, d.review_requested_at, d.review_comment, "
    "d.review_decided_by, dc.full_name, d.review_decided_at, d.rev FROM documents d "
    "JOIN cases c ON c.id = d.case_id LEFT JOIN users rv ON rv.id = d.reviewer "
    "LEFT JOIN users rq ON rq.id = d.review_requested_by LEFT JOIN users dc ON dc.id = d.review_decided_by ";

[[noreturn]] void refuse(const QString& message)
{
    throw ReviewError(message.toStdString());
}

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

QList<ReviewItem> DocumentReview::select(const QString& where, const QString& value)
{
    auto query = m_db.prepare(QLatin1String(kSelect) + where);
    query.bind(1, value);
    QList<ReviewItem> items;
    while (query.step()) {
        ReviewItem item;
        item.documentId = query.columnText(0);
        item.documentTitle = query.columnText(1);
        item.documentNumber = int(query.columnInt64(2));
        item.caseId = query.columnText(3);
        item.caseNumber = query.columnText(4);
        item.caseTitle = query.columnText(5);
        item.state = query.columnText(6);
        item.reviewerId = query.columnText(7);
        item.reviewerName = query.columnText(8);
        item.requestedById = query.columnText(9);
        item.requestedByName = query.columnText(10);
        item.requestedAt = query.columnText(11);
        item.comment = query.columnText(12);
        item.decidedById = query.columnText(13);
        item.decidedByName = query.columnText(14);
        item.decidedAt = query.columnText(15);
        item.rev = query.columnInt64(16);
        items << item;
    }
    return items;
}

std::optional<ReviewItem> DocumentReview::find(const QString& documentId)
{
    const QList<ReviewItem> items = select(QStringLiteral("WHERE d.id = ?1"), documentId);
    return items.isEmpty() ? std::nullopt : std::optional<ReviewItem>(items.first());
}

QList<ReviewItem> DocumentReview::waitingFor(const QString& userId)
{
    return select(QStringLiteral("WHERE d.reviewer = ?1 AND d.review_state = 'pending' "
                                 "ORDER BY d.review_requested_at, c.case_number, d.number"),
                  userId);
}

int DocumentReview::waitingCount(const QString& userId)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM documents WHERE reviewer = ?1 AND review_state = 'pending'"));
    query.bind(1, userId).step();
    return int(query.columnInt64(0));
}

ReviewItem DocumentReview::request(const QString& documentId, const QString& reviewerId,
                                   const QString& actorId)
{
    sqlite::Transaction transaction(m_db);
    const auto current = find(documentId);
    if (!current) {
        refuse(QStringLiteral("no document %1 in this store").arg(documentId));
    }
    if (current->state == QLatin1String("pending") && current->requestedById != actorId) {
        refuse(QStringLiteral("the document waits for review by %1 already").arg(current->reviewerName));
    }
    LeaderLine line(m_db);
    directory::Directory directory(m_db);
    std::optional<directory::User> reviewer;
    if (reviewerId.isEmpty()) {
        reviewer = line.nearestLeader(current->caseId, actorId);
        if (!reviewer) {
            refuse(
                QStringLiteral("no leader is known for the case's unit: sync first, or name one with --to"));
        }
    } else {
        reviewer = directory.user(reviewerId);
        if (!reviewer) {
            reviewer = directory.userByName(reviewerId);
        }
        if (!reviewer) {
            refuse(QStringLiteral("no user %1 is known here (sync first)").arg(reviewerId));
        }
        if (!line.contains(*reviewer, current->caseId)) {
            refuse(QStringLiteral("%1 is not a leader in the case's leader line").arg(reviewer->username));
        }
    }
    const QString now = util::nowIso();
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE documents SET review_state = 'pending', reviewer = ?2, review_requested_by = ?3, "
        "review_requested_at = ?4, review_comment = NULL, review_decided_by = NULL, "
        "review_decided_at = NULL, modified_at = ?4 WHERE id = ?1"));
    update.bind(1, documentId).bind(2, reviewer->id).bind(3, actorId).bind(4, now).exec();
    sync::Outbox(m_db).append(QStringLiteral("document"), documentId, current->rev,
                              QJsonObject{{QStringLiteral("reviewState"), QStringLiteral("pending")},
                                          {QStringLiteral("reviewer"), reviewer->id},
                                          {QStringLiteral("reviewRequestedBy"), actorId},
                                          {QStringLiteral("reviewRequestedAt"), now},
                                          {QStringLiteral("reviewComment"), QString()},
                                          {QStringLiteral("reviewDecidedBy"), idOrNull({})},
                                          {QStringLiteral("reviewDecidedAt"), QString()}});
    transaction.commit();
    return *find(documentId);
}

ReviewItem DocumentReview::decide(const QString& documentId, bool approve, const QString& comment,
                                  const QString& actorId)
{
    sqlite::Transaction transaction(m_db);
    const auto current = find(documentId);
    if (!current) {
        refuse(QStringLiteral("no document %1 in this store").arg(documentId));
    }
    if (current->state != QLatin1String("pending")) {
        refuse(
            QStringLiteral("the document does not wait for review (its review is %1)").arg(current->state));
    }
    const auto actor = directory::Directory(m_db).user(actorId);
    if (!actor || !LeaderLine(m_db).mayDecide(*actor, current->reviewerId)) {
        refuse(QStringLiteral("only %1, or a leader above them, may decide this review")
                   .arg(current->reviewerName.isEmpty() ? current->reviewerId : current->reviewerName));
    }
    const QString state = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    const QString text = comment.trimmed();
    const QString now = util::nowIso();
    auto update = m_db.prepare(
        QStringLiteral("UPDATE documents SET review_state = ?2, review_comment = ?3, review_decided_by = ?4, "
                       "review_decided_at = ?5, modified_at = ?5 WHERE id = ?1"));
    update.bind(1, documentId).bind(2, state).bind(3, text).bind(4, actorId).bind(5, now).exec();
    sync::Outbox(m_db).append(QStringLiteral("document"), documentId, current->rev,
                              QJsonObject{{QStringLiteral("reviewState"), state},
                                          {QStringLiteral("reviewComment"), text},
                                          {QStringLiteral("reviewDecidedBy"), actorId},
                                          {QStringLiteral("reviewDecidedAt"), now}});
    transaction.commit();
    return *find(documentId);
}

} // namespace akta::review
