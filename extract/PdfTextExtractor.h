#pragma once

#include "ExtractedText.h"

namespace akta::extract {

// The text of a PDF via Poppler: every page's text in reading order, pages separated by '\f'.
// A PDF that needs a password to open is "failed" ("the PDF is encrypted"); one that only has an
// owner password (printing/copying restrictions) opens without one and is extracted like the others.
class PdfTextExtractor final
{
public:
    static ExtractedText extract(const QString& filePath);
};

} // namespace akta::extract
