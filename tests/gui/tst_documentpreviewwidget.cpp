// DocumentPreviewWidget (with PreviewContent, TextPreview, ImagePreview, EmailPreview and
// PreviewTextBrowser) on a real local store: documents journaled through core's DocumentJournal with
// the real e-mail parser, then shown by id. PDFs with find, an e-mail with headers and attachments
// that open, text in Windows-1252, an image, DOCX text pending and extracted, HTML without network,
// a damaged PDF, a missing file and quick switching.

#include "DocumentPreviewWidget.h"
#include "EmailPreview.h"
#include "ImagePreview.h"
#include "PdfViewer.h"
#include "PreviewTextBrowser.h"
#include "TextPreview.h"
#include "blobs/BlobStore.h"
#include "demo/SimplePdfWriter.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;
using widgets::DocumentPreviewWidget;
using Kind = widgets::PreviewContent::Kind;

class TestDocumentPreviewWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pdfWithFind();
    void emailWithAttachments();
    void htmlEmailFetchesNothing();
    void windows1252Text();
    void largeTextIsCut();
    void image();
    void wordProcessingShowsExtractedText();
    void damagedPdfShowsMessage();
    void missingFileShowsMessage();
    void unknownTypeOffersTheSystemViewer();
    void switchingQuickly();
    void clearEmpties();
    void everyFocusableWidgetIsNamed();

private:
    QStringList unnamed() const;
    QString writeFile(const QString& name, const QByteArray& content);
    documents::DocumentDetails journal(const QString& name, const QByteArray& content);
    void show(const QString& documentId, const QString& find = {});
    static QByteArray pdf(const QStringList& pages);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<DocumentPreviewWidget> m_preview;
};

void TestDocumentPreviewWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentPreviewWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    m_store->database().exec(QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, "
        "created_at, modified_at) VALUES ('case-1', '27.24.00-G01-1-26', 'Sag', '27.24.00', "
        "'subject', 'opened', 'normal', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    m_preview = std::make_unique<DocumentPreviewWidget>(m_store->databasePath(), m_store->blobStore());
    m_preview->resize(900, 800);
    m_preview->show();
}

void TestDocumentPreviewWidget::cleanup()
{
    m_preview.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestDocumentPreviewWidget::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

documents::DocumentDetails TestDocumentPreviewWidget::journal(const QString& name, const QByteArray& content)
{
    const blobs::BlobStore blobs = m_store->blobStore();
    documents::DocumentJournal journal(
        m_store->database(), blobs, [](const QByteArray& data) { return email::EmailParser::parse(data); },
        nullptr);
    return journal.journalFile(QStringLiteral("case-1"), writeFile(name, content)).document;
}

void TestDocumentPreviewWidget::show(const QString& documentId, const QString& find)
{
    QSignalSpy shown(m_preview.get(), &DocumentPreviewWidget::documentShown);
    m_preview->showDocument(documentId, find);
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().at(0).toString(), documentId);
    QCOMPARE(m_preview->currentDocumentId(), documentId);
}

QByteArray TestDocumentPreviewWidget::pdf(const QStringList& pages)
{
    demo::SimplePdfWriter writer;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.newPage();
        }
        writer.addParagraph(pages.at(i));
    }
    return writer.toPdf();
}

void TestDocumentPreviewWidget::pdfWithFind()
{
    const auto document = journal(QStringLiteral("Afgørelse.pdf"),
                                  pdf({QStringLiteral("Første side."), QStringLiteral("Anden side."),
                                       QStringLiteral("Her står ordet bevillingsramme.")}));
    show(document.record.id, QStringLiteral("bevillingsramme"));
    QCOMPARE(m_preview->shownKind(), Kind::Pdf);
    widgets::PdfViewer* viewer = m_preview->pdfViewer();
    QCOMPARE(viewer->pageCount(), 3);
    QTRY_COMPARE(viewer->hits().size(), 1);
    QCOMPARE(viewer->hits().at(0).page, 2);
    QCOMPARE(viewer->currentPage(), 2);
    QCOMPARE(m_preview->findChild<QLabel*>(QStringLiteral("previewTitle"))->text(),
             QStringLiteral("1. Afgørelse"));
    QVERIFY(m_preview->findChild<QPushButton*>(QStringLiteral("previewOpenExternally"))->isEnabled());

    // Another search hit in the document on screen: found again without reading the document again.
    QSignalSpy shownAgain(m_preview.get(), &DocumentPreviewWidget::documentShown);
    m_preview->showDocument(document.record.id, QStringLiteral("første"));
    QTRY_VERIFY(!viewer->hits().isEmpty() && viewer->hits().at(0).page == 0);
    QCOMPARE(viewer->currentPage(), 0);
    QCOMPARE(shownAgain.size(), 0);
}

