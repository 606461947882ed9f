// Drives the real journal note dialog by keyboard on a real store (temporary folder): a template, a title,
// bold text and a bullet list typed with the shortcuts, journaled on Ctrl+Return through the core code that
// `akta-cli note add` uses; Esc asks before discarding typed text; a failed save keeps the text.

#include "JournalNoteDialog.h"
#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "documents/DocumentRepository.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <memory>

using akta::widgets::JournalNoteDialog;

class TestJournalNoteDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void opensOnTheTitleWithAuthorAndToday();
    void journalsAPhoneNoteByKeyboard();
    void escapeAsksBeforeDiscardingTypedText();
    void escapeWithoutTypingClosesAtOnce();
    void failedSaveKeepsTheText();
    void savesADraftByKeyboard();
    void interactiveWidgetsHaveAccessibleNames();

private:
    JournalNoteDialog::Context context(const QString& caseId = {}) const;
    qint64 documentCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QString m_caseId;
};

void TestJournalNoteDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    akta::cases::NewCase request;
    request.title = QStringLiteral("Klage over støj fra nabo");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = akta::cases::CaseRepository(m_store->database()).create(request, QStringLiteral("me")).id;
}

void TestJournalNoteDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

JournalNoteDialog::Context TestJournalNoteDialog::context(const QString& caseId) const
{
    return {m_store->databasePath(),
            m_store->blobStore(),
            caseId.isEmpty() ? m_caseId : caseId,
            QStringLiteral("00.01.00-G01-1-26 Klage over støj fra nabo"),
            QStringLiteral("me"),
            QStringLiteral("Ida Sagsbehandler")};
}

qint64 TestJournalNoteDialog::documentCount()
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM documents"));
    query.step();
    return query.columnInt64(0);
}

void TestJournalNoteDialog::opensOnTheTitleWithAuthorAndToday()
{
    JournalNoteDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("noteTitle")));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("noteAuthor"))->text(),
             QStringLiteral("Ida Sagsbehandler"));
    QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("noteDate"))->date(), QDate::currentDate());
    auto* templates = dialog.findChild<QComboBox*>(QStringLiteral("noteTemplate"));
    QVERIFY(templates->count() >= 6);
    QCOMPARE(templates->currentData().toString(), QStringLiteral("blank"));
    // Nothing to journal yet.
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("journalNoteButton"))->isEnabled());
}

void TestJournalNoteDialog::journalsAPhoneNoteByKeyboard()
{
    JournalNoteDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("noteTitle"));
    auto* editor = dialog.findChild<QTextEdit*>(QStringLiteral("noteEditor"));
    auto* templates = dialog.findChild<QComboBox*>(QStringLiteral("noteTemplate"));

    // Back to the template list, one down: the phone note.
    QTest::keyClick(title, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), templates);
    QTest::keyClick(templates, Qt::Key_Down);
    QCOMPARE(templates->currentData().toString(), QStringLiteral("phone"));
    QCOMPARE(title->text(), QStringLiteral("Phone note"));
    QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Conversation with:")));

    QTest::keyClick(templates, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), title);
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" - naboen ringede"));
    // Through the date (Tab steps through its day, month and year first) into the editor.
    QTest::keyClick(title, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteDate"));
    for (int i = 0; i < 4 && QApplication::focusWidget() != editor; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), editor);

    // The cursor waits after "Conversation with:".
    QTest::keyClicks(editor, QStringLiteral("Jens Hansen, "));
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(dialog.findChild<QAction*>(QStringLiteral("noteBoldAction"))->isChecked());
    QTest::keyClicks(editor, QStringLiteral("meget vred"));
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    // Into the empty bullet of the last section.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(dialog.findChild<QAction*>(QStringLiteral("noteBulletsAction"))->isChecked());
    QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Ringer igen i morgen"));
    QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
    // The template's last section is a bullet list; Return makes the next item, Ctrl+Shift+L toggles.
    QTest::keyClick(editor, Qt::Key_Return);
    auto* bullets = dialog.findChild<QAction*>(QStringLiteral("noteBulletsAction"));
    QVERIFY(bullets->isChecked());
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!bullets->isChecked());
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialog.findChild<QAction*>(QStringLiteral("noteBulletsAction"))->isChecked());
    QTest::keyClicks(editor, QStringLiteral("Sende afgørelse"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("journalNoteButton"))->isEnabled());

    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.journaledDocumentId().isEmpty());

    akta::documents::DocumentRepository repository(m_store->database());
    const auto note = repository.find(dialog.journaledDocumentId());
    QVERIFY(note);
    QCOMPARE(note->record.kind, QStringLiteral("note"));
    QCOMPARE(note->record.direction, QStringLiteral("internal"));
    QCOMPARE(note->record.title, QStringLiteral("Phone note - naboen ringede"));
    QCOMPARE(note->record.caseId, m_caseId);
    QCOMPARE(note->record.documentDate, QDate::currentDate());
    QCOMPARE(note->latest.mimeType, QStringLiteral("text/html"));
    QCOMPARE(note->latest.author, QStringLiteral("me"));
    // The text is left to the background extraction queue.
    QCOMPARE(note->latest.textStatus, QStringLiteral("pending"));

    // The blob file is encrypted: the note is read back through the store's key.
    const QString html = QString::fromUtf8(m_store->blobStore().open(note->latest.sha256)->readAll());
    QVERIFY2(html.contains(QStringLiteral("Jens Hansen")), qPrintable(html));
    // Bold, italic and a bullet list survive as HTML markup around the typed words.
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("font-weight:[67]00;\">meget vred"))));
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("font-style:italic;\">Ringer igen i morgen"))));
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("<li[^>]*>Sende afgørelse</li>"))));
    QVERIFY(html.contains(
        QRegularExpression(QStringLiteral("<li[^>]*><span style=\" font-style:italic;\">Ringer"))));
    // What was typed after a bold label is not bold.
    QVERIFY(html.contains(QStringLiteral("Conversation with:</span> Jens Hansen, ")));
}

