#pragma once

#include <QDate>
#include <QString>

namespace akta::search {

// One hit: a document (documentId set) or a case (documentId empty). The snippet marks the matched
// words with <mark>...</mark>; everything else in it is plain text.
struct SearchHit
{
    QString caseId;
    QString caseNumber;
    QString caseTitle;
    QString documentId;
    QString title;
    QString snippet;
    QString kind; // file, email, note; "case" for a case hit
    QDate date;   // document date; for a case, its creation date
    double score = 0.0;
    qint64 rowid = 0; // in the search index (internal)
};

} // namespace akta::search
