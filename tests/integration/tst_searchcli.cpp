#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// akta-cli search and bench search against a real store, with documents journaled by the real akta-cli
// (doc add through the akta-extract helper, note add): the JSON contract, a case hit, limits, filters,
// direct look-up and clear errors.
class TestSearchCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contract();
    void caseHitAndDirectNumber();
    void limitAndFilters();
    void badInput();
    void bench();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& args, const QByteArray& input = {});
    QJsonObject search(const QStringList& args);
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    QString m_store;
    QString m_caseId;
    QString m_caseNumber;
};

TestSearchCli::Result TestSearchCli::run(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AKTA_EXTRACT_PATH"), QStringLiteral(AKTA_EXTRACT_PATH));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestSearchCli::search(const QStringList& args)
{
    const Result result = run(
        QStringList{QStringLiteral("search"), QStringLiteral("--store"), m_store, QStringLiteral("--json")} +
        args);
    if (result.exitCode != 0) {
        qWarning() << result.err;
    }
    return QJsonDocument::fromJson(result.out).object();
}

QString TestSearchCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("in/") + name);
    QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestSearchCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("store"));
    {
        akta::store::LocalStore store(m_store);
    }
    const Result created = run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
                                m_store, QStringLiteral("--json"), QStringLiteral("--no-party"),
                                QStringLiteral("--title"), QStringLiteral("Vejbelysning på Aabenraavej"),
                                QStringLiteral("--kle"), QStringLiteral("05.01.00")});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(created.out).object();
    m_caseId = json.value(QStringLiteral("id")).toString();
    m_caseNumber = json.value(QStringLiteral("caseNumber")).toString();
    QVERIFY(!m_caseId.isEmpty());
    const QString letter = writeFile(QStringLiteral("Klage over gadelys.txt"),
                                     "Borgerne klager over at gadelygterne på vejen er slukket om natten.\n");
    const QString mail = writeFile(QStringLiteral("svar.eml"),
                                   "From: Vejteamet <vej@koege.dk>\r\nTo: Anna Holm <anna@example.dk>\r\n"
                                   "Subject: Svar om reparation\r\nMessage-ID: <svar1@koege.dk>\r\n"
                                   "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                   "Lygterne bliver repareret i uge 12.\r\n");
    const Result added =
        run({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"), m_store,
             QStringLiteral("--case"), m_caseId, QStringLiteral("--json"), letter, mail});
    QCOMPARE(added.exitCode, 0);
    const Result note = run({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--store"),
                             m_store, QStringLiteral("--case"), m_caseId, QStringLiteral("--title"),
                             QStringLiteral("Telefonnotat"), QStringLiteral("--json"), QStringLiteral("-")},
                            "Elektrikeren ringede om kabelbrud.");
    QCOMPARE(note.exitCode, 0);
}

void TestSearchCli::contract()
{
    const QJsonObject result = search({QStringLiteral("gadelygte")});
    QCOMPARE(result.keys(),
             (QStringList{QStringLiteral("directCaseId"), QStringLiteral("directPartyId"),
                          QStringLiteral("hits"), QStringLiteral("ms"), QStringLiteral("total")}));
    QVERIFY(result.value(QStringLiteral("directCaseId")).isNull());
    QVERIFY(result.value(QStringLiteral("directPartyId")).isNull());
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), 1);
    QVERIFY(result.value(QStringLiteral("ms")).toDouble() >= 0.0);
    const QJsonObject hit = result.value(QStringLiteral("hits")).toArray().at(0).toObject();
    QCOMPARE(hit.keys(), (QStringList{QStringLiteral("caseId"), QStringLiteral("caseNumber"),
                                      QStringLiteral("documentId"), QStringLiteral("score"),
                                      QStringLiteral("snippet"), QStringLiteral("title")}));
    QCOMPARE(hit.value(QStringLiteral("caseId")).toString(), m_caseId);
    QCOMPARE(hit.value(QStringLiteral("caseNumber")).toString(), m_caseNumber);
    QVERIFY(hit.value(QStringLiteral("documentId")).isString());
    QCOMPARE(hit.value(QStringLiteral("title")).toString(), QStringLiteral("Klage over gadelys"));
    QVERIFY(hit.value(QStringLiteral("snippet"))
                .toString()
                .contains(QStringLiteral("<mark>gadelygterne</mark>")));
    QVERIFY(hit.value(QStringLiteral("score")).toDouble() > 0.0);
    // The note and the e-mail (by its text and its headers) are found too.
    QCOMPARE(search({QStringLiteral("kabelbrud")}).value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(search({QStringLiteral("reparation"), QStringLiteral("anna@example.dk")})
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);
}

