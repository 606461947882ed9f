// Tests of akta::store::LocalStore: folder layout, built-in KLE plan, meta values, reader connections.

#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "store/Migrations.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::sqlite::Database;
using akta::sqlite::SqliteError;
using akta::store::LocalStore;

namespace {

struct TsvEntry
{
    QString number;
    int level = 0;
    QString parent;
};

// Reads the reference TSV files on their own, without the product's parser.
QList<TsvEntry> readReferencePlan()
{
    const QString folder = QStringLiteral(AKTA_SHARED_DIR "/data/kle/");
    const struct
    {
        const char* file;
        int level;
    } files[] = {{"kle_hovedgrupper.tsv", 1}, {"kle_grupper.tsv", 2}, {"kle_emner.tsv", 3}};
    QList<TsvEntry> result;
    for (const auto& [file, level] : files) {
        QFile tsv(folder + QLatin1String(file));
        if (!tsv.open(QIODevice::ReadOnly | QIODevice::Text)) {
            qFatal("cannot read %s", file);
        }
        tsv.readLine(); // header
        while (!tsv.atEnd()) {
            const QString line = QString::fromUtf8(tsv.readLine()).trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const QStringList fields = line.split(QLatin1Char('\t'));
            result.append(TsvEntry{fields.at(0), level, level == 1 ? QString() : fields.at(1)});
        }
    }
    return result;
}

int countLevel(const QList<TsvEntry>& entries, int level)
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [level](const TsvEntry& e) { return e.level == level; }));
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createsFolderDatabaseAndBlobs();
    void databaseIsMigrated();
    void builtInPlanMatchesReferenceFiles();
    void planIsInstalledOnlyOnce();
    void metaGetAndSet();
    void metaPersists();
    void readerSeesCommittedData();
    void readerIsReadOnly();
    void unusableFolderThrows();
    void defaultDirectoryIsInAppData();

private:
    static int scalar(Database& db, const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<TsvEntry> m_reference;
};

void TestLocalStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_reference = readReferencePlan();
    QVERIFY(!m_reference.isEmpty());
}

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestLocalStore::scalar(Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    if (!query.step()) {
        return -1;
    }
    return query.columnInt(0);
}

void TestLocalStore::createsFolderDatabaseAndBlobs()
{
    const QString folder = m_dir->filePath(QStringLiteral("a/b/store"));
    QVERIFY(!QFileInfo::exists(folder));
    LocalStore store(folder);
    QCOMPARE(store.directory(), QDir(folder).absolutePath());
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(store.databasePath(), QDir(folder).filePath(QStringLiteral("akta.db")));
    QCOMPARE(LocalStore::databasePathFor(folder), store.databasePath());
    QVERIFY(QFileInfo(store.databasePath()).isFile());
    QCOMPARE(store.blobDirectory(), QDir(folder).filePath(QStringLiteral("blobs")));
    QVERIFY(QFileInfo(store.blobDirectory()).isDir());
    QVERIFY(store.database().isOpen());
    QCOMPARE(store.database().path(), store.databasePath());
}

void TestLocalStore::databaseIsMigrated()
{
    LocalStore store(m_dir->path());
    QCOMPARE(store.database().userVersion(), akta::store::Migrations::latestVersion());
}

void TestLocalStore::builtInPlanMatchesReferenceFiles()
{
    LocalStore store(m_dir->path());
    Database& db = store.database();
    for (int level = 1; level <= 3; ++level) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kle_entries WHERE level = %1").arg(level)),
                 countLevel(m_reference, level));
    }
    QCOMPARE(countLevel(m_reference, 1), 37); // the numbers the data README states
    QCOMPARE(countLevel(m_reference, 2), 498);
    QCOMPARE(countLevel(m_reference, 3), 2390);

    // Every reference number is there, at its level, under its parent.
    QHash<QString, std::pair<int, QString>> stored;
    auto query = db.prepare(QStringLiteral("SELECT number, level, parent FROM kle_entries"));
    while (query.step()) {
        stored.insert(query.columnText(0), {query.columnInt(1), query.columnText(2)});
    }
    QCOMPARE(stored.size(), m_reference.size());
    for (const TsvEntry& entry : std::as_const(m_reference)) {
        const auto found = stored.constFind(entry.number);
        QVERIFY2(found != stored.constEnd(), qPrintable(entry.number));
        QCOMPARE(found->first, entry.level);
        QCOMPARE(found->second, entry.parent);
    }
    // Nothing retired in a new store.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kle_entries WHERE retired_at IS NOT NULL")), 0);
}

