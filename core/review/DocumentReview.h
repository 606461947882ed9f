#pragma once

#include "review/ReviewItem.h"

#include <QList>
#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::review {

// Sending a document to a leader for review and deciding it, offline first: each writes the
// document's review columns and an outbox operation with the review fields in one transaction
// (docs/adr/0013-personnel-review.md). The checks here use the local directory so that a mistake
// is told at once; the server checks again and answers `rejected` to what it does not allow.
// Throws ReviewError with a clear message; nothing is stored then.
class DocumentReview final
{
public:
    explicit DocumentReview(sqlite::Database& db) : m_db(db) {}

    // Asks `reviewerId` (empty: the nearest leader of the case's leader line) to review the document.
    ReviewItem request(const QString& documentId, const QString& reviewerId, const QString& actorId);
    // Approves or rejects a pending review as `actorId`, with an optional comment.
    ReviewItem decide(const QString& documentId, bool approve, const QString& comment,
                      const QString& actorId);

    std::optional<ReviewItem> find(const QString& documentId);
    // Pending reviews addressed to the user, oldest request first.
    QList<ReviewItem> waitingFor(const QString& userId);
    int waitingCount(const QString& userId);

private:
    QList<ReviewItem> select(const QString& where, const QString& value);

    sqlite::Database& m_db;
};

} // namespace akta::review
