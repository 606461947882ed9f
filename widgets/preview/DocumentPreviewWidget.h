#pragma once

#include "PreviewContent.h"
#include "blobs/BlobStore.h"
#include "sync/SyncOptions.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace akta::sync {
class ContentFetchWorker;
}

namespace akta::widgets {

class EmailPreview;
class ImagePreview;
class PdfViewer;
class PreviewExternalOpener;
class TextPreview;

// The preview pane: shows one document with the viewer its type needs (PDF, image, text or HTML,
// e-mail, the extracted text of DOCX/ODT), read on a worker thread, or a message saying why it
// cannot (file missing, damaged or encrypted PDF, no preview for the type). Any document with a
// file can be opened in the system's own program.
class DocumentPreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPreviewWidget)

public:
    DocumentPreviewWidget(const QString& databasePath, const blobs::BlobStore& blobs,
                          QWidget* parent = nullptr);

    void showDocument(const QString& documentId);
    // Opens the document and jumps to the first occurrence of `findText`, highlighted.
    void showDocument(const QString& documentId, const QString& findText);
    void clear();
    // Where content that is not on this computer comes from: `worker` fetches it with the account that
    // `account` fills in (false: not connected). Without a fetcher the preview only says it is missing.
    void setContentFetcher(sync::ContentFetchWorker* worker, std::function<bool(sync::SyncOptions&)> account);
    bool isFetching() const { return !m_fetching.isEmpty(); }

    QString currentDocumentId() const { return m_documentId; }
    bool isLoading() const { return m_watcher.isRunning(); }
    PreviewContent::Kind shownKind() const { return m_kind; }
    QString message() const;

    PdfViewer* pdfViewer() const { return m_pdf; }
    EmailPreview* emailPreview() const { return m_email; }
    TextPreview* textPreview() const { return m_text; }
    ImagePreview* imagePreview() const { return m_image; }

signals:
    // The document is on screen (or its message is).
    void documentShown(const QString& documentId);
    // An attachment of the e-mail in view was opened; the preview shows it too.
    void attachmentActivated(const QString& documentId);
    // A copy of the document was opened in the system's program (for the audit log).
    void openedExternally(const QString& documentId, const QString& sha256, const QString& path);

private:
    void present(const PreviewContent& content);
    void showMessage(const QString& message);
    void findInShown();
    void fetchMissing(const PreviewContent& content);
    void onFetched(const QString& sha256);
    void onFetchFailed(const QString& sha256, const QString& message, bool offline);

    QString m_databasePath;
    blobs::BlobStore m_blobs;
    QString m_documentId;
    QString m_findText;
    QString m_blobSha256;
    QString m_fileName;
    QString m_openingDocumentId;
    PreviewContent::Kind m_kind = PreviewContent::Kind::Message;
    QFutureWatcher<PreviewContent> m_watcher;

    QLabel* m_title;
    QPushButton* m_openExternally;
    QStackedWidget* m_stack;
    QLabel* m_message;
    PdfViewer* m_pdf;
    ImagePreview* m_image;
    TextPreview* m_text;
    EmailPreview* m_email;
    PreviewExternalOpener* m_opener;
    QProgressBar* m_fetchProgress;
    sync::ContentFetchWorker* m_fetcher = nullptr;
    std::function<bool(sync::SyncOptions&)> m_account;
    QString m_fetching; // the sha256 being fetched for the document in view
};

} // namespace akta::widgets
