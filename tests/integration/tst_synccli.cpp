// End-to-end sync: a real akta-server on loopback and two or more desktop stores driven by real
// akta-cli processes. Cases, parties and documents made offline on one desktop reach the other;
// concurrent edits of different fields merge, of the same field become a listed conflict; and a
// sync killed (client or server) at random moments converges with nothing lost or duplicated. On
// SQLite and, when AKTA_TEST_PG_URL names a cluster, on PostgreSQL.

#include "ServerProcess.h"
#include "registry/CprNumber.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "sync/ServerApi.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

namespace {

const QString kUnit = QStringLiteral("Børn og Unge/PPR");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanupTestCase();

    void caseAndDocumentsReachTheOtherDesktop();
    void differentFieldsMerge();
    void sameFieldBecomesAConflict();
    void badPasswordFailsAndKeepsTheOutbox();
    void usageErrors();
    void caseMovedOutOfReachIsPurged();
    void killedSyncsConverge();

private:
    QString store(const QString& name) const { return m_stores->filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    Result cli(const QStringList& args, int timeoutMs = 120000);
    QJsonObject sync(const QString& storeName, const QString& user);
    QJsonObject createCase(const QString& storeName, const QString& title);
    QJsonObject showCase(const QString& storeName, const QString& idOrNumber);
    QJsonArray cases(const QString& storeName);
    QJsonArray conflicts(const QString& storeName);
    // "document id/number/sha256" of every document version of `caseIds` in a store, sorted.
    QStringList documentsOf(const QString& storeName, const QStringList& caseIds);
    bool startServer();
    void killServer();

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QProcess> m_process;
    // The backend the server and the stores are for.
    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_stores;
    int m_port = 0;
    int m_starts = 0;
};

void TestSyncCli::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QString error;
    const QStringList backends = ServerProcess::backends(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& backend : backends) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

void TestSyncCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncCli::init()
{
    // QTest runs each test function on every backend in turn: each switch of backend starts a fresh
    // server with fresh desktop stores (every test uses stores of its own).
    QFETCH_GLOBAL(QString, backend);
    if (backend == m_backend) {
        return;
    }
    killServer();
    m_server.reset();
    m_backend.clear();
    m_stores = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stores->isValid());
    m_server = std::make_unique<ServerProcess>(backend);
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    for (const QString& user : {QStringLiteral("anna"), QStringLiteral("bo"), QStringLiteral("carl")}) {
        QVERIFY2(m_server->addUser(user, kUnit, QStringLiteral("caseworker"), &error), qPrintable(error));
    }
    QVERIFY2(m_server->addUser(QStringLiteral("dora"), QStringLiteral("Børn og Unge/Sundhedspleje"),
                               QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("lene"), QStringLiteral("Børn og Unge"),
                               QStringLiteral("leader"), &error),
             qPrintable(error));
    m_port = freePort();
    QVERIFY(m_port > 0);
    QVERIFY(startServer());
    m_backend = backend;
}

void TestSyncCli::cleanupTestCase()
{
    killServer();
    m_server.reset();
}

bool TestSyncCli::startServer()
{
    m_process = std::make_unique<QProcess>();
    const QString log = m_server->filePath(QStringLiteral("sync-server-%1.log").arg(++m_starts));
    m_process->setStandardErrorFile(log);
    m_process->start(QStringLiteral(AKTA_SERVER_PATH), m_server->storageArgs()
                                                           << QStringLiteral("--listen")
                                                           << QStringLiteral("127.0.0.1:%1").arg(m_port));
    if (!m_process->waitForStarted(30000)) {
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("\"listening\"")) {
            return true;
        }
        if (m_process->waitForFinished(20)) {
            qWarning() << "the server ended:" << log;
            return false;
        }
    }
    return false;
}

void TestSyncCli::killServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(30000);
    }
}

