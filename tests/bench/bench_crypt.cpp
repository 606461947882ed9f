// Encryption-at-rest benchmark: the same workload on a plain SQLite database and on one opened through the
// encrypting VFS (akta-crypt), in the same run, and the blob store against a plain hashed, synced file write:
// - journaling: N documents, each its own transaction (row, index and FTS5 entry of its text);
// - startup to first page: open a new connection and read the newest 100 documents;
// - search: FTS5 queries on the document text, p50 and p95 over a warm connection;
// - blobs: storing 8 MiB files (SHA-256, write, fsync, rename) and reading them back.
// Prints each measure with the ratio encrypted / plain. Files stay in the OS cache (a warm machine); both
// read connections get the same page cache (64 MiB, what Database gives an encrypted store).
#include "blobs/BlobStore.h"
#include "sqlite/CryptKeyRing.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace akta;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList& vocabulary()
{
    static const QStringList words = [] {
        QStringList list;
        const QStringList stems{
            QStringLiteral("skole"),     QStringLiteral("barn"),      QStringLiteral("forælder"),
            QStringLiteral("møde"),      QStringLiteral("afgørelse"), QStringLiteral("klage"),
            QStringLiteral("bolig"),     QStringLiteral("støtte"),    QStringLiteral("psykolog"),
            QStringLiteral("plan"),      QStringLiteral("handle"),    QStringLiteral("tilsyn"),
            QStringLiteral("ansøgning"), QStringLiteral("bevilling"), QStringLiteral("udredning"),
            QStringLiteral("netværk")};
        for (const QString& stem : stems) {
            for (int i = 0; i < 40; ++i) {
                list << stem + QString::number(i);
            }
        }
        return list;
    }();
    return words;
}

QString text(QRandomGenerator& random, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        parts << vocabulary().at(int(random.bounded(vocabulary().size())));
    }
    return parts.join(QLatin1Char(' '));
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

struct Result
{
    double journalPerSecond = 0;
    double firstPageMedianMs = 0;
    double queryP50Ms = 0;
    double queryP95Ms = 0;
    qint64 fileBytes = 0;
};

