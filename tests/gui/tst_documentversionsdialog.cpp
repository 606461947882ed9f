// Drives the real versions dialog by keyboard on a real store: a document journaled and then given a new
// version from a file lists both; the earlier version is saved elsewhere and opened (a copy handed to the
// system's viewer) with its own content; a missing blob is reported and overwrites nothing.

#include "DocumentVersionsDialog.h"
#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentRepository.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace akta;
using widgets::DocumentVersionsDialog;

class TestDocumentVersionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void listsEveryVersionNewestChosen();
    void savesAnEarlierVersionByKeyboard();
    void entryOpensACopyOfTheVersion();
    void missingContentIsReportedAndOverwritesNothing();

private:
    QString write(const QString& name, const QByteArray& content);
    static QByteArray read(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_documentId;
};

QString TestDocumentVersionsDialog::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QByteArray TestDocumentVersionsDialog::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDocumentVersionsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    directory::Directory people(m_store->database());
    people.addUnit({QStringLiteral("u"), QString(), QStringLiteral("Byggeri")});
    people.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Ida Sagsbehandler"),
                    QStringLiteral("u"), QStringLiteral("caseworker")});
    people.addUser({QStringLiteral("bo"), QStringLiteral("bo"), QStringLiteral("Bo Kollega"),
                    QStringLiteral("u"), QStringLiteral("caseworker")});
    cases::NewCase request;
    request.title = QStringLiteral("Tilbygning");
    request.kleSubject = QStringLiteral("00.01.00");
    const QString caseId =
        cases::CaseRepository(m_store->database()).create(request, QStringLiteral("me")).id;
    const blobs::BlobStore blobStore = m_store->blobStore();
    const QString first = write(QStringLiteral("Tegning.txt"), "Tegning, første udgave.\n");
    m_documentId = documents::DocumentJournal(m_store->database(), blobStore, {}, {}, QStringLiteral("me"))
                       .journalFile(caseId, first)
                       .document.record.id;
    const QString second = write(QStringLiteral("Tegning rettet.txt"), "Tegning, rettet efter høring.\n");
    documents::DocumentJournal(m_store->database(), blobStore, {}, {}, QStringLiteral("bo"))
        .journalVersion(m_documentId, second);
}

void TestDocumentVersionsDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestDocumentVersionsDialog::listsEveryVersionNewestChosen()
{
    DocumentVersionsDialog dialog(m_store->database(), m_store->blobStore(), m_documentId);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("versionTable"));
    QCOMPARE(dialog.versionCount(), 2);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, DocumentVersionsDialog::VersionColumn)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(1, DocumentVersionsDialog::VersionColumn)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, DocumentVersionsDialog::AuthorColumn)->text(),
             QStringLiteral("Ida Sagsbehandler"));
    QCOMPARE(table->item(1, DocumentVersionsDialog::AuthorColumn)->text(), QStringLiteral("Bo Kollega"));
    QCOMPARE(table->item(1, DocumentVersionsDialog::FileColumn)->text(),
             QStringLiteral("Tegning rettet.txt"));
    QVERIFY(!table->item(0, DocumentVersionsDialog::SizeColumn)->text().isEmpty());
    QVERIFY(!table->item(0, DocumentVersionsDialog::TextColumn)->text().isEmpty()); // pending
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Tegning")));
}

void TestDocumentVersionsDialog::savesAnEarlierVersionByKeyboard()
{
    DocumentVersionsDialog dialog(m_store->database(), m_store->blobStore(), m_documentId);
    const QString target = m_dir->filePath(QStringLiteral("out/gemt.txt"));
    QString suggested;
    dialog.setSavePathChooser([&suggested, target](const QString& name) {
        suggested = name;
        return target;
    });
    QSignalSpy exported(&dialog, &DocumentVersionsDialog::exported);
    QSignalSpy audited(&dialog, &DocumentVersionsDialog::versionExported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("versionTable"));
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Up); // version 1
    QCOMPARE(table->currentRow(), 0);
    // Alt+S: the "Save as…" button's mnemonic.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QCOMPARE(exported.at(0).at(0).toString(), target);
    QCOMPARE(suggested, QStringLiteral("Tegning (version 1).txt"));
    QCOMPARE(read(target), QByteArray("Tegning, første udgave.\n"));
    // For the audit log: which content went where, saved (not opened).
    QCOMPARE(audited.count(), 1);
    QCOMPARE(audited.at(0).at(0).toString(),
             documents::DocumentRepository(m_store->database()).versions(m_documentId).at(0).sha256);
    QCOMPARE(audited.at(0).at(1).toString(), target);
    QCOMPARE(audited.at(0).at(2).toBool(), false);
}

void TestDocumentVersionsDialog::entryOpensACopyOfTheVersion()
{
    DocumentVersionsDialog dialog(m_store->database(), m_store->blobStore(), m_documentId);
    QList<QUrl> opened;
    dialog.setOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });
    QSignalSpy exported(&dialog, &DocumentVersionsDialog::exported);
    QSignalSpy audited(&dialog, &DocumentVersionsDialog::versionExported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("versionTable"));
    QTest::keyClick(table, Qt::Key_Return); // the newest
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QCOMPARE(audited.count(), 1);
    QCOMPARE(audited.at(0).at(2).toBool(), true);
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).isLocalFile());
    QCOMPARE(QFileInfo(opened.at(0).toLocalFile()).fileName(), QStringLiteral("Tegning rettet.txt"));
    QCOMPARE(read(opened.at(0).toLocalFile()), QByteArray("Tegning, rettet efter høring.\n"));
}

void TestDocumentVersionsDialog::missingContentIsReportedAndOverwritesNothing()
{
    const auto versions = documents::DocumentRepository(m_store->database()).versions(m_documentId);
    QVERIFY(QFile::remove(m_store->blobStore().pathOf(versions.at(0).sha256)));
    const QString target = write(QStringLiteral("mine.txt"), "my own file");
    DocumentVersionsDialog dialog(m_store->database(), m_store->blobStore(), m_documentId);
    dialog.setSavePathChooser([target](const QString&) { return target; });
    QSignalSpy failed(&dialog, &DocumentVersionsDialog::exportFailed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("versionTable"));
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("versionMessage"))->isVisible());
    QCOMPARE(read(target), QByteArray("my own file"));
}

QTEST_MAIN(TestDocumentVersionsDialog)
#include "tst_documentversionsdialog.moc"