Result TestSyncCli::cli(const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestSyncCli::sync(const QString& storeName, const QString& user)
{
    const Result result =
        cli({QStringLiteral("sync"), QStringLiteral("--store"), store(storeName), QStringLiteral("--server"),
             url(), QStringLiteral("--user"), user, QStringLiteral("--password-file"),
             m_server->filePath(QStringLiteral("password")), QStringLiteral("--json")});
    if (result.exitCode != 0) {
        qWarning() << "sync of" << storeName << "failed:" << result.err;
        return {};
    }
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject TestSyncCli::createCase(const QString& storeName, const QString& title)
{
    const Result result =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"), store(storeName),
             QStringLiteral("--json"), QStringLiteral("--no-party"), QStringLiteral("--title"), title,
             QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out).object() : QJsonObject();
}

QJsonObject TestSyncCli::showCase(const QString& storeName, const QString& idOrNumber)
{
    const Result result = cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--store"),
                               store(storeName), QStringLiteral("--json"), idOrNumber});
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out).object() : QJsonObject();
}

QJsonArray TestSyncCli::cases(const QString& storeName)
{
    const Result result = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"),
                               store(storeName), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out).array();
}

QJsonArray TestSyncCli::conflicts(const QString& storeName)
{
    const Result result = cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--store"),
                               store(storeName), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out).array();
}

QStringList TestSyncCli::documentsOf(const QString& storeName, const QStringList& caseIds)
{
    // The store is encrypted: LocalStore registers its key (AKTA_KEY_FILE) before the connection opens.
    akta::store::LocalStore local(store(storeName));
    akta::sqlite::Database& db = local.database();
    auto query =
        db.prepare(QStringLiteral("SELECT d.case_id, d.id, v.version, v.sha256, v.size FROM documents d "
                                  "JOIN document_versions v ON v.document_id = d.id"));
    QStringList rows;
    while (query.step()) {
        if (caseIds.contains(query.columnText(0))) {
            rows << QStringLiteral("%1/%2/%3/%4")
                        .arg(query.columnText(1))
                        .arg(query.columnInt64(2))
                        .arg(query.columnText(3))
                        .arg(query.columnInt64(4));
        }
    }
    rows.sort();
    return rows;
}

void TestSyncCli::caseAndDocumentsReachTheOtherDesktop()
{
    const QString cpr = akta::registry::CprNumber::replacementFor(QDate(2015, 4, 5), 3, false);
    Result created =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
             store(QStringLiteral("a1")), QStringLiteral("--json"), QStringLiteral("--cpr"), cpr,
             QStringLiteral("--name"), QStringLiteral("Ida Holm"), QStringLiteral("--title"),
             QStringLiteral("Støtte i skolen"), QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject offline = QJsonDocument::fromJson(created.out).object();
    const QString caseId = offline.value(QStringLiteral("id")).toString();
    QVERIFY(offline.value(QStringLiteral("provisionalNumber")).toBool());

    const QString file = m_stores->filePath(QStringLiteral("referat.txt"));
    const QByteArray content = "Referat af mødet på skolen.\n";
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const Result added =
        cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
             store(QStringLiteral("a1")), QStringLiteral("--case"), caseId, QStringLiteral("--json"), file});
    QVERIFY2(added.out.contains("\"id\""), added.err.constData());
    const QJsonObject document = QJsonDocument::fromJson(added.out).array().at(0).toObject();
    const QString documentId = document.value(QStringLiteral("id")).toString();
    QVERIFY(!documentId.isEmpty());

    const QJsonObject first = sync(QStringLiteral("a1"), QStringLiteral("anna"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.value(QStringLiteral("pushed")).toInt(), 4); // party, case, document, version
    QCOMPARE(first.value(QStringLiteral("conflicts")).toInt(), 0);
    const QJsonObject official = showCase(QStringLiteral("a1"), caseId);
    QVERIFY(!official.value(QStringLiteral("provisionalNumber")).toBool());

    const QJsonObject other = sync(QStringLiteral("b1"), QStringLiteral("bo"));
    QVERIFY(other.value(QStringLiteral("pulled")).toInt() >= 4);
    const QJsonObject there = showCase(QStringLiteral("b1"), caseId);
    QCOMPARE(there.value(QStringLiteral("caseNumber")), official.value(QStringLiteral("caseNumber")));
    QCOMPARE(there.value(QStringLiteral("title")).toString(), QStringLiteral("Støtte i skolen"));
    QCOMPARE(there.value(QStringLiteral("parties")).toArray().size(), 1);
    QCOMPARE(there.value(QStringLiteral("parties"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("cpr"))
                 .toString(),
             cpr);

    const Result shown = cli({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("--store"),
                              store(QStringLiteral("b1")), QStringLiteral("--json"), documentId});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject arrived = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(arrived.value(QStringLiteral("caseId")).toString(), caseId);
    QCOMPARE(arrived.value(QStringLiteral("fileName")).toString(), QStringLiteral("referat.txt"));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(arrived.value(QStringLiteral("sha256")).toString(), sha);

    // The content went up before the version: the other desktop's user can fetch it.
    akta::sync::ServerApi api{QUrl(url())};
    api.login(QStringLiteral("bo"), ServerProcess::kPassword, QStringLiteral("test"));
    QCOMPARE(api.downloadBlob(sha), content);

    // A second sync has nothing to do.
    const QJsonObject again = sync(QStringLiteral("a1"), QStringLiteral("anna"));
    QCOMPARE(again.value(QStringLiteral("pushed")).toInt(), 0);
}

void TestSyncCli::differentFieldsMerge()
{
    const QString id =
        createCase(QStringLiteral("a2"), QStringLiteral("Flytning")).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!sync(QStringLiteral("a2"), QStringLiteral("anna")).isEmpty());
    QVERIFY(!sync(QStringLiteral("b2"), QStringLiteral("bo")).isEmpty());

    QCOMPARE(
        cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
             store(QStringLiteral("a2")), id, QStringLiteral("--title"), QStringLiteral("Flytning til Køge")})
            .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
                  store(QStringLiteral("b2")), id, QStringLiteral("--status"), QStringLiteral("decided")})
                 .exitCode,
             0);
    QVERIFY(!sync(QStringLiteral("a2"), QStringLiteral("anna")).isEmpty());
    QCOMPARE(sync(QStringLiteral("b2"), QStringLiteral("bo")).value(QStringLiteral("conflicts")).toInt(), 0);
    QVERIFY(!sync(QStringLiteral("a2"), QStringLiteral("anna")).isEmpty());
    for (const QString& name : {QStringLiteral("a2"), QStringLiteral("b2")}) {
        const QJsonObject shown = showCase(name, id);
        QCOMPARE(shown.value(QStringLiteral("title")).toString(), QStringLiteral("Flytning til Køge"));
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("decided"));
        QVERIFY(conflicts(name).isEmpty());
    }
}

