#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <memory>

namespace Poppler {
class Document;
}

namespace akta::widgets {

// A Poppler document shared by the viewer and its worker threads. Poppler documents are not
// thread-safe, so every call into Poppler takes the document's mutex; the page sizes are read once
// when loading, so layout never needs the lock. Load, render and search only off the GUI thread.
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(akta::widgets::PdfDocument)

public:
    struct LoadResult
    {
        std::shared_ptr<PdfDocument> document;
        QString error; // for the user: damaged, encrypted, empty
    };

    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    static LoadResult load(const QString& path);
    // The same from the content itself (a decrypted blob); Poppler keeps its own reference to `data`.
    static LoadResult loadData(const QByteArray& data);

    int pageCount() const { return int(m_pageSizes.size()); }
    // In points (1/72 inch).
    QSizeF pageSize(int page) const { return m_pageSizes.value(page); }

    // A null image when cancelled or on failure; `cancel` is polled while rendering.
    QImage render(int page, double dpi, const std::atomic_bool& cancel);
    // Where `text` occurs on `page`, in points, case and diacritics ignored.
    QList<QRectF> search(int page, const QString& text);

private:
    explicit PdfDocument(std::unique_ptr<Poppler::Document> document);
    static LoadResult opened(std::unique_ptr<Poppler::Document> document);

    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_pageSizes;
    QMutex m_mutex;
};

} // namespace akta::widgets
