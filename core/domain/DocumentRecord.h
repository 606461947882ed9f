#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace akta {

// One document (dokument) of a case with the facts of its newest version.
struct DocumentRecord
{
    QString id;
    QString caseId;
    QString parentDocumentId;
    int number = 0;
    QString title;
    QString kind = QStringLiteral("file");          // file, email, note
    QString direction = QStringLiteral("incoming"); // incoming, outgoing, internal
    QDate documentDate;
    QString status = QStringLiteral("journaled"); // draft, journaled
    QString sender;
    QString recipients;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    int versions = 0;
    QString textStatus; // of the newest version: ok, failed, pending, none
    QString textError;
    qint64 rev = 0;
    QDateTime createdAt;
    QString reviewState; // none, pending, approved, rejected (docs/adr/0013-personnel-review.md)
};

} // namespace akta
