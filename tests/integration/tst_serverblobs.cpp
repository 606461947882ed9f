// Runs the real akta-server (SQLite, and PostgreSQL when AKTA_TEST_PG_URL is set) and exercises the
// blob store over HTTP (hash-verified, resumable and interrupted uploads, ranges, access through the
// versions that name a blob, a large upload and download streamed without the server holding it in
// memory), the person register (import and look-up) and the KLE plan (import and download).

#include "ApiClient.h"
#include "ServerProcess.h"
#include "ThreeUserServer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <httplib.h>

#include <csignal>
#include <memory>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(static_cast<quint32>(size));
    for (qsizetype i = 0; i < size; ++i) {
        data[i] = static_cast<char>(generator.bounded(256));
    }
    return data;
}

QMap<QString, QString> uploadHeaders(qint64 total, qint64 offset = -1)
{
    QMap<QString, QString> headers{{QStringLiteral("Akta-Upload-Length"), QString::number(total)}};
    if (offset >= 0) {
        headers.insert(QStringLiteral("Akta-Upload-Offset"), QString::number(offset));
    }
    return headers;
}

QString blobPath(const QString& sha)
{
    return QStringLiteral("/api/v1/blobs/") + sha;
}

// The peak resident memory of a process in KiB (Linux), or -1.
qint64 peakMemoryKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// A deterministic stream of `size` bytes, produced in chunks (never whole in memory).
class ChunkStream final
{
public:
    static QByteArray chunk(qint64 index)
    {
        return QByteArray(1024 * 1024, static_cast<char>('a' + index % 26));
    }
    static QString hash(qint64 chunks)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 i = 0; i < chunks; ++i) {
            hash.addData(chunk(i));
        }
        return QString::fromLatin1(hash.result().toHex());
    }
};

} // namespace

class TestServerBlobs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void uploadIsVerifiedAndReadBack();
    void mismatchStoresNothing();
    void uploadResumesAtOffset();
    void interruptedUploadKeepsWhatArrived();
    void badBlobRequests();
    void blobAccessFollowsVersions();
    void largeBlobIsStreamed();
    void personLookUp();
    void klePlanDownload();

private:
    QJsonObject pushOne(ApiClient& client, const QJsonObject& operation);

    ThreeUserServer m_fixture;
};

void TestServerBlobs::initTestCase_data()
{
#ifndef Q_OS_WIN
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QTest::addColumn<QString>("backend");
    QString error;
    const QStringList backends = ServerProcess::backends(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& backend : backends) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

void TestServerBlobs::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    QVERIFY2(m_fixture.start(backend, &error), qPrintable(error));
}

void TestServerBlobs::cleanup()
{
    m_fixture.stop();
}

QJsonObject TestServerBlobs::pushOne(ApiClient& client, const QJsonObject& operation)
{
    const auto reply = client.postJson(QStringLiteral("/api/v1/push"),
                                       {{QStringLiteral("operations"), QJsonArray{operation}}});
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

void TestServerBlobs::uploadIsVerifiedAndReadBack()
{
    const QByteArray content = randomBytes(300 * 1024);
    const QString sha = sha256(content);
    const auto stored = m_fixture.caseworker->put(blobPath(sha), content, uploadHeaders(content.size()));
    QCOMPARE(stored.status, 201);
    QCOMPARE(stored.json.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(stored.json.value(QStringLiteral("size")).toInteger(), content.size());
    // Again: already there.
    QCOMPARE(m_fixture.caseworker->put(blobPath(sha), content, uploadHeaders(content.size())).status, 200);
    const auto head = m_fixture.caseworker->head(blobPath(sha));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QString::number(content.size()));
    const auto whole = m_fixture.caseworker->get(blobPath(sha));
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.body == content);
    const auto range = m_fixture.caseworker->get(
        blobPath(sha), {{QStringLiteral("Range"), QStringLiteral("bytes=1000-1999")}});
    QCOMPARE(range.status, 206);
    QVERIFY(range.body == content.mid(1000, 1000));
    QCOMPARE(range.header("Content-Range"), QStringLiteral("bytes 1000-1999/%1").arg(content.size()));
    const auto tail = m_fixture.caseworker->get(blobPath(sha),
                                                {{QStringLiteral("Range"), QStringLiteral("bytes=307000-")}});
    QCOMPARE(tail.status, 206);
    QVERIFY(tail.body == content.mid(307000));
    const auto outside = m_fixture.caseworker->get(
        blobPath(sha), {{QStringLiteral("Range"), QStringLiteral("bytes=999999-")}});
    QCOMPARE(outside.status, 416);
    QVERIFY(outside.isJsonError());
}

