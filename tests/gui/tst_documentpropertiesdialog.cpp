// Drives the real document properties dialog by keyboard on a real store: rename (F2's entry point),
// direction and parties changed on a journaled document and kept in its history with who and when; a
// kladde journaled from the dialog; the title proposal; Esc writes nothing.

#include "DocumentPropertiesDialog.h"
#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentLifecycle.h"
#include "documents/DocumentRepository.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace akta;
using widgets::DocumentPropertiesDialog;

class TestDocumentPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsTheDocument();
    void renameAndChangeByKeyboardAreRecorded();
    void draftIsJournaledFromTheDialog();
    void proposeTakesTheFileName();
    void escapeWritesNothing();

private:
    QString addDocument(const QString& status);
    QWidget* tabTo(const QString& objectName);
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_caseId;
};

void TestDocumentPropertiesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    directory::Directory people(m_store->database());
    people.addUnit({QStringLiteral("u"), QString(), QStringLiteral("Hjælpemidler")});
    people.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Ida Sagsbehandler"),
                    QStringLiteral("u"), QStringLiteral("caseworker")});
    cases::NewCase request;
    request.title = QStringLiteral("Ansøgning om hjælpemiddel");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = cases::CaseRepository(m_store->database()).create(request, QStringLiteral("me")).id;
    m_store->database().exec(QStringLiteral("INSERT INTO parties(id, kind, identifier, name) VALUES "
                                            "('p1', 'person', '0101700000', 'Anna Borger'), "
                                            "('p2', 'person', '0202700000', 'Bent Borger'); "
                                            "INSERT INTO case_parties(case_id, party_id, role) VALUES "
                                            "('%1', 'p1', 'primary'), ('%1', 'p2', 'secondary');")
                                 .arg(m_caseId));
}

void TestDocumentPropertiesDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestDocumentPropertiesDialog::addDocument(const QString& status)
{
    const auto stored = m_store->blobStore().putData("Ansøgningen.");
    documents::NewDocument document;
    document.caseId = m_caseId;
    document.title = QStringLiteral("Scan 0042");
    document.documentDate = QDate(2026, 11, 2);
    document.sender = QStringLiteral("Anna Borger");
    document.status = status;
    document.content = {stored.sha256, QStringLiteral("ansøgning om el-scooter.pdf"),
                        QStringLiteral("application/pdf"), stored.size};
    return documents::DocumentRepository(m_store->database()).add(document, QStringLiteral("me")).record.id;
}

QWidget* TestDocumentPropertiesDialog::tabTo(const QString& objectName)
{
    for (int i = 0; i < 20; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus) {
            return nullptr;
        }
        if (focus->objectName() == objectName) {
            return focus;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return nullptr;
}

qint64 TestDocumentPropertiesDialog::count(const QString& table)
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    query.step();
    return query.columnInt64(0);
}

void TestDocumentPropertiesDialog::showsTheDocument()
{
    const QString id = addDocument(QStringLiteral("journaled"));
    DocumentPropertiesDialog dialog(m_store->database(), id, QStringLiteral("me"));
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("docNumber"))->text(), QStringLiteral("1"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("docTitle"))->text(), QStringLiteral("Scan 0042"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("docSender"))->text(),
             QStringLiteral("Anna Borger"));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("docDirection"))->currentData().toString(),
             QStringLiteral("incoming"));
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("docParties"))->count(), 2);
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("docJournalize"))->isVisibleTo(&dialog));
    // The akt-nummer is shown, not edited.
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("docNumber"))->focusPolicy(), Qt::NoFocus);

    DocumentPropertiesDialog missing(m_store->database(), QStringLiteral("gone"), QStringLiteral("me"));
    QVERIFY(!missing.isValid());
    QVERIFY(!missing.findChild<QPushButton*>(QStringLiteral("docSaveButton"))->isEnabled());
}

