// Tests of akta::sqlite::Database, Statement and SqliteError against real SQLite files.

#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"

#include <sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>
#include <optional>

using akta::sqlite::Database;
using akta::sqlite::SqliteError;
using akta::sqlite::Statement;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultConstructedIsClosed();
    void openCreatesTheFile();
    void openReadOnlyMissingFileThrows();
    void moveTransfersTheConnection();
    void execRunsSeveralStatements();
    void bindAndReadText();
    void bindNullAndEmptyText();
    void bindInt64();
    void bindIntAndBool();
    void bindDouble();
    void bindBlob();
    void bindOptional();
    void bindCString();
    void bindOutOfRangeThrows();
    void resetClearsBindingsAndRewinds();
    void stepReturnsEveryRowThenFalse();
    void lastInsertRowIdAndChanges();
    void userVersionRoundTrip();
    void badSqlThrowsWithCode();
    void constraintViolationIsConstraint_data();
    void constraintViolationIsConstraint();
    void foreignKeysAreEnforced();
    void walAndForeignKeysAfterOpen();
    void readOnlyConnectionCannotWrite();
    void readOnlyConnectionSeesData();
    void interruptFromAnotherThreadStopsLongQuery();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("test.db")); }
    // A fresh read-write database with a table of every column type.
    Database openScratch();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Database TestDatabase::openScratch()
{
    Database db(dbPath());
    db.exec(QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, txt TEXT, num INTEGER, real REAL, data BLOB)"));
    return db;
}

void TestDatabase::defaultConstructedIsClosed()
{
    Database db;
    QVERIFY(!db.isOpen());
    QVERIFY(db.handle() == nullptr);
    QVERIFY(db.path().isEmpty());
}

void TestDatabase::openCreatesTheFile()
{
    QVERIFY(!QFileInfo::exists(dbPath()));
    Database db(dbPath());
    QVERIFY(db.isOpen());
    QVERIFY(db.handle() != nullptr);
    QCOMPARE(db.path(), dbPath());
    QVERIFY(QFileInfo::exists(dbPath()));
    // Really a SQLite file: a table made now is there after reopening.
    db.exec(QStringLiteral("CREATE TABLE x (a)"));
    db = Database();
    Database again(dbPath());
    auto query = again.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'x'"));
    QVERIFY(query.step());
    QCOMPARE(query.columnInt(0), 1);
}

void TestDatabase::openReadOnlyMissingFileThrows()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.db"));
    try {
        Database db(missing, Database::Mode::ReadOnly);
        QFAIL("opening a missing file read-only must throw");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_CANTOPEN);
        QVERIFY(QString::fromUtf8(error.what()).contains(missing));
    }
    QVERIFY(!QFileInfo::exists(missing));
}

