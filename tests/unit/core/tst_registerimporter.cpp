// Tests of akta::registry::RegisterImporter on a real migrated SQLite store: every kind of rejected line
// with its number, mixed files, replacement numbers, re-import, the refresh of parties, and that a protected
// address reaches neither a table nor the bytes of the database or its WAL.

#include "parties/PartyRepository.h"
#include "registry/RegisterImporter.h"
#include "registry/StoreRegister.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <stdexcept>

using akta::Party;
using akta::registry::RegisterImporter;
using akta::registry::StoreRegister;
using akta::sqlite::Database;

namespace {

const QDate kToday(2026, 6, 15);
const QDateTime kNow(QDate(2026, 6, 15), QTime(8, 30), Qt::UTC);

const QByteArray kAnna =
    R"({"cpr": "0101801234", "firstName": "Anna", "lastName": "Hansen", )"
    R"("address": {"street": "Vestergade 1", "postalCode": "5000", "city": "Odense C"}, )"
    R"("protected": false, "status": "alive", "relations": []})";
const QByteArray kBo = R"({"cpr": "020280-2345", "firstName": "Bo", "lastName": "Berg", "status": "alive"})";
const QByteArray kFirma = R"({"cvr": "12345674", "name": "Ærø Æbler ApS", "address": {"street": )"
                          R"("Søndergade 3", "postalCode": "5970", "city": "Ærøskøbing"}, "industry": )"
                          R"("Frugtavl", "status": "active"})";

const QString kSecretStreet = QStringLiteral("Hemmelighedsallé 77");
const QString kSecretCity = QStringLiteral("Skjulestrup");

QByteArray protectedPerson(bool isProtected)
{
    return QStringLiteral(R"({"cpr": "0303803456", "firstName": "Sara", "lastName": "Skjult", "address": )"
                          R"({"street": "%1", "postalCode": "6853", "city": "%2"}, "protected": %3, )"
                          R"("status": "alive", "relations": [{"type": "spouse", "cpr": "0101801234"}]})")
        .arg(kSecretStreet, kSecretCity, isProtected ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRegisterImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsPersonsAndCompanies();
    void rejectedLine_data();
    void rejectedLine();
    void goodAndBadLinesImportTheGoodOnes();
    void everyRejectedLineIsReported();
    void replacementNumbersWork();
    void reimportUpdates();
    void protectedAddressIsNeverStored();
    void becomingProtectedLeavesNoAddressBehind();
    void becomingProtectedInTheRegisterAloneLeavesNoBytes();
    void importRefreshesTheParties();
    void unreadableFileFails();
    void importFileReadsAFile();

private:
    RegisterImporter::Report import(const QByteArray& data);
    qint64 scalar(const QString& sql);
    // Every value of every table in the store, as text.
    QString everyValue();
    // The bytes of the database file, its WAL and shared memory index, as they are now.
    QByteArray fileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRegisterImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegisterImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("akta.db")));
    akta::store::Migrations::migrate(*m_db);
}

void TestRegisterImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

RegisterImporter::Report TestRegisterImporter::import(const QByteArray& data)
{
    RegisterImporter importer(*m_db);
    importer.setToday(kToday);
    importer.setNow(kNow);
    return importer.importData(data);
}

qint64 TestRegisterImporter::scalar(const QString& sql)
{
    auto query = m_db->prepare(sql);
    return query.step() ? query.columnInt64(0) : -1;
}

QString TestRegisterImporter::everyValue()
{
    QStringList tables;
    auto list = m_db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (list.step()) {
        tables << list.columnText(0);
    }
    QString all;
    for (const QString& table : tables) {
        auto rows = m_db->prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (rows.step()) {
            for (int i = 0; i < rows.columnCount(); ++i) {
                all += rows.columnText(i) + QLatin1Char('|');
            }
            all += QLatin1Char('\n');
        }
    }
    return all;
}

QByteArray TestRegisterImporter::fileBytes()
{
    const QString path = m_db->path();
    return readAll(path) + readAll(path + QStringLiteral("-wal")) + readAll(path + QStringLiteral("-shm"));
}

