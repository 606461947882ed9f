// Tests of akta::kle::KleRetention: the retention and deletion a case gets from its emne and facet, on plain
// values and on a real store with the official emneplan excerpt and the facet test file imported.

#include "kle/KlePlanImporter.h"
#include "kle/KleRepository.h"
#include "kle/KleRetention.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::kle::KleEntry;
using akta::kle::KleFacet;
using akta::kle::KlePlanImporter;
using akta::kle::KleRepository;
using akta::kle::KleRetention;

namespace {

KleEntry subject(const QString& retention, const QString& deletion)
{
    KleEntry entry;
    entry.number = QStringLiteral("00.01.00");
    entry.parent = QStringLiteral("00.01");
    entry.title = QStringLiteral("Kommunens styrelse i almindelighed");
    entry.retention = retention;
    entry.deletion = deletion;
    return entry;
}

KleFacet facet(const QString& number, const QString& retention)
{
    KleFacet result;
    result.number = number;
    result.title = QStringLiteral("Testfacet");
    result.retention = retention;
    return result;
}

} // namespace

class TestKleRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fromEmneAndFacet_data();
    void fromEmneAndFacet();
    void validCodes_data();
    void validCodes();
    void fromImportedPlan_data();
    void fromImportedPlan();
};

void TestKleRetention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKleRetention::fromEmneAndFacet_data()
{
    QTest::addColumn<QString>("emneRetention");
    QTest::addColumn<QString>("emneDeletion");
    QTest::addColumn<bool>("hasFacet");
    QTest::addColumn<QString>("facetRetention");
    QTest::addColumn<QString>("retention");
    QTest::addColumn<QString>("deletion");

    const QString none;
    const QString b = QStringLiteral("B");
    const QString k = QStringLiteral("K");
    const QString p5y = QStringLiteral("P1825D");
    QTest::newRow("emne only") << b << p5y << false << none << b << p5y;
    QTest::newRow("facet without retention") << b << p5y << true << none << b << p5y;
    QTest::newRow("facet K10 replaces B, deletion stays")
        << b << p5y << true << QStringLiteral("K10") << QStringLiteral("K10") << p5y;
    QTest::newRow("facet B replaces K") << k << none << true << b << b << none;
    QTest::newRow("facet K5 on an emne without retention")
        << none << none << true << QStringLiteral("K5") << QStringLiteral("K5") << none;
    QTest::newRow("nothing known") << none << none << false << none << none << none;
}

void TestKleRetention::fromEmneAndFacet()
{
    QFETCH(QString, emneRetention);
    QFETCH(QString, emneDeletion);
    QFETCH(bool, hasFacet);
    QFETCH(QString, facetRetention);
    QFETCH(QString, retention);
    QFETCH(QString, deletion);

    const std::optional<KleFacet> chosen =
        hasFacet ? std::optional<KleFacet>(facet(QStringLiteral("K02"), facetRetention)) : std::nullopt;
    const KleRetention result = KleRetention::forCase(subject(emneRetention, emneDeletion), chosen);
    QCOMPARE(result.retention, retention);
    QCOMPARE(result.deletion, deletion);
}

void TestKleRetention::validCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("B") << QStringLiteral("B") << true;
    QTest::newRow("K") << QStringLiteral("K") << true;
    QTest::newRow("K5") << QStringLiteral("K5") << true;
    QTest::newRow("K10") << QStringLiteral("K10") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("lower case b") << QStringLiteral("b") << false;
    QTest::newRow("k10 lower case") << QStringLiteral("k10") << false;
    QTest::newRow("K1") << QStringLiteral("K1") << false;
    QTest::newRow("K15") << QStringLiteral("K15") << false;
    QTest::newRow("space") << QStringLiteral(" B") << false;
    QTest::newRow("word") << QStringLiteral("Bevares") << false;
    QTest::newRow("deletion") << QStringLiteral("P1825D") << false;
}

void TestKleRetention::validCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(KleRetention::isValidCode(code), valid);
}

void TestKleRetention::fromImportedPlan_data()
{
    QTest::addColumn<QString>("emne");
    QTest::addColumn<QString>("facet");
    QTest::addColumn<QString>("retention");
    QTest::addColumn<QString>("deletion");
    // Retention and deletion of the emner as the excerpt gives them; facet retention from the facet test
    // file.
    QTest::newRow("B emne, G01") << QStringLiteral("00.07.03") << QStringLiteral("G01") << QStringLiteral("B")
                                 << QStringLiteral("P1825D");
    QTest::newRow("B emne, K02 (K10)") << QStringLiteral("00.07.03") << QStringLiteral("K02")
                                       << QStringLiteral("K10") << QStringLiteral("P1825D");
    QTest::newRow("K emne, G01") << QStringLiteral("00.03.04") << QStringLiteral("G01") << QStringLiteral("K")
                                 << QString();
    QTest::newRow("K emne, Ø34 (K5)")
        << QStringLiteral("00.03.04") << QStringLiteral("Ø34") << QStringLiteral("K5") << QString();
    QTest::newRow("K emne, A00 (B)") << QStringLiteral("00.05.00") << QStringLiteral("A00")
                                     << QStringLiteral("B") << QString();
    QTest::newRow("K emne, unknown facet")
        << QStringLiteral("00.05.10") << QStringLiteral("X99") << QStringLiteral("K") << QString();
    QTest::newRow("built-in emne without retention")
        << QStringLiteral("02.34.02") << QStringLiteral("G01") << QString() << QString();
}

void TestKleRetention::fromImportedPlan()
{
    QFETCH(QString, emne);
    QFETCH(QString, facet);
    QFETCH(QString, retention);
    QFETCH(QString, deletion);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    akta::store::LocalStore store(dir.path());
    KlePlanImporter importer(store.database());
    importer.importFile(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    importer.importFile(QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml"));
    KleRepository plan(store.database());
    const auto entry = plan.find(emne);
    QVERIFY(entry);
    const KleRetention result = KleRetention::forCase(*entry, plan.facet(facet));
    QCOMPARE(result.retention, retention);
    QCOMPARE(result.deletion, deletion);
}

QTEST_GUILESS_MAIN(TestKleRetention)
#include "tst_kleretention.moc"
