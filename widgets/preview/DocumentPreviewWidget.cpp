#include "DocumentPreviewWidget.h"

#include "EmailPreview.h"
#include "ImagePreview.h"
#include "PdfDocument.h"
#include "PdfViewer.h"
#include "PreviewExternalOpener.h"
#include "TextPreview.h"
#include "sync/ContentFetchWorker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcPreview, "akta.preview")

namespace akta::widgets {

DocumentPreviewWidget::DocumentPreviewWidget(const QString& databasePath, const blobs::BlobStore& blobs,
                                             QWidget* parent)
    : QWidget(parent), m_databasePath(databasePath), m_blobs(blobs), m_title(new QLabel(this)),
      m_openExternally(new QPushButton(tr("Open in &program…"), this)), m_stack(new QStackedWidget(this)),
      m_message(new QLabel(this)), m_pdf(new PdfViewer(this)), m_image(new ImagePreview(this)),
      m_text(new TextPreview(this)), m_email(new EmailPreview(this)),
      m_opener(new PreviewExternalOpener(this)), m_fetchProgress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("documentPreview"));
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_openExternally->setObjectName(QStringLiteral("previewOpenExternally"));
    m_openExternally->setAccessibleName(tr("Open in the system's program"));
    m_openExternally->setToolTip(tr("Open a copy of the document in the program this computer uses for it"));
    m_openExternally->setEnabled(false);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(12);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pdf);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_email);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_openExternally);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    m_fetchProgress->setObjectName(QStringLiteral("previewFetchProgress"));
    m_fetchProgress->setAccessibleName(tr("Fetching the document from the server"));
    m_fetchProgress->hide();
    layout->addWidget(m_fetchProgress);
    layout->addWidget(m_stack, 1);

    connect(&m_watcher, &QFutureWatcher<PreviewContent>::finished, this,
            [this] { present(m_watcher.result()); });
    connect(m_openExternally, &QPushButton::clicked, this, [this] {
        if (!m_blobSha256.isEmpty()) {
            m_openingDocumentId = m_documentId;
            m_opener->open(m_blobs, m_blobSha256, m_fileName);
        }
    });
    connect(m_opener, &PreviewExternalOpener::opened, this,
            [this](const QString& sha256, const QString& path) {
                emit openedExternally(m_openingDocumentId, sha256, path);
            });
    connect(m_opener, &PreviewExternalOpener::failed, this, [this](const QString& error) {
        m_title->setToolTip(error);
        qCWarning(lcPreview) << "open externally:" << error;
    });
    connect(m_email, &EmailPreview::attachmentActivated, this, [this](const QString& id) {
        showDocument(id);
        emit attachmentActivated(id);
    });
    clear();
}

void DocumentPreviewWidget::showDocument(const QString& documentId)
{
    showDocument(documentId, QString());
}

void DocumentPreviewWidget::showDocument(const QString& documentId, const QString& findText)
{
    if (documentId.isEmpty()) {
        clear();
        return;
    }
    if (documentId == m_documentId && (findText.isEmpty() || isLoading())) {
        m_findText = findText.isEmpty() ? m_findText : findText.trimmed();
        return; // on screen or on its way already
    }
    if (documentId == m_documentId) { // on screen: only find
        m_findText = findText.trimmed();
        findInShown();
        return;
    }
    m_documentId = documentId;
    m_findText = findText.trimmed();
    m_blobSha256.clear();
    m_fetching.clear();
    m_fetchProgress->hide();
    m_openExternally->setEnabled(false);
    m_pdf->setDocument(nullptr); // stop rendering the previous document
    m_title->setText(tr("Opening…"));
    m_watcher.setFuture(QtConcurrent::run(&PreviewContent::load, m_databasePath, m_blobs, documentId));
}

void DocumentPreviewWidget::clear()
{
    m_watcher.cancel();
    m_documentId.clear();
    m_fetching.clear();
    m_fetchProgress->hide();
    m_findText.clear();
    m_blobSha256.clear();
    m_pdf->setDocument(nullptr);
    m_title->clear();
    m_openExternally->setEnabled(false);
    showMessage(tr("Choose a document to see it here."));
}