void TestServerBlobs::mismatchStoresNothing()
{
    const QByteArray content = randomBytes(4096);
    const QString wrong = sha256(QByteArrayLiteral("something else"));
    const auto reply = m_fixture.caseworker->put(blobPath(wrong), content, uploadHeaders(content.size()));
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.isJsonError());
    QCOMPARE(reply.json.value(QStringLiteral("error")).toString(), QStringLiteral("hash_mismatch"));
    const auto head = m_fixture.caseworker->head(blobPath(wrong));
    QCOMPARE(head.status, 404);
    QCOMPARE(head.header("Akta-Upload-Offset"), QStringLiteral("0"));
    // Not a byte of it is left in the blob store.
    QDirIterator files(m_fixture.server->dataDir() + QStringLiteral("/data/blobs"), QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    // A body longer than announced is refused and dropped too.
    const auto longer = m_fixture.caseworker->put(blobPath(sha256(content)), content, uploadHeaders(100));
    QCOMPARE(longer.status, 400);
    QCOMPARE(m_fixture.caseworker->head(blobPath(sha256(content))).header("Akta-Upload-Offset"),
             QStringLiteral("0"));
}

void TestServerBlobs::uploadResumesAtOffset()
{
    const QByteArray content = randomBytes(200 * 1024);
    const QString sha = sha256(content);
    const auto first =
        m_fixture.caseworker->put(blobPath(sha), content.left(70000), uploadHeaders(content.size()));
    QCOMPARE(first.status, 202);
    QCOMPARE(first.json.value(QStringLiteral("complete")).toBool(true), false);
    const auto head = m_fixture.caseworker->head(blobPath(sha));
    QCOMPARE(head.status, 404);
    QCOMPARE(head.header("Akta-Upload-Offset"), QStringLiteral("70000"));
    // Resuming at the wrong place is refused with the right one.
    const auto wrong =
        m_fixture.caseworker->put(blobPath(sha), content.mid(50000), uploadHeaders(content.size(), 50000));
    QCOMPARE(wrong.status, 409);
    QCOMPARE(wrong.header("Akta-Upload-Offset"), QStringLiteral("70000"));
    const auto rest =
        m_fixture.caseworker->put(blobPath(sha), content.mid(70000), uploadHeaders(content.size(), 70000));
    QCOMPARE(rest.status, 201);
    QVERIFY(m_fixture.caseworker->get(blobPath(sha)).body == content);
}

