// Tests of akta::store::Migrations on real SQLite files.

#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::sqlite::Database;
using akta::sqlite::SqliteError;
using akta::store::Migrations;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void newStoreReachesLatestVersion();
    void everyTableExists();
    void schemaEnforcesItsRules();
    void reopeningDoesNotRerun();
    void newerStoreIsRefusedAndLeftUnchanged();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("store.db")); }
    static QSet<QString> tables(Database& db);
    static QByteArray fileHash(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QSet<QString> TestMigrations::tables(Database& db)
{
    QSet<QString> result;
    auto query = db.prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (query.step()) {
        result.insert(query.columnText(0));
    }
    return result;
}

QByteArray TestMigrations::fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestMigrations::newStoreReachesLatestVersion()
{
    QVERIFY(Migrations::latestVersion() >= 1);
    Database db(dbPath());
    QCOMPARE(db.userVersion(), 0);
    Migrations::migrate(db);
    QCOMPARE(db.userVersion(), Migrations::latestVersion());
    // The version is stored in the file, not just in the connection.
    Database reader(dbPath(), Database::Mode::ReadOnly);
    QCOMPARE(reader.userVersion(), Migrations::latestVersion());
}

void TestMigrations::everyTableExists()
{
    Database db(dbPath());
    Migrations::migrate(db);
    // The tables that the repositories, the sync and the CLI rely on.
    const QSet<QString> expected{
        QStringLiteral("store_meta"),     QStringLiteral("units"),
        QStringLiteral("users"),          QStringLiteral("kle_entries"),
        QStringLiteral("parties"),        QStringLiteral("party_relations"),
        QStringLiteral("cases"),          QStringLiteral("case_parties"),
        QStringLiteral("case_relations"), QStringLiteral("case_number_counters"),
        QStringLiteral("documents"),      QStringLiteral("document_versions"),
        QStringLiteral("outbox"),         QStringLiteral("sync_state"),
    };
    const QSet<QString> actual = tables(db);
    for (const QString& table : expected) {
        QVERIFY2(actual.contains(table), qPrintable(table));
        // Each one can be read.
        auto query = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QVERIFY(query.step());
        QCOMPARE(query.columnInt(0), 0);
    }
    // And the schema is sound by SQLite's own checks.
    auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(integrity.step());
    QCOMPARE(integrity.columnText(0), QStringLiteral("ok"));
    auto foreignKeys = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(!foreignKeys.step());
}

void TestMigrations::schemaEnforcesItsRules()
{
    Database db(dbPath());
    Migrations::migrate(db);
    auto refused = [&db](const QString& sql) {
        try {
            db.exec(sql);
        } catch (const SqliteError& error) {
            return error.isConstraint();
        }
        return false;
    };
    const QString insertCase = QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, "
        "created_at, modified_at) VALUES ('%1', '%2', '%3', '27.24.00', '%4', 'opened', 'normal', "
        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
    QVERIFY(refused(insertCase.arg(QStringLiteral("c0"), QStringLiteral("n0"), QStringLiteral("   "),
                                   QStringLiteral("subject")))); // blank title
    QVERIFY(refused(insertCase.arg(QStringLiteral("c0"), QStringLiteral("n0"), QStringLiteral("T"),
                                   QStringLiteral("nonsense")))); // unknown kind
    db.exec(insertCase.arg(QStringLiteral("c1"), QStringLiteral("n1"), QStringLiteral("T"),
                           QStringLiteral("subject")));
    QVERIFY(refused(insertCase.arg(QStringLiteral("c2"), QStringLiteral("n1"), QStringLiteral("T"),
                                   QStringLiteral("subject")))); // duplicate case number
    db.exec(
        QStringLiteral("INSERT INTO parties(id, kind, identifier, name) VALUES ('p1', 'person', '1', 'A'), "
                       "('p2', 'person', '2', 'B')"));
    db.exec(QStringLiteral("INSERT INTO case_parties VALUES ('c1', 'p1', 'primary')"));
    // One primary party per case.
    QVERIFY(refused(QStringLiteral("INSERT INTO case_parties VALUES ('c1', 'p2', 'primary')")));
    db.exec(QStringLiteral("INSERT INTO case_parties VALUES ('c1', 'p2', 'secondary')"));
    // Parties of an unknown case are refused, and deleting a case deletes its party links.
    QVERIFY(refused(QStringLiteral("INSERT INTO case_parties VALUES ('nope', 'p1', 'primary')")));
    db.exec(QStringLiteral("DELETE FROM cases WHERE id = 'c1'"));
    auto links = db.prepare(QStringLiteral("SELECT count(*) FROM case_parties"));
    QVERIFY(links.step());
    QCOMPARE(links.columnInt(0), 0);
}

void TestMigrations::reopeningDoesNotRerun()
{
    {
        Database db(dbPath());
        Migrations::migrate(db);
        db.exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('marker', 'still here')"));
        // Running it again on the same connection is a no-op (a rerun of CREATE TABLE would throw).
        Migrations::migrate(db);
        QCOMPARE(db.userVersion(), Migrations::latestVersion());
    }
    Database db(dbPath());
    Migrations::migrate(db);
    QCOMPARE(db.userVersion(), Migrations::latestVersion());
    auto query = db.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = 'marker'"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("still here"));
}

void TestMigrations::newerStoreIsRefusedAndLeftUnchanged()
{
    const int future = Migrations::latestVersion() + 5;
    {
        Database db(dbPath());
        db.exec(QStringLiteral("CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (1)"));
        db.setUserVersion(future);
    }
    QVERIFY(!QFileInfo::exists(dbPath() + QStringLiteral("-wal"))); // checkpointed on close
    const QByteArray before = fileHash(dbPath());
    QVERIFY(!before.isEmpty());

    {
        Database db(dbPath());
        try {
            Migrations::migrate(db);
            QFAIL("a store newer than this build must be refused");
        } catch (const SqliteError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
            QVERIFY(!error.isConstraint());
        }
        QCOMPARE(db.userVersion(), future);
        QCOMPARE(tables(db), QSet<QString>{QStringLiteral("from_the_future")});
    }
    QCOMPARE(fileHash(dbPath()), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