void TestDocumentPreviewWidget::emailWithAttachments()
{
    const QByteArray attachedPdf = pdf({QStringLiteral("Lægeerklæring")});
    const QByteArray eml =
        "From: =?UTF-8?Q?S=C3=B8ren_=C3=98stergaard?= <soeren@example.org>\r\n"
        "To: Sagsbehandler <sag@koege.dk>\r\n"
        "Cc: Leder <leder@koege.dk>\r\n"
        "Subject: =?UTF-8?Q?Ans=C3=B8gning_om_hj=C3=A6lp?=\r\n"
        "Date: Tue, 24 Nov 2026 10:15:00 +0100\r\n"
        "Message-ID: <preview-test-1@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"grænse\"\r\n"
        "\r\n"
        "--grænse\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "Hej\r\n\r\nHermed min ansøgning med lægeerklæringen vedhæftet.\r\n\r\nVenlig hilsen\r\nSøren\r\n"
        "--grænse\r\n"
        "Content-Type: application/pdf; name=\"laegeerklaering.pdf\"\r\n"
        "Content-Disposition: attachment; filename=\"laegeerklaering.pdf\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n" +
        attachedPdf.toBase64() +
        "\r\n"
        "--grænse\r\n"
        "Content-Type: text/plain; charset=utf-8; name=\"noter.txt\"\r\n"
        "Content-Disposition: attachment; filename=\"noter.txt\"\r\n"
        "\r\n"
        "Noter til sagen\r\n"
        "--grænse--\r\n";
    const auto document = journal(QStringLiteral("ansøgning.eml"), eml);
    QCOMPARE(document.record.kind, QStringLiteral("email"));
    show(document.record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Email);
    widgets::EmailPreview* email = m_preview->emailPreview();
    QCOMPARE(email->findChild<QLabel*>(QStringLiteral("emailFrom"))->text(),
             QStringLiteral("Søren Østergaard <soeren@example.org>"));
    QVERIFY(email->findChild<QLabel*>(QStringLiteral("emailTo"))
                ->text()
                .contains(QStringLiteral("sag@koege.dk")));
    QVERIFY(email->findChild<QLabel*>(QStringLiteral("emailCc"))
                ->text()
                .contains(QStringLiteral("leder@koege.dk")));
    QVERIFY(email->findChild<QLabel*>(QStringLiteral("emailDate"))->text().contains(QStringLiteral("2026")));
    QCOMPARE(email->findChild<QLabel*>(QStringLiteral("emailSubject"))->text(),
             QStringLiteral("Ansøgning om hjælp"));
    QVERIFY(email->findChild<widgets::PreviewTextBrowser*>(QStringLiteral("emailBody"))
                ->toPlainText()
                .contains(QStringLiteral("lægeerklæringen vedhæftet")));

    auto* attachments = email->findChild<QListWidget*>(QStringLiteral("emailAttachments"));
    QCOMPARE(attachments->count(), 2);
    QVERIFY(attachments->item(0)->text().contains(QStringLiteral("laegeerklaering")));

    // Enter on the first attachment opens it in the preview and tells the case view.
    QSignalSpy activated(m_preview.get(), &DocumentPreviewWidget::attachmentActivated);
    QSignalSpy shown(m_preview.get(), &DocumentPreviewWidget::documentShown);
    const QString childId = attachments->item(0)->data(Qt::UserRole).toString();
    attachments->setFocus();
    attachments->setCurrentRow(0);
    QTest::keyClick(attachments, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), childId);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_preview->currentDocumentId(), childId);
    QCOMPARE(m_preview->shownKind(), Kind::Pdf);
    QCOMPARE(m_preview->pdfViewer()->pageCount(), 1);
}