void TestDatabase::moveTransfersTheConnection()
{
    Database first = openScratch();
    sqlite3* handle = first.handle();
    Database second(std::move(first));
    QVERIFY(!first.isOpen()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
    QVERIFY(second.isOpen());
    QCOMPARE(second.handle(), handle);
    QCOMPARE(second.path(), dbPath());
    second.exec(QStringLiteral("INSERT INTO t(txt) VALUES ('moved')"));

    Database third;
    third = std::move(second);
    QVERIFY(!second.isOpen()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(third.handle(), handle);
    auto query = third.prepare(QStringLiteral("SELECT txt FROM t"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("moved"));
}

void TestDatabase::execRunsSeveralStatements()
{
    Database db = openScratch();
    db.exec(QStringLiteral("INSERT INTO t(num) VALUES (1); INSERT INTO t(num) VALUES (2); "
                           "INSERT INTO t(num) VALUES (39);"));
    auto query = db.prepare(QStringLiteral("SELECT count(*), sum(num) FROM t"));
    QVERIFY(query.step());
    QCOMPARE(query.columnInt(0), 3);
    QCOMPARE(query.columnInt64(1), qint64(42));
}

void TestDatabase::bindAndReadText()
{
    Database db = openScratch();
    const QString danish = QStringLiteral("Ærø, Ødis og Åbenrå: æøå ÆØÅ – “citat” ✓");
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(txt) VALUES (?1)"));
    insert.bind(1, danish).exec();

    auto query = db.prepare(QStringLiteral("SELECT txt, typeof(txt), length(txt), hex(txt) FROM t"));
    QVERIFY(query.step());
    QCOMPARE(query.columnCount(), 4);
    QVERIFY(!query.isNull(0));
    QCOMPARE(query.columnText(0), danish);
    QCOMPARE(query.columnText(1), QStringLiteral("text"));
    // SQLite counts characters, so the text went in as UTF-8, not as Latin-1 or UTF-16 bytes.
    QCOMPARE(query.columnInt(2), int(danish.toUcs4().size()));
    QCOMPARE(query.columnText(3).toLatin1(), danish.toUtf8().toHex().toUpper());
    QCOMPARE(query.columnOptionalText(0).value_or(QString()), danish);
    QVERIFY(!query.step());
}

void TestDatabase::bindNullAndEmptyText()
{
    Database db = openScratch();
    auto query = db.prepare(QStringLiteral("SELECT typeof(?1), typeof(?2), ?1, ?2"));
    query.bind(1, QString()).bind(2, QStringLiteral(""));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("null"));
    QCOMPARE(query.columnText(1), QStringLiteral("text"));
    QVERIFY(query.isNull(2));
    QVERIFY(!query.isNull(3));
    QVERIFY(query.columnText(2).isNull());
    QVERIFY(query.columnText(3).isEmpty());
    QVERIFY(!query.columnOptionalText(2).has_value());
    QVERIFY(query.columnOptionalText(3).has_value());
    QVERIFY(query.columnOptionalText(3)->isEmpty());

    auto nulls = db.prepare(QStringLiteral("SELECT typeof(?1)"));
    nulls.bindNull(1);
    QVERIFY(nulls.step());
    QCOMPARE(nulls.columnText(0), QStringLiteral("null"));
}

void TestDatabase::bindInt64()
{
    Database db = openScratch();
    const qint64 values[] = {0,
                             -1,
                             1,
                             2147483648LL,
                             -2147483649LL,
                             std::numeric_limits<qint64>::max(),
                             std::numeric_limits<qint64>::min()};
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(id, num) VALUES (?1, ?2)"));
    qint64 id = 1;
    for (qint64 value : values) {
        insert.bind(1, id++).bind(2, value).exec();
    }
    auto query = db.prepare(QStringLiteral("SELECT num, typeof(num) FROM t ORDER BY id"));
    for (qint64 value : values) {
        QVERIFY(query.step());
        QCOMPARE(query.columnText(1), QStringLiteral("integer"));
        QCOMPARE(query.columnInt64(0), value);
    }
    QVERIFY(!query.step());
}

void TestDatabase::bindIntAndBool()
{
    Database db = openScratch();
    auto query = db.prepare(QStringLiteral("SELECT ?1, typeof(?1), ?2, ?3, typeof(?3)"));
    query.bind(1, -123456).bind(2, true).bind(3, false);
    QVERIFY(query.step());
    QCOMPARE(query.columnInt(0), -123456);
    QCOMPARE(query.columnText(1), QStringLiteral("integer"));
    QCOMPARE(query.columnInt(2), 1);
    QCOMPARE(query.columnInt(3), 0);
    QCOMPARE(query.columnText(4), QStringLiteral("integer"));
}

void TestDatabase::bindDouble()
{
    Database db = openScratch();
    const double values[] = {0.0, 3.141592653589793, -2.5e-300, 1.7976931348623157e308, 1.0 / 3.0};
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(real) VALUES (?1)"));
    for (double value : values) {
        insert.bind(1, value).exec();
    }
    auto query = db.prepare(QStringLiteral("SELECT real, typeof(real) FROM t ORDER BY id"));
    for (double value : values) {
        QVERIFY(query.step());
        QCOMPARE(query.columnText(1), QStringLiteral("real"));
        QCOMPARE(query.columnDouble(0), value); // exact: a double round-trips bit for bit
    }
    QVERIFY(!query.step());
}

void TestDatabase::bindBlob()
{
    Database db = openScratch();
    QByteArray blob;
    for (int i = 0; i < 1024; ++i) {
        blob.append(char(i % 256)); // every byte value, embedded NULs included
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(data) VALUES (?1)"));
    insert.bind(1, blob).exec();

    auto query = db.prepare(QStringLiteral("SELECT data, typeof(data), length(data) FROM t"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(1), QStringLiteral("blob"));
    QCOMPARE(query.columnInt(2), 1024);
    QCOMPARE(query.columnBlob(0), blob);
}

void TestDatabase::bindOptional()
{
    Database db = openScratch();
    auto query = db.prepare(QStringLiteral("SELECT typeof(?1), ?1, typeof(?2), ?2"));
    query.bind(1, std::optional<QString>()).bind(2, std::optional<QString>(QStringLiteral("Østergade")));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("null"));
    QVERIFY(!query.columnOptionalText(1).has_value());
    QCOMPARE(query.columnText(2), QStringLiteral("text"));
    QCOMPARE(query.columnOptionalText(3).value_or(QString()), QStringLiteral("Østergade"));
}

void TestDatabase::bindCString()
{
    Database db = openScratch();
    auto query = db.prepare(QStringLiteral("SELECT ?1, typeof(?1), length(?1)"));
    query.bind(1, "f\xc3\xa6rd"); // "færd" in UTF-8
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("færd"));
    QCOMPARE(query.columnText(1), QStringLiteral("text"));
    QCOMPARE(query.columnInt(2), 4);
}

void TestDatabase::bindOutOfRangeThrows()
{
    Database db = openScratch();
    auto query = db.prepare(QStringLiteral("SELECT ?1"));
    try {
        query.bind(2, qint64(1));
        QFAIL("binding parameter 2 of a statement with one must throw");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_RANGE);
        QVERIFY(!error.isConstraint());
        QVERIFY(!error.isInterrupt());
    }
}

void TestDatabase::resetClearsBindingsAndRewinds()
{
    Database db = openScratch();
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(txt, num) VALUES (?1, ?2)"));
    insert.bind(1, QStringLiteral("first")).bind(2, 1).exec();
    // exec() resets, and the reset clears the bindings: an unbound parameter is NULL.
    insert.bind(1, QStringLiteral("second")).exec();
    auto query = db.prepare(QStringLiteral("SELECT txt, num FROM t ORDER BY id"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("first"));
    QCOMPARE(query.columnInt(1), 1);
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("second"));
    QVERIFY(query.isNull(1));
    QVERIFY(!query.step());

    // reset() rewinds a query that was read part way.
    query.reset();
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("first"));
}

