#include "HtmlTextExtractor.h"

#include "PlainTextExtractor.h"
#include "TextLimit.h"

#include <QFile>
#include <QStringDecoder>
#include <QTextDocument>

#include <optional>

namespace akta::extract {

namespace {

// Larger HTML is cut before parsing; the markup is typically several times the text.
constexpr qint64 maxHtmlBytes = 64 * 1024 * 1024;

QString decodeHtml(const QByteArray& bytes)
{
    const std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForHtml(bytes);
    if (encoding && *encoding != QStringConverter::Utf8 && *encoding != QStringConverter::Latin1 &&
        *encoding != QStringConverter::System) {
        QStringDecoder decoder(*encoding); // UTF-16/UTF-32, from a BOM or <meta charset>
        return decoder.decode(bytes);
    }
    // UTF-8, Latin-1 (which browsers read as Windows-1252) or unknown: valid UTF-8 wins.
    return PlainTextExtractor::decode(bytes);
}

} // namespace

ExtractedText HtmlTextExtractor::extract(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return ExtractedText::failed(QStringLiteral("the file cannot be opened: %1").arg(file.errorString()));
    }
    const QByteArray bytes = file.read(maxHtmlBytes);
    bool truncated = !file.atEnd();
    file.close();

    QTextDocument document;
    document.setHtml(decodeHtml(bytes));
    QString text = document.toPlainText();
    text.replace(QChar::Nbsp, u' ');
    text.remove(QChar(u'\0'));
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