void TestDocumentPreviewWidget::htmlEmailFetchesNothing()
{
    const QByteArray eml = "From: Borger <borger@example.org>\r\n"
                           "To: sag@koege.dk\r\n"
                           "Subject: Billede\r\n"
                           "Message-ID: <preview-test-2@example.org>\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n"
                           "\r\n"
                           "<html><body><p>Se <b>billedet</b></p>"
                           "<img src=\"http://tracker.example.com/pixel.png\"></body></html>\r\n";
    show(journal(QStringLiteral("billede.eml"), eml).record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Email);
    auto* body =
        m_preview->emailPreview()->findChild<widgets::PreviewTextBrowser*>(QStringLiteral("emailBody"));
    QVERIFY(body->toPlainText().contains(QStringLiteral("Se billedet")));
    QVERIFY(body->blockedRequests() >= 1);
    QVERIFY(
        body->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/a.png")))
            .isNull());
    // No attachments: the list is not shown.
    QVERIFY(
        !m_preview->emailPreview()->findChild<QListWidget*>(QStringLiteral("emailAttachments"))->isVisible());
}

void TestDocumentPreviewWidget::windows1252Text()
{
    // "Bødestørrelse på 500 €" in Windows-1252: not valid UTF-8.
    const QByteArray cp1252 = "B\xF8"
                              "dest\xF8rrelse p\xE5 500 \x80";
    show(journal(QStringLiteral("bøde.txt"), cp1252).record.id, QStringLiteral("500"));
    QCOMPARE(m_preview->shownKind(), Kind::Text);
    QCOMPARE(m_preview->textPreview()->plainText(), QStringLiteral("Bødestørrelse på 500 €"));
    QVERIFY(m_preview->textPreview()->note().isEmpty());
}

void TestDocumentPreviewWidget::largeTextIsCut()
{
    const QByteArray line = "Linje med tekst til en meget lang logfil.\n";
    show(journal(QStringLiteral("stor.log"),
                 line.repeated(int(widgets::PreviewContent::kMaxTextBytes / line.size()) + 100))
             .record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Text);
    QVERIFY(m_preview->textPreview()->note().contains(QStringLiteral("Only the beginning")));
    QVERIFY(m_preview->textPreview()->plainText().size() <= widgets::PreviewContent::kMaxTextBytes);
}

