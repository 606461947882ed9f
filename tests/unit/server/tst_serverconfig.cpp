#include "ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using akta::server::ServerConfig;

class TestServerConfig final : public QObject
{
    Q_OBJECT

private slots:
    void flags();
    void ipv6AndBadListen();
    void fileThenFlags();
    void badFile();
    void servingProblems();
};

void TestServerConfig::flags()
{
    QStringList rest;
    const ServerConfig config = ServerConfig::parse(
        {QStringLiteral("--data"), QStringLiteral("/srv/akta"), QStringLiteral("--db"),
         QStringLiteral("postgresql://a@b/c"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9443"),
         QStringLiteral("--user"), QStringLiteral("bo"), QStringLiteral("file.jsonl")},
        &rest);
    QCOMPARE(config.dataDir, QStringLiteral("/srv/akta"));
    QCOMPARE(config.databaseUrl, QStringLiteral("postgresql://a@b/c"));
    QCOMPARE(config.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.port, 9443);
    QCOMPARE(rest,
             (QStringList{QStringLiteral("--user"), QStringLiteral("bo"), QStringLiteral("file.jsonl")}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ServerConfig::parse({QStringLiteral("--listen"),
                                                                         QStringLiteral("127.0.0.1:1")}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             ServerConfig::parse({QStringLiteral("--data"), QStringLiteral("d"),
                                                  QStringLiteral("--x"), QStringLiteral("1")}));
}

void TestServerConfig::ipv6AndBadListen()
{
    const ServerConfig config = ServerConfig::parse({QStringLiteral("--data"), QStringLiteral("d"),
                                                     QStringLiteral("--listen"), QStringLiteral("[::1]:0")});
    QCOMPARE(config.host, QStringLiteral("::1"));
    QCOMPARE(config.port, 0);
    QVERIFY(config.isLoopback());
    for (const QString& bad : {QStringLiteral("localhost"), QStringLiteral(":80"), QStringLiteral("h:70000"),
                               QStringLiteral("h:x")}) {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 ServerConfig::parse({QStringLiteral("--data"), QStringLiteral("d"),
                                                      QStringLiteral("--listen"), bad}));
    }
}

void TestServerConfig::fileThenFlags()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("akta.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"data": "/from/file", "listen": "127.0.0.1:1000", "threads": 4, "maxJsonBytes": 1024,
                   "sessionDays": 7})");
    file.close();
    const ServerConfig config =
        ServerConfig::parse({QStringLiteral("--config"), file.fileName(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:2000")});
    QCOMPARE(config.dataDir, QStringLiteral("/from/file"));
    QCOMPARE(config.port, 2000); // the flag wins
    QCOMPARE(config.threads, 4);
    QCOMPARE(config.maxJsonBytes, 1024);
    QCOMPARE(config.sessionDays, 7);
}

void TestServerConfig::badFile()
{
    QTemporaryDir dir;
    const auto write = [&](const QByteArray& content) {
        QFile file(dir.filePath(QStringLiteral("c.json")));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    };
    for (const QByteArray& content : {QByteArray("{"), QByteArray("[]"), QByteArray(R"({"dataa": "x"})"),
                                      QByteArray(R"({"threads": "many"})"), QByteArray(R"({"data": 5})")}) {
        const QString path = write(content);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 ServerConfig::parse({QStringLiteral("--config"), path,
                                                      QStringLiteral("--data"), QStringLiteral("d")}));
    }
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        ServerConfig::parse({QStringLiteral("--config"), dir.filePath(QStringLiteral("none"))}));
}

void TestServerConfig::servingProblems()
{
    ServerConfig config;
    config.dataDir = QStringLiteral("d");
    QVERIFY(config.servingProblem().isEmpty());
    config.host = QStringLiteral("0.0.0.0");
    QVERIFY(config.servingProblem().contains(QStringLiteral("loopback")));
    config.tlsCert = QStringLiteral("c.pem");
    QVERIFY(config.servingProblem().contains(QStringLiteral("go together")));
    config.tlsKey = QStringLiteral("k.pem");
    QVERIFY(config.servingProblem().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