void TestLocalStore::planIsInstalledOnlyOnce()
{
    const int total = int(m_reference.size());
    {
        LocalStore store(m_dir->path());
        QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM kle_entries")), total);
        // A change to the installed plan (as an import would make) must survive reopening.
        store.database().exec(QStringLiteral("UPDATE kle_entries SET title = 'Ændret titel', "
                                             "retired_at = '2026-01-01' WHERE number = '00.01.00'"));
        store.database().exec(QStringLiteral("DELETE FROM kle_entries WHERE number = '00.01.10'"));
    }
    LocalStore reopened(m_dir->path());
    QCOMPARE(scalar(reopened.database(), QStringLiteral("SELECT count(*) FROM kle_entries")), total - 1);
    auto query = reopened.database().prepare(
        QStringLiteral("SELECT title, retired_at FROM kle_entries WHERE number = '00.01.00'"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("Ændret titel"));
    QCOMPARE(query.columnText(1), QStringLiteral("2026-01-01"));
}

void TestLocalStore::metaGetAndSet()
{
    LocalStore store(m_dir->path());
    QVERIFY(store.meta(QStringLiteral("server_url")).isEmpty());
    store.setMeta(QStringLiteral("server_url"), QStringLiteral("https://akta.example.dk"));
    store.setMeta(QStringLiteral("kommune"), QStringLiteral("Ærø Kommune"));
    QCOMPARE(store.meta(QStringLiteral("server_url")), QStringLiteral("https://akta.example.dk"));
    QCOMPARE(store.meta(QStringLiteral("kommune")), QStringLiteral("Ærø Kommune"));
    store.setMeta(QStringLiteral("server_url"), QStringLiteral("https://other.example.dk"));
    QCOMPARE(store.meta(QStringLiteral("server_url")), QStringLiteral("https://other.example.dk"));
    QCOMPARE(
        scalar(store.database(), QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'server_url'")),
        1);
    QVERIFY(store.meta(QStringLiteral("Server_URL")).isEmpty()); // keys are exact
}

void TestLocalStore::metaPersists()
{
    {
        LocalStore store(m_dir->path());
        store.setMeta(QStringLiteral("k"), QStringLiteral("v"));
    }
    LocalStore reopened(m_dir->path());
    QCOMPARE(reopened.meta(QStringLiteral("k")), QStringLiteral("v"));
}

void TestLocalStore::readerSeesCommittedData()
{
    LocalStore store(m_dir->path());
    Database reader = store.openReader();
    QVERIFY(reader.isOpen());
    QCOMPARE(reader.path(), store.databasePath());
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'x'")), 0);
    {
        akta::sqlite::Transaction transaction(store.database());
        store.setMeta(QStringLiteral("x"), QStringLiteral("1"));
        // Not visible before the commit.
        QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'x'")), 0);
        transaction.commit();
    }
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'x'")), 1);
    // The reader also sees the built-in plan.
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM kle_entries")), int(m_reference.size()));
}

void TestLocalStore::readerIsReadOnly()
{
    LocalStore store(m_dir->path());
    Database reader = store.openReader();
    try {
        reader.exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('y', 'z')"));
        QFAIL("the reader must not write");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_READONLY);
    }
    QVERIFY(store.meta(QStringLiteral("y")).isEmpty());
}

void TestLocalStore::unusableFolderThrows()
{
    // A regular file where the folder should be.
    const QString blocker = m_dir->filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    try {
        LocalStore store(blocker + QStringLiteral("/store"));
        QFAIL("a store under a file cannot be created");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_CANTOPEN);
    }
}

void TestLocalStore::defaultDirectoryIsInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!appData.isEmpty());
    const QString folder = LocalStore::defaultDirectory();
    QCOMPARE(QFileInfo(folder).fileName(), QStringLiteral("store"));
    QCOMPARE(QDir::cleanPath(QFileInfo(folder).path()), QDir::cleanPath(appData));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