void TestServerBlobs::interruptedUploadKeepsWhatArrived()
{
    const QByteArray content = randomBytes(3 * 1024 * 1024);
    const QString sha = sha256(content);
    {
        // The client announces the whole content, sends a third and breaks off.
        httplib::Client client("127.0.0.1", m_fixture.server->port());
        httplib::Headers headers{{"Authorization", "Bearer " + m_fixture.caseworker->token().toStdString()},
                                 {"Akta-Upload-Length", std::to_string(content.size())}};
        const qsizetype cut = content.size() / 3;
        client.Put(
            blobPath(sha).toStdString(), headers, static_cast<size_t>(content.size()),
            [&](size_t offset, size_t, httplib::DataSink& sink) {
                if (static_cast<qsizetype>(offset) >= cut) {
                    return false;
                }
                const qsizetype length = std::min<qsizetype>(64 * 1024, cut - static_cast<qsizetype>(offset));
                return sink.write(content.constData() + offset, static_cast<size_t>(length));
            },
            "application/octet-stream");
    }
    // The server may still be finishing the broken request: HEAD until it has let go of it.
    qint64 kept = -1;
    for (int attempt = 0; attempt < 200 && kept <= 0; ++attempt) {
        kept = m_fixture.caseworker->head(blobPath(sha)).header("Akta-Upload-Offset").toLongLong();
        if (kept <= 0) {
            QTest::qWait(50);
        }
    }
    QVERIFY2(kept > 0 && kept <= content.size() / 3, qPrintable(QString::number(kept)));
    auto rest =
        m_fixture.caseworker->put(blobPath(sha), content.mid(kept), uploadHeaders(content.size(), kept));
    // While the broken request still holds the blob the server refuses with 409 and closes the
    // connection without reading the body, which the client may see as a failed send (status 0).
    // The broken request may also still be writing what had arrived, so the offset to resume at
    // can grow after the HEAD above: ask again before each try. On a loaded machine that can take the
    // server's whole read timeout (5 s) and more: wait up to 60 s.
    for (int attempt = 0; attempt < 1200 && (rest.status == 409 || rest.status == 0); ++attempt) {
        QTest::qWait(50);
        const qint64 now =
            m_fixture.caseworker->head(blobPath(sha)).header("Akta-Upload-Offset").toLongLong();
        QVERIFY2(now >= kept && now <= content.size() / 3, qPrintable(QString::number(now)));
        kept = now;
        rest =
            m_fixture.caseworker->put(blobPath(sha), content.mid(kept), uploadHeaders(content.size(), kept));
    }
    QVERIFY2(rest.status == 201, m_fixture.server->log().right(3000).constData());
    QVERIFY(m_fixture.caseworker->get(blobPath(sha)).body == content);
}