void TestJournalNoteDialog::escapeAsksBeforeDiscardingTypedText()
{
    JournalNoteDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* editor = dialog.findChild<QTextEdit*>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Vigtig oplysning"));

    // First Esc: the question, answered with its default (keep writing).
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("discardNoteBox"));
        asked = true;
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());
    QCOMPARE(editor->toPlainText(), QStringLiteral("Vigtig oplysning"));

    // Second Esc: discard.
    asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        box->findChild<QPushButton*>(QStringLiteral("discardNoteButton"))->click();
    });
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(documentCount(), 0);
}

void TestJournalNoteDialog::escapeWithoutTypingClosesAtOnce()
{
    JournalNoteDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.applyTemplate(QStringLiteral("meeting")); // a template alone is not typed text
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(documentCount(), 0);
}

void TestJournalNoteDialog::failedSaveKeepsTheText()
{
    JournalNoteDialog dialog(context(QStringLiteral("no-such-case")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("noteTitle"));
    QTest::keyClicks(title, QStringLiteral("Notat"));
    auto* editor = dialog.findChild<QTextEdit*>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Tekst der ikke må gå tabt"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("noteError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("no case")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!editor->isReadOnly());
    QCOMPARE(editor->toPlainText(), QStringLiteral("Tekst der ikke må gå tabt"));
    QCOMPARE(documentCount(), 0);
}

void TestJournalNoteDialog::savesADraftByKeyboard()
{
    JournalNoteDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Udkast til afgørelse"));
    auto* editor = dialog.findChild<QTextEdit*>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Foreløbig vurdering"));
    QTest::keyClick(editor, Qt::Key_R, Qt::AltModifier); // "Save as d&raft"
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QVERIFY(dialog.savedAsDraft());
    const auto note =
        akta::documents::DocumentRepository(m_store->database()).find(dialog.journaledDocumentId());
    QVERIFY(note);
    QCOMPARE(note->record.status, QStringLiteral("draft"));
    QCOMPARE(note->record.title, QStringLiteral("Udkast til afgørelse"));
}

void TestJournalNoteDialog::interactiveWidgetsHaveAccessibleNames()
{
    JournalNoteDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QList<QWidget*> widgets = dialog.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QPushButton*>(widget) ||
            !widget->isVisibleTo(&dialog) || widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                          QLatin1String(widget->metaObject()->className()))));
    }
    for (const char* name : {"noteBold", "noteItalic", "noteBullets"}) {
        QWidget* button = dialog.findChild<QWidget*>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
    }
}

QTEST_MAIN(TestJournalNoteDialog)
#include "tst_journalnotedialog.moc"
