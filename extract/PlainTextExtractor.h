#pragma once

#include "ExtractedText.h"

#include <QByteArray>

namespace akta::extract {

// Plain text files. The charset is taken from a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
// without one, text that is valid UTF-8 is read as UTF-8 and anything else as Windows-1252 (which is
// ISO-8859-1 plus printable characters such as € and – in 0x80-0x9F).
class PlainTextExtractor final
{
public:
    static ExtractedText extract(const QString& filePath);

    // The bytes as text, with the charset rules above; the BOM is dropped.
    static QString decode(const QByteArray& bytes);
    // Windows-1252 bytes as text (the five bytes Windows-1252 leaves undefined come out as C1 controls).
    static QString decodeWindows1252(QByteArrayView bytes);
};

} // namespace akta::extract
