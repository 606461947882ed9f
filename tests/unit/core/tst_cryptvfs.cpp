// Tests of akta::sqlite::CryptVfs (with PageCipher and CryptKeyRing): round trip, WAL and FTS5, a wrong key
// refused with every file byte-identical, no plain text in any file, damaged pages reported.

#include "sqlite/CryptFileScan.h"
#include "sqlite/CryptKeyRing.h"
#include "sqlite/CryptVfs.h"
#include "sqlite/Database.h"
#include "sqlite/PageCipher.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using akta::sqlite::CryptKeyRing;
using akta::sqlite::Database;
using akta::sqlite::PageCipher;
using akta::sqlite::SqliteError;

namespace {

PageCipher::Key keyOf(std::uint8_t seed)
{
    PageCipher::Key key;
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = std::uint8_t(seed + 7 * i);
    }
    return key;
}

const QByteArray kMarker = "Marker-Xylofon-0101";

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCryptVfs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripWithWalAndFts5();
    void reservedBytesAndPlainHeader();
    void wrongKeyRefusedAndNothingChanged();
    void noPlainTextInAnyFile();
    void damagedPageIsAnErrorNotData();
    void walOnlyCommitsSurviveReopen();
    void splitFrameWritesWithPsowOff();
    void pathWithSpacesAndDanishLetters();
    void openingWithoutTheKeyIsAClearError();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("crypt.db")); }
    void fill(Database& db, int rows);
    static qint64 scalar(Database& db, const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCryptVfs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    CryptKeyRing::registerKey(dbPath(), keyOf(1));
}

qint64 TestCryptVfs::scalar(Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    return query.step() ? query.columnInt64(0) : -1;
}

void TestCryptVfs::fill(Database& db, int rows)
{
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, body TEXT);"
                           "CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts5(body);"
                           "INSERT INTO notes_fts(notes_fts, rank) VALUES('pgsz', 4000);"));
    akta::sqlite::Transaction transaction(db);
    auto insert = db.prepare(QStringLiteral("INSERT INTO notes(body) VALUES(?1)"));
    auto index = db.prepare(QStringLiteral("INSERT INTO notes_fts(rowid, body) VALUES(?1, ?2)"));
    for (int i = 0; i < rows; ++i) {
        const QString body = QStringLiteral("note %1 about %2 skolepsykolog barn %3")
                                 .arg(i)
                                 .arg(QString::fromLatin1(kMarker))
                                 .arg(QString(200, QLatin1Char('x')));
        insert.bind(1, body);
        insert.step();
        insert.reset();
        index.bind(1, db.lastInsertRowId());
        index.bind(2, body);
        index.step();
        index.reset();
    }
    transaction.commit();
}

void TestCryptVfs::roundTripWithWalAndFts5()
{
    {
        Database db(dbPath());
        fill(db, 2000);
    }
    Database db(dbPath());
    auto mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.step());
    QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 2000);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'skolepsykolog'")),
        2000);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH '\"note 1999\"'")),
        1);
    db.exec(QStringLiteral("INSERT INTO notes_fts(notes_fts) VALUES('integrity-check')"));
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QCOMPARE(check.columnText(0), QStringLiteral("ok"));
    // A reader connection on another handle sees the same through the key ring.
    Database reader(dbPath(), Database::Mode::ReadOnly);
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM notes")), 2000);
}

void TestCryptVfs::reservedBytesAndPlainHeader()
{
    {
        Database db(dbPath());
        fill(db, 10);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray bytes = fileBytes(dbPath());
    QVERIFY(bytes.size() >= 4096);
    QVERIFY(bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    QCOMPARE(int(quint8(bytes.at(20))), PageCipher::kReservedBytes);
    // The default VFS cannot read it: the pages are ciphertext.
    sqlite3* plain = nullptr;
    QCOMPARE(sqlite3_open_v2(dbPath().toUtf8().constData(), &plain, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    QVERIFY(sqlite3_exec(plain, "SELECT count(*) FROM notes", nullptr, nullptr, nullptr) != SQLITE_OK);
    sqlite3_close(plain);
}

void TestCryptVfs::wrongKeyRefusedAndNothingChanged()
{
    {
        Database db(dbPath());
        fill(db, 300);
        db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        fill(db, 300); // these commits live in the WAL only
    }
    QDir dir(m_dir->path());
    QHash<QString, QByteArray> before;
    for (const QString& name : dir.entryList(QDir::Files)) {
        before.insert(name,
                      QCryptographicHash::hash(fileBytes(dir.filePath(name)), QCryptographicHash::Sha256));
    }
    CryptKeyRing::registerKey(dbPath(), keyOf(2));
    try {
        Database db(dbPath());
        QFAIL("a wrong key opened the database");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_NOTADB);
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("not a database")), error.what());
    }
    QHash<QString, QByteArray> after;
    for (const QString& name : dir.entryList(QDir::Files)) {
        after.insert(name,
                     QCryptographicHash::hash(fileBytes(dir.filePath(name)), QCryptographicHash::Sha256));
    }
    QCOMPARE(after, before);
    CryptKeyRing::registerKey(dbPath(), keyOf(1));
    Database db(dbPath());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 600);
}

