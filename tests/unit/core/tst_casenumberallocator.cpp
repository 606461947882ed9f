// Tests of akta::cases::CaseNumberAllocator on a migrated SQLite store.

#include "cases/CaseNumberAllocator.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/Migrations.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::cases::CaseNumberAllocator;
using akta::sqlite::Database;

class TestCaseNumberAllocator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void format_data();
    void format();
    void nextCountsFromOne();
    void nextCountsPerEmne();
    void nextCountsPerYear();
    void nextUsesTheFacetOnlyInTheText();
    void nextPersists();
    void nextRollsBackWithTheTransaction();
    void observeMovesForward();
    void observeNeverMovesBack();
    void observeUnknownEmne();
    void observeOnlyThatYear();

private:
    int counter(const QString& emne, int year);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCaseNumberAllocator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseNumberAllocator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("numbers.db")));
    akta::store::Migrations::migrate(*m_db);
}

void TestCaseNumberAllocator::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestCaseNumberAllocator::counter(const QString& emne, int year)
{
    auto query = m_db->prepare(
        QStringLiteral("SELECT last_number FROM case_number_counters WHERE kle_subject = ?1 AND year = ?2"));
    query.bind(1, emne).bind(2, year);
    return query.step() ? query.columnInt(0) : -1;
}

void TestCaseNumberAllocator::format_data()
{
    QTest::addColumn<QString>("emne");
    QTest::addColumn<QString>("facet");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("example") << QStringLiteral("27.24.00") << QStringLiteral("G01") << 17 << 2026
                             << QStringLiteral("27.24.00-G01-17-26");
    QTest::newRow("first") << QStringLiteral("00.01.00") << QStringLiteral("G01") << 1 << 2026
                           << QStringLiteral("00.01.00-G01-1-26");
    QTest::newRow("year padded") << QStringLiteral("27.24.00") << QStringLiteral("G01") << 3 << 2007
                                 << QStringLiteral("27.24.00-G01-3-07");
    QTest::newRow("century") << QStringLiteral("27.24.00") << QStringLiteral("G01") << 3 << 2100
                             << QStringLiteral("27.24.00-G01-3-00");
    QTest::newRow("other facet, large number") << QStringLiteral("15.00.00") << QStringLiteral("K02") << 12345
                                               << 2031 << QStringLiteral("15.00.00-K02-12345-31");
}

void TestCaseNumberAllocator::format()
{
    QFETCH(QString, emne);
    QFETCH(QString, facet);
    QFETCH(int, number);
    QFETCH(int, year);
    QFETCH(QString, expected);
    QCOMPARE(CaseNumberAllocator::format(emne, facet, number, year), expected);
}

void TestCaseNumberAllocator::nextCountsFromOne()
{
    CaseNumberAllocator allocator(*m_db);
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-1-26"));
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-2-26"));
    QCOMPARE(counter(QStringLiteral("27.24.00"), 2026), 2);
}

void TestCaseNumberAllocator::nextCountsPerEmne()
{
    CaseNumberAllocator allocator(*m_db);
    const QString a = QStringLiteral("27.24.00");
    const QString b = QStringLiteral("00.01.00");
    QSet<QString> issued;
    for (int i = 1; i <= 12; ++i) {
        const QString numberA = allocator.next(a, QStringLiteral("G01"), 2026);
        QCOMPARE(numberA, CaseNumberAllocator::format(a, QStringLiteral("G01"), i, 2026));
        issued.insert(numberA);
        if (i % 3 == 0) {
            const QString numberB = allocator.next(b, QStringLiteral("G01"), 2026);
            QCOMPARE(numberB, CaseNumberAllocator::format(b, QStringLiteral("G01"), i / 3, 2026));
            issued.insert(numberB);
        }
    }
    QCOMPARE(issued.size(), 16);
    QCOMPARE(counter(a, 2026), 12);
    QCOMPARE(counter(b, 2026), 4);
}

void TestCaseNumberAllocator::nextCountsPerYear()
{
    CaseNumberAllocator allocator(*m_db);
    const QString emne = QStringLiteral("27.24.00");
    allocator.next(emne, QStringLiteral("G01"), 2025);
    allocator.next(emne, QStringLiteral("G01"), 2025);
    allocator.next(emne, QStringLiteral("G01"), 2025);
    QCOMPARE(allocator.next(emne, QStringLiteral("G01"), 2026), QStringLiteral("27.24.00-G01-1-26"));
    QCOMPARE(allocator.next(emne, QStringLiteral("G01"), 2025), QStringLiteral("27.24.00-G01-4-25"));
    QCOMPARE(allocator.next(emne, QStringLiteral("G01"), 2026), QStringLiteral("27.24.00-G01-2-26"));
    QCOMPARE(counter(emne, 2025), 4);
    QCOMPARE(counter(emne, 2026), 2);
}

void TestCaseNumberAllocator::nextUsesTheFacetOnlyInTheText()
{
    // The running number belongs to the emne and year; the facet does not start its own series.
    CaseNumberAllocator allocator(*m_db);
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-1-26"));
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("K02"), 2026),
             QStringLiteral("27.24.00-K02-2-26"));
}

void TestCaseNumberAllocator::nextPersists()
{
    {
        CaseNumberAllocator allocator(*m_db);
        allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026);
        allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026);
    }
    const QString path = m_db->path();
    m_db = std::make_unique<Database>(path);
    CaseNumberAllocator allocator(*m_db);
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-3-26"));
}

void TestCaseNumberAllocator::nextRollsBackWithTheTransaction()
{
    CaseNumberAllocator allocator(*m_db);
    allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026);
    {
        akta::sqlite::Transaction transaction(*m_db);
        QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
                 QStringLiteral("27.24.00-G01-2-26"));
    }
    // The number of the rolled-back case is issued again.
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-2-26"));
}

void TestCaseNumberAllocator::observeMovesForward()
{
    CaseNumberAllocator allocator(*m_db);
    allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026);
    allocator.observe(QStringLiteral("27.24.00"), 2026, 40);
    QCOMPARE(counter(QStringLiteral("27.24.00"), 2026), 40);
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-41-26"));
}

void TestCaseNumberAllocator::observeNeverMovesBack()
{
    CaseNumberAllocator allocator(*m_db);
    for (int i = 0; i < 10; ++i) {
        allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026);
    }
    allocator.observe(QStringLiteral("27.24.00"), 2026, 3);
    allocator.observe(QStringLiteral("27.24.00"), 2026, 10);
    allocator.observe(QStringLiteral("27.24.00"), 2026, 0);
    QCOMPARE(counter(QStringLiteral("27.24.00"), 2026), 10);
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-11-26"));
}

void TestCaseNumberAllocator::observeUnknownEmne()
{
    CaseNumberAllocator allocator(*m_db);
    allocator.observe(QStringLiteral("00.01.00"), 2026, 7);
    QCOMPARE(allocator.next(QStringLiteral("00.01.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("00.01.00-G01-8-26"));
}

void TestCaseNumberAllocator::observeOnlyThatYear()
{
    CaseNumberAllocator allocator(*m_db);
    allocator.observe(QStringLiteral("27.24.00"), 2025, 99);
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2026),
             QStringLiteral("27.24.00-G01-1-26"));
    QCOMPARE(allocator.next(QStringLiteral("27.24.00"), QStringLiteral("G01"), 2025),
             QStringLiteral("27.24.00-G01-100-25"));
    QCOMPARE(counter(QStringLiteral("00.01.00"), 2026), -1); // other emner untouched
}

QTEST_GUILESS_MAIN(TestCaseNumberAllocator)
#include "tst_casenumberallocator.moc"
