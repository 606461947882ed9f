#pragma once

#include <QString>

namespace akta::review {

// A document's review as the local store holds it; for the queue, with its case and the people's
// names. state is none, pending, approved or rejected.
struct ReviewItem
{
    QString documentId;
    QString documentTitle;
    int documentNumber = 0;
    QString caseId;
    QString caseNumber;
    QString caseTitle;
    QString state;
    QString reviewerId;
    QString reviewerName;
    QString requestedById;
    QString requestedByName;
    QString requestedAt;
    QString comment;
    QString decidedById;
    QString decidedByName;
    QString decidedAt;
    qint64 rev = 0;
};

} // namespace akta::review