void TestDocumentPreviewWidget::image()
{
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const QString path = m_dir->filePath(QStringLiteral("foto.png"));
    QVERIFY(picture.save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    show(journal(QStringLiteral("Foto fra hjemmebesøg.png"), file.readAll()).record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Image);
    widgets::ImagePreview* image = m_preview->imagePreview();
    const QSize fitted = image->shownSize();
    QVERIFY(!fitted.isEmpty());
    QVERIFY(fitted.width() <= 640);
    image->zoomIn();
    QVERIFY(image->shownSize().width() > fitted.width());
    image->fitToWindow();
    QCOMPARE(image->shownSize(), fitted);
}

void TestDocumentPreviewWidget::wordProcessingShowsExtractedText()
{
    // Journaled without the extractor: the text is pending, and the preview says so.
    const auto document =
        journal(QStringLiteral("Indstilling.docx"), QByteArray("PK\x03\x04 not really a docx"));
    show(document.record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Text);
    QVERIFY(m_preview->textPreview()->note().contains(QStringLiteral("still being extracted")));

    documents::DocumentRepository(m_store->database())
        .setText(document.latest.id, QStringLiteral("ok"),
                 QStringLiteral("Indstilling til udvalget om tilskud."));
    m_preview->clear();
    show(document.record.id);
    QCOMPARE(m_preview->textPreview()->plainText(), QStringLiteral("Indstilling til udvalget om tilskud."));
    QVERIFY(m_preview->textPreview()->note().isEmpty());

    documents::DocumentRepository(m_store->database())
        .setText(document.latest.id, QStringLiteral("failed"), {}, QStringLiteral("the archive is damaged"));
    m_preview->clear();
    show(document.record.id);
    QVERIFY(m_preview->textPreview()->note().contains(QStringLiteral("the archive is damaged")));
}

void TestDocumentPreviewWidget::damagedPdfShowsMessage()
{
    show(journal(QStringLiteral("skadet.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(4000, 'x')).record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Message);
    QVERIFY2(m_preview->message().contains(QStringLiteral("damaged")), qPrintable(m_preview->message()));
    // The file itself is there: it can still be opened in another program.
    QVERIFY(m_preview->findChild<QPushButton*>(QStringLiteral("previewOpenExternally"))->isEnabled());
}

void TestDocumentPreviewWidget::missingFileShowsMessage()
{
    const auto document = journal(QStringLiteral("brev.pdf"), pdf({QStringLiteral("Brev")}));
    QVERIFY(QFile::remove(m_store->blobStore().pathOf(document.latest.sha256)));
    show(document.record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Message);
    QVERIFY(m_preview->message().contains(QStringLiteral("not on this computer")));
    QVERIFY(!m_preview->findChild<QPushButton*>(QStringLiteral("previewOpenExternally"))->isEnabled());

    show(QStringLiteral("no-such-document"));
    QVERIFY(m_preview->message().contains(QStringLiteral("no longer exists")));
}

void TestDocumentPreviewWidget::unknownTypeOffersTheSystemViewer()
{
    show(journal(QStringLiteral("tegning.dwg"), QByteArray("AC1027\0\0\0binary", 16)).record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Message);
    QVERIFY(m_preview->message().contains(QStringLiteral("no preview")));
    QVERIFY(m_preview->findChild<QPushButton*>(QStringLiteral("previewOpenExternally"))->isEnabled());
}

void TestDocumentPreviewWidget::switchingQuickly()
{
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        QStringList pages;
        for (int page = 0; page < 20; ++page) {
            pages << QStringLiteral("Dokument %1, side %2").arg(i).arg(page + 1);
        }
        ids << journal(QStringLiteral("dok%1.pdf").arg(i), pdf(pages)).record.id;
    }
    QSignalSpy shown(m_preview.get(), &DocumentPreviewWidget::documentShown);
    for (int round = 0; round < 30; ++round) {
        m_preview->showDocument(ids.at(round % ids.size()),
                                round % 4 == 0 ? QStringLiteral("side") : QString());
        QCoreApplication::processEvents();
    }
    m_preview->showDocument(ids.at(2));
    QTRY_COMPARE(m_preview->currentDocumentId(), ids.at(2));
    QTRY_VERIFY(!m_preview->isLoading());
    QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toString() == ids.at(2));
    QCOMPARE(m_preview->shownKind(), Kind::Pdf);
    QCOMPARE(m_preview->pdfViewer()->pageCount(), 20);
    QTRY_VERIFY(m_preview->pdfViewer()->canvas()->isRendered(0));
}

void TestDocumentPreviewWidget::clearEmpties()
{
    show(journal(QStringLiteral("a.txt"), "tekst").record.id);
    m_preview->clear();
    QVERIFY(m_preview->currentDocumentId().isEmpty());
    QCOMPARE(m_preview->shownKind(), Kind::Message);
    QVERIFY(!m_preview->findChild<QPushButton*>(QStringLiteral("previewOpenExternally"))->isEnabled());
}

// Every widget the keyboard reaches in the preview has a name for screen readers (or a text).
QStringList TestDocumentPreviewWidget::unnamed() const
{
    QStringList missing;
    for (QWidget* widget : m_preview->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(m_preview.get()) || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLabel*>(widget) || widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty())) {
            missing << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
        }
    }
    return missing;
}

void TestDocumentPreviewWidget::everyFocusableWidgetIsNamed()
{
    show(journal(QStringLiteral("a.pdf"), pdf({QStringLiteral("Side")})).record.id, QStringLiteral("side"));
    QTRY_VERIFY(m_preview->findChild<QWidget*>(QStringLiteral("previewFindBar"))->isVisible());
    QCOMPARE(unnamed(), QStringList());
    const QByteArray eml = "From: a@example.org\r\nTo: b@example.org\r\nSubject: Hej\r\n"
                           "Message-ID: <named@example.org>\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                           "Content-Type: text/plain\r\n\r\nHej\r\n--b\r\n"
                           "Content-Type: text/plain; name=x.txt\r\nContent-Disposition: attachment; "
                           "filename=x.txt\r\n\r\nx\r\n--b--\r\n";
    show(journal(QStringLiteral("b.eml"), eml).record.id);
    QCOMPARE(m_preview->shownKind(), Kind::Email);
    QCOMPARE(unnamed(), QStringList());
    show(journal(QStringLiteral("c.txt"), "tekst").record.id);
    QCOMPARE(unnamed(), QStringList());
}

QTEST_MAIN(TestDocumentPreviewWidget)
#include "tst_documentpreviewwidget.moc"
