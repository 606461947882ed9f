#include "CitizenOverviewDialog.h"
#include "CreateCaseDialog.h"
#include "cases/CaseCreation.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace akta;

// The citizen overview (all cases of one party) and "new case from this" (copy structure).
class TestCitizenOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsOnlyThePartysCasesAndOpensOne();
    void copyStructureTakesTitleKleAndParties();

private:
    QString createCase(const QString& title, const QString& kle, const QString& cpr, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
};

void TestCitizenOverview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>(m_dir->path());
    directory::Directory directory(m_store->database());
    directory.addUnit({QStringLiteral("u"), QString(), QStringLiteral("Jobcenter")});
    directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Ib Holm"),
                       QStringLiteral("u"), QStringLiteral("caseworker")});
}

void TestCitizenOverview::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestCitizenOverview::createCase(const QString& title, const QString& kle, const QString& cpr,
                                        const QString& name)
{
    cases::NewCase request;
    request.kind = CaseKind::Citizen;
    request.title = title;
    request.kleSubject = kle;
    return cases::createCase(m_store->database(), request, cases::PartyInput{Party::Kind::Person, cpr, name},
                             QStringLiteral("me"))
        .id;
}

void TestCitizenOverview::listsOnlyThePartysCasesAndOpensOne()
{
    const QString a = createCase(QStringLiteral("Første"), QStringLiteral("02.34.02"),
                                 QStringLiteral("7101801234"), QStringLiteral("Ane Ås"));
    createCase(QStringLiteral("Anden person"), QStringLiteral("02.34.02"), QStringLiteral("7202801234"),
               QStringLiteral("Bo Bæk"));
    const QString b = createCase(QStringLiteral("Anden"), QStringLiteral("28.06.04"),
                                 QStringLiteral("7101801234"), QStringLiteral("Ane Ås"));
    widgets::CitizenOverviewDialog dialog(m_store->databasePath(), QStringLiteral("7101801234"),
                                          QStringLiteral("Ane Ås"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("overviewTable"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QStringList ids;
    for (int row = 0; row < 2; ++row) {
        ids << table->model()->index(row, 0).data(Qt::UserRole + 1).toString();
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), (QSet<QString>{a, b}));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("overviewHeading"))
                ->text()
                .contains(QStringLiteral("710180-1234")));
    // Keyboard: the first row is current; Down, then Enter opens that case.
    QTRY_VERIFY(table->currentIndex().isValid());
    QTest::keyClick(table, Qt::Key_Down);
    const QString expected = table->currentIndex().data(Qt::UserRole + 1).toString();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.chosenCaseId(), expected);
}

void TestCitizenOverview::copyStructureTakesTitleKleAndParties()
{
    const QString source = createCase(QStringLiteral("Tilskud 2026"), QStringLiteral("28.06.04"),
                                      QStringLiteral("7101801234"), QStringLiteral("Ane Ås"));
    widgets::CreateCaseDialog dialog(m_store->database(), QStringLiteral("me"));
    dialog.copyStructureFrom(source);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("partyNumberEdit"))->text(),
             QStringLiteral("7101801234"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("partyNameEdit"))->text(), QStringLiteral("Ane Ås"));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    QCOMPARE(title->text(), QStringLiteral("Tilskud 2026"));
    title->setText(QStringLiteral("Tilskud 2027"));
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("kleChosen"))->text().contains(QStringLiteral("28.06.04")));
    // Same party and emne: the duplicate check asks; here the caseworker wants the new case.
    QTimer::singleShot(0, this, [] {
        QWidget* box = QApplication::activeModalWidget();
        QVERIFY(box);
        auto* anyway = box->findChild<QPushButton*>(QStringLiteral("createAnywayButton"));
        QVERIFY(anyway);
        anyway->click();
    });
    dialog.accept();
    QVERIFY(!dialog.createdCaseId().isEmpty());
    const auto copy = cases::CaseRepository(m_store->database()).find(dialog.createdCaseId());
    QVERIFY(copy);
    QCOMPARE(copy->title, QStringLiteral("Tilskud 2027"));
    QCOMPARE(copy->kleSubject, QStringLiteral("28.06.04"));
    QCOMPARE(copy->primaryPartyName, QStringLiteral("Ane Ås"));
    QVERIFY(cases::CaseRepository(m_store->database()).documents(copy->id).isEmpty());
    QVERIFY(copy->caseNumber != cases::CaseRepository(m_store->database()).find(source)->caseNumber);
}

QTEST_MAIN(TestCitizenOverview)
#include "tst_citizenoverview.moc"