void TestSyncCli::sameFieldBecomesAConflict()
{
    const QString id =
        createCase(QStringLiteral("a3"), QStringLiteral("Skoleskift")).value(QStringLiteral("id")).toString();
    QVERIFY(!sync(QStringLiteral("a3"), QStringLiteral("anna")).isEmpty());
    QVERIFY(!sync(QStringLiteral("b3"), QStringLiteral("bo")).isEmpty());
    cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
         store(QStringLiteral("a3")), id, QStringLiteral("--title"), QStringLiteral("Skoleskift (Anna)")});
    cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
         store(QStringLiteral("b3")), id, QStringLiteral("--title"), QStringLiteral("Skoleskift (Bo)")});
    QCOMPARE(sync(QStringLiteral("a3"), QStringLiteral("anna")).value(QStringLiteral("conflicts")).toInt(),
             0);
    QCOMPARE(sync(QStringLiteral("b3"), QStringLiteral("bo")).value(QStringLiteral("conflicts")).toInt(), 1);

    const QJsonArray listed = conflicts(QStringLiteral("b3"));
    QCOMPARE(listed.size(), 1);
    const QJsonObject conflict = listed.at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("entityId")).toString(), id);
    QCOMPARE(conflict.value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("title")});
    QCOMPARE(conflict.value(QStringLiteral("local")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Skoleskift (Bo)"));
    QCOMPARE(conflict.value(QStringLiteral("server")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Skoleskift (Anna)"));
    // Bo's own value stays on his desktop until he chooses.
    QCOMPARE(showCase(QStringLiteral("b3"), id).value(QStringLiteral("title")).toString(),
             QStringLiteral("Skoleskift (Bo)"));

    QCOMPARE(cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("--store"),
                  store(QStringLiteral("b3")), QString::number(conflict.value(QStringLiteral("id")).toInt()),
                  QStringLiteral("--keep-local"), QStringLiteral("title")})
                 .exitCode,
             0);
    QCOMPARE(sync(QStringLiteral("b3"), QStringLiteral("bo")).value(QStringLiteral("conflicts")).toInt(), 0);
    QVERIFY(!sync(QStringLiteral("a3"), QStringLiteral("anna")).isEmpty());
    QCOMPARE(showCase(QStringLiteral("a3"), id).value(QStringLiteral("title")).toString(),
             QStringLiteral("Skoleskift (Bo)"));
}

void TestSyncCli::badPasswordFailsAndKeepsTheOutbox()
{
    createCase(QStringLiteral("a4"), QStringLiteral("Ventende"));
    const QString wrong = m_stores->filePath(QStringLiteral("wrong"));
    {
        QFile out(wrong);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("not the password\n");
    }
    const Result result =
        cli({QStringLiteral("sync"), QStringLiteral("--store"), store(QStringLiteral("a4")),
             QStringLiteral("--server"), url(), QStringLiteral("--user"), QStringLiteral("anna"),
             QStringLiteral("--password-file"), wrong, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("401"));
    QCOMPARE(sync(QStringLiteral("a4"), QStringLiteral("anna")).value(QStringLiteral("pushed")).toInt(), 1);
}

void TestSyncCli::usageErrors()
{
    const QString id =
        createCase(QStringLiteral("u1"), QStringLiteral("Uændret")).value(QStringLiteral("id")).toString();
    const Result badStatus =
        cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
             store(QStringLiteral("u1")), id, QStringLiteral("--title"), QStringLiteral("Ny"),
             QStringLiteral("--status"), QStringLiteral("færdig")});
    QCOMPARE(badStatus.exitCode, 2);
    QVERIFY(badStatus.err.startsWith("akta-cli: status must be"));
    QCOMPARE(showCase(QStringLiteral("u1"), id).value(QStringLiteral("title")).toString(),
             QStringLiteral("Uændret"));
    const Result badEmne = cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
                                store(QStringLiteral("u1")), id, QStringLiteral("--title"),
                                QStringLiteral("Ny"), QStringLiteral("--kle"), QStringLiteral("99.99.99")});
    QCOMPARE(badEmne.exitCode, 2);
    QCOMPARE(showCase(QStringLiteral("u1"), id).value(QStringLiteral("title")).toString(),
             QStringLiteral("Uændret"));
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
                  store(QStringLiteral("u1")), QStringLiteral("no-such-case"), QStringLiteral("--title"),
                  QStringLiteral("x")})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--store"), store(QStringLiteral("u1")),
                  QStringLiteral("--user"), QStringLiteral("anna")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--store"), store(QStringLiteral("u1")),
                  QStringLiteral("--server"), QStringLiteral("ftp://x"), QStringLiteral("--user"),
                  QStringLiteral("anna"), QStringLiteral("--password-file"),
                  m_server->filePath(QStringLiteral("password"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--store"),
                  store(QStringLiteral("u1")), QStringLiteral("--json")})
                 .out.trimmed(),
             QByteArray("[]"));
}