void TestDatabase::stepReturnsEveryRowThenFalse()
{
    Database db = openScratch();
    auto query = db.prepare(QStringLiteral(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100) SELECT x FROM n"));
    int rows = 0;
    qint64 sum = 0;
    while (query.step()) {
        ++rows;
        sum += query.columnInt64(0);
    }
    QCOMPARE(rows, 100);
    QCOMPARE(sum, qint64(100 * 101 / 2));
}

void TestDatabase::lastInsertRowIdAndChanges()
{
    Database db = openScratch();
    db.exec(QStringLiteral("INSERT INTO t(id, num) VALUES (41, 1)"));
    QCOMPARE(db.lastInsertRowId(), qint64(41));
    db.exec(QStringLiteral("INSERT INTO t(num) VALUES (2)"));
    QCOMPARE(db.lastInsertRowId(), qint64(42));
    QCOMPARE(db.changes(), 1);
    db.exec(QStringLiteral("INSERT INTO t(num) VALUES (3), (4), (5)"));
    db.exec(QStringLiteral("UPDATE t SET num = num + 1 WHERE num >= 2"));
    QCOMPARE(db.changes(), 4);
    db.exec(QStringLiteral("DELETE FROM t WHERE num = 99"));
    QCOMPARE(db.changes(), 0);
}

void TestDatabase::userVersionRoundTrip()
{
    {
        Database db(dbPath());
        QCOMPARE(db.userVersion(), 0);
        db.setUserVersion(17);
        QCOMPARE(db.userVersion(), 17);
    }
    Database reopened(dbPath(), Database::Mode::ReadOnly);
    QCOMPARE(reopened.userVersion(), 17);
}

void TestDatabase::badSqlThrowsWithCode()
{
    Database db = openScratch();
    try {
        db.prepare(QStringLiteral("SELEC 1"));
        QFAIL("preparing bad SQL must throw");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_ERROR);
        QVERIFY(!error.isConstraint());
        QVERIFY(!error.isInterrupt());
        QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("SELEC")));
    }
    try {
        db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        QFAIL("exec of bad SQL must throw");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_ERROR);
        QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("no_such_table")));
    }
    // The connection is still usable afterwards.
    db.exec(QStringLiteral("INSERT INTO t(num) VALUES (1)"));
    QCOMPARE(db.changes(), 1);
}

