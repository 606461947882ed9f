#include "ApiError.h"
#include "JsonBody.h"

#include <QTest>

using akta::server::ApiError;
using akta::server::JsonBody;

class TestJsonBody final : public QObject
{
    Q_OBJECT

private slots:
    void parseObject();
    void members();
    void uuids();
};

void TestJsonBody::parseObject()
{
    QCOMPARE(JsonBody::parseObject(R"({"a": 1})").value(QStringLiteral("a")).toInt(), 1);
    for (const char* bad : {"", "{", "[1]", "\"text\"", "{\"a\": 1} trailing", "{\"a\": 1,}"}) {
        try {
            JsonBody::parseObject(bad);
            QFAIL(bad);
        } catch (const ApiError& error) {
            QCOMPARE(error.status(), 400);
            QCOMPARE(error.code(), QStringLiteral("bad_request"));
        }
    }
}

void TestJsonBody::members()
{
    const QJsonObject object{{QStringLiteral("name"), QStringLiteral("bo")}, {QStringLiteral("age"), 3}};
    JsonBody::allowOnly(object, {QStringLiteral("name"), QStringLiteral("age"), QStringLiteral("x")},
                        QStringLiteral("w"));
    QVERIFY_THROWS_EXCEPTION(ApiError,
                             JsonBody::allowOnly(object, {QStringLiteral("name")}, QStringLiteral("w")));
    QCOMPARE(JsonBody::requiredString(object, QStringLiteral("name"), QStringLiteral("w")),
             QStringLiteral("bo"));
    QVERIFY_THROWS_EXCEPTION(ApiError,
                             JsonBody::requiredString(object, QStringLiteral("age"), QStringLiteral("w")));
    QVERIFY_THROWS_EXCEPTION(ApiError,
                             JsonBody::requiredString(object, QStringLiteral("none"), QStringLiteral("w")));
    QCOMPARE(JsonBody::optionalString(object, QStringLiteral("none"), QStringLiteral("w")), QString());
    QCOMPARE(JsonBody::serialize(QJsonObject{{QStringLiteral("a"), 1}}), QByteArray(R"({"a":1})"));
}

void TestJsonBody::uuids()
{
    QVERIFY(JsonBody::isUuid(QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c01")));
    QVERIFY(!JsonBody::isUuid(QStringLiteral("{6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c01}")));
    QVERIFY(!JsonBody::isUuid(QStringLiteral("6F1C1D5E-94D7-4B0B-9A0A-0F3E3C3C0C01")));
    QVERIFY(!JsonBody::isUuid(QStringLiteral("../../6f1c1d5e-94d7-4b0b-9a0a-0f3e")));
    QVERIFY(!JsonBody::isUuid(QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c01\n")));
}

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
