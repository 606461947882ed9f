#pragma once

#include <QDateTime>
#include <QString>

namespace akta::documents {

// One stored version of a document with the text extracted from it.
struct DocumentVersion
{
    QString id;
    QString documentId;
    int version = 0;
    QString sha256;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString author;
    QDateTime createdAt;
    QString textStatus = QStringLiteral("pending"); // ok, failed, pending, none
    QString text;
    QString textError;
};

} // namespace akta::documents
