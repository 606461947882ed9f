#include "PreviewTextDecoder.h"

#include <QStringDecoder>

#include <array>
#include <optional>

namespace akta::widgets {

namespace {

// Windows-1252 0x80-0x9F; 0 where the code page leaves a byte undefined (kept as the C1 control).
constexpr std::array<char16_t, 32> kHighControls = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<QStringConverter::Encoding> encodingFromBom(const QByteArray& data)
{
    const auto starts = [&data](std::initializer_list<unsigned char> bytes) {
        if (data.size() < qsizetype(bytes.size())) {
            return false;
        }
        qsizetype i = 0;
        for (const unsigned char byte : bytes) {
            if (static_cast<unsigned char>(data.at(i++)) != byte) {
                return false;
            }
        }
        return true;
    };
    if (starts({0xEF, 0xBB, 0xBF})) {
        return QStringConverter::Utf8;
    }
    if (starts({0xFF, 0xFE, 0x00, 0x00})) {
        return QStringConverter::Utf32LE;
    }
    if (starts({0x00, 0x00, 0xFE, 0xFF})) {
        return QStringConverter::Utf32BE;
    }
    if (starts({0xFF, 0xFE})) {
        return QStringConverter::Utf16LE;
    }
    if (starts({0xFE, 0xFF})) {
        return QStringConverter::Utf16BE;
    }
    return std::nullopt;
}

} // namespace

QString PreviewTextDecoder::decode(const QByteArray& data)
{
    if (const auto encoding = encodingFromBom(data)) {
        QStringDecoder decoder(*encoding, QStringConverter::Flag::ConvertInitialBom);
        QString text = decoder.decode(data);
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        return text;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        return text;
    }
    return fromWindows1252(data);
}

QString PreviewTextDecoder::fromWindows1252(const QByteArray& data)
{
    QString text;
    text.reserve(data.size());
    for (const char byte : data) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value <= 0x9F && kHighControls.at(value - 0x80) != 0) {
            text.append(QChar(kHighControls.at(value - 0x80)));
        } else {
            text.append(QChar(char16_t(value)));
        }
    }
    return text;
}

} // namespace akta::widgets