void TestSearchCli::caseHitAndDirectNumber()
{
    QJsonObject result = search({QStringLiteral("åbenråvej")});
    QJsonObject hit = result.value(QStringLiteral("hits")).toArray().at(0).toObject();
    QVERIFY(hit.value(QStringLiteral("documentId")).isNull());
    QCOMPARE(hit.value(QStringLiteral("title")).toString(), QStringLiteral("Vejbelysning på Aabenraavej"));
    result = search({m_caseNumber});
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), 1);
    hit = result.value(QStringLiteral("hits")).toArray().at(0).toObject();
    QCOMPARE(hit.value(QStringLiteral("caseId")).toString(), m_caseId);
    QCOMPARE(result.value(QStringLiteral("directCaseId")).toString(), m_caseId);
    QVERIFY(result.value(QStringLiteral("directPartyId")).isNull());

    // A CPR number of a known party: the party and its cases; an unknown one is only searched for.
    {
        akta::store::LocalStore store(m_store);
        store.database().exec(QStringLiteral(
            "INSERT INTO parties(id, kind, identifier, name) VALUES ('p-anna', 'person', '0101901234', "
            "'Anna Holm')"));
        store.database()
            .prepare(QStringLiteral(
                "INSERT INTO case_parties(case_id, party_id, role) VALUES (?1, 'p-anna', 'primary')"))
            .bind(1, m_caseId)
            .exec();
    }
    for (const QString& typed : {QStringLiteral("010190-1234"), QStringLiteral("0101901234")}) {
        result = search({typed});
        QCOMPARE(result.value(QStringLiteral("directPartyId")).toString(), QStringLiteral("p-anna"));
        QVERIFY(result.value(QStringLiteral("directCaseId")).isNull());
        QCOMPARE(result.value(QStringLiteral("total")).toInt(), 1);
        hit = result.value(QStringLiteral("hits")).toArray().at(0).toObject();
        QCOMPARE(hit.value(QStringLiteral("caseId")).toString(), m_caseId);
        QVERIFY(hit.value(QStringLiteral("documentId")).isNull());
    }
    result = search({QStringLiteral("020280-2345")});
    QVERIFY(result.value(QStringLiteral("directPartyId")).isNull());
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), 0);
}

void TestSearchCli::limitAndFilters()
{
    const QJsonObject all = search({QStringLiteral("lygte OR kabelbrud OR vej")});
    QVERIFY(all.value(QStringLiteral("hits")).toArray().size() >= 3);
    const QJsonObject one =
        search({QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("lygte OR kabelbrud OR vej")});
    QCOMPARE(one.value(QStringLiteral("hits")).toArray().size(), 1);
    QCOMPARE(search({QStringLiteral("type:mail lygte")}).value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(search({QStringLiteral("type:notat kabelbrud")}).value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(search({QStringLiteral("kle:27 lygte")}).value(QStringLiteral("total")).toInt(), 0);
}

void TestSearchCli::badInput()
{
    Result result = run({QStringLiteral("search"), QStringLiteral("--store"), m_store,
                         QStringLiteral("--json"), QStringLiteral("status:glad")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("Unknown status"));
    result = run({QStringLiteral("search"), QStringLiteral("--store"), m_store, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    result = run({QStringLiteral("search"), QStringLiteral("--store"), m_store, QStringLiteral("--limit"),
                  QStringLiteral("0"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 2);
}

void TestSearchCli::bench()
{
    const QString queries = writeFile(QStringLiteral("queries.txt"),
                                      "lygte\n# a comment\n\nvej*\n\"om natten\"\nkabelbrud type:notat\n");
    Result result = run({QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--store"),
                         m_store, QStringLiteral("--queries"), queries, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("max"), QStringLiteral("n"), QStringLiteral("p50"),
                                       QStringLiteral("p95"), QStringLiteral("p99")}));
    QCOMPARE(json.value(QStringLiteral("n")).toInt(), 4);
    QVERIFY(json.value(QStringLiteral("p50")).toDouble() <= json.value(QStringLiteral("p95")).toDouble());
    QVERIFY(json.value(QStringLiteral("p99")).toDouble() <= json.value(QStringLiteral("max")).toDouble());
    // --per-query: every query with its time, in the file's order.
    result =
        run({QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--store"), m_store,
             QStringLiteral("--queries"), queries, QStringLiteral("--json"), QStringLiteral("--per-query")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray each =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("queries")).toArray();
    QCOMPARE(each.size(), 4);
    QCOMPARE(each.at(0).toArray().at(0).toString(), QStringLiteral("lygte"));
    QCOMPARE(each.at(3).toArray().at(0).toString(), QStringLiteral("kabelbrud type:notat"));
    QVERIFY(each.at(3).toArray().at(1).toDouble() >= 0.0);
    const QString bad = writeFile(QStringLiteral("bad.txt"), "lygte\nOR\n");
    result = run({QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--store"), m_store,
                  QStringLiteral("--queries"), bad, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("OR needs a word"));
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
