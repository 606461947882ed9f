// Drives the real retention dialog by keyboard on a real store (temporary folder) with the official emneplan
// excerpt imported: Save stays disabled until a reason is typed, then the retention, reason and history are
// written.

#include "RetentionDialog.h"
#include "cases/CaseRepository.h"
#include "kle/KlePlanImporter.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::cases::CaseRepository;
using akta::widgets::RetentionDialog;

class TestRetentionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void opensOnTheCaseRetention();
    void saveNeedsAReason();
    void savesByKeyboard();
    void escapeWritesNothing();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    qint64 count(const char* table);
    QWidget* tabTo(const QString& objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QString m_caseId;
};

void TestRetentionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    akta::kle::KlePlanImporter(m_store->database())
        .importFile(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    akta::cases::NewCase request;
    request.title = QStringLiteral("Aktindsigt i byggesag");
    request.kleSubject = QStringLiteral("00.07.03");
    const auto record = CaseRepository(m_store->database()).create(request, QStringLiteral("me"));
    QCOMPARE(record.retention, QStringLiteral("B"));
    m_caseId = record.id;
}

void TestRetentionDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestRetentionDialog::count(const char* table)
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    query.step();
    return query.columnInt64(0);
}

// Tabs until `objectName` has the focus (at most a round of the dialog).
QWidget* TestRetentionDialog::tabTo(const QString& objectName)
{
    for (int i = 0; i < 8; ++i) {
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

void TestRetentionDialog::opensOnTheCaseRetention()
{
    RetentionDialog dialog(m_store->database(), m_caseId, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("retentionCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("B"));
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i) {
        codes << combo->itemData(i).toString();
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("B"), QStringLiteral("K"), QStringLiteral("K5"),
                                 QStringLiteral("K10")}));
    QCOMPARE(combo->currentText(), QStringLiteral("B – preserved (bevares)"));
    QCOMPARE(QApplication::focusWidget(), combo);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
}

void TestRetentionDialog::saveNeedsAReason()
{
    RetentionDialog dialog(m_store->database(), m_caseId, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    const qint64 operations = count("outbox");

    // Return with no reason does nothing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // B → K
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());

    QWidget* reason = tabTo(QStringLiteral("retentionReason"));
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!save->isEnabled());             // blanks are no reason
    QTest::keyClick(reason, Qt::Key_Return); // a line break in the reason, still blank
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("x"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(reason, Qt::Key_Backspace);
    QVERIFY(!save->isEnabled());

    QCOMPARE(CaseRepository(m_store->database()).find(m_caseId)->retention, QStringLiteral("B"));
    QCOMPARE(count("case_history"), 0);
    QCOMPARE(count("outbox"), operations);
}

void TestRetentionDialog::savesByKeyboard()
{
    RetentionDialog dialog(m_store->database(), m_caseId, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    const qint64 operations = count("outbox");

    // K10: three steps down from B.
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    QCOMPARE(qobject_cast<QComboBox*>(QApplication::focusWidget())->currentData().toString(),
             QStringLiteral("K10"));
    QWidget* reason = tabTo(QStringLiteral("retentionReason"));
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Ingen  arkivværdi: dublet af sag 00.07.03-G01-4-25"));
    QVERIFY(save->isEnabled());
    QCOMPARE(tabTo(QStringLiteral("saveButton")), save);
    QTest::keyClick(save, Qt::Key_Space);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto after = CaseRepository(m_store->database()).find(m_caseId);
    QCOMPARE(after->retention, QStringLiteral("K10"));
    QCOMPARE(after->retentionReason, QStringLiteral("Ingen arkivværdi: dublet af sag 00.07.03-G01-4-25"));
    QCOMPARE(after->kleSubject, QStringLiteral("00.07.03"));
    QCOMPARE(after->modifiedBy, QStringLiteral("me"));

    auto history = m_store->database().prepare(QStringLiteral(
        "SELECT field, old_value, new_value, reason, actor FROM case_history WHERE case_id = ?1"));
    history.bind(1, m_caseId);
    QVERIFY(history.step());
    QCOMPARE(history.columnText(0), QStringLiteral("retention"));
    QCOMPARE(history.columnText(1), QStringLiteral("B"));
    QCOMPARE(history.columnText(2), QStringLiteral("K10"));
    QCOMPARE(history.columnText(3), QStringLiteral("Ingen arkivværdi: dublet af sag 00.07.03-G01-4-25"));
    QCOMPARE(history.columnText(4), QStringLiteral("me"));
    QVERIFY(!history.step());

    QCOMPARE(count("outbox"), operations + 1);
    auto op = m_store->database().prepare(
        QStringLiteral("SELECT fields, base_rev FROM outbox WHERE entity_id = ?1 ORDER BY seq DESC LIMIT 1"));
    op.bind(1, m_caseId);
    QVERIFY(op.step());
    const QJsonObject fields = QJsonDocument::fromJson(op.columnText(0).toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("retention")).toString(), QStringLiteral("K10"));
    QCOMPARE(fields.value(QStringLiteral("retentionReason")).toString(),
             QStringLiteral("Ingen arkivværdi: dublet af sag 00.07.03-G01-4-25"));
    QCOMPARE(op.columnInt64(1), after->rev);
}

void TestRetentionDialog::escapeWritesNothing()
{
    RetentionDialog dialog(m_store->database(), m_caseId, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const qint64 operations = count("outbox");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QWidget* reason = tabTo(QStringLiteral("retentionReason"));
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Fortrudt"));
    QTest::keyClick(reason, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(CaseRepository(m_store->database()).find(m_caseId)->retention, QStringLiteral("B"));
    QCOMPARE(count("case_history"), 0);
    QCOMPARE(count("outbox"), operations);
}

void TestRetentionDialog::everyInteractiveWidgetHasAnAccessibleName()
{
    RetentionDialog dialog(m_store->database(), m_caseId, QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    int checked = 0;
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&dialog) || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        ++checked;
        // Buttons are named by their text.
        const auto* button = qobject_cast<QPushButton*>(widget);
        const QString name = button ? button->text() : widget->accessibleName();
        QVERIFY2(!name.isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(checked >= 4);
}

QTEST_MAIN(TestRetentionDialog)
#include "tst_retentiondialog.moc"
