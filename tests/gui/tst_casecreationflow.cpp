#include "CaseDetailWidget.h"
#include "CreateCaseDialog.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "registry/CprNumber.h"
#include "registry/RegisterImporter.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace akta;

// The create-case flow from a CPR number with the register behind it: prefilled person, parents
// offered as secondary parties, a proposed title, the duplicate check, and a protected address that
// never shows. Keyboard only, on a real store.
class TestCaseCreationFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void childWithBothParentsByKeyboard();
    void protectedAddressNeverShown();
    void duplicateOffersTheExistingCase();

private:
    int type(const QString& text);
    int key(Qt::Key key);
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_child;
    QString m_mother;
    QString m_father;
    QString m_protected;
};

void TestCaseCreationFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Replacement numbers (day + 60): fictitious people who can never be real ones.
    m_child = registry::CprNumber::replacementFor(QDate(2015, 5, 11), 1, false);
    m_mother = registry::CprNumber::replacementFor(QDate(1984, 2, 3), 2, false);
    m_father = registry::CprNumber::replacementFor(QDate(1982, 9, 20), 3, true);
    m_protected = registry::CprNumber::replacementFor(QDate(1990, 7, 7), 4, false);
    QVERIFY(registry::CprNumber::parse(m_child).isReplacement());
}

void TestCaseCreationFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>(m_dir->path());
    directory::Directory directory(m_store->database());
    directory.addUnit({QStringLiteral("ppr"), QString(), QStringLiteral("PPR")});
    directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Mette Holm"),
                       QStringLiteral("ppr"), QStringLiteral("caseworker")});
    const QString address =
        QStringLiteral(R"("address": {"street": "Lærkevej 3", "postalCode": "4100", "city": "Ringsted"})");
    const QStringList lines{
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Ida", "lastName": "Bæk", %2, "protected": false, "status": "alive", )"
            R"("relations": [{"type": "parent", "cpr": "%3"}, {"type": "parent", "cpr": "%4"}, )"
            R"({"type": "custody", "cpr": "%3"}, {"type": "custody", "cpr": "%4"}]})")
            .arg(m_child, address, m_mother, m_father),
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Eva", "lastName": "Bæk", %2, "protected": false, "status": "alive", )"
            R"("relations": [{"type": "child", "cpr": "%3"}]})")
            .arg(m_mother, address, m_child),
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Ole", "lastName": "Bæk", %2, "protected": false, "status": "alive", )"
            R"("relations": [{"type": "child", "cpr": "%3"}]})")
            .arg(m_father, address, m_child),
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Sara", "lastName": "Skjult", "address": {"street": )"
            R"("Hemmeligvej 99", "postalCode": "4000", "city": "Roskilde"}, "protected": true, "status": "alive"})")
            .arg(m_protected),
    };
    const auto report =
        registry::RegisterImporter(m_store->database()).importData(lines.join(QLatin1Char('\n')).toUtf8());
    QCOMPARE(report.persons, 4);
    QVERIFY(report.rejected.isEmpty());
}

void TestCaseCreationFlow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestCaseCreationFlow::type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
    return int(text.size());
}

int TestCaseCreationFlow::key(Qt::Key pressed)
{
    QTest::keyClick(QApplication::focusWidget(), pressed);
    return 1;
}

qint64 TestCaseCreationFlow::count(const QString& table)
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    query.step();
    return query.columnInt64(0);
}

