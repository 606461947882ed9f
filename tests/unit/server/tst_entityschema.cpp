#include "ApiError.h"
#include "EntitySchema.h"

#include <QJsonArray>
#include <QTest>

using akta::server::ApiError;
using akta::server::EntitySchema;

class TestEntitySchema final : public QObject
{
    Q_OBJECT

private slots:
    void entities();
    void validFields();
    void invalidFields_data();
    void invalidFields();
};

void TestEntitySchema::entities()
{
    for (const char* entity : {"case", "party", "document", "document_version"}) {
        QVERIFY(EntitySchema::isEntity(QString::fromLatin1(entity)));
    }
    QVERIFY(!EntitySchema::isEntity(QStringLiteral("user")));
    QVERIFY(!EntitySchema::isEntity(QStringLiteral("Case")));
}

void TestEntitySchema::validFields()
{
    EntitySchema::validate(
        QStringLiteral("case"),
        {{QStringLiteral("title"), QStringLiteral("T")},
         {QStringLiteral("status"), QStringLiteral("in_progress")},
         {QStringLiteral("numberProvisional"), true},
         {QStringLiteral("responsibleUnit"), QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c01")},
         {QStringLiteral("parties"),
          QJsonArray{
              QJsonObject{{QStringLiteral("partyId"), QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c02")},
                          {QStringLiteral("role"), QStringLiteral("primary")}}}}},
        QStringLiteral("op"));
    EntitySchema::validate(QStringLiteral("document_version"),
                           {{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                            {QStringLiteral("size"), 12345},
                            {QStringLiteral("version"), 2}},
                           QStringLiteral("op"));
    EntitySchema::validate(QStringLiteral("party"), {}, QStringLiteral("op"));
    // What DocumentLifecycle sends when the user edits a document's properties.
    EntitySchema::validate(
        QStringLiteral("document"),
        {{QStringLiteral("title"), QStringLiteral("Nyt navn")},
         {QStringLiteral("documentDate"), QStringLiteral("2026-11-02")},
         {QStringLiteral("direction"), QStringLiteral("outgoing")},
         {QStringLiteral("accessClass"), QStringLiteral("confidential")},
         {QStringLiteral("parties"), QJsonArray{QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c02")}}},
        QStringLiteral("op"));
    EntitySchema::validate(QStringLiteral("document"), {{QStringLiteral("parties"), QJsonArray{}}},
                           QStringLiteral("op"));
}

void TestEntitySchema::invalidFields_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown") << "case" << QJsonObject{{QStringLiteral("owner"), QStringLiteral("x")}}
                             << "owner";
    QTest::newRow("number as text") << "case" << QJsonObject{{QStringLiteral("title"), 5}} << "title";
    QTest::newRow("enum") << "case" << QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}}
                          << "status";
    QTest::newRow("uuid") << "case"
                          << QJsonObject{{QStringLiteral("responsibleUnit"), QStringLiteral("../x")}}
                          << "responsibleUnit";
    QTest::newRow("uppercase uuid") << "document"
                                    << QJsonObject{{QStringLiteral("caseId"),
                                                    QStringLiteral("6F1C1D5E-94D7-4B0B-9A0A-0F3E3C3C0C01")}}
                                    << "caseId";
    QTest::newRow("fraction") << "document" << QJsonObject{{QStringLiteral("number"), 1.5}} << "number";
    QTest::newRow("negative") << "document_version" << QJsonObject{{QStringLiteral("size"), -1}} << "size";
    QTest::newRow("short hash") << "document_version"
                                << QJsonObject{{QStringLiteral("sha256"), QStringLiteral("ab")}} << "sha256";
    QTest::newRow("bad party") << "case"
                               << QJsonObject{{QStringLiteral("parties"),
                                               QJsonArray{QJsonObject{
                                                   {QStringLiteral("partyId"), QStringLiteral("x")},
                                                   {QStringLiteral("role"), QStringLiteral("primary")}}}}}
                               << "parties";
    QTest::newRow("party extra member")
        << "case"
        << QJsonObject{{QStringLiteral("parties"),
                        QJsonArray{QJsonObject{{QStringLiteral("partyId"),
                                                QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c02")},
                                               {QStringLiteral("role"), QStringLiteral("primary")},
                                               {QStringLiteral("x"), 1}}}}}
        << "parties";
    QTest::newRow("document party not a uuid")
        << "document" << QJsonObject{{QStringLiteral("parties"), QJsonArray{QStringLiteral("x")}}}
        << "parties";
    QTest::newRow("document party as object")
        << "document"
        << QJsonObject{{QStringLiteral("parties"),
                        QJsonArray{QJsonObject{{QStringLiteral("partyId"),
                                                QStringLiteral("6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c02")}}}}}
        << "parties";
    QTest::newRow("document modifiedAt")
        << "document" << QJsonObject{{QStringLiteral("modifiedAt"), QStringLiteral("x")}} << "modifiedAt";
    QTest::newRow("null") << "party" << QJsonObject{{QStringLiteral("name"), QJsonValue()}} << "name";
}

void TestEntitySchema::invalidFields()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, named);
    try {
        EntitySchema::validate(entity, fields, QStringLiteral("operations[0]"));
        QFAIL("accepted");
    } catch (const ApiError& error) {
        QCOMPARE(error.status(), 400);
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
        QVERIFY(error.message().startsWith(QStringLiteral("operations[0]")));
    }
}

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "tst_entityschema.moc"