void TestRegisterImporter::importsPersonsAndCompanies()
{
    const auto report = import(kAnna + '\n' + kBo + '\n' + kFirma + '\n');
    QCOMPARE(report.persons, 2);
    QCOMPARE(report.companies, 1);
    QVERIFY(report.rejected.isEmpty());
    QCOMPARE(report.refreshedParties, 0); // no parties in the store yet

    StoreRegister storeRegister(*m_db);
    const auto anna = storeRegister.person(QStringLiteral("010180-1234"));
    QVERIFY(anna.has_value());
    QCOMPARE(anna->fullName(), QStringLiteral("Anna Hansen"));
    QCOMPARE(anna->street, QStringLiteral("Vestergade 1"));
    QCOMPARE(anna->postalCode, QStringLiteral("5000"));
    QCOMPARE(anna->city, QStringLiteral("Odense C"));
    QCOMPARE(anna->status, QStringLiteral("alive"));
    // Without address, protection or relations: none.
    const auto bo = storeRegister.person(QStringLiteral("0202802345"));
    QVERIFY(bo.has_value());
    QVERIFY(bo->street.isEmpty());
    QVERIFY(!bo->isProtected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons WHERE cpr = '0202802345' AND "
                                   "street IS NULL AND city IS NULL")),
             1);
    const auto firma = storeRegister.company(QStringLiteral("DK 1234 5674"));
    QVERIFY(firma.has_value());
    QCOMPARE(firma->name, QStringLiteral("Ærø Æbler ApS"));
    QCOMPARE(firma->city, QStringLiteral("Ærøskøbing"));
    QCOMPARE(firma->industry, QStringLiteral("Frugtavl"));
    QCOMPARE(firma->status, QStringLiteral("active"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons WHERE updated_at = "
                                   "'2026-06-15T08:30:00.000Z'")),
             2);
}