void TestServerBlobs::badBlobRequests()
{
    const QByteArray content = QByteArrayLiteral("hello");
    const QString sha = sha256(content);
    const QStringList badNames{QStringLiteral("..%2F..%2Fetc%2Fpasswd"), QStringLiteral("ABCDEF"),
                               sha.toUpper(), sha + QStringLiteral("/../x"), sha.left(63)};
    for (const QString& name : badNames) {
        const auto put =
            m_fixture.caseworker->put(QStringLiteral("/api/v1/blobs/") + name, content, uploadHeaders(5));
        QVERIFY2(put.status == 400 || put.status == 404, qPrintable(name));
        QVERIFY2(put.isJsonError(), qPrintable(name));
        const auto get = m_fixture.caseworker->get(QStringLiteral("/api/v1/blobs/") + name);
        QVERIFY2(get.status == 400 || get.status == 404, qPrintable(name));
    }
    QCOMPARE(m_fixture.caseworker->put(blobPath(sha), content, {}).status, 400);
    QCOMPARE(m_fixture.caseworker
                 ->put(blobPath(sha), content, {{QStringLiteral("Akta-Upload-Length"), QStringLiteral("x")}})
                 .status,
             400);
    ApiClient anonymous(m_fixture.server->port());
    QCOMPARE(anonymous.put(blobPath(sha), content, uploadHeaders(5)).status, 401);
    QCOMPARE(anonymous.get(blobPath(sha)).status, 401);
    QDirIterator files(m_fixture.server->dataDir() + QStringLiteral("/data/blobs"), QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(!files.hasNext());

    // A blob over the configured limit is refused before a byte is stored.
    QFile config(m_fixture.server->filePath(QStringLiteral("small.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"maxBlobBytes": 4})");
    config.close();
    QVERIFY(m_fixture.server->stop() == 0);
    QString error;
    QVERIFY2(m_fixture.server->start({QStringLiteral("--config"), config.fileName()}, &error),
             qPrintable(error));
    ApiClient client(m_fixture.server->port());
    QVERIFY(client.login(QStringLiteral("bo"), ServerProcess::kPassword));
    const auto tooLarge = client.put(blobPath(sha), content, uploadHeaders(5));
    QCOMPARE(tooLarge.status, 413);
    QVERIFY(tooLarge.isJsonError());
}

void TestServerBlobs::blobAccessFollowsVersions()
{
    const QByteArray content = randomBytes(10000);
    const QString sha = sha256(content);
    const QString caseId = newId();
    const QString documentId = newId();
    QCOMPARE(pushOne(*m_fixture.caseworker,
                     {{QStringLiteral("opId"), newId()},
                      {QStringLiteral("entity"), QStringLiteral("case")},
                      {QStringLiteral("id"), caseId},
                      {QStringLiteral("baseRev"), 0},
                      {QStringLiteral("fields"),
                       QJsonObject{{QStringLiteral("title"), QStringLiteral("Sag")},
                                   {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}}}})
                 .value(QStringLiteral("status")),
             QStringLiteral("applied"));
    QCOMPARE(
        pushOne(*m_fixture.caseworker,
                {{QStringLiteral("opId"), newId()},
                 {QStringLiteral("entity"), QStringLiteral("document")},
                 {QStringLiteral("id"), documentId},
                 {QStringLiteral("baseRev"), 0},
                 {QStringLiteral("fields"), QJsonObject{{QStringLiteral("caseId"), caseId},
                                                        {QStringLiteral("title"), QStringLiteral("Brev")}}}})
            .value(QStringLiteral("status")),
        QStringLiteral("applied"));
    const QJsonObject version{
        {QStringLiteral("opId"), newId()},
        {QStringLiteral("entity"), QStringLiteral("document_version")},
        {QStringLiteral("id"), newId()},
        {QStringLiteral("baseRev"), 0},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("documentId"), documentId},
                                               {QStringLiteral("version"), 1},
                                               {QStringLiteral("sha256"), sha},
                                               {QStringLiteral("fileName"), QStringLiteral("brev.pdf")},
                                               {QStringLiteral("size"), content.size()}}}};
    // The version before its blob: rejected (blobs go first).
    QJsonObject early = version;
    early.insert(QStringLiteral("opId"), newId());
    QCOMPARE(pushOne(*m_fixture.caseworker, early).value(QStringLiteral("status")),
             QStringLiteral("rejected"));
    QCOMPARE(m_fixture.caseworker->put(blobPath(sha), content, uploadHeaders(content.size())).status, 201);
    // Before a version names it, only the uploader may read it.
    QCOMPARE(m_fixture.leader->get(blobPath(sha)).status, 404);
    QCOMPARE(m_fixture.leader->head(blobPath(sha)).status, 404);
    QCOMPARE(pushOne(*m_fixture.caseworker, version).value(QStringLiteral("status")),
             QStringLiteral("applied"));
    // Now whoever sees the case reads it; others do not even learn that it exists.
    QCOMPARE(m_fixture.leader->get(blobPath(sha)).body, content);
    const auto outsider = m_fixture.outsider->get(blobPath(sha));
    QCOMPARE(outsider.status, 404);
    QVERIFY(outsider.isJsonError());
    QCOMPARE(m_fixture.outsider->head(blobPath(sha)).status, 404);
}

void TestServerBlobs::largeBlobIsStreamed()
{
    constexpr qint64 chunks = 160; // MiB
    const QString sha = ChunkStream::hash(chunks);
    const qint64 before = peakMemoryKiB(m_fixture.server->pid());
    httplib::Client client("127.0.0.1", m_fixture.server->port());
    client.set_read_timeout(300, 0);
    client.set_write_timeout(300, 0);
    const httplib::Headers headers{{"Authorization", "Bearer " + m_fixture.caseworker->token().toStdString()},
                                   {"Akta-Upload-Length", std::to_string(chunks * 1024 * 1024)}};
    const auto put = client.Put(
        blobPath(sha).toStdString(), headers, static_cast<size_t>(chunks * 1024 * 1024),
        [](size_t offset, size_t, httplib::DataSink& sink) {
            const QByteArray chunk = ChunkStream::chunk(static_cast<qint64>(offset / (1024 * 1024)));
            const size_t within = offset % (1024 * 1024);
            return sink.write(chunk.constData() + within, static_cast<size_t>(chunk.size()) - within);
        },
        "application/octet-stream");
    QVERIFY(put);
    QCOMPARE(put->status, 201);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    const auto get = client.Get(blobPath(sha).toStdString(), headers, [&](const char* data, size_t length) {
        hash.addData(QByteArrayView(data, static_cast<qsizetype>(length)));
        received += static_cast<qint64>(length);
        return true;
    });
    QVERIFY(get);
    QCOMPARE(get->status, 200);
    QCOMPARE(received, chunks * 1024 * 1024);
    QCOMPARE(QString::fromLatin1(hash.result().toHex()), sha);
#ifdef Q_OS_LINUX
    // Neither the upload nor the download sat in the server's memory.
    const qint64 after = peakMemoryKiB(m_fixture.server->pid());
    QVERIFY(before > 0);
    QVERIFY2(after - before < 48 * 1024,
             qPrintable(QStringLiteral("peak grew from %1 to %2 KiB").arg(before).arg(after)));
#else
    Q_UNUSED(before)
#endif
}

