#include "CreateCaseDialog.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;

// Drives the real dialog by keyboard only, on a real store in a temporary folder.
class TestCreateCaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void createsCitizenCaseByKeyboardOnly();
    void knownPartyIsFilledIn();
    void invalidCprKeepsCreateDisabled();
    void createsSubjectCaseWithoutParty();
    void unknownKleIsRejected();

private:
    qint64 caseCount();
    void typeAndTab(const QString& text);
    void chooseKle(const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_userId;
};

void TestCreateCaseDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>(m_dir->path());
    directory::Directory directory(m_store->database());
    directory.addUnit({QStringLiteral("u1"), QString(), QStringLiteral("Byggeri")});
    directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Mette Hansen"),
                       QStringLiteral("u1"), QStringLiteral("caseworker")});
    m_userId = QStringLiteral("me");
}

void TestCreateCaseDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestCreateCaseDialog::caseCount()
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM cases"));
    query.step();
    return query.columnInt64(0);
}

void TestCreateCaseDialog::typeAndTab(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

// Types an emne number into the KLE picker's field; the picker highlights and chooses it.
void TestCreateCaseDialog::chooseKle(const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("kleFilter"));
    QTest::keyClicks(edit, text);
    auto* chosen = edit->window()->findChild<QLabel*>(QStringLiteral("kleChosen"));
    QVERIFY(chosen);
    QVERIFY2(chosen->text().contains(text), qPrintable(chosen->text()));
}

void TestCreateCaseDialog::createsCitizenCaseByKeyboardOnly()
{
    widgets::CreateCaseDialog dialog(m_store->database(), m_userId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
    QVERIFY(create);
    QVERIFY(!create->isEnabled());

    // Focus starts in the CPR field.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("partyNumberEdit"));
    typeAndTab(QStringLiteral("010190-1234"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("partyNumberFeedback"))
                ->text()
                .contains(QStringLiteral("1990")));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("partyNameEdit"));
    typeAndTab(QStringLiteral("Test Testesen"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
    typeAndTab(QStringLiteral("Ansøgning om byggetilladelse"));
    chooseKle(QStringLiteral("02.34.02"));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("kleChosen"))
                ->text()
                .contains(QStringLiteral("Byggetilladelse")));
    QVERIFY(create->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(caseCount(), 1);
    const auto record = cases::CaseRepository(m_store->database()).find(dialog.createdCaseId());
    QVERIFY(record);
    QCOMPARE(record->title, QStringLiteral("Ansøgning om byggetilladelse"));
    QCOMPARE(record->kleSubject, QStringLiteral("02.34.02"));
    QCOMPARE(record->kleFacet, QStringLiteral("G01"));
    QCOMPARE(record->kind, CaseKind::Citizen);
    QCOMPARE(record->primaryPartyName, QStringLiteral("Test Testesen"));
    QCOMPARE(record->caseworkerName, QStringLiteral("Mette Hansen"));
    QCOMPARE(record->responsibleUnitName, QStringLiteral("Byggeri"));
    QVERIFY(record->numberProvisional);
    QVERIFY(record->caseNumber.startsWith(QStringLiteral("02.34.02-G01-1-")));
    const auto party =
        parties::PartyRepository(m_store->database()).findByIdentifier(QStringLiteral("0101901234"));
    QVERIFY(party);
    QCOMPARE(party->source, QStringLiteral("manual"));
}

void TestCreateCaseDialog::knownPartyIsFilledIn()
{
    Party known;
    known.identifier = QStringLiteral("7203851234"); // a replacement number: day 12 + 60
    known.name = QStringLiteral("Emma Nielsen");
    const QString partyId = parties::PartyRepository(m_store->database()).upsert(known);

    widgets::CreateCaseDialog dialog(m_store->database(), m_userId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("720385-1234"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("partyNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Emma Nielsen"));
    QVERIFY(name->isReadOnly());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("partyNumberFeedback"))
                ->text()
                .contains(QStringLiteral("Replacement number")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeAndTab(QString()); // past the read-only name
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Underretning"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    chooseKle(QStringLiteral("28.06.04"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    const auto record = cases::CaseRepository(m_store->database()).find(dialog.createdCaseId());
    QVERIFY(record);
    QCOMPARE(record->primaryPartyId, partyId);
    auto parties = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM parties"));
    parties.step();
    QCOMPARE(parties.columnInt(0), 1);
}

void TestCreateCaseDialog::invalidCprKeepsCreateDisabled()
{
    widgets::CreateCaseDialog dialog(m_store->database(), m_userId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("310290-1234")); // 31 February
    auto* feedback = dialog.findChild<QLabel*>(QStringLiteral("partyNumberFeedback"));
    QVERIFY(!feedback->text().isEmpty());
    dialog.findChild<QLineEdit*>(QStringLiteral("partyNameEdit"))->setText(QStringLiteral("X"));
    dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Titel"));
    dialog.findChild<QLineEdit*>(QStringLiteral("kleFilter"))->setText(QStringLiteral("02.34.02"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(&dialog));
    QCOMPARE(caseCount(), 0);
}

void TestCreateCaseDialog::createsSubjectCaseWithoutParty()
{
    widgets::CreateCaseDialog dialog(m_store->database(), m_userId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Back to the case type, and down to "subject case" with the arrow keys.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("kindCombo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("partyNumberEdit"))->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
    typeAndTab(QStringLiteral("Budget 2027"));
    chooseKle(QStringLiteral("00.01.00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    const auto record = cases::CaseRepository(m_store->database()).find(dialog.createdCaseId());
    QVERIFY(record);
    QCOMPARE(record->kind, CaseKind::Subject);
    QVERIFY(record->primaryPartyId.isEmpty());
}

void TestCreateCaseDialog::unknownKleIsRejected()
{
    widgets::CreateCaseDialog dialog(m_store->database(), m_userId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QLineEdit*>(QStringLiteral("partyNumberEdit"))->setText(QStringLiteral("0101901234"));
    dialog.findChild<QLineEdit*>(QStringLiteral("partyNameEdit"))->setText(QStringLiteral("X"));
    dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Titel"));
    dialog.findChild<QLineEdit*>(QStringLiteral("kleFilter"))->setText(QStringLiteral("99.99.99"));
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("kleChosen"))->text().contains(QStringLiteral("No emne")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
}

QTEST_MAIN(TestCreateCaseDialog)
#include "tst_createcasedialog.moc"