void TestRegisterImporter::rejectedLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");

    // The line itself.
    QTest::newRow("not JSON") << QByteArray(R"({"cpr": "0101801234", )")
                              << QStringLiteral("not valid JSON: ");
    QTest::newRow("text") << QByteArray("Anna Hansen, Vestergade 1") << QStringLiteral("not valid JSON: ");
    QTest::newRow("array") << QByteArray(R"([{"cpr": "0101801234"}])") << QStringLiteral("not a JSON object");
    QTest::newRow("both numbers") << QByteArray(R"({"cpr": "0101801234", "cvr": "12345674", "name": "X"})")
                                  << QStringLiteral("has both \"cpr\" and \"cvr\"");
    QTest::newRow("no number") << QByteArray(R"({"firstName": "Anna", "lastName": "Hansen"})")
                               << QStringLiteral("has neither \"cpr\"");

    // Persons.
    QTest::newRow("unknown field")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("nickname": "AB"})")
        << QStringLiteral("unknown field \"nickname\"; allowed: ");
    QTest::newRow("unknown fields")
        << QByteArray(
               R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", "x": 1, )"
               R"("email": "a@b.dk"})")
        << QStringLiteral("unknown fields \"email\", \"x\"");
    QTest::newRow("cpr a number") << QByteArray(R"({"cpr": 404804567, "firstName": "A", "lastName": "B", )"
                                                R"("status": "alive"})")
                                  << QStringLiteral("\"cpr\" must be a string");
    QTest::newRow("cpr no such date")
        << QByteArray(R"({"cpr": "3204804567", "firstName": "A", "lastName": "B", "status": "alive"})")
        << QStringLiteral("\"cpr\" is not a valid CPR number: The birth date 1980-04-32 does not exist.");
    QTest::newRow("cpr too short")
        << QByteArray(R"({"cpr": "040480456", "firstName": "A", "lastName": "B", "status": "alive"})")
        << QStringLiteral("\"cpr\" is not a valid CPR number: A CPR number has 10 digits; this one has 9.");
    QTest::newRow("cpr letter")
        << QByteArray(R"({"cpr": "04048O4567", "firstName": "A", "lastName": "B", "status": "alive"})")
        << QStringLiteral("\"cpr\" is not a valid CPR number: The CPR number contains 'O'");
    QTest::newRow("cpr in the future")
        << QByteArray(R"({"cpr": "0107264567", "firstName": "A", "lastName": "B", "status": "alive"})")
        << QStringLiteral("\"cpr\" is not a valid CPR number: The birth date 2026-07-01 lies in the future.");
    QTest::newRow("replacement in the future")
        << QByteArray(R"({"cpr": "6107264567", "firstName": "A", "lastName": "B", "status": "alive"})")
        << QStringLiteral("The birth date 2026-07-01 lies in the future.");
    QTest::newRow("no firstName") << QByteArray(
                                         R"({"cpr": "0404804567", "lastName": "B", "status": "alive"})")
                                  << QStringLiteral("\"firstName\" is missing");
    QTest::newRow("blank firstName")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "  ", "lastName": "B", "status": "alive"})")
        << QStringLiteral("\"firstName\" must not be empty");
    QTest::newRow("firstName a number")
        << QByteArray(R"({"cpr": "0404804567", "firstName": 7, "lastName": "B", "status": "alive"})")
        << QStringLiteral("\"firstName\" must be a string");
    QTest::newRow("no lastName") << QByteArray(
                                        R"({"cpr": "0404804567", "firstName": "A", "status": "alive"})")
                                 << QStringLiteral("\"lastName\" is missing");
    QTest::newRow("null lastName")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": null, "status": "alive"})")
        << QStringLiteral("\"lastName\" is missing");
    QTest::newRow("no status") << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B"})")
                               << QStringLiteral("\"status\" is missing");
    QTest::newRow("unknown status")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "dead"})")
        << QStringLiteral("\"status\" is \"dead\"; a person's status is alive, deceased or emigrated");
    QTest::newRow("company status for a person")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "active"})")
        << QStringLiteral("\"status\" is \"active\"");
    QTest::newRow("protected a string")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("protected": "yes"})")
        << QStringLiteral("\"protected\" must be true or false");
    QTest::newRow("protected a number")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("protected": 1})")
        << QStringLiteral("\"protected\" must be true or false");
    QTest::newRow("address a string")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("address": "Vestergade 1, 5000 Odense C"})")
        << QStringLiteral("\"address\" must be an object");
    QTest::newRow("address unknown field")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("address": {"street": "Vestergade 1", "floor": "2. th"}})")
        << QStringLiteral("unknown field \"floor\" in \"address\"");
    QTest::newRow("postal code a number")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("address": {"street": "Vestergade 1", "postalCode": 5000, "city": "Odense C"}})")
        << QStringLiteral("\"address.postalCode\" must be a string");
    QTest::newRow("relations an object")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": {"type": "spouse", "cpr": "0101801234"}})")
        << QStringLiteral("\"relations\" must be an array");
    QTest::newRow("relation a string")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": ["0101801234"]})")
        << QStringLiteral("relation 1 must be an object");
    QTest::newRow("relation of unknown type")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": [{"type": "spouse", "cpr": "0101801234"}, {"type": "sibling", "cpr": )"
                      R"("0101801234"}]})")
        << QStringLiteral("relation 2: \"type\" must be parent, child, custody or spouse");
    QTest::newRow("relation without type")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": [{"cpr": "0101801234"}]})")
        << QStringLiteral("relation 1: \"type\" must be");
    QTest::newRow("relation with invalid cpr")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": [{"type": "child", "cpr": "0113101234"}]})")
        << QStringLiteral("relation 1: \"cpr\" is not a valid CPR number: The birth date 1910-13-01 does not "
                          "exist.");
    QTest::newRow("relation without cpr")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": [{"type": "child"}]})")
        << QStringLiteral("relation 1: \"cpr\" is missing");
    QTest::newRow("relation with unknown field")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": [{"type": "spouse", "cpr": "0101801234", "since": "2001"}]})")
        << QStringLiteral("unknown field \"since\" in relation 1");
    QTest::newRow("relation to oneself")
        << QByteArray(R"({"cpr": "0404804567", "firstName": "A", "lastName": "B", "status": "alive", )"
                      R"("relations": [{"type": "spouse", "cpr": "040480-4567"}]})")
        << QStringLiteral("relation 1 refers to the person themself");

    // Companies.
    QTest::newRow("cvr fails modulus 11")
        << QByteArray(R"({"cvr": "12345678", "name": "Firma", "status": "active"})")
        << QStringLiteral("\"cvr\" is not a valid CVR number: The CVR number fails the modulus 11 check");
    QTest::newRow("cvr too long") << QByteArray(
                                         R"({"cvr": "123456745", "name": "Firma", "status": "active"})")
                                  << QStringLiteral("A CVR number has 8 digits; this one has 9.");
    QTest::newRow("cvr leading zero")
        << QByteArray(R"({"cvr": "01234567", "name": "Firma", "status": "active"})")
        << QStringLiteral("A CVR number cannot begin with 0.");
    QTest::newRow("cvr a number") << QByteArray(R"({"cvr": 12345674, "name": "Firma", "status": "active"})")
                                  << QStringLiteral("\"cvr\" must be a string");
    QTest::newRow("cvr null") << QByteArray(R"({"cvr": null, "name": "Firma", "status": "active"})")
                              << QStringLiteral("\"cvr\" must be a string");
    QTest::newRow("no name") << QByteArray(R"({"cvr": "12345674", "status": "active"})")
                             << QStringLiteral("\"name\" is missing");
    QTest::newRow("empty name") << QByteArray(R"({"cvr": "12345674", "name": "", "status": "active"})")
                                << QStringLiteral("\"name\" must not be empty");
    QTest::newRow("company without status")
        << QByteArray(R"({"cvr": "12345674", "name": "Firma"})") << QStringLiteral("\"status\" is missing");
    QTest::newRow("industry a number")
        << QByteArray(R"({"cvr": "12345674", "name": "Firma", "industry": 4711, "status": "active"})")
        << QStringLiteral("\"industry\" must be a string");
    QTest::newRow("company with a person's field")
        << QByteArray(R"({"cvr": "12345674", "name": "Firma", "status": "active", "protected": true})")
        << QStringLiteral("unknown field \"protected\"; allowed: cvr, name, address, industry, status");
}

