#pragma once

#include <QDate>
#include <QString>

namespace akta::documents {

// The content of one version of a document: a blob already in the BlobStore.
struct NewVersion
{
    QString sha256;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

// A document to journal into a case, with its first version.
struct NewDocument
{
    QString caseId;
    QString parentDocumentId; // set for an attachment (bilag)
    QString title;
    QString kind = QStringLiteral("file");          // file, email, note
    QString direction = QStringLiteral("incoming"); // incoming, outgoing, internal
    QDate documentDate;
    QString sender;
    QString recipients;
    QString subject;
    QString messageId; // e-mail Message-ID without angle brackets; unique per case
    QString accessClass = QStringLiteral("normal");
    QString status = QStringLiteral("journaled"); // or draft (kladde): changed in place until journaled
    NewVersion content;
};

} // namespace akta::documents
