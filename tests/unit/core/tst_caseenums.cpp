// Tests of the wire names of CaseKind, CaseStatus and AccessClass (domain/CaseEnums).

#include "domain/CaseEnums.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akta;

namespace {

const QList<CaseKind> kAllKinds{CaseKind::Citizen, CaseKind::Company, CaseKind::Property, CaseKind::Subject,
                                CaseKind::Personnel};
const QList<CaseStatus> kAllStatuses{CaseStatus::Opened, CaseStatus::InProgress, CaseStatus::Decided,
                                     CaseStatus::Closed, CaseStatus::Archived};
const QList<AccessClass> kAllAccess{AccessClass::Normal, AccessClass::Confidential, AccessClass::Personnel};

} // namespace

class TestCaseEnums : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kindsRoundTrip();
    void statusesRoundTrip();
    void accessClassesRoundTrip();
    void knownWireNames();
    void unknownNames_data();
    void unknownNames();
    void wireNamesAreAcceptedByTheStore();
    void defaultAccessFor();
};

void TestCaseEnums::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseEnums::kindsRoundTrip()
{
    QSet<QString> names;
    for (CaseKind kind : kAllKinds) {
        const QString name = toWireName(kind);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        const auto back = caseKindFromWireName(name);
        QVERIFY(back.has_value());
        QCOMPARE(*back, kind);
    }
    QCOMPARE(names.size(), kAllKinds.size());
}

void TestCaseEnums::statusesRoundTrip()
{
    QSet<QString> names;
    for (CaseStatus status : kAllStatuses) {
        const QString name = toWireName(status);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        const auto back = caseStatusFromWireName(name);
        QVERIFY(back.has_value());
        QCOMPARE(*back, status);
    }
    QCOMPARE(names.size(), kAllStatuses.size());
}

void TestCaseEnums::accessClassesRoundTrip()
{
    QSet<QString> names;
    for (AccessClass access : kAllAccess) {
        const QString name = toWireName(access);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        const auto back = accessClassFromWireName(name);
        QVERIFY(back.has_value());
        QCOMPARE(*back, access);
    }
    QCOMPARE(names.size(), kAllAccess.size());
}

void TestCaseEnums::knownWireNames()
{
    // The names the sync protocol and the CLI use; changing one breaks stored data.
    QCOMPARE(toWireName(CaseKind::Citizen), QStringLiteral("citizen"));
    QCOMPARE(toWireName(CaseKind::Personnel), QStringLiteral("personnel"));
    QCOMPARE(toWireName(CaseStatus::InProgress), QStringLiteral("in_progress"));
    QCOMPARE(toWireName(CaseStatus::Archived), QStringLiteral("archived"));
    QCOMPARE(toWireName(AccessClass::Confidential), QStringLiteral("confidential"));
}

void TestCaseEnums::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Opened");
    QTest::newRow("upper") << QStringLiteral("CITIZEN");
    QTest::newRow("padded") << QStringLiteral(" normal");
    QTest::newRow("trailing") << QStringLiteral("closed ");
    QTest::newRow("dash") << QStringLiteral("in-progress");
    QTest::newRow("danish") << QStringLiteral("borgersag");
    QTest::newRow("nonsense") << QStringLiteral("xyz");
}

void TestCaseEnums::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!caseKindFromWireName(name).has_value());
    QVERIFY(!caseStatusFromWireName(name).has_value());
    QVERIFY(!accessClassFromWireName(name).has_value());
}

void TestCaseEnums::wireNamesAreAcceptedByTheStore()
{
    // Every wire name passes the CHECK constraints of the cases table, and nothing else does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sqlite::Database db(dir.filePath(QStringLiteral("enums.db")));
    store::Migrations::migrate(db);
    int n = 0;
    auto insert = [&db, &n](const QString& kind, const QString& status, const QString& access) {
        ++n;
        auto statement = db.prepare(QStringLiteral(
            "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, created_at, "
            "modified_at) VALUES (?1, ?1, 'T', '00.01.00', ?2, ?3, ?4, 'now', 'now')"));
        statement.bind(1, QString::number(n)).bind(2, kind).bind(3, status).bind(4, access).exec();
    };
    for (CaseKind kind : kAllKinds) {
        insert(toWireName(kind), QStringLiteral("opened"), QStringLiteral("normal"));
    }
    for (CaseStatus status : kAllStatuses) {
        insert(QStringLiteral("subject"), toWireName(status), QStringLiteral("normal"));
    }
    for (AccessClass access : kAllAccess) {
        insert(QStringLiteral("subject"), QStringLiteral("opened"), toWireName(access));
    }
    QVERIFY_THROWS_EXCEPTION(sqlite::SqliteError, insert(QStringLiteral("Citizen"), QStringLiteral("opened"),
                                                         QStringLiteral("normal")));
}

void TestCaseEnums::defaultAccessFor()
{
    QCOMPARE(akta::defaultAccessFor(CaseKind::Personnel), AccessClass::Personnel);
    for (CaseKind kind : {CaseKind::Citizen, CaseKind::Company, CaseKind::Property, CaseKind::Subject}) {
        QCOMPARE(akta::defaultAccessFor(kind), AccessClass::Normal);
    }
}

QTEST_GUILESS_MAIN(TestCaseEnums)
#include "tst_caseenums.moc"
