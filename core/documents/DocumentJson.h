#pragma once

#include "documents/DocumentDetails.h"

#include <QJsonObject>

namespace akta::documents {

class DocumentRepository;

// The JSON form of a document in akta-cli output, with its attachments (bilag) nested. Field names
// are part of the automation contract: id, number, title, kind, direction, documentDate, sender,
// recipients, subject, messageId, fileName, mimeType, size, sha256, textStatus, textLength, attachments.
QJsonObject documentToJson(DocumentRepository& repository, const DocumentDetails& document,
                           bool withText = false);

} // namespace akta::documents
