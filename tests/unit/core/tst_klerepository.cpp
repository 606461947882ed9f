// Tests of akta::kle::KleRepository on a migrated SQLite store.

#include "kle/KleEntry.h"
#include "kle/KleRepository.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/Migrations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::kle::KleEntry;
using akta::kle::KleRepository;
using akta::sqlite::Database;

namespace {

KleEntry entry(const QString& number, int level, const QString& parent, const QString& title,
               const QString& retiredAt = {})
{
    KleEntry result;
    result.number = number;
    result.level = level;
    result.parent = parent;
    result.title = title;
    result.retiredAt = retiredAt;
    return result;
}

// A small plan, children listed before their parents to show that the order of the input does not matter.
QList<KleEntry> smallPlan()
{
    KleEntry withRetention = entry(QStringLiteral("27.24.00"), 3, QStringLiteral("27.24"),
                                   QStringLiteral("Partistøtte i almindelighed"));
    withRetention.retention = QStringLiteral("K5");
    withRetention.deletion = QStringLiteral("P1825D");
    return {
        entry(QStringLiteral("27.24.03"), 3, QStringLiteral("27.24"), QStringLiteral("Udgået emne"),
              QStringLiteral("2024-06-30")),
        withRetention,
        entry(QStringLiteral("27.24.01"), 3, QStringLiteral("27.24"), QStringLiteral("Tilskud til partier")),
        entry(QStringLiteral("00.01.00"), 3, QStringLiteral("00.01"), QStringLiteral("Kommunens styrelse")),
        entry(QStringLiteral("27.24"), 2, QStringLiteral("27"), QStringLiteral("Partistøtte")),
        entry(QStringLiteral("00.01"), 2, QStringLiteral("00"), QStringLiteral("Styrelse")),
        entry(QStringLiteral("27"), 1, QString(), QStringLiteral("Udlændinge")),
        entry(QStringLiteral("00"), 1, QString(), QStringLiteral("Kommunens styrelse")),
    };
}

QStringList numbers(const QList<KleEntry>& entries)
{
    QStringList result;
    for (const KleEntry& e : entries) {
        result << e.number;
    }
    return result;
}

} // namespace

class TestKleRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyAtFirst();
    void replaceAllInsertsEveryLevel();
    void replaceAllReplaces();
    void replaceAllRollsBackWithTheCallersTransaction();
    void findReadsEveryField();
    void findUnknown();
    void subjectsExcludeRetired();
    void subjectsIncludeRetiredWhenAsked();
    void orphanIsRefused();

private:
    int count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestKleRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKleRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("kle.db")));
    akta::store::Migrations::migrate(*m_db);
}

void TestKleRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestKleRepository::count(const QString& sql)
{
    auto query = m_db->prepare(sql);
    query.step();
    return query.columnInt(0);
}

void TestKleRepository::emptyAtFirst()
{
    KleRepository repository(*m_db);
    QVERIFY(repository.isEmpty());
    QVERIFY(repository.subjects().isEmpty());
    QVERIFY(repository.subjects(true).isEmpty());
}

void TestKleRepository::replaceAllInsertsEveryLevel()
{
    KleRepository repository(*m_db);
    akta::sqlite::Transaction transaction(*m_db);
    repository.replaceAll(smallPlan());
    transaction.commit();
    QVERIFY(!repository.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), 8);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE level = 1")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE level = 2")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE level = 3")), 4);
    // Empty strings are stored as NULL.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE parent IS NULL")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE retention IS NULL")), 7);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE retired_at IS NOT NULL")), 1);
}

void TestKleRepository::replaceAllReplaces()
{
    KleRepository repository(*m_db);
    repository.replaceAll(smallPlan());
    const QList<KleEntry> other{
        entry(QStringLiteral("13"), 1, QString(), QStringLiteral("Forsyning")),
        entry(QStringLiteral("13.02"), 2, QStringLiteral("13"), QStringLiteral("Vandforsyning")),
        entry(QStringLiteral("13.02.00"), 3, QStringLiteral("13.02"), QStringLiteral("Vandforsyning i alm.")),
    };
    repository.replaceAll(other);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), 3);
    QVERIFY(!repository.find(QStringLiteral("27.24.00")).has_value());
    QCOMPARE(numbers(repository.subjects(true)), QStringList{QStringLiteral("13.02.00")});
}

