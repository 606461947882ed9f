// Tests of akta::sync::NetworkJob and ServerApi's retries on real sockets: a server that accepts
// and never answers is cut off by the idle timeout; a closed port is a transient failure that is
// tried again with backoff, then reported.

#include "sync/NetworkJob.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestNetworkJob : public QObject
{
    Q_OBJECT

private slots:
    void silentServerTimesOut();
    void answerIsRead();
    void closedPortIsRetriedThenTransient();
};

void TestNetworkJob::silentServerTimesOut()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager manager;
    akta::sync::NetworkJob job(manager, 300);
    const auto result =
        job.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort()))));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.isTransient());
}

void TestNetworkJob::answerIsRead()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 404 Not Found\r\nAkta-Upload-Offset: 42\r\nContent-Length: 2\r\n"
                          "Connection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
    });
    QNetworkAccessManager manager;
    akta::sync::NetworkJob job(manager, 5000);
    const auto result =
        job.head(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/b").arg(server.serverPort()))));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.uploadOffset, QByteArray("42"));
    QVERIFY(!result.isTransient());
}

void TestNetworkJob::closedPortIsRetriedThenTransient()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    akta::sync::RetryPolicy retry;
    retry.attempts = 3;
    retry.initialDelayMs = 10;
    akta::sync::ServerApi api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), retry, 1000);
    try {
        api.login(QStringLiteral("anna"), QStringLiteral("x"), QStringLiteral("test"));
        QFAIL("login to a closed port succeeded");
    } catch (const akta::sync::SyncError& error) {
        QCOMPARE(error.kind(), akta::sync::SyncError::Kind::Transient);
    }
}

QTEST_GUILESS_MAIN(TestNetworkJob)
#include "tst_networkjob.moc"
