#include "PdfTextExtractor.h"

#include "TextLimit.h"

#include <QFile>
#include <QRectF>
#include <QVariant>

#include <poppler-qt6.h>

namespace akta::extract {

namespace {

void ignorePopplerMessage(const QString& /*message*/, const QVariant& /*closure*/) {}

} // namespace

ExtractedText PdfTextExtractor::extract(const QString& filePath)
{
    Poppler::setDebugErrorFunction(&ignorePopplerMessage, QVariant());

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return ExtractedText::failed(QStringLiteral("the file cannot be opened: %1").arg(file.errorString()));
    }
    file.close();

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(filePath);
    if (!document) {
        return ExtractedText::failed(QStringLiteral("the PDF cannot be read"));
    }
    if (document->isLocked()) {
        return ExtractedText::failed(QStringLiteral("the PDF is encrypted"));
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        return ExtractedText::failed(QStringLiteral("the PDF cannot be read"));
    }

    QString text;
    bool complete = true;
    for (int index = 0; index < pageCount && complete; ++index) {
        if (index > 0) {
            complete = TextLimit::append(text, u"\f");
        }
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (page && complete) {
            complete = TextLimit::append(text, page->text(QRectF()));
        }
    }
    if (text.trimmed().isEmpty()) {
        return ExtractedText::none(); // e.g. a scanned document without a text layer
    }
    return ExtractedText::ok(std::move(text), !complete);
}

} // namespace akta::extract