void TestCryptVfs::noPlainTextInAnyFile()
{
    Database db(dbPath());
    db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    fill(db, 500);
    db.exec(QStringLiteral("CREATE INDEX notes_body ON notes(body)")); // a sort that may spill
    QDir dir(m_dir->path());
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("crypt.db-wal")));
    for (const QString& name : files) {
        const QByteArray bytes = fileBytes(dir.filePath(name));
        QVERIFY2(!bytes.contains(kMarker), qPrintable(name));
        QVERIFY2(!bytes.contains("skolepsykolog"), qPrintable(name));
    }
    // CryptFileScan decrypts every page image of the database and the WAL with the registered key.
    QVERIFY(akta::sqlite::CryptFileScan::plaintext(dbPath()).contains(kMarker));
}

void TestCryptVfs::damagedPageIsAnErrorNotData()
{
    {
        Database db(dbPath());
        fill(db, 400);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 * 3 + 500)); // a byte inside page 4
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(4096 * 3 + 500));
        QVERIFY(file.putChar(char(byte ^ 0x01)));
    }
    Database db(dbPath());
    // The page fails to authenticate: SQLite gets an I/O error for it, never its bytes. integrity_check
    // reports such pages in its result; other statements fail.
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QVERIFY2(check.columnText(0).contains(QStringLiteral("error code=8202")),
             qPrintable(check.columnText(0)));
    try {
        auto scan = db.prepare(QStringLiteral("SELECT sum(length(body)) FROM notes"));
        scan.step();
        auto ftsScan =
            db.prepare(QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'barn'"));
        ftsScan.step();
        QFAIL("a damaged page was read as data");
    } catch (const SqliteError& error) {
        QCOMPARE(error.code(), SQLITE_IOERR_DATA);
    }
}

void TestCryptVfs::walOnlyCommitsSurviveReopen()
{
    {
        Database db(dbPath());
        db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        for (int i = 0; i < 20; ++i) {
            fill(db, 50);
        }
        // Leave the WAL in place, as after a crash: no checkpoint on close.
        int keep = 1;
        sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    QVERIFY(QFileInfo(dbPath() + QStringLiteral("-wal")).size() > 0);
    QFile::remove(dbPath() + QStringLiteral("-shm")); // forces WAL recovery from the frames
    Database db(dbPath());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 1000);
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QCOMPARE(check.columnText(0), QStringLiteral("ok"));
}

// With powersafe overwrite off and synchronous FULL, SQLite pads the WAL to sector boundaries and splits a
// frame write around the fsync of a commit; the VFS must seal such a page only once it is complete.
void TestCryptVfs::splitFrameWritesWithPsowOff()
{
    akta::sqlite::CryptVfs::ensureRegistered();
    const int keyId = CryptKeyRing::registerKey(dbPath(), keyOf(1));
    const QByteArray uri = "file:" + QUrl::fromLocalFile(dbPath()).path(QUrl::FullyEncoded).toUtf8() +
                           "?vfs=akta-crypt&psow=0&akta_key=" + QByteArray::number(keyId);
    const auto openRaw = [&]() {
        sqlite3* db = nullptr;
        const int rc = sqlite3_open_v2(uri.constData(), &db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
        if (rc != SQLITE_OK) {
            qFatal("open: %s", sqlite3_errstr(rc));
        }
        int reserve = PageCipher::kReservedBytes;
        sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        return db;
    };
    sqlite3* db = openRaw();
    QCOMPARE(sqlite3_exec(db,
                          "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=0;"
                          "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    for (int i = 0; i < 200; ++i) {
        const QByteArray sql =
            "INSERT INTO t(v) VALUES(printf('%.*c', " + QByteArray::number(100 + 37 * (i % 50)) + ", 'x'))";
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    int keep = 1;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_close(db);
    QFile::remove(dbPath() + QStringLiteral("-shm")); // recovery reads every frame again

    Database reopened(dbPath());
    QCOMPARE(scalar(reopened, QStringLiteral("SELECT count(*) FROM t")), 200);
    auto check = reopened.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QCOMPARE(check.columnText(0), QStringLiteral("ok"));
}

// The connection is opened by URI: a path that needs escaping must reach the same file.
void TestCryptVfs::pathWithSpacesAndDanishLetters()
{
    const QString folder = m_dir->filePath(QStringLiteral("Sager for Jørgen & Åse #1?"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/akta 100%.db");
    CryptKeyRing::registerKey(path, keyOf(5));
    {
        Database db(path);
        fill(db, 5);
    }
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("akta 100%.db")});
    Database db(path, Database::Mode::ReadOnly);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 5);
}

void TestCryptVfs::openingWithoutTheKeyIsAClearError()
{
    {
        Database db(dbPath());
        fill(db, 10);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // A copy under a path no key was registered for: refused with a message, not read as a damaged file.
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(QFile::copy(dbPath(), copy));
    const QByteArray before = fileBytes(copy);
    try {
        Database db(copy, Database::Mode::ReadOnly);
        QFAIL("an encrypted database opened without its key");
    } catch (const akta::sqlite::SqliteError& error) {
        QCOMPARE(error.code() & 0xff, SQLITE_NOTADB);
        QVERIFY2(QByteArray(error.what()).contains("encrypted"), error.what());
    }
    QCOMPARE(fileBytes(copy), before);
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestCryptVfs)
#include "tst_cryptvfs.moc"
