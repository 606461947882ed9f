#pragma once

#include "documents/DocumentVersion.h"
#include "domain/DocumentRecord.h"

namespace akta::documents {

// A document with the fields beyond DocumentRecord and its newest version in full.
struct DocumentDetails
{
    DocumentRecord record;
    QString subject;
    QString messageId;
    QString accessClass;
    DocumentVersion latest;
};

} // namespace akta::documents