void TestRegisterImporter::rejectedLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    // The bad line between two good ones: it is reported with its number, they are imported.
    const auto report = import(kAnna + '\n' + line + '\n' + kFirma + '\n');
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.at(0).line, qint64(2));
    QVERIFY2(report.rejected.at(0).reason.contains(reason), qPrintable(report.rejected.at(0).reason));
    QCOMPARE(report.persons, 1);
    QCOMPARE(report.companies, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_companies")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_person_relations")), 0);
    QVERIFY(StoreRegister(*m_db).person(QStringLiteral("0101801234")).has_value());
}

void TestRegisterImporter::goodAndBadLinesImportTheGoodOnes()
{
    // A byte order mark, CRLF line ends, blank lines (counted, not reported) and no newline at the end.
    const QByteArray data = "\xEF\xBB\xBF" + kAnna + "\r\n" + // 1
                            "\r\n" +                          // 2 blank
                            "{\"cpr\": \"9999999999\"}\r\n" + // 3 bad
                            "   \t\n" +                       // 4 blank
                            kBo + '\n' +                      // 5
                            "{\"cvr\": \"1234\"}\n" +         // 6 bad
                            "not json at all\n" +             // 7 bad
                            kFirma;                           // 8
    const auto report = import(data);
    QCOMPARE(report.persons, 2);
    QCOMPARE(report.companies, 1);
    QCOMPARE(report.rejected.size(), 3);
    QCOMPARE(report.rejected.at(0).line, qint64(3));
    QVERIFY2(report.rejected.at(0).reason.contains(QStringLiteral("not a valid CPR number")),
             qPrintable(report.rejected.at(0).reason));
    QCOMPARE(report.rejected.at(1).line, qint64(6));
    QVERIFY2(report.rejected.at(1).reason.contains(QStringLiteral("not a valid CVR number")),
             qPrintable(report.rejected.at(1).reason));
    QCOMPARE(report.rejected.at(2).line, qint64(7));
    QVERIFY(report.rejected.at(2).reason.startsWith(QStringLiteral("not valid JSON")));
    StoreRegister storeRegister(*m_db);
    QCOMPARE(storeRegister.person(QStringLiteral("0101801234"))->firstName, QStringLiteral("Anna"));
    QCOMPARE(storeRegister.person(QStringLiteral("0202802345"))->firstName, QStringLiteral("Bo"));
    QCOMPARE(storeRegister.company(QStringLiteral("12345674"))->status, QStringLiteral("active"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons")), 2);

    // Only bad lines: nothing imported, everything reported; an empty file imports nothing.
    const auto bad = import("[]\n{}\n");
    QCOMPARE(bad.persons + bad.companies, 0);
    QCOMPARE(bad.rejected.size(), 2);
    QCOMPARE(bad.rejected.at(1).line, qint64(2));
    const auto empty = import(QByteArray());
    QCOMPARE(empty.persons + empty.companies + int(empty.rejected.size()), 0);
}

void TestRegisterImporter::everyRejectedLineIsReported()
{
    QByteArray data;
    for (int i = 1; i <= 20; ++i) {
        data += (i % 4 == 0 ? QByteArray("{\"cpr\": \"x\"}") : kBo) + '\n';
    }
    const auto report = import(data);
    QCOMPARE(report.persons, 15);
    QCOMPARE(report.rejected.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(report.rejected.at(i).line, qint64(4 * (i + 1)));
    }
}

void TestRegisterImporter::replacementNumbersWork()
{
    // 610190-4321: the erstatningspersonnummer of someone born on 1 January 1990.
    const QByteArray parent = R"({"cpr": "610190-4321", "firstName": "Erstat", "lastName": "Nummer", )"
                              R"("status": "alive", "relations": [{"type": "child", "cpr": "651015-4322"}, )"
                              R"({"type": "custody", "cpr": "6510154322"}]})";
    const QByteArray child = R"({"cpr": "6510154322", "firstName": "Lille", "lastName": "Nummer", )"
                             R"("status": "alive", "relations": [{"type": "parent", "cpr": "6101904321"}]})";
    const auto report = import(parent + '\n' + child + '\n');
    QVERIFY(report.rejected.isEmpty());
    QCOMPARE(report.persons, 2);
    StoreRegister storeRegister(*m_db);
    const auto found = storeRegister.person(QStringLiteral("610190-4321"));
    QVERIFY(found.has_value());
    QCOMPARE(found->cpr, QStringLiteral("6101904321"));
    QCOMPARE(found->relations.size(), 2);
    QCOMPARE(found->relations.at(0).type, QStringLiteral("child"));
    QCOMPARE(found->relations.at(0).cpr, QStringLiteral("6510154322"));
    QCOMPARE(found->relations.at(1).type, QStringLiteral("custody"));
    QCOMPARE(storeRegister.person(QStringLiteral("651015-4322"))->relations.at(0).cpr,
             QStringLiteral("6101904321"));
    // The CPR number with the same digits but the real day is not the same person.
    QVERIFY(!storeRegister.person(QStringLiteral("0101904321")).has_value());
}

void TestRegisterImporter::reimportUpdates()
{
    const QByteArray first =
        R"({"cpr": "0101801234", "firstName": "Anna", "lastName": "Hansen", "address": {"street": )"
        R"("Vestergade 1", "postalCode": "5000", "city": "Odense C"}, "status": "alive", "relations": [)"
        R"({"type": "spouse", "cpr": "0101791111"}, {"type": "child", "cpr": "0101102222"}]})";
    import(first + '\n' + kFirma + '\n');

    const QByteArray second =
        R"({"cpr": "010180-1234", "firstName": "Anna", "lastName": "Berg", "address": {"street": )"
        R"("Nørregade 9", "postalCode": "8000", "city": "Aarhus C"}, "status": "emigrated", "relations": [)"
        R"({"type": "child", "cpr": "0101102222"}, {"type": "child", "cpr": "0101102222"}]})";
    const QByteArray company = R"({"cvr": "DK 12 34 56 74", "name": "Ærø Æbler A/S", "status": "ceased"})";
    RegisterImporter importer(*m_db);
    importer.setToday(kToday);
    importer.setNow(kNow.addDays(1));
    const auto report = importer.importData(second + '\n' + company + '\n');
    QVERIFY(report.rejected.isEmpty());

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_companies")), 1);
    StoreRegister storeRegister(*m_db);
    const auto anna = storeRegister.person(QStringLiteral("0101801234"));
    QCOMPARE(anna->fullName(), QStringLiteral("Anna Berg"));
    QCOMPARE(anna->street, QStringLiteral("Nørregade 9"));
    QCOMPARE(anna->city, QStringLiteral("Aarhus C"));
    QCOMPARE(anna->status, QStringLiteral("emigrated"));
    // The relations are replaced, not added to; a duplicate in the line counts once.
    QCOMPARE(anna->relations.size(), 1);
    QCOMPARE(anna->relations.at(0).type, QStringLiteral("child"));
    const auto firma = storeRegister.company(QStringLiteral("12345674"));
    QCOMPARE(firma->name, QStringLiteral("Ærø Æbler A/S"));
    QCOMPARE(firma->status, QStringLiteral("ceased"));
    QVERIFY(firma->street.isEmpty()); // what the new line leaves out is gone
    QVERIFY(firma->industry.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons WHERE updated_at = "
                                   "'2026-06-16T08:30:00.000Z'")),
             1);
}