void TestServerBlobs::personLookUp()
{
    QFile file(m_fixture.server->filePath(QStringLiteral("register.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"cpr": "010180-1234", "firstName": "Anna", "lastName": "Hansen", "address": {"street": )"
        R"("Vestergade 1", "postalCode": "5000", "city": "Odense C"}, "protected": false, "status": "alive", )"
        R"("relations": [{"type": "child", "cpr": "6510154322"}]})"
        "\n"
        R"({"cpr": "0303803456", "firstName": "Sara", "lastName": "Skjult", "address": {"street": )"
        R"("Lønkammervej 17", "postalCode": "6853", "city": "Gemmested"}, "protected": true, "status": "alive"})"
        "\n"
        R"({"cpr": "0202802345", "firstName": "Bo")"
        "\n"
        R"({"cvr": "DK 1234 5674", "name": "Ærø Æbler ApS", "address": {"street": "Søndergade 3", )"
        R"("postalCode": "5970", "city": "Ærøskøbing"}, "industry": "Frugtavl", "status": "active"})"
        "\n");
    file.close();
    const auto imported =
        m_fixture.server->admin({QStringLiteral("register"), QStringLiteral("import")}, {file.fileName()});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(QStringLiteral("persons")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("companies")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("rejected")).toArray().size(), 1);
    QCOMPARE(
        report.value(QStringLiteral("rejected")).toArray().first().toObject().value(QStringLiteral("line")),
        3);

    const auto anna = m_fixture.caseworker->get(QStringLiteral("/api/v1/persons/010180-1234"));
    QCOMPARE(anna.status, 200);
    QCOMPARE(anna.json.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Hansen"));
    QCOMPARE(anna.json.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
             QStringLiteral("Odense C"));
    QCOMPARE(anna.json.value(QStringLiteral("relations")).toArray().size(), 1);
    const auto sara = m_fixture.caseworker->get(QStringLiteral("/api/v1/persons/0303803456"));
    QCOMPARE(sara.status, 200);
    QCOMPARE(sara.json.value(QStringLiteral("protected")).toBool(), true);
    QVERIFY(!sara.json.contains(QStringLiteral("address")));
    QVERIFY(!sara.body.contains("Lønkammervej") && !sara.body.contains("Gemmested"));
    const auto company = m_fixture.caseworker->get(QStringLiteral("/api/v1/persons/12345674"));
    QCOMPARE(company.status, 200);
    QCOMPARE(company.json.value(QStringLiteral("kind")).toString(), QStringLiteral("company"));
    QCOMPARE(m_fixture.caseworker->get(QStringLiteral("/api/v1/persons/0101790000")).status, 404);
    const auto invalid = m_fixture.caseworker->get(QStringLiteral("/api/v1/persons/..%2F..%2Fetc"));
    QCOMPARE(invalid.status, 400);
    QVERIFY(invalid.isJsonError());
    QCOMPARE(ApiClient(m_fixture.server->port()).get(QStringLiteral("/api/v1/persons/0101801234")).status,
             401);

    // The cases of the person: only those the user may see.
    const QString party = newId();
    const QString caseId = newId();
    QCOMPARE(pushOne(*m_fixture.caseworker,
                     {{QStringLiteral("opId"), newId()},
                      {QStringLiteral("entity"), QStringLiteral("party")},
                      {QStringLiteral("id"), party},
                      {QStringLiteral("baseRev"), 0},
                      {QStringLiteral("fields"),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                                   {QStringLiteral("identifier"), QStringLiteral("0101801234")},
                                   {QStringLiteral("name"), QStringLiteral("Anna Hansen")}}}})
                 .value(QStringLiteral("status")),
             QStringLiteral("applied"));
    QCOMPARE(pushOne(*m_fixture.caseworker,
                     {{QStringLiteral("opId"), newId()},
                      {QStringLiteral("entity"), QStringLiteral("case")},
                      {QStringLiteral("id"), caseId},
                      {QStringLiteral("baseRev"), 0},
                      {QStringLiteral("fields"),
                       QJsonObject{
                           {QStringLiteral("title"), QStringLiteral("Annas sag")},
                           {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")},
                           {QStringLiteral("parties"),
                            QJsonArray{QJsonObject{{QStringLiteral("partyId"), party},
                                                   {QStringLiteral("role"), QStringLiteral("primary")}}}}}}})
                 .value(QStringLiteral("status")),
             QStringLiteral("applied"));
    const auto seen = m_fixture.leader->get(QStringLiteral("/api/v1/persons/0101801234"));
    QCOMPARE(seen.json.value(QStringLiteral("cases")).toArray().size(), 1);
    QCOMPARE(
        seen.json.value(QStringLiteral("cases")).toArray().first().toObject().value(QStringLiteral("id")),
        caseId);
    const auto unseen = m_fixture.outsider->get(QStringLiteral("/api/v1/persons/0101801234"));
    QCOMPARE(unseen.status, 200);
    QCOMPARE(unseen.json.value(QStringLiteral("cases")).toArray().size(), 0);
}

void TestServerBlobs::klePlanDownload()
{
    const QString emneplan = QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml");
    const QString facets = QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml");
    const auto plan = m_fixture.server->admin({QStringLiteral("kle"), QStringLiteral("import")}, {emneplan});
    QCOMPARE(plan.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("emneplan"));
    const auto facetImport =
        m_fixture.server->admin({QStringLiteral("kle"), QStringLiteral("import")}, {facets});
    QCOMPARE(facetImport.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(facetImport.out).object().value(QStringLiteral("count")).toInt(), 5);

    const auto reply = m_fixture.caseworker->get(QStringLiteral("/api/v1/kle"));
    QCOMPARE(reply.status, 200);
    const QJsonArray entries = reply.json.value(QStringLiteral("entries")).toArray();
    const int count = QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("count")).toInt();
    QVERIFY(count > 10);
    QCOMPARE(entries.size(), count);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("number")).toString(), QStringLiteral("00"));
    QCOMPARE(entries.first().toObject().value(QStringLiteral("level")).toInt(), 1);
    QStringList facetNumbers;
    for (const QJsonValue& facet : reply.json.value(QStringLiteral("facets")).toArray()) {
        facetNumbers << facet.toObject().value(QStringLiteral("number")).toString();
    }
    QVERIFY(facetNumbers.contains(QStringLiteral("G01")));

    // A broken file is refused and the plan stays as it was.
    QFile broken(m_fixture.server->filePath(QStringLiteral("broken.xml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QFile source(emneplan);
    QVERIFY(source.open(QIODevice::ReadOnly));
    broken.write(source.read(source.size() / 2));
    broken.close();
    const auto failed =
        m_fixture.server->admin({QStringLiteral("kle"), QStringLiteral("import")}, {broken.fileName()});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(!failed.err.isEmpty());
    QCOMPARE(m_fixture.caseworker->get(QStringLiteral("/api/v1/kle"))
                 .json.value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
             count);
    QCOMPARE(ApiClient(m_fixture.server->port()).get(QStringLiteral("/api/v1/kle")).status, 401);
}

QTEST_GUILESS_MAIN(TestServerBlobs)
#include "tst_serverblobs.moc"
