#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::server {

class AccessPolicy;
class ServerDatabase;

// Who may send a document for review and who may decide it (docs/adr/0013-personnel-review.md). A
// document's review travels as its fields reviewState (none, pending, approved, rejected), reviewer,
// reviewRequestedBy, reviewRequestedAt, reviewComment, reviewDecidedBy and reviewDecidedAt:
//   - a request (state pending) comes from a user who may write the case, names themself as the
//     requester and addresses a leader of the case's leader line (the responsible unit's, or for a
//     personnel case the employee's unit's) who may read the case;
//   - a decision (approved or rejected) of a pending review comes from the addressed leader or a
//     leader above them, who names themself as the one who decided;
//   - a pending request is withdrawn (state none) by its requester only.
// Anything else that touches the review fields is refused, and the push answers `rejected`.
class ReviewRules final
{
public:
    ReviewRules(ServerDatabase& db, AccessPolicy& policy) : m_db(db), m_policy(policy) {}

    static bool touchesReview(const QJsonObject& incoming);
    // Why the user may not make this change; empty when they may. `current` holds the stored fields
    // (empty for a new document), `incoming` the operation's, `caseId` the document's case.
    QString refusal(const QJsonObject& current, const QJsonObject& incoming, const QString& caseId);
    // An audit entry for a request, a decision or a withdrawal that the written fields make, in the
    // caller's write transaction.
    void audit(const QString& documentId, const QString& caseId, const QJsonObject& before,
               const QJsonObject& after);

private:
    QString requestRefusal(const QJsonObject& current, const QJsonObject& next, const QString& caseId);
    QString decisionRefusal(const QJsonObject& current, const QJsonObject& next);
    // The unit whose leader line reviews the case's documents.
    QString reviewUnit(const QString& caseId);

    ServerDatabase& m_db;
    AccessPolicy& m_policy;
};

} // namespace akta::server