void TestRegisterImporter::protectedAddressIsNeverStored()
{
    const auto report = import(kAnna + '\n' + protectedPerson(true) + '\n' + kFirma + '\n');
    QVERIFY(report.rejected.isEmpty());
    QCOMPARE(report.persons, 2);

    const auto sara = StoreRegister(*m_db).person(QStringLiteral("0303803456"));
    QVERIFY(sara.has_value());
    QVERIFY(sara->isProtected);
    QCOMPARE(sara->fullName(), QStringLiteral("Sara Skjult"));
    QVERIFY(sara->street.isEmpty() && sara->postalCode.isEmpty() && sara->city.isEmpty());
    QCOMPARE(sara->relations.size(), 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM register_persons WHERE cpr = '0303803456' AND "
                              "street IS NULL AND postal_code IS NULL AND city IS NULL AND protected = 1")),
        1);

    const QString values = everyValue();
    QVERIFY(values.contains(QStringLiteral("Vestergade 1"))); // the check sees what is stored
    QVERIFY(values.contains(QStringLiteral("Skjult")));
    QVERIFY(!values.contains(kSecretStreet));
    QVERIFY(!values.contains(kSecretCity));
    QVERIFY(!values.contains(QStringLiteral("6853")));

    // Not in the file or the WAL as they are, nor after a checkpoint.
    QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("Vestergade 1"));
    QVERIFY(!bytes.contains(kSecretStreet.toUtf8()));
    QVERIFY(!bytes.contains(kSecretCity.toUtf8()));
    m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    bytes = fileBytes();
    QVERIFY(bytes.contains("Vestergade 1"));
    QVERIFY(!bytes.contains(kSecretStreet.toUtf8()));
    QVERIFY(!bytes.contains(kSecretCity.toUtf8()));

    // Nor when the line is rejected for another reason.
    QByteArray rejected = protectedPerson(true);
    rejected.replace("\"status\": \"alive\"", "\"status\": \"hidden\"");
    rejected.replace("0303803456", "0404804567");
    QCOMPARE(import(rejected).rejected.size(), 1);
    QVERIFY(!fileBytes().contains(kSecretStreet.toUtf8()));
}