void TestSyncCli::caseMovedOutOfReachIsPurged()
{
    const QString id = createCase(QStringLiteral("a5"), QStringLiteral("Flyttes til sundhedsplejen"))
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!sync(QStringLiteral("a5"), QStringLiteral("anna")).isEmpty());
    QVERIFY(!showCase(QStringLiteral("a5"), id).isEmpty());

    // The leader of Børn og Unge moves the case to Sundhedspleje, out of Anna's reach.
    akta::sync::ServerApi leader{QUrl(url())};
    leader.login(QStringLiteral("lene"), ServerProcess::kPassword, QStringLiteral("test"));
    QString target;
    for (const QJsonValue& unit : leader.units()) {
        if (unit.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Sundhedspleje")) {
            target = unit.toObject().value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY(!target.isEmpty());
    qint64 rev = 0;
    for (qint64 since = 0;;) {
        const QJsonObject page = leader.changes(since, 1000);
        for (const QJsonValue& change : page.value(QStringLiteral("changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("id")).toString() == id) {
                rev = change.toObject().value(QStringLiteral("rev")).toInteger();
            }
        }
        if (!page.value(QStringLiteral("more")).toBool()) {
            break;
        }
        since = page.value(QStringLiteral("cursor")).toInteger();
    }
    QVERIFY(rev > 0);
    const QJsonArray results = leader.push(QJsonArray{
        QJsonObject{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("entity"), QStringLiteral("case")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("baseRev"), rev},
                    {QStringLiteral("fields"), QJsonObject{{QStringLiteral("responsibleUnit"), target}}}}});
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    QVERIFY(!sync(QStringLiteral("a5"), QStringLiteral("anna")).isEmpty());
    QVERIFY(showCase(QStringLiteral("a5"), id).isEmpty());
    QVERIFY(!sync(QStringLiteral("d5"), QStringLiteral("dora")).isEmpty());
    QCOMPARE(showCase(QStringLiteral("d5"), id).value(QStringLiteral("title")).toString(),
             QStringLiteral("Flyttes til sundhedsplejen"));
}

void TestSyncCli::killedSyncsConverge()
{
    const int runs = qEnvironmentVariableIntValue("AKTA_SYNC_KILL_RUNS") > 0
                         ? qEnvironmentVariableIntValue("AKTA_SYNC_KILL_RUNS")
                         : 50;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "kill test seed" << seed;
    QRandomGenerator random(seed);
    const QString k = QStringLiteral("k1");
    QStringList ids;
    QHash<QString, QString> titles;
    int serverKills = 0;
    int finishedFirst = 0;
    for (int run = 0; run < runs; ++run) {
        const QString title = QStringLiteral("Kørsel %1").arg(run);
        const QString id = createCase(k, title).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        ids << id;
        titles.insert(id, title);
        if (run > 0) {
            const QString earlier = ids.at(random.bounded(ids.size() - 1));
            const QString renamed = titles.value(earlier) + QStringLiteral("+");
            QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"),
                          store(k), earlier, QStringLiteral("--title"), renamed})
                         .exitCode,
                     0);
            titles.insert(earlier, renamed);
        }
        if (run % 3 == 0) {
            // A document of 4 MiB, so that some kills fall in the middle of its upload.
            const QString file = m_stores->filePath(QStringLiteral("bilag-%1.bin").arg(run));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int part = 0; part < 4; ++part) {
                for (char& byte : block) {
                    byte = char(random.bounded(256));
                }
                out.write(block);
            }
            out.close();
            cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"), store(k),
                 QStringLiteral("--case"), id, QStringLiteral("--json"), file});
        }
        QProcess client;
        client.start(QStringLiteral(AKTA_CLI_PATH),
                     {QStringLiteral("sync"), QStringLiteral("--store"), store(k), QStringLiteral("--server"),
                      url(), QStringLiteral("--user"), QStringLiteral("anna"),
                      QStringLiteral("--password-file"), m_server->filePath(QStringLiteral("password")),
                      QStringLiteral("--json")});
        QVERIFY(client.waitForStarted());
        QThread::msleep(random.bounded(250));
        if (client.state() == QProcess::NotRunning) {
            ++finishedFirst;
        }
        if (random.bounded(2) == 0) {
            client.kill();
        } else {
            killServer();
            ++serverKills;
            QVERIFY(startServer());
        }
        QVERIFY(client.waitForFinished(120000));
    }
    qInfo() << runs << "runs," << serverKills << "server kills," << finishedFirst
            << "syncs ended before the kill";

    const QJsonObject last = sync(k, QStringLiteral("anna"));
    QVERIFY(!last.isEmpty());
    QVERIFY(conflicts(k).isEmpty()); // one writer: nothing may conflict with itself
    QVERIFY(!sync(QStringLiteral("k2"), QStringLiteral("carl")).isEmpty());

    QCOMPARE(documentsOf(k, ids).size(), (runs + 2) / 3);
    for (const QString& name : {k, QStringLiteral("k2")}) {
        QHash<QString, QString> seen;
        QSet<QString> numbers;
        for (const QJsonValue& value : cases(name)) {
            const QJsonObject item = value.toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            if (!titles.contains(id)) {
                continue;
            }
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("%1 has %2 twice").arg(name, id)));
            seen.insert(id, item.value(QStringLiteral("title")).toString());
            QVERIFY2(!item.value(QStringLiteral("provisionalNumber")).toBool(),
                     qPrintable(name + QLatin1Char(' ') + id));
            numbers.insert(item.value(QStringLiteral("caseNumber")).toString());
        }
        QCOMPARE(seen.size(), titles.size());
        QCOMPARE(documentsOf(name, ids), documentsOf(k, ids));
        QCOMPARE(numbers.size(), titles.size());
        for (auto it = titles.begin(); it != titles.end(); ++it) {
            QCOMPARE(seen.value(it.key()), it.value());
        }
    }
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
