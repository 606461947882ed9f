#pragma once

#include <QString>

namespace akta::extract {

// Which extractor handles a file: by MIME type (parameters such as "; charset=..." ignored), and by the
// file name's extension when the MIME type is empty, application/octet-stream or one we do not know.
class ExtractorChoice final
{
public:
    enum class Kind
    {
        Pdf,
        Docx,
        Odt,
        Html,
        PlainText,
        None
    };

    static Kind choose(const QString& mimeType, const QString& filePath);
    static Kind fromMimeType(const QString& mimeType);  // None when unknown
    static Kind fromExtension(const QString& filePath); // None when unknown
};

} // namespace akta::extract