void TestRegisterImporter::becomingProtectedLeavesNoAddressBehind()
{
    // The person is in the register and on a case, with an address, before protection.
    import(kAnna + '\n' + protectedPerson(false) + '\n');
    akta::registry::StoreRegister storeRegister(*m_db);
    QCOMPARE(storeRegister.person(QStringLiteral("0303803456"))->street, kSecretStreet);
    Party party;
    party.identifier = QStringLiteral("0303803456");
    party.name = QStringLiteral("Sara Skjult");
    const QString partyId = akta::parties::PartyRepository(*m_db).upsert(party);
    QCOMPARE(import(protectedPerson(false)).refreshedParties, 1);
    QCOMPARE(akta::parties::PartyRepository(*m_db).find(partyId)->street, kSecretStreet);
    QVERIFY(fileBytes().contains(kSecretStreet.toUtf8())); // stored while unprotected, as it should be
    QVERIFY(everyValue().contains(kSecretStreet));         // in the register, the party and its history

    const auto report = import(protectedPerson(true));
    QVERIFY(report.rejected.isEmpty());
    QCOMPARE(report.refreshedParties, 1);
    const auto sara = storeRegister.person(QStringLiteral("0303803456"));
    QVERIFY(sara->isProtected);
    QVERIFY(sara->street.isEmpty());
    const auto refreshed = akta::parties::PartyRepository(*m_db).find(partyId);
    QVERIFY(refreshed->isProtected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties WHERE street IS NULL AND city IS NULL AND "
                                   "protected = 1 AND id = '%1'")
                        .arg(partyId)),
             1);
    const QString values = everyValue();
    QVERIFY(values.contains(QStringLiteral("Skjult")));
    QVERIFY2(!values.contains(kSecretStreet), qPrintable(values));
    QVERIFY(!values.contains(kSecretCity));
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("Sara Skjult"));
    QVERIFY2(!bytes.contains(kSecretStreet.toUtf8()), "the street is still in the database file or WAL");
    QVERIFY2(!bytes.contains(kSecretCity.toUtf8()), "the city is still in the database file or WAL");
}