void TestDocumentPropertiesDialog::renameAndChangeByKeyboardAreRecorded()
{
    const QString id = addDocument(QStringLiteral("journaled"));
    {
        DocumentPropertiesDialog dialog(m_store->database(), id, QStringLiteral("me"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.focusTitle();
        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("docTitle"));
        QCOMPARE(QApplication::focusWidget(), title);
        QCOMPARE(title->selectedText(), QStringLiteral("Scan 0042"));
        QTest::keyClicks(title, QStringLiteral("Ansøgning om el-scooter"));

        QWidget* direction = tabTo(QStringLiteral("docDirection"));
        QVERIFY(direction);
        QTest::keyClick(direction, Qt::Key_Down); // incoming → outgoing
        QWidget* parties = tabTo(QStringLiteral("docParties"));
        QVERIFY(parties);
        QTest::keyClick(parties, Qt::Key_Home);
        QTest::keyClick(parties, Qt::Key_Space); // Anna Borger
        QVERIFY(tabTo(QStringLiteral("docTitle")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    documents::DocumentLifecycle lifecycle(m_store->database());
    const documents::DocumentMetadata metadata = lifecycle.metadata(id);
    QCOMPARE(metadata.title, QStringLiteral("Ansøgning om el-scooter"));
    QCOMPARE(metadata.direction, QStringLiteral("outgoing"));
    QCOMPARE(metadata.partyIds, QStringList{QStringLiteral("p1")});
    QCOMPARE(metadata.sender, QStringLiteral("Anna Borger"));
    const QList<documents::DocumentChange> history = lifecycle.history(id);
    QCOMPARE(history.size(), 3);
    for (const documents::DocumentChange& change : history) {
        QCOMPARE(change.actor, QStringLiteral("me"));
    }
    // The content is what it was.
    QCOMPARE(documents::DocumentRepository(m_store->database()).find(id)->record.versions, 1);

    // Opened again, the dialog lists the changes with the author's name and the party's name.
    DocumentPropertiesDialog again(m_store->database(), id, QStringLiteral("me"));
    auto* list = again.findChild<QListWidget*>(QStringLiteral("docHistory"));
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Ida Sagsbehandler")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Scan 0042")));
    QVERIFY(list->item(2)->text().contains(QStringLiteral("Anna Borger")));
}

void TestDocumentPropertiesDialog::draftIsJournaledFromTheDialog()
{
    const QString id = addDocument(QStringLiteral("draft"));
    DocumentPropertiesDialog dialog(m_store->database(), id, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.focusTitle();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Udkast til afgørelse"));
    QWidget* journalize = tabTo(QStringLiteral("docJournalize"));
    QVERIFY(journalize);
    QTest::keyClick(journalize, Qt::Key_Space);
    QVERIFY(qobject_cast<QCheckBox*>(journalize)->isChecked());
    QVERIFY(tabTo(QStringLiteral("docTitle")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());

    const auto document = documents::DocumentRepository(m_store->database()).find(id);
    QCOMPARE(document->record.status, QStringLiteral("journaled"));
    QCOMPARE(document->record.title, QStringLiteral("Udkast til afgørelse"));
    // The title was changed in place while a kladde; only the journaling is on the record.
    const QList<documents::DocumentChange> history =
        documents::DocumentLifecycle(m_store->database()).history(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).field, QStringLiteral("status"));
}

void TestDocumentPropertiesDialog::proposeTakesTheFileName()
{
    const QString id = addDocument(QStringLiteral("journaled"));
    DocumentPropertiesDialog dialog(m_store->database(), id, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.focusTitle();
    QWidget* propose = tabTo(QStringLiteral("docProposeTitle"));
    QVERIFY(propose);
    QTest::keyClick(propose, Qt::Key_Space);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("docTitle"))->text(),
             QStringLiteral("ansøgning om el-scooter"));
}

void TestDocumentPropertiesDialog::escapeWritesNothing()
{
    const QString id = addDocument(QStringLiteral("journaled"));
    const qint64 operations = count(QStringLiteral("outbox"));
    DocumentPropertiesDialog dialog(m_store->database(), id, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.focusTitle();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ny titel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(documents::DocumentRepository(m_store->database()).find(id)->record.title,
             QStringLiteral("Scan 0042"));
    QCOMPARE(count(QStringLiteral("outbox")), operations);
    QCOMPARE(count(QStringLiteral("document_history")), 0);
}

QTEST_MAIN(TestDocumentPropertiesDialog)
#include "tst_documentpropertiesdialog.moc"
