#include "AuditLog.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace akta::server;

// The hash chain on a real SQLite server database: appends link up, and a row edited, removed or
// cut off in the database itself is found, with the entry where the chain breaks.
class TestAuditLog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyLogHolds();
    void appendsChain();
    void editedEntryIsFound_data();
    void editedEntryIsFound();
    void removedEntryIsFound();
    void cutTailIsFound();
    void hashCoversEveryColumn();
    void listFiltersByCaseAndUser();

private:
    void appendFive();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ServerDatabase>(m_dir->path(), QString());
    m_db->migrate();
}

void TestAuditLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditLog::appendFive()
{
    AuditLog log(*m_db);
    for (int i = 1; i <= 5; ++i) {
        log.append({QStringLiteral("user-%1").arg(i % 2), QStringLiteral("read_blob"),
                    QStringLiteral("case-%1").arg(i % 3), QStringLiteral("blob"),
                    QStringLiteral("sha-%1").arg(i), QJsonObject{{QStringLiteral("n"), i}}});
    }
}

void TestAuditLog::emptyLogHolds()
{
    const AuditLog::Verdict verdict = AuditLog(*m_db).verify();
    QVERIFY(verdict.intact);
    QCOMPARE(verdict.entries, 0);
}

void TestAuditLog::appendsChain()
{
    appendFive();
    const AuditLog::Verdict verdict = AuditLog(*m_db).verify();
    QVERIFY2(verdict.intact, qPrintable(verdict.reason));
    QCOMPARE(verdict.entries, 5);
    QSqlQuery rows = m_db->exec(QStringLiteral("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq"));
    QString previous = QString(64, QLatin1Char('0'));
    while (rows.next()) {
        QCOMPARE(rows.value(1).toString(), previous);
        QCOMPARE(rows.value(2).toString().size(), 64);
        previous = rows.value(2).toString();
    }
    QCOMPARE(verdict.lastHash, previous);
}

void TestAuditLog::editedEntryIsFound_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("user") << QStringLiteral("user_id = 'someone-else'");
    QTest::newRow("action") << QStringLiteral("action = 'search'");
    QTest::newRow("case") << QStringLiteral("case_id = NULL");
    QTest::newRow("entity id") << QStringLiteral("entity_id = 'sha-x'");
    QTest::newRow("detail") << QStringLiteral("detail = '{\"n\":30}'");
    QTest::newRow("time") << QStringLiteral("at = '2020-01-01T00:00:00.000Z'");
    QTest::newRow("own hash") << QStringLiteral("hash = '") + QString(64, QLatin1Char('a')) +
                                     QLatin1Char('\'');
}

void TestAuditLog::editedEntryIsFound()
{
    QFETCH(QString, assignment);
    appendFive();
    m_db->exec(QStringLiteral("UPDATE audit_log SET %1 WHERE seq = 3").arg(assignment));
    const AuditLog::Verdict verdict = AuditLog(*m_db).verify();
    QVERIFY(!verdict.intact);
    QCOMPARE(verdict.brokenAt, 3);
    QVERIFY(!verdict.reason.isEmpty());
}

void TestAuditLog::removedEntryIsFound()
{
    appendFive();
    m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    const AuditLog::Verdict verdict = AuditLog(*m_db).verify();
    QVERIFY(!verdict.intact);
    QCOMPARE(verdict.brokenAt, 2);
}

void TestAuditLog::cutTailIsFound()
{
    appendFive();
    m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 4"));
    const AuditLog::Verdict verdict = AuditLog(*m_db).verify();
    QVERIFY(!verdict.intact);
    QCOMPARE(verdict.brokenAt, 4);
    // Nothing is appended to a broken tail (no unrecorded reads): the append fails and the break stays.
    QVERIFY_THROWS_EXCEPTION(StorageError, appendFive());
    QVERIFY(!AuditLog(*m_db).verify().intact);
}

void TestAuditLog::hashCoversEveryColumn()
{
    const AuditEvent event{QStringLiteral("u"),    QStringLiteral("write"), QStringLiteral("c"),
                           QStringLiteral("case"), QStringLiteral("e"),     {}};
    const QString at = QStringLiteral("2026-11-28T07:00:00.000Z");
    const QString base = AuditLog::entryHash(1, at, event, QStringLiteral("{}"), QStringLiteral("p"));
    QCOMPARE(base, AuditLog::entryHash(1, at, event, QStringLiteral("{}"), QStringLiteral("p")));
    QVERIFY(base != AuditLog::entryHash(2, at, event, QStringLiteral("{}"), QStringLiteral("p")));
    QVERIFY(base != AuditLog::entryHash(1, at, event, QStringLiteral("{}"), QStringLiteral("q")));
    QVERIFY(base != AuditLog::entryHash(1, at, event, QStringLiteral("{ }"), QStringLiteral("p")));
    // Moving text between two columns changes the hash.
    AuditEvent moved = event;
    moved.userId = QStringLiteral("uw");
    moved.action = QStringLiteral("rite");
    QVERIFY(base != AuditLog::entryHash(1, at, moved, QStringLiteral("{}"), QStringLiteral("p")));
}

void TestAuditLog::listFiltersByCaseAndUser()
{
    for (const char* id : {"case-0", "case-1", "case-2"}) {
        m_db->exec(
            QStringLiteral("INSERT INTO entities(entity, id, rev, seq, case_id, unit_id, fields, field_revs) "
                           "VALUES ('case', ?, 1, 1, ?, 'unit', '{\"caseNumber\":\"N\"}', '{}')"),
            {QString::fromLatin1(id), QString::fromLatin1(id)});
    }
    appendFive();
    AuditLog log(*m_db);
    AuditLog::Filter filter;
    const QString all = QStringLiteral("1 = 1");
    QCOMPARE(log.list(filter, all, {}).size(), 5);
    filter.caseId = QStringLiteral("case-1");
    const QJsonArray byCase = log.list(filter, all, {});
    QCOMPARE(byCase.size(), 2); // entries 1 and 4
    QCOMPARE(byCase.at(0).toObject().value(QStringLiteral("seq")).toInteger(), 4);
    filter.userId = QStringLiteral("user-0");
    QCOMPARE(log.list(filter, all, {}).size(), 1);
    filter = {};
    filter.to = QStringLiteral("2000-01-01");
    QCOMPARE(log.list(filter, all, {}).size(), 0);
    // The area predicate is applied.
    QCOMPARE(log.list({}, QStringLiteral("c.id = ?"), {QStringLiteral("case-2")}).size(), 2);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