// No party for the person in the store: only the register row held the address.
void TestRegisterImporter::becomingProtectedInTheRegisterAloneLeavesNoBytes()
{
    import(kAnna + '\n' + protectedPerson(false) + '\n');
    QVERIFY(fileBytes().contains(kSecretStreet.toUtf8()));
    const auto report = import(protectedPerson(true));
    QCOMPARE(report.refreshedParties, 0);
    QVERIFY(!everyValue().contains(kSecretStreet));
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("Vestergade 1"));
    QVERIFY2(!bytes.contains(kSecretStreet.toUtf8()), "the street is still in the database file or WAL");
    QVERIFY2(!bytes.contains(kSecretCity.toUtf8()), "the city is still in the database file or WAL");
}

void TestRegisterImporter::importRefreshesTheParties()
{
    akta::parties::PartyRepository parties(*m_db);
    Party anna;
    anna.identifier = QStringLiteral("0101801234");
    anna.name = QStringLiteral("Anna Hansen");
    anna.street = QStringLiteral("Gammelvej 3");
    anna.postalCode = QStringLiteral("5000");
    anna.city = QStringLiteral("Odense C");
    anna.source = QStringLiteral("manual");
    const QString annaId = parties.upsert(anna);
    Party unknown;
    unknown.identifier = QStringLiteral("0505805678");
    unknown.name = QStringLiteral("Ukendt Person");
    unknown.source = QStringLiteral("manual");
    parties.upsert(unknown);

    const auto report = import(kAnna + '\n' + kBo + '\n');
    QCOMPARE(report.refreshedParties, 1);
    const auto refreshed = parties.find(annaId);
    QCOMPARE(refreshed->street, QStringLiteral("Vestergade 1"));
    QCOMPARE(refreshed->source, QStringLiteral("register"));
    QCOMPARE(refreshed->fetchedAt, kNow);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM party_history WHERE party_id = '%1' AND field = "
                                   "'address' AND old_value = 'Gammelvej 3, 5000 Odense C' AND new_value = "
                                   "'Vestergade 1, 5000 Odense C'")
                        .arg(annaId)),
             1);
    // A party the register does not know is left as it is; the import does not add parties.
    QCOMPARE(parties.findByIdentifier(QStringLiteral("0505805678"))->source, QStringLiteral("manual"));
    QVERIFY(!parties.findByIdentifier(QStringLiteral("0202802345")).has_value());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestRegisterImporter::unreadableFileFails()
{
    import(kAnna + '\n');
    RegisterImporter importer(*m_db);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             importer.importFile(m_dir->filePath(QStringLiteral("missing.jsonl"))));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, importer.importFile(m_dir->path()));
    try {
        importer.importFile(m_dir->filePath(QStringLiteral("missing.jsonl")));
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("missing.jsonl")), error.what());
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_persons")), 1);
}

void TestRegisterImporter::importFileReadsAFile()
{
    const QString path = m_dir->filePath(QStringLiteral("register.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kAnna + "\n\n" + kFirma + "\n{\n");
    file.close();
    RegisterImporter importer(*m_db);
    const QString before = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto report = importer.importFile(path);
    const QString after = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QCOMPARE(report.persons, 1);
    QCOMPARE(report.companies, 1);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.at(0).line, qint64(4));
    // Without setNow() the clock stamps the rows.
    auto stamp = m_db->prepare(QStringLiteral("SELECT updated_at FROM register_persons"));
    QVERIFY(stamp.step());
    QVERIFY2(stamp.columnText(0) >= before && stamp.columnText(0) <= after, qPrintable(stamp.columnText(0)));
}

QTEST_GUILESS_MAIN(TestRegisterImporter)
#include "tst_registerimporter.moc"