void TestCaseCreationFlow::childWithBothParentsByKeyboard()
{
    widgets::CreateCaseDialog dialog(m_store->database(), QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    int keystrokes = 0;
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("partyNumberEdit"));
    keystrokes += type(m_child);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("partyNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Ida Bæk"));
    QVERIFY(name->isReadOnly());
    auto* relations = dialog.findChild<QListWidget*>(QStringLiteral("secondaryParties"));
    QCOMPARE(relations->count(), 4); // two parents and two custody holders
    int ticked = 0;
    for (int row = 0; row < relations->count(); ++row) {
        ticked += relations->item(row)->checkState() == Qt::Checked ? 1 : 0;
    }
    QCOMPARE(ticked, 2); // the custody holders
    // Past the name and the relations, over the title, into the KLE field.
    keystrokes += key(Qt::Key_Tab);
    keystrokes += key(Qt::Key_Tab);
    keystrokes += key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
    keystrokes += key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("kleFilter"));
    keystrokes += type(QStringLiteral("28.06.04"));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    QVERIFY2(title->text().endsWith(QStringLiteral(" – Ida Bæk")), qPrintable(title->text()));
    keystrokes += key(Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    qInfo("keystrokes from the first digit to the created case: %d", keystrokes);
    QCOMPARE(keystrokes, 10 + 4 + 8 + 1);

    const auto record = cases::CaseRepository(m_store->database()).find(dialog.createdCaseId());
    QVERIFY(record);
    QCOMPARE(record->kind, CaseKind::Citizen);
    QCOMPARE(record->kleSubject, QStringLiteral("28.06.04"));
    QCOMPARE(record->responsibleUnitName, QStringLiteral("PPR"));
    QStringList secondary;
    for (const auto& party : cases::CaseRepository(m_store->database()).parties(record->id)) {
        if (party.role == QLatin1String("secondary")) {
            secondary << party.party.identifier;
        } else {
            QCOMPARE(party.party.identifier, m_child);
            QCOMPARE(party.party.source, QStringLiteral("register"));
        }
    }
    secondary.sort();
    QStringList parents{m_mother, m_father};
    parents.sort();
    QCOMPARE(secondary, parents);
}

void TestCaseCreationFlow::protectedAddressNeverShown()
{
    widgets::CreateCaseDialog dialog(m_store->database(), QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(m_protected);
    const QString feedback = dialog.findChild<QLabel*>(QStringLiteral("partyNumberFeedback"))->text();
    QVERIFY(feedback.contains(QStringLiteral("protection")));
    QVERIFY(!feedback.contains(QStringLiteral("Hemmeligvej")));
    QVERIFY(!feedback.contains(QStringLiteral("Roskilde")));
    dialog.findChild<QLineEdit*>(QStringLiteral("kleFilter"))->setText(QStringLiteral("28.06.04"));
    dialog.accept();
    QVERIFY(!dialog.createdCaseId().isEmpty());

    widgets::CaseDetailWidget detail(m_store->databasePath(), m_store->blobStore());
    detail.show();
    detail.showCase(dialog.createdCaseId());
    auto* parties = detail.findChild<QListWidget*>(QStringLiteral("caseParties"));
    QTRY_COMPARE(parties->count(), 1);
    const QString shown = parties->item(0)->text();
    QVERIFY(shown.contains(QStringLiteral("Sara Skjult")));
    QVERIFY(shown.contains(QStringLiteral("protection")));
    QVERIFY(!shown.contains(QStringLiteral("Hemmeligvej")));
    for (QLabel* label : detail.findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(QStringLiteral("Hemmeligvej")));
    }
}

void TestCaseCreationFlow::duplicateOffersTheExistingCase()
{
    QString first;
    {
        widgets::CreateCaseDialog dialog(m_store->database(), QStringLiteral("me"));
        dialog.findChild<QLineEdit*>(QStringLiteral("partyNumberEdit"))->setText(m_child);
        dialog.findChild<QLineEdit*>(QStringLiteral("kleFilter"))->setText(QStringLiteral("28.06.04"));
        dialog.accept();
        first = dialog.createdCaseId();
        QVERIFY(!first.isEmpty());
    }
    const qint64 casesBefore = count(QStringLiteral("cases"));
    widgets::CreateCaseDialog dialog(m_store->database(), QStringLiteral("me"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(m_child);
    dialog.findChild<QLineEdit*>(QStringLiteral("kleFilter"))->setText(QStringLiteral("28.06.04"));
    bool sawBox = false;
    QTimer::singleShot(0, this, [&sawBox] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("duplicateBox"));
        sawBox = true;
        QTest::keyClick(box, Qt::Key_Return); // the default: open the existing case
    });
    dialog.accept();
    QVERIFY(sawBox);
    QCOMPARE(dialog.existingCaseId(), first);
    QVERIFY(dialog.createdCaseId().isEmpty());
    QCOMPARE(count(QStringLiteral("cases")), casesBefore);
}

QTEST_MAIN(TestCaseCreationFlow)
#include "tst_casecreationflow.moc"
