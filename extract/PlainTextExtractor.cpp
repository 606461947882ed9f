#include "PlainTextExtractor.h"

#include "TextLimit.h"

#include <QFile>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace akta::extract {

namespace {

// Bytes 0x80-0x9F of Windows-1252; the undefined ones keep their C1 code point.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::optional<QString> decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

} // namespace

QString PlainTextExtractor::decodeWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value <= 0x9F) {
            text.append(QChar(windows1252High[value - 0x80]));
        } else {
            text.append(QChar(char16_t(value)));
        }
    }
    return text;
}

QString PlainTextExtractor::decode(const QByteArray& bytes)
{
    // A BOM decides; QStringConverter::encodingForData recognises UTF-8/16/32 marks.
    if (const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom); // drops the BOM; invalid sequences become U+FFFD
        return decoder.decode(bytes);
    }
    if (std::optional<QString> utf8 = decodeWith(QStringConverter::Utf8, bytes)) {
        return *std::move(utf8);
    }
    return decodeWindows1252(bytes);
}

ExtractedText PlainTextExtractor::extract(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return ExtractedText::failed(QStringLiteral("the file cannot be opened: %1").arg(file.errorString()));
    }
    // At most 4 bytes per UTF-16 code unit (UTF-32), so this is enough for TextLimit::maxChars.
    const qint64 maxBytes = qint64(TextLimit::maxChars) * 4;
    const QByteArray bytes = file.read(maxBytes);
    const bool cut = !file.atEnd();
    file.close();

    QString text = decode(bytes);
    text.remove(QChar(u'\0'));
    bool truncated = cut;
    if (text.size() > TextLimit::maxChars) {
        text.truncate(TextLimit::maxChars);
        truncated = true;
    }
    if (text.trimmed().isEmpty()) {
        return ExtractedText::none();
    }
    return ExtractedText::ok(std::move(text), truncated);
}

} // namespace akta::extract
