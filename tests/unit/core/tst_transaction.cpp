// Tests of akta::sqlite::Transaction: commit, rollback on destruction, nesting as savepoints.

#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"

#include <sqlite3.h>

#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using akta::sqlite::Database;
using akta::sqlite::SqliteError;
using akta::sqlite::Transaction;

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void commitKeeps();
    void destructorRollsBack();
    void exceptionRollsBack();
    void uncommittedIsInvisibleToOthers();
    void outerTakesTheWriteLockUpFront();
    void innerIsASavepoint();
    void innerRollbackKeepsOuterChanges();
    void outerRollbackDropsInnerCommit();
    void threeLevels();
    void autocommitAfterwards();

private:
    QStringList values(Database& db);
    void insert(Database& db, const QString& value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTransaction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("tx.db")));
    m_db->exec(QStringLiteral("CREATE TABLE t (v TEXT NOT NULL)"));
}

void TestTransaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestTransaction::values(Database& db)
{
    QStringList result;
    auto query = db.prepare(QStringLiteral("SELECT v FROM t ORDER BY rowid"));
    while (query.step()) {
        result << query.columnText(0);
    }
    return result;
}

void TestTransaction::insert(Database& db, const QString& value)
{
    db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?1)")).bind(1, value).exec();
}

void TestTransaction::commitKeeps()
{
    {
        Transaction transaction(*m_db);
        QVERIFY(!transaction.isNested());
        QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 0);
        insert(*m_db, QStringLiteral("a"));
        insert(*m_db, QStringLiteral("b"));
        transaction.commit();
    }
    QCOMPARE(values(*m_db), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // Committed means on disk: a new connection sees it.
    Database other(m_db->path(), Database::Mode::ReadOnly);
    QCOMPARE(values(other), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestTransaction::destructorRollsBack()
{
    insert(*m_db, QStringLiteral("before"));
    {
        Transaction transaction(*m_db);
        insert(*m_db, QStringLiteral("dropped"));
        m_db->exec(QStringLiteral("DELETE FROM t WHERE v = 'before'"));
        QCOMPARE(values(*m_db), QStringList{QStringLiteral("dropped")});
    }
    QCOMPARE(values(*m_db), QStringList{QStringLiteral("before")});
    QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 1);
}

void TestTransaction::exceptionRollsBack()
{
    try {
        Transaction transaction(*m_db);
        insert(*m_db, QStringLiteral("half"));
        m_db->exec(QStringLiteral("INSERT INTO t(v) VALUES (NULL)")); // throws: NOT NULL
        transaction.commit();
        QFAIL("the second insert must throw");
    } catch (const SqliteError& error) {
        QVERIFY(error.isConstraint());
    }
    QVERIFY(values(*m_db).isEmpty());
}

void TestTransaction::uncommittedIsInvisibleToOthers()
{
    Database reader(m_db->path(), Database::Mode::ReadOnly);
    Transaction transaction(*m_db);
    insert(*m_db, QStringLiteral("pending"));
    QVERIFY(values(reader).isEmpty());
    transaction.commit();
    QCOMPARE(values(reader), QStringList{QStringLiteral("pending")});
}

void TestTransaction::outerTakesTheWriteLockUpFront()
{
    Database other(m_db->path());
    sqlite3_busy_timeout(other.handle(), 0); // fail at once instead of waiting 5 s
    Transaction transaction(*m_db);
    // Nothing written yet, but BEGIN IMMEDIATE already holds the write lock.
    try {
        other.exec(QStringLiteral("INSERT INTO t(v) VALUES ('other')"));
        QFAIL("a second writer must be locked out while the transaction is open");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_BUSY);
    }
    transaction.commit();
    other.exec(QStringLiteral("INSERT INTO t(v) VALUES ('other')"));
    QCOMPARE(values(*m_db), QStringList{QStringLiteral("other")});
}

void TestTransaction::innerIsASavepoint()
{
    Transaction outer(*m_db);
    Transaction inner(*m_db);
    QVERIFY(!outer.isNested());
    QVERIFY(inner.isNested());
    insert(*m_db, QStringLiteral("x"));
    inner.commit();
    // Releasing the savepoint does not end the outer transaction.
    QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 0);
    outer.commit();
    QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 1);
    QCOMPARE(values(*m_db), QStringList{QStringLiteral("x")});
}

void TestTransaction::innerRollbackKeepsOuterChanges()
{
    {
        Transaction outer(*m_db);
        insert(*m_db, QStringLiteral("outer-before"));
        {
            Transaction inner(*m_db);
            insert(*m_db, QStringLiteral("inner"));
            QCOMPARE(values(*m_db).size(), 2);
        } // rolled back
        QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 0);
        insert(*m_db, QStringLiteral("outer-after"));
        outer.commit();
    }
    QCOMPARE(values(*m_db), (QStringList{QStringLiteral("outer-before"), QStringLiteral("outer-after")}));
}

void TestTransaction::outerRollbackDropsInnerCommit()
{
    insert(*m_db, QStringLiteral("kept"));
    {
        Transaction outer(*m_db);
        insert(*m_db, QStringLiteral("outer"));
        {
            Transaction inner(*m_db);
            insert(*m_db, QStringLiteral("inner"));
            inner.commit();
        }
        QCOMPARE(values(*m_db).size(), 3);
    } // outer rolled back
    QCOMPARE(values(*m_db), QStringList{QStringLiteral("kept")});
    Database other(m_db->path(), Database::Mode::ReadOnly);
    QCOMPARE(values(other), QStringList{QStringLiteral("kept")});
}

void TestTransaction::threeLevels()
{
    {
        Transaction outer(*m_db);
        insert(*m_db, QStringLiteral("1"));
        {
            Transaction middle(*m_db);
            insert(*m_db, QStringLiteral("2"));
            {
                Transaction inner(*m_db);
                QVERIFY(inner.isNested());
                insert(*m_db, QStringLiteral("3"));
                inner.commit();
            }
            {
                Transaction sibling(*m_db);
                insert(*m_db, QStringLiteral("3b"));
            } // rolled back on its own
            QCOMPARE(values(*m_db),
                     (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        } // middle rolled back: takes its committed inner savepoint with it
        QCOMPARE(values(*m_db), QStringList{QStringLiteral("1")});
        insert(*m_db, QStringLiteral("4"));
        outer.commit();
    }
    QCOMPARE(values(*m_db), (QStringList{QStringLiteral("1"), QStringLiteral("4")}));
}

void TestTransaction::autocommitAfterwards()
{
    {
        Transaction transaction(*m_db);
        insert(*m_db, QStringLiteral("rolled back"));
    }
    // A new transaction after a rolled-back one is an outer one again, not a savepoint.
    Transaction next(*m_db);
    QVERIFY(!next.isNested());
    insert(*m_db, QStringLiteral("committed"));
    next.commit();
    QCOMPARE(values(*m_db), QStringList{QStringLiteral("committed")});
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