void TestDatabase::constraintViolationIsConstraint_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("extendedCode");
    QTest::addColumn<bool>("throughStatement");
    QTest::newRow("unique/exec") << QStringLiteral("INSERT INTO c(u) VALUES ('dup')")
                                 << SQLITE_CONSTRAINT_UNIQUE << false;
    QTest::newRow("unique/statement")
        << QStringLiteral("INSERT INTO c(u) VALUES ('dup')") << SQLITE_CONSTRAINT_UNIQUE << true;
    QTest::newRow("not null") << QStringLiteral("INSERT INTO c(u, n) VALUES ('other', NULL)")
                              << SQLITE_CONSTRAINT_NOTNULL << true;
    QTest::newRow("check") << QStringLiteral("INSERT INTO c(u, k) VALUES ('other', -1)")
                           << SQLITE_CONSTRAINT_CHECK << true;
    QTest::newRow("primary key") << QStringLiteral("INSERT INTO c(id, u) VALUES (1, 'other')")
                                 << SQLITE_CONSTRAINT_PRIMARYKEY << true;
}

void TestDatabase::constraintViolationIsConstraint()
{
    QFETCH(QString, sql);
    QFETCH(int, extendedCode);
    QFETCH(bool, throughStatement);
    Database db(dbPath());
    db.exec(
        QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, u TEXT UNIQUE, n TEXT NOT NULL DEFAULT 'x', "
                       "k INTEGER CHECK (k IS NULL OR k >= 0))"));
    db.exec(QStringLiteral("INSERT INTO c(id, u) VALUES (1, 'dup')"));
    try {
        if (throughStatement) {
            db.prepare(sql).exec();
        } else {
            db.exec(sql);
        }
        QFAIL("the insert must violate a constraint");
    } catch (const SqliteError& error) {
        QVERIFY(error.isConstraint());
        QVERIFY(!error.isInterrupt());
        QCOMPARE(error.code(), extendedCode); // extended result codes are on
    }
    auto count = db.prepare(QStringLiteral("SELECT count(*) FROM c"));
    QVERIFY(count.step());
    QCOMPARE(count.columnInt(0), 1);
}

