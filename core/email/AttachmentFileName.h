#pragma once

#include <QString>

namespace akta::email {

// Makes a decoded attachment file name safe to store: no directories, no control or reserved characters,
// never empty (falls back to "bilag-<n>.<suffix for the MIME type>").
class AttachmentFileName final
{
public:
    static QString sanitise(const QString& decodedName, int attachmentNumber, const QString& mimeType);
};

} // namespace akta::email
