#include "ReviewRules.h"

#include "AccessPolicy.h"
#include "AuditLog.h"
#include "ServerDatabase.h"
#include "UserDirectory.h"

#include <QSqlQuery>
#include <QStringList>

namespace akta::server {

namespace {

const char* const kReviewKeys[] = {"reviewState",       "reviewer",      "reviewRequestedBy",
                                   "reviewRequestedAt", "reviewComment", "reviewDecidedBy",
                                   "reviewDecidedAt"};

QString text(const QJsonObject& fields, const char* key)
{
    return fields.value(QLatin1String(key)).toString();
}

QString state(const QJsonObject& fields)
{
    const QString value = text(fields, "reviewState");
    return value.isEmpty() ? QStringLiteral("none") : value;
}

bool changed(const QJsonObject& current, const QJsonObject& next, const char* key)
{
    return current.value(QLatin1String(key)) != next.value(QLatin1String(key));
}

} // namespace

bool ReviewRules::touchesReview(const QJsonObject& incoming)
{
    for (const char* key : kReviewKeys) {
        if (incoming.contains(QLatin1String(key))) {
            return true;
        }
    }
    return false;
}

QString ReviewRules::refusal(const QJsonObject& current, const QJsonObject& incoming, const QString& caseId)
{
    if (!touchesReview(incoming)) {
        return {};
    }
    QJsonObject next = current;
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        next.insert(it.key(), it.value());
    }
    bool any = false;
    for (const char* key : kReviewKeys) {
        any = any || changed(current, next, key);
    }
    if (!any) {
        return {};
    }
    const QString from = state(current);
    const QString to = state(next);
    const QString me = m_policy.user().id;
    if (to == QLatin1String("pending")) {
        if (from == QLatin1String("pending") && text(current, "reviewRequestedBy") != me) {
            return QStringLiteral("only the user who asked for the review may change a pending request");
        }
        return requestRefusal(current, next, caseId);
    }
    if (to == QLatin1String("none")) {
        if (from != QLatin1String("pending") || text(current, "reviewRequestedBy") != me) {
            return QStringLiteral("only the user who asked for a pending review may withdraw it");
        }
        return {};
    }
    if (from == to && !changed(current, next, "reviewDecidedBy") && !changed(current, next, "reviewer")) {
        // The one who decided may correct the comment or the time of their own decision.
        return text(current, "reviewDecidedBy") == me
                   ? QString()
                   : QStringLiteral("only the leader who decided the review may change its comment");
    }
    if (from != QLatin1String("pending")) {
        return QStringLiteral("the document does not wait for review (its review is %1)").arg(from);
    }
    return decisionRefusal(current, next);
}

QString ReviewRules::requestRefusal(const QJsonObject& current, const QJsonObject& next,
                                    const QString& caseId)
{
    Q_UNUSED(current);
    if (text(next, "reviewRequestedBy") != m_policy.user().id) {
        return QStringLiteral("a review request must name its sender as reviewRequestedBy");
    }
    if (!text(next, "reviewDecidedBy").isEmpty() || !text(next, "reviewDecidedAt").isEmpty()) {
        return QStringLiteral("a review request cannot carry a decision (reviewDecidedBy, reviewDecidedAt)");
    }
    const auto reviewer = UserDirectory(m_db).findById(text(next, "reviewer"));
    if (!reviewer) {
        return QStringLiteral("a review request needs a reviewer who is a user");
    }
    AccessPolicy reviewerPolicy(m_db, *reviewer);
    if (reviewer->role != QLatin1String("leader") || !reviewerPolicy.canSeeUnit(reviewUnit(caseId))) {
        return QStringLiteral("%1 is not a leader in the case's leader line").arg(reviewer->username);
    }
    if (!reviewerPolicy.canReadCase(caseId)) {
        return QStringLiteral("%1 may not read the case").arg(reviewer->username);
    }
    return {};
}

QString ReviewRules::decisionRefusal(const QJsonObject& current, const QJsonObject& next)
{
    const ServerUser& me = m_policy.user();
    if (changed(current, next, "reviewer") || changed(current, next, "reviewRequestedBy") ||
        changed(current, next, "reviewRequestedAt")) {
        return QStringLiteral("a decision cannot change who asked or who was asked");
    }
    if (text(next, "reviewDecidedBy") != me.id || text(next, "reviewDecidedAt").isEmpty()) {
        return QStringLiteral("a decision must name its leader as reviewDecidedBy and give reviewDecidedAt");
    }
    const QString reviewerId = text(current, "reviewer");
    if (me.id == reviewerId) {
        return {};
    }
    const auto reviewer = UserDirectory(m_db).findById(reviewerId);
    if (me.role == QLatin1String("leader") && reviewer && reviewer->unitId != me.unitId &&
        m_policy.canSeeUnit(reviewer->unitId)) {
        return {};
    }
    return QStringLiteral("only the leader asked for the review, or a leader above them, may decide it");
}

QString ReviewRules::reviewUnit(const QString& caseId)
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT c.unit_id, c.access_class, u.unit_id FROM entities c "
                                               "LEFT JOIN users u ON u.username = c.employee "
                                               "WHERE c.entity = 'case' AND c.id = ?"),
                                {caseId});
    if (!query.next()) {
        return {};
    }
    return query.value(1).toString() == QLatin1String("personnel") ? query.value(2).toString()
                                                                   : query.value(0).toString();
}

void ReviewRules::audit(const QString& documentId, const QString& caseId, const QJsonObject& before,
                        const QJsonObject& after)
{
    const QString from = state(before);
    const QString to = state(after);
    if (from == to && !changed(before, after, "reviewer")) {
        return;
    }
    QString action = QStringLiteral("review_request");
    if (to == QLatin1String("approved")) {
        action = QStringLiteral("review_approve");
    } else if (to == QLatin1String("rejected")) {
        action = QStringLiteral("review_reject");
    } else if (to == QLatin1String("none")) {
        action = QStringLiteral("review_withdraw");
    }
    // The comment stays with the document: the log says who asked whom and who decided, not what.
    AuditLog(m_db).appendInTransaction({m_policy.user().id,
                                        action,
                                        caseId,
                                        QStringLiteral("document"),
                                        documentId,
                                        {{QStringLiteral("reviewer"), text(after, "reviewer")},
                                         {QStringLiteral("requestedBy"), text(after, "reviewRequestedBy")},
                                         {QStringLiteral("from"), from},
                                         {QStringLiteral("to"), to}}});
}

} // namespace akta::server