void TestKleRepository::replaceAllRollsBackWithTheCallersTransaction()
{
    KleRepository repository(*m_db);
    repository.replaceAll(smallPlan());
    {
        akta::sqlite::Transaction transaction(*m_db);
        repository.replaceAll({entry(QStringLiteral("13"), 1, QString(), QStringLiteral("Forsyning"))});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), 1);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), 8);
}

void TestKleRepository::findReadsEveryField()
{
    KleRepository repository(*m_db);
    repository.replaceAll(smallPlan());
    const auto found = repository.find(QStringLiteral("27.24.00"));
    QVERIFY(found.has_value());
    QCOMPARE(found->number, QStringLiteral("27.24.00"));
    QCOMPARE(found->level, 3);
    QCOMPARE(found->parent, QStringLiteral("27.24"));
    QCOMPARE(found->title, QStringLiteral("Partistøtte i almindelighed"));
    QCOMPARE(found->retention, QStringLiteral("K5"));
    QCOMPARE(found->deletion, QStringLiteral("P1825D"));
    QVERIFY(!found->isRetired());

    const auto group = repository.find(QStringLiteral("27.24"));
    QVERIFY(group.has_value());
    QCOMPARE(group->level, 2);
    QCOMPARE(group->parent, QStringLiteral("27"));
    const auto mainGroup = repository.find(QStringLiteral("27"));
    QVERIFY(mainGroup.has_value());
    QCOMPARE(mainGroup->level, 1);
    QVERIFY(mainGroup->parent.isEmpty());

    const auto retired = repository.find(QStringLiteral("27.24.03"));
    QVERIFY(retired.has_value());
    QVERIFY(retired->isRetired());
    QCOMPARE(retired->retiredAt, QStringLiteral("2024-06-30"));
}

void TestKleRepository::findUnknown()
{
    KleRepository repository(*m_db);
    repository.replaceAll(smallPlan());
    QVERIFY(!repository.find(QStringLiteral("99.99.99")).has_value());
    QVERIFY(!repository.find(QString()).has_value());
    QVERIFY(!repository.find(QStringLiteral("27.24.0")).has_value());
}

void TestKleRepository::subjectsExcludeRetired()
{
    KleRepository repository(*m_db);
    repository.replaceAll(smallPlan());
    const QList<KleEntry> subjects = repository.subjects();
    // Only emner in force, in number order.
    QCOMPARE(numbers(subjects), (QStringList{QStringLiteral("00.01.00"), QStringLiteral("27.24.00"),
                                             QStringLiteral("27.24.01")}));
    for (const KleEntry& subject : subjects) {
        QCOMPARE(subject.level, 3);
        QVERIFY(!subject.isRetired());
    }
}

void TestKleRepository::subjectsIncludeRetiredWhenAsked()
{
    KleRepository repository(*m_db);
    repository.replaceAll(smallPlan());
    const QList<KleEntry> subjects = repository.subjects(true);
    QCOMPARE(numbers(subjects), (QStringList{QStringLiteral("00.01.00"), QStringLiteral("27.24.00"),
                                             QStringLiteral("27.24.01"), QStringLiteral("27.24.03")}));
    QVERIFY(subjects.last().isRetired());
}

void TestKleRepository::orphanIsRefused()
{
    KleRepository repository(*m_db);
    try {
        repository.replaceAll(
            {entry(QStringLiteral("27.24.00"), 3, QStringLiteral("27.24"), QStringLiteral("x"))});
        QFAIL("an emne whose gruppe is missing must be refused");
    } catch (const akta::sqlite::SqliteError& error) {
        QVERIFY(error.isConstraint());
    }
}

QTEST_GUILESS_MAIN(TestKleRepository)
#include "tst_klerepository.moc"
