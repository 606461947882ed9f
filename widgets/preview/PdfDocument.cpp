#include "PdfDocument.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QMutexLocker>

namespace akta::widgets {

namespace {

bool shouldAbort(const QVariant& payload)
{
    const auto* cancel = reinterpret_cast<const std::atomic_bool*>(payload.value<quintptr>());
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> document) : m_document(std::move(document)) {}

PdfDocument::~PdfDocument() = default;

PdfDocument::LoadResult PdfDocument::load(const QString& path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return {nullptr, tr("The file cannot be read.")};
    }
    if (!probe.read(1024).contains("%PDF-")) {
        return {nullptr, tr("The file is not a PDF or it is damaged.")};
    }
    probe.close();
    return opened(Poppler::Document::load(path));
}

PdfDocument::LoadResult PdfDocument::loadData(const QByteArray& data)
{
    if (!data.left(1024).contains("%PDF-")) {
        return {nullptr, tr("The file is not a PDF or it is damaged.")};
    }
    return opened(Poppler::Document::loadFromData(data));
}

PdfDocument::LoadResult PdfDocument::opened(std::unique_ptr<Poppler::Document> document)
{
    if (!document) {
        return {nullptr, tr("The PDF is damaged and cannot be shown.")};
    }
    if (document->isLocked()) {
        return {nullptr, tr("The PDF is protected by a password and cannot be shown.")};
    }
    if (document->numPages() <= 0) {
        return {nullptr, tr("The PDF has no pages; it may be damaged.")};
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    std::shared_ptr<PdfDocument> result(new PdfDocument(std::move(document)));
    const int pages = result->m_document->numPages();
    result->m_pageSizes.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = result->m_document->page(i);
        QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (!size.isValid() || size.isEmpty()) {
            size = QSizeF(595, 842); // A4, for a page Poppler cannot measure
        }
        result->m_pageSizes.append(size);
    }
    return {result, {}};
}

QImage PdfDocument::render(int page, double dpi, const std::atomic_bool& cancel)
{
    if (cancel.load(std::memory_order_relaxed)) {
        return {};
    }
    const QMutexLocker locker(&m_mutex);
    const std::unique_ptr<Poppler::Page> poppler = m_document->page(page);
    if (!poppler || cancel.load(std::memory_order_relaxed)) {
        return {};
    }
    const QVariant payload = QVariant::fromValue(reinterpret_cast<quintptr>(&cancel));
    QImage image = poppler->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                                          &shouldAbort, payload);
    if (cancel.load(std::memory_order_relaxed)) {
        return {};
    }
    return image;
}

QList<QRectF> PdfDocument::search(int page, const QString& text)
{
    const QMutexLocker locker(&m_mutex);
    const std::unique_ptr<Poppler::Page> poppler = m_document->page(page);
    if (!poppler) {
        return {};
    }
    return poppler->search(text, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics);
}

} // namespace akta::widgets
