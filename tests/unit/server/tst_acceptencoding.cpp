#include "AcceptEncoding.h"

#include <httplib.h>

#include <QTest>

using akta::server::AcceptEncoding;

class TestAcceptEncoding final : public QObject
{
    Q_OBJECT

private slots:
    void brotliIsTakenOut_data();
    void brotliIsTakenOut();
    void requestHeaderIsRewritten();
};

void TestAcceptEncoding::brotliIsTakenOut_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("qt") << "gzip, deflate, br"
                        << "gzip, deflate";
    QTest::newRow("br first") << "br,gzip"
                              << "gzip";
    QTest::newRow("weights") << "br;q=1.0, gzip;q=0.8, *;q=0.1"
                             << "gzip;q=0.8, *;q=0.1";
    QTest::newRow("upper case") << "BR, gzip"
                                << "gzip";
    QTest::newRow("only br") << "br"
                             << "";
    QTest::newRow("brotli-like name kept") << "brx, identity"
                                           << "brx, identity";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAcceptEncoding::brotliIsTakenOut()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(AcceptEncoding::withoutBrotli(value.toStdString())), expected);
}

void TestAcceptEncoding::requestHeaderIsRewritten()
{
    httplib::Request request;
    request.headers.emplace("accept-encoding", "gzip, deflate, br");
    request.headers.emplace("Authorization", "Bearer x");
    AcceptEncoding::dropBrotli(request);
    QCOMPARE(QString::fromStdString(request.get_header_value("Accept-Encoding")),
             QStringLiteral("gzip, deflate"));
    QCOMPARE(QString::fromStdString(request.get_header_value("Authorization")), QStringLiteral("Bearer x"));
}

QTEST_GUILESS_MAIN(TestAcceptEncoding)
#include "tst_acceptencoding.moc"