Result runDatabase(const QString& path, int documents, int queries)
{
    Result result;
    QRandomGenerator random(20261128);
    {
        sqlite::Database db(path);
        db.exec(QStringLiteral(
            "CREATE TABLE docs(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, title TEXT NOT NULL,"
            " body TEXT NOT NULL, created TEXT NOT NULL);"
            "CREATE INDEX docs_case ON docs(case_id, id);"
            "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id');"
            "INSERT INTO docs_fts(docs_fts, rank) VALUES('pgsz', 4000);"));
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO docs(case_id, title, body, created) VALUES(?1, ?2, ?3, datetime('now'))"));
        auto index =
            db.prepare(QStringLiteral("INSERT INTO docs_fts(rowid, title, body) VALUES(?1, ?2, ?3)"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < documents; ++i) {
            const QString title = text(random, 6);
            const QString body = text(random, 400);
            sqlite::Transaction transaction(db);
            insert.bind(1, qint64(random.bounded(2000))).bind(2, title).bind(3, body);
            insert.step();
            insert.reset();
            index.bind(1, db.lastInsertRowId()).bind(2, title).bind(3, body);
            index.step();
            index.reset();
            transaction.commit();
        }
        result.journalPerSecond = documents / (double(timer.nsecsElapsed()) / 1e9);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    std::vector<double> firstPage;
    for (int round = 0; round < 30; ++round) {
        QElapsedTimer timer;
        timer.start();
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        db.exec(QStringLiteral("PRAGMA cache_size = -65536")); // the encrypted connection's cache, for both
        auto page = db.prepare(
            QStringLiteral("SELECT id, case_id, title, created FROM docs ORDER BY id DESC LIMIT 100"));
        int rows = 0;
        while (page.step()) {
            ++rows;
        }
        firstPage.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (rows != 100) {
            qFatal("the first page has %d rows", rows);
        }
    }
    result.firstPageMedianMs = percentile(firstPage, 0.5);
    std::vector<double> latencies;
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    auto search = db.prepare(QStringLiteral("SELECT d.id, d.title, snippet(docs_fts, 1, '[', ']', '…', 8) "
                                            "FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid"
                                            " WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT 50"));
    for (int i = 0; i < queries; ++i) {
        const QString query = vocabulary().at(int(random.bounded(vocabulary().size()))) + QLatin1Char(' ') +
                              vocabulary().at(int(random.bounded(vocabulary().size())));
        QElapsedTimer timer;
        timer.start();
        search.bind(1, query);
        while (search.step()) {
        }
        search.reset();
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    result.queryP50Ms = percentile(latencies, 0.5);
    result.queryP95Ms = percentile(latencies, 0.95);
    result.fileBytes = QFileInfo(path).size();
    return result;
}

// The plain reference for blobs: what BlobStore did before encryption (hash, write, sync, rename).
double plainBlobSeconds(const QString& directory, const std::vector<QByteArray>& contents)
{
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& content : contents) {
        const QString name =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QSaveFile file(directory + QLatin1Char('/') + name);
        file.open(QIODevice::WriteOnly);
        for (qsizetype at = 0; at < content.size(); at += 1024 * 1024) {
            file.write(content.mid(at, 1024 * 1024));
        }
        file.commit();
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

void line(const QString& what, double plain, double encrypted, const QString& unit)
{
    out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0)
          << QStringLiteral("plain %1 %3, encrypted %2 %3, ratio %4")
                 .arg(plain, 0, 'f', 2)
                 .arg(encrypted, 0, 'f', 2)
                 .arg(unit)
                 .arg(encrypted / plain, 0, 'f', 2)
          << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encrypted against plain store, same run"));
    parser.addHelpOption();
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
                                             QStringLiteral("documents to journal"), QStringLiteral("N"),
                                             QStringLiteral("5000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("search queries"),
                                           QStringLiteral("N"), QStringLiteral("400"));
    parser.addOptions({documentsOption, queriesOption});
    parser.process(app);
    const int documents = parser.value(documentsOption).toInt();
    const int queries = parser.value(queriesOption).toInt();

    QTemporaryDir work;
    const QString plainPath = work.filePath(QStringLiteral("plain.db"));
    const QString encryptedPath = work.filePath(QStringLiteral("encrypted.db"));
    sqlite::PageCipher::Key key{};
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()),
                                          key.size() / sizeof(quint32));
    sqlite::CryptKeyRing::registerKey(encryptedPath, key);

    out() << "documents " << documents << ", queries " << queries << Qt::endl;
    const Result plain = runDatabase(plainPath, documents, queries);
    const Result encrypted = runDatabase(encryptedPath, documents, queries);
    line(QStringLiteral("journaling (documents/s)"), plain.journalPerSecond, encrypted.journalPerSecond,
         QStringLiteral("/s"));
    out() << "  (throughput: the cost ratio is plain/encrypted = "
          << QString::number(plain.journalPerSecond / encrypted.journalPerSecond, 'f', 2) << ")" << Qt::endl;
    line(QStringLiteral("startup to first page (median)"), plain.firstPageMedianMs,
         encrypted.firstPageMedianMs, QStringLiteral("ms"));
    line(QStringLiteral("search p50"), plain.queryP50Ms, encrypted.queryP50Ms, QStringLiteral("ms"));
    line(QStringLiteral("search p95"), plain.queryP95Ms, encrypted.queryP95Ms, QStringLiteral("ms"));
    line(QStringLiteral("database file"), double(plain.fileBytes) / 1048576.0,
         double(encrypted.fileBytes) / 1048576.0, QStringLiteral("MiB"));

    std::vector<QByteArray> contents;
    QRandomGenerator random(7);
    for (int i = 0; i < 8; ++i) {
        QByteArray content(8 * 1024 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
        contents.push_back(content);
    }
    QDir().mkpath(work.filePath(QStringLiteral("plain-blobs")));
    const double plainSeconds = plainBlobSeconds(work.filePath(QStringLiteral("plain-blobs")), contents);
    blobs::BlobCipher::Key blobKey{};
    const blobs::BlobStore store(work.filePath(QStringLiteral("blobs")), blobKey);
    QElapsedTimer timer;
    timer.start();
    QStringList hashes;
    for (const QByteArray& content : contents) {
        hashes << store.putData(content).sha256;
    }
    const double encryptedSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double mib = double(contents.size()) * 8.0;
    line(QStringLiteral("blob put (MiB/s)"), mib / plainSeconds, mib / encryptedSeconds,
         QStringLiteral("MiB/s"));
    timer.restart();
    for (const QString& hash : std::as_const(hashes)) {
        auto device = store.open(hash);
        while (!device->read(1024 * 1024).isEmpty()) {
        }
    }
    const double readEncrypted = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    for (const QString& name : QDir(work.filePath(QStringLiteral("plain-blobs"))).entryList(QDir::Files)) {
        QFile file(work.filePath(QStringLiteral("plain-blobs/") + name));
        file.open(QIODevice::ReadOnly);
        while (!file.read(1024 * 1024).isEmpty()) {
        }
    }
    const double readPlain = double(timer.nsecsElapsed()) / 1e9;
    line(QStringLiteral("blob read (MiB/s)"), mib / readPlain, mib / readEncrypted, QStringLiteral("MiB/s"));
    return 0;
}
