#pragma once

#include "ExtractedText.h"

class QXmlStreamReader;

namespace akta::extract {

// The text of word processing documents, read from the zip with QuaZip and parsed with
// QXmlStreamReader as a stream (so a zip bomb is cut at TextLimit::maxChars, not held in memory):
//  - DOCX (and DOCM/DOTX): word/document.xml, then footnotes and endnotes; w:p ends a line, w:t is text,
//    w:tab a tab, w:br/w:cr a line break. Deleted text and field codes are left out.
//  - ODT (and OTT): content.xml's office:body; text:p/text:h end a line, text:span and links are text,
//    text:s is spaces (text:c of them), text:tab a tab, text:line-break a line break. Tracked deletions
//    and comments are left out.
// A file that is no zip, or lacks the main part, or holds broken XML is "failed".
class OfficeTextExtractor final
{
public:
    enum class Format
    {
        Docx,
        Odt
    };

    static ExtractedText extract(const QString& filePath, Format format);

private:
    // Each returns false when the text reached TextLimit::maxChars.
    static bool readDocxPart(QXmlStreamReader& reader, QString& text);
    static bool readOdtContent(QXmlStreamReader& reader, QString& text);
};

} // namespace akta::extract