void DocumentPreviewWidget::findInShown()
{
    if (m_findText.isEmpty()) {
        return;
    }
    switch (m_kind) {
    case PreviewContent::Kind::Pdf:
        m_pdf->find(m_findText);
        break;
    case PreviewContent::Kind::Text:
    case PreviewContent::Kind::Html:
        m_text->find(m_findText);
        break;
    case PreviewContent::Kind::Email:
        m_email->find(m_findText);
        break;
    case PreviewContent::Kind::Message:
    case PreviewContent::Kind::Image:
        break;
    }
}

QString DocumentPreviewWidget::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DocumentPreviewWidget::showMessage(const QString& message)
{
    m_kind = PreviewContent::Kind::Message;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void DocumentPreviewWidget::present(const PreviewContent& content)
{
    if (content.documentId != m_documentId) {
        return; // the user has moved on (or cleared the preview)
    }
    const DocumentRecord& record = content.details.record;
    m_title->setText(content.found
                         ? QStringLiteral("%1. %2").arg(QString::number(record.number), record.title)
                         : QString());
    m_title->setToolTip(content.details.latest.fileName);
    m_blobSha256 = content.blobSha256;
    m_fileName = content.details.latest.fileName;
    m_openExternally->setEnabled(!m_blobSha256.isEmpty());
    switch (content.kind) {
    case PreviewContent::Kind::Message:
        showMessage(content.message);
        if (content.contentMissing) {
            fetchMissing(content);
        }
        break;
    case PreviewContent::Kind::Pdf:
        m_pdf->setDocument(content.pdf);
        m_stack->setCurrentWidget(m_pdf);
        break;
    case PreviewContent::Kind::Image:
        m_stack->setCurrentWidget(m_image);
        m_image->setImage(content.image);
        break;
    case PreviewContent::Kind::Text:
    case PreviewContent::Kind::Html:
        m_text->setText(content.text, content.kind == PreviewContent::Kind::Html, content.note);
        m_stack->setCurrentWidget(m_text);
        break;
    case PreviewContent::Kind::Email:
        m_email->setContent(content);
        m_stack->setCurrentWidget(m_email);
        break;
    }
    m_kind = content.kind;
    findInShown();
    emit documentShown(content.documentId);
}

void DocumentPreviewWidget::setContentFetcher(sync::ContentFetchWorker* worker,
                                              std::function<bool(sync::SyncOptions&)> account)
{
    m_fetcher = worker;
    m_account = std::move(account);
    connect(worker, &sync::ContentFetchWorker::progress, this,
            [this](const QString& sha, qint64 done, qint64 total) {
                if (sha == m_fetching && total > 0) {
                    m_fetchProgress->setRange(0, 1000);
                    m_fetchProgress->setValue(int(done * 1000 / total));
                }
            });
    connect(worker, &sync::ContentFetchWorker::fetched, this, &DocumentPreviewWidget::onFetched);
    connect(worker, &sync::ContentFetchWorker::failed, this, &DocumentPreviewWidget::onFetchFailed);
}

void DocumentPreviewWidget::fetchMissing(const PreviewContent& content)
{
    sync::SyncOptions options;
    if (!m_fetcher || !m_account || !m_account(options)) {
        showMessage(tr("The content of this document is not on this computer, and Akta is not connected to "
                       "the server to fetch it."));
        return;
    }
    const documents::DocumentVersion& version = content.details.latest;
    m_fetching = version.sha256;
    showMessage(tr("Fetching the document from the server…"));
    m_fetchProgress->setRange(0, 0); // busy until the size is known
    m_fetchProgress->show();
    m_fetcher->fetch(options, {version.sha256, version.size, version.fileName});
}

void DocumentPreviewWidget::onFetched(const QString& sha256)
{
    if (sha256 != m_fetching) {
        return;
    }
    m_fetching.clear();
    m_fetchProgress->hide();
    const QString documentId = m_documentId;
    const QString findText = m_findText;
    m_documentId.clear(); // shown again, now from this computer
    showDocument(documentId, findText);
}

void DocumentPreviewWidget::onFetchFailed(const QString& sha256, const QString& message, bool offline)
{
    if (sha256 != m_fetching) {
        return;
    }
    m_fetching.clear();
    m_fetchProgress->hide();
    qCInfo(lcPreview) << "fetching" << sha256 << "failed:" << message;
    showMessage(offline ? tr("The content of this document is not on this computer, and the server cannot be "
                             "reached now. Cases taken offline keep all their documents on this computer.")
                        : tr("The document could not be fetched from the server: %1").arg(message));
}

} // namespace akta::widgets
