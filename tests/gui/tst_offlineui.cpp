// The desktop's offline pieces against a real akta-server on loopback: the document preview fetches
// content that is not on this computer ("Fetching the document from the server…", then the document),
// says clearly when it cannot; the "Ready to go" dialog fetches what the offline cases miss and says
// "Everything is on this computer", or lists what is missing and why; the case view shows the mark.

#include "CaseDetailWidget.h"
#include "DocumentPreviewWidget.h"
#include "OfflineReadyDialog.h"
#include "ServerProcess.h"
#include "SyncController.h"
#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "documents/DocumentJournal.h"
#include "email/EmailParser.h"
#include "offline/OfflineSet.h"
#include "secrets/InMemorySecretStore.h"
#include "store/LocalStore.h"
#include "sync/ContentFetchWorker.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::widgets::DocumentPreviewWidget;
using akta::widgets::OfflineReadyDialog;
using akta::widgets::SyncController;

class TestOfflineUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void previewFetchesContentThatIsNotHere();
    void previewSaysWhenItCannotFetch();
    void readyDialogFetchesAndSaysEverythingIsHere();
    void readyDialogListsWhatIsMissingAndWhy();
    void caseViewShowsTheOfflineMark();

private:
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())); }
    akta::sync::SyncOptions options() const;
    // A new desktop store that has synced (metadata only).
    QString syncedStore(const QString& name);

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QString m_caseId;
    QString m_documentId;
    QByteArray m_text;
};

void TestOfflineUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("anna"), QStringLiteral("PPR"), QStringLiteral("caseworker"),
                               &error),
             qPrintable(error));
    QVERIFY2(m_server->start({}, &error), qPrintable(error));

    // Desktop A journals a text document and syncs it up.
    const QString a = m_dir.filePath(QStringLiteral("a"));
    {
        akta::store::LocalStore store(a);
        const QString actor = akta::directory::LocalAccount::ensure(store.database());
        akta::cases::NewCase request;
        request.title = QStringLiteral("Skoleudtalelse");
        request.kleSubject = QStringLiteral("00.01.00");
        m_caseId = akta::cases::CaseRepository(store.database()).create(request, actor).id;
        m_text = QByteArrayLiteral("Referat fra skolebesøget: eleven trives i klassen.\n");
        const QString path = m_dir.filePath(QStringLiteral("referat.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_text);
        file.close();
        const akta::blobs::BlobStore blobs = store.blobStore(); // the journal keeps a reference
        akta::documents::DocumentJournal journal(
            store.database(), blobs,
            [](const QByteArray& data) { return akta::email::EmailParser::parse(data); }, nullptr);
        m_documentId = journal.journalFile(m_caseId, path).document.record.id;
    }
    akta::sync::SyncEngine engine(a);
    QVERIFY(engine.run(options()).pushed > 0);
}

void TestOfflineUi::cleanupTestCase()
{
    if (m_server) {
        m_server->stop();
    }
}

akta::sync::SyncOptions TestOfflineUi::options() const
{
    akta::sync::SyncOptions options;
    options.server = url();
    options.username = QStringLiteral("anna");
    options.password = ServerProcess::kPassword;
    options.device = QStringLiteral("test");
    return options;
}

QString TestOfflineUi::syncedStore(const QString& name)
{
    const QString directory = m_dir.filePath(name);
    akta::sync::SyncEngine engine(directory);
    engine.run(options());
    return directory;
}

void TestOfflineUi::previewFetchesContentThatIsNotHere()
{
    const QString b = syncedStore(QStringLiteral("b"));
    akta::store::LocalStore store(b);
    akta::sync::ContentFetchWorker fetcher(b);
    DocumentPreviewWidget preview(store.databasePath(), store.blobStore());
    const akta::sync::SyncOptions account = options();
    preview.setContentFetcher(&fetcher, [account](akta::sync::SyncOptions& into) {
        into = account;
        return true;
    });
    preview.resize(700, 500);
    preview.show();
    QSignalSpy shown(&preview, &DocumentPreviewWidget::documentShown);
    preview.showDocument(m_documentId);
    QVERIFY(shown.wait(20000));
    // First the message, with progress, while the content comes; then the document itself.
    QCOMPARE(preview.message(), QStringLiteral("Fetching the document from the server…"));
    QVERIFY(preview.isFetching());
    QVERIFY(preview.findChild<QProgressBar*>(QStringLiteral("previewFetchProgress"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(preview.shownKind(), akta::widgets::PreviewContent::Kind::Text, 60000);
    QVERIFY(!preview.isFetching());
    QVERIFY(!preview.findChild<QProgressBar*>(QStringLiteral("previewFetchProgress"))->isVisible());
    QVERIFY(store.blobStore().contains(
        QString::fromLatin1(QCryptographicHash::hash(m_text, QCryptographicHash::Sha256).toHex())));
}

void TestOfflineUi::previewSaysWhenItCannotFetch()
{
    const QString c = syncedStore(QStringLiteral("c"));
    akta::store::LocalStore store(c);
    akta::sync::ContentFetchWorker fetcher(c);
    DocumentPreviewWidget preview(store.databasePath(), store.blobStore());
    bool connected = false;
    akta::sync::SyncOptions account = options();
    account.server = QUrl(QStringLiteral("http://127.0.0.1:1")); // nobody listens there
    account.retry.attempts = 2;
    account.retry.initialDelayMs = 50;
    preview.setContentFetcher(&fetcher, [&connected, account](akta::sync::SyncOptions& into) {
        into = account;
        return connected;
    });
    preview.show();
    QSignalSpy shown(&preview, &DocumentPreviewWidget::documentShown);
    preview.showDocument(m_documentId);
    QVERIFY(shown.wait(20000));
    QVERIFY2(preview.message().contains(QStringLiteral("not connected")), qPrintable(preview.message()));

    connected = true;
    preview.clear();
    preview.showDocument(m_documentId);
    QTRY_VERIFY_WITH_TIMEOUT(preview.message().contains(QStringLiteral("cannot be reached")), 60000);
    QVERIFY(preview.message().contains(QStringLiteral("not on this computer")));
}

void TestOfflineUi::readyDialogFetchesAndSaysEverythingIsHere()
{
    const QString d = syncedStore(QStringLiteral("d"));
    akta::store::LocalStore store(d);
    akta::offline::OfflineSet(store.database(), store.databasePath())
        .add(akta::offline::OfflinePin::Kind::Case, m_caseId);
    akta::secrets::InMemorySecretStore secrets;
    SyncController controller(d, &secrets);
    controller.connectAccount(url(), QStringLiteral("anna"), ServerProcess::kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Online, 60000);
    // The first sync already fetched the offline case's content; take it away to see the check fetch it.
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(m_text, QCryptographicHash::Sha256).toHex());
    QVERIFY(store.blobStore().contains(sha));
    QVERIFY(QFile::remove(store.blobStore().pathOf(sha)));

    OfflineReadyDialog dialog(store.databasePath(), store.blobStore(), &controller);
    dialog.show();
    QSignalSpy checked(&dialog, &OfflineReadyDialog::checked);
    dialog.start();
    QVERIFY(checked.wait(60000));
    QCOMPARE(checked.at(0).at(0).toBool(), true);
    QVERIFY(dialog.isReady());
    QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Everything is on this computer")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.missingItems().isEmpty());
    QVERIFY(store.blobStore().contains(sha));
}

void TestOfflineUi::readyDialogListsWhatIsMissingAndWhy()
{
    const QString e = syncedStore(QStringLiteral("e"));
    akta::store::LocalStore store(e);
    akta::offline::OfflineSet(store.database(), store.databasePath())
        .add(akta::offline::OfflinePin::Kind::Case, m_caseId);
    OfflineReadyDialog dialog(store.databasePath(), store.blobStore(), nullptr);
    dialog.show();
    QSignalSpy checked(&dialog, &OfflineReadyDialog::checked);
    dialog.start();
    QVERIFY(checked.wait(20000));
    QVERIFY(!dialog.isReady());
    QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Not everything is on this computer")),
             qPrintable(dialog.resultText()));
    QCOMPARE(dialog.missingItems().size(), 1);
    QVERIFY2(dialog.missingItems().constFirst().contains(QStringLiteral("referat.txt")),
             qPrintable(dialog.missingItems().constFirst()));
    QVERIFY2(dialog.missingItems().constFirst().contains(QStringLiteral("not connected")),
             qPrintable(dialog.missingItems().constFirst()));
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible()) {
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        }
    }
}

void TestOfflineUi::caseViewShowsTheOfflineMark()
{
    const QString f = syncedStore(QStringLiteral("f"));
    akta::store::LocalStore store(f);
    akta::widgets::CaseDetailWidget detail(store.databasePath(), store.blobStore());
    QVERIFY(detail.offlineText().startsWith(QStringLiteral("Not on this computer")));
    const QDateTime synced(QDate(2026, 11, 28), QTime(9, 41), Qt::UTC);
    detail.setOfflineState(true, synced);
    QVERIFY(detail.offlineText().startsWith(QStringLiteral("Available offline")));
    QVERIFY(detail.offlineText().contains(QLocale().toString(synced.toLocalTime(), QLocale::ShortFormat)));
    detail.setOfflineState(true, QDateTime());
    QVERIFY(detail.offlineText().contains(QStringLiteral("not synchronised yet")));
}

QTEST_MAIN(TestOfflineUi)
#include "tst_offlineui.moc"