void TestDatabase::foreignKeysAreEnforced()
{
    Database db(dbPath());
    db.exec(
        QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY); "
                       "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id TEXT REFERENCES parent(id))"));
    try {
        db.exec(QStringLiteral("INSERT INTO child(parent_id) VALUES ('nobody')"));
        QFAIL("a dangling foreign key must be refused");
    } catch (const SqliteError& error) {
        QVERIFY(error.isConstraint());
        QCOMPARE(error.code(), SQLITE_CONSTRAINT_FOREIGNKEY);
    }
    db.exec(QStringLiteral("INSERT INTO parent VALUES ('p'); INSERT INTO child(parent_id) VALUES ('p')"));
    QCOMPARE(db.changes(), 1);
}

void TestDatabase::walAndForeignKeysAfterOpen()
{
    Database db(dbPath());
    auto journal = db.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal.step());
    QCOMPARE(journal.columnText(0), QStringLiteral("wal"));
    auto keys = db.prepare(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(keys.step());
    QCOMPARE(keys.columnInt(0), 1);
    auto timeout = db.prepare(QStringLiteral("PRAGMA busy_timeout"));
    QVERIFY(timeout.step());
    QVERIFY(timeout.columnInt(0) > 0);

    // A read-only connection to the same file sees WAL too and enforces foreign keys.
    db.exec(QStringLiteral("CREATE TABLE x (a)"));
    Database reader(dbPath(), Database::Mode::ReadOnly);
    auto readerJournal = reader.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(readerJournal.step());
    QCOMPARE(readerJournal.columnText(0), QStringLiteral("wal"));
    auto readerKeys = reader.prepare(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(readerKeys.step());
    QCOMPARE(readerKeys.columnInt(0), 1);
}

void TestDatabase::readOnlyConnectionCannotWrite()
{
    {
        Database db = openScratch();
        db.exec(QStringLiteral("INSERT INTO t(txt) VALUES ('kept')"));
    }
    Database reader(dbPath(), Database::Mode::ReadOnly);
    try {
        reader.exec(QStringLiteral("INSERT INTO t(txt) VALUES ('written')"));
        QFAIL("a read-only connection must not write");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_READONLY);
        QVERIFY(!error.isConstraint());
    }
    try {
        reader.prepare(QStringLiteral("DELETE FROM t")).exec();
        QFAIL("a read-only connection must not delete");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_READONLY);
    }
    Database writer(dbPath());
    auto query = writer.prepare(QStringLiteral("SELECT group_concat(txt) FROM t"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("kept"));
}

void TestDatabase::readOnlyConnectionSeesData()
{
    Database writer = openScratch();
    Database reader(dbPath(), Database::Mode::ReadOnly);
    writer.exec(QStringLiteral("INSERT INTO t(txt) VALUES ('one'), ('two')"));
    auto query = reader.prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(query.step());
    QCOMPARE(query.columnInt(0), 2);
}

void TestDatabase::interruptFromAnotherThreadStopsLongQuery()
{
    Database db(dbPath());
    // Counting to 1e9 takes minutes; the interrupt must stop it within moments.
    auto query = db.prepare(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                           "WHERE x < 1000000000) SELECT count(*) FROM n"));
    std::atomic<bool> running{true};
    // sqlite3_interrupt() is a no-op while no statement runs, so keep interrupting until the query gave up.
    QThread* interrupter = QThread::create([&db, &running] {
        while (running.load()) {
            QThread::msleep(20);
            db.interrupt();
        }
    });
    interrupter->start();

    QElapsedTimer timer;
    timer.start();
    std::optional<SqliteError> caught;
    try {
        query.step();
    } catch (const SqliteError& error) {
        caught = error;
    }
    running = false;
    interrupter->wait();
    delete interrupter;

    QVERIFY2(caught.has_value(), "the interrupted query must throw instead of returning a row");
    QVERIFY(caught->isInterrupt());
    QVERIFY(!caught->isConstraint());
    QCOMPARE(caught->code() & 0xff, SQLITE_INTERRUPT);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));

    // The statement and the connection stay usable after an interrupt.
    auto after = db.prepare(QStringLiteral("SELECT 6 * 7"));
    QVERIFY(after.step());
    QCOMPARE(after.columnInt(0), 42);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
