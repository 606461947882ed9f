#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akta;

// Kills a real writer process at random moments in the middle of its transactions, again and
// again, and checks each time that the store is intact and holds exactly the acknowledged commits,
// with every case beside its parties and its outbox operation. The store is encrypted (its key from
// AKTA_KEY_FILE); the rounds without automatic checkpoints and with a concurrent reader process keep
// commits in the WAL only, where a mistake in the encrypting VFS would silently lose them on recovery.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWriterLeavesConsistentStore_data();
    void killedWriterLeavesConsistentStore();

private:
    static qint64 scalar(sqlite::Database& db, const QString& sql);
};

qint64 TestCrashSafety::scalar(sqlite::Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    if (!query.step()) {
        return -1;
    }
    return query.columnInt64(0);
}

void TestCrashSafety::killedWriterLeavesConsistentStore_data()
{
    QTest::addColumn<int>("perTransaction");
    QTest::addColumn<bool>("noCheckpoint");
    QTest::addColumn<bool>("withReader");
    QTest::newRow("small transactions") << 5 << false << false;
    QTest::newRow("large transactions") << 400 << false << false;
    QTest::newRow("large transactions, WAL only") << 400 << true << false;
    QTest::newRow("large transactions, concurrent reader") << 400 << false << true;
    QTest::newRow("WAL only, concurrent reader") << 50 << true << true;
}

void TestCrashSafety::killedWriterLeavesConsistentStore()
{
    QFETCH(int, perTransaction);
    QFETCH(bool, noCheckpoint);
    QFETCH(bool, withReader);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QRandomGenerator random(20261128u + quint32(perTransaction));
    qint64 acknowledged = 0;
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList arguments{dir.path(), QString::number(perTransaction)};
        if (noCheckpoint) {
            arguments << QStringLiteral("nocheckpoint");
        }
        writer.start(QStringLiteral(AKTA_STORE_WRITER_PATH), arguments);
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Wait for the first commit of this round, then a random moment more, then kill -9.
        QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running, 30000);
        QProcess reader;
        if (withReader) {
            reader.start(QStringLiteral(AKTA_STORE_WRITER_PATH), {dir.path(), QStringLiteral("reader")});
            QVERIFY2(reader.waitForStarted(), qPrintable(reader.errorString()));
        }
        QTest::qWait(int(random.bounded(5, 120)));
        writer.kill();
        if (withReader) {
            reader.kill();
            QVERIFY(reader.waitForFinished());
        }
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("committed ")) {
                acknowledged = qMax(acknowledged, line.mid(10).toLongLong());
            }
        }

        store::LocalStore store(dir.path());
        sqlite::Database& db = store.database();
        auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.step());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        const qint64 cases = scalar(db, QStringLiteral("SELECT count(*) FROM cases"));
        // Every acknowledged commit is there; at most one more transaction (committed but not yet printed).
        QVERIFY2(cases >= acknowledged, qPrintable(QStringLiteral("%1 < %2").arg(cases).arg(acknowledged)));
        QVERIFY(cases <= acknowledged + perTransaction);
        QCOMPARE(cases % perTransaction, 0); // whole transactions only
        acknowledged = cases;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case'")), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'party'")), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases c WHERE NOT EXISTS "
                                           "(SELECT 1 FROM outbox o WHERE o.entity_id = c.id)")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM case_parties")), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT case_number) FROM cases")), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT coalesce(max(last_number), 0) FROM case_number_counters")),
                 cases);
    }
    QVERIFY2(acknowledged > 0, "the writer never committed");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
