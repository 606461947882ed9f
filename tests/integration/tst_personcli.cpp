// Runs the real akta-cli executable: `person import` of a hand-written register file with good and bad
// lines and of the register.jsonl a demo seed writes, and `person show` of persons (CPR and replacement
// numbers, protected ones without any address), companies, unknown and invalid numbers.

#include "sqlite/CryptFileScan.h"
#include "sqlite/CryptKeyRing.h"
#include "store/StoreKeyProvider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kSecretStreet = QStringLiteral("Lønkammervej 17");
const QString kSecretCity = QStringLiteral("Gemmested");

// Nine lines: 1 a parent (CPR), 2 blank, 3 a child (replacement number), 4 bad JSON, 5 a protected person,
// 6 an unknown status, 7 a company with "DK" and spaces, 8 a CVR that fails modulus 11, 9 an unknown field.
QByteArray handWrittenRegister()
{
    QByteArray data;
    data +=
        R"({"cpr": "010180-1234", "firstName": "Anna", "lastName": "Hansen", "address": {"street": )"
        R"("Vestergade 1", "postalCode": "5000", "city": "Odense C"}, "protected": false, "status": "alive", )"
        R"("relations": [{"type": "child", "cpr": "6510154322"}, {"type": "custody", "cpr": "6510154322"}, )"
        R"({"type": "spouse", "cpr": "0101791111"}]})"
        "\n";
    data += "\n";
    data +=
        R"({"cpr": "6510154322", "firstName": "Lille", "lastName": "Hansen", "address": {"street": )"
        R"("Vestergade 1", "postalCode": "5000", "city": "Odense C"}, "protected": false, "status": "alive", )"
        R"("relations": [{"type": "parent", "cpr": "0101801234"}]})"
        "\n";
    data += R"({"cpr": "0202802345", "firstName": "Bo")"
            "\n";
    data += QStringLiteral(R"({"cpr": "0303803456", "firstName": "Sara", "lastName": "Skjult", "address": )"
                           R"({"street": "%1", "postalCode": "6853", "city": "%2"}, "protected": true, )"
                           R"("status": "alive", "relations": [{"type": "parent", "cpr": "0101801234"}]})")
                .arg(kSecretStreet, kSecretCity)
                .toUtf8() +
            "\n";
    data += R"({"cpr": "0404804567", "firstName": "Carl", "lastName": "Dahl", "status": "dead"})"
            "\n";
    data += R"({"cvr": "DK 1234 5674", "name": "Ærø Æbler ApS", "address": {"street": "Søndergade 3", )"
            R"("postalCode": "5970", "city": "Ærøskøbing"}, "industry": "Frugtavl", "status": "active"})"
            "\n";
    data += R"({"cvr": "12345678", "name": "Forkert ApS", "status": "active"})"
            "\n";
    data += R"({"cvr": "11111114", "name": "Ekstra ApS", "status": "active", "employees": 12})"
            "\n";
    return data;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPersonCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importReportsGoodAndBadLines();
    void importWithoutJsonPrintsASummary();
    void importAgainUpdates();
    void importOfAnUnreadableFileFails();
    void importTheDemoRegister();
    void showPerson();
    void showPersonAsText();
    void showReplacementNumber();
    void showProtectedPersonPrintsNoAddress();
    void showProtectedDemoPersonPrintsNoAddress();
    void showCompany();
    void unknownNumberFails_data();
    void unknownNumberFails();
    void invalidNumberIsAUsageError_data();
    void invalidNumberIsAUsageError();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList& args);
    // Runs `args`, expects success and exactly one line holding one JSON object.
    static QJsonObject runJson(const QStringList& args);
    QString store() const { return m_dir->filePath(QStringLiteral("store")); }
    QString demoStore() const { return m_demo.filePath(QStringLiteral("store")); }
    QString demoRegister() const { return QDir(demoStore()).filePath(QStringLiteral("register.jsonl")); }
    QString writeRegister(const QByteArray& data);
    QJsonObject importHandWritten();
    QJsonObject show(const QString& storeDir, const QString& number);

    QTemporaryDir m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestPersonCli::Result TestPersonCli::run(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestPersonCli::runJson(const QStringList& args)
{
    const Result result = run(args);
    if (result.exitCode != 0 || !result.err.isEmpty()) {
        qWarning("akta-cli %s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), result.exitCode,
                 result.err.constData());
        return {};
    }
    if (result.out.count('\n') != 1 || !result.out.endsWith('\n')) {
        qWarning("not exactly one line: %s", result.out.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object: %s", result.out.constData());
        return {};
    }
    return document.object();
}

QString TestPersonCli::writeRegister(const QByteArray& data)
{
    const QString path = m_dir->filePath(QStringLiteral("register.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return {};
    }
    return path;
}

QJsonObject TestPersonCli::importHandWritten()
{
    return runJson({QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                    QStringLiteral("--json"), writeRegister(handWrittenRegister())});
}

QJsonObject TestPersonCli::show(const QString& storeDir, const QString& number)
{
    return runJson({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"), storeDir,
                    QStringLiteral("--json"), number});
}

void TestPersonCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(AKTA_CLI_PATH)).isExecutable(), AKTA_CLI_PATH);
    QVERIFY(m_demo.isValid());
    const QJsonObject summary =
        runJson({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"), demoStore(),
                 QStringLiteral("--cases"), QStringLiteral("30"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--json")});
    QCOMPARE(summary.value(QStringLiteral("cases")).toInt(), 30);
    QVERIFY(QFileInfo::exists(demoRegister()));
}

void TestPersonCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPersonCli::cleanup()
{
    m_dir.reset();
}

void TestPersonCli::importReportsGoodAndBadLines()
{
    const QJsonObject report = importHandWritten();
    QCOMPARE(report.keys(), (QStringList{QStringLiteral("companies"), QStringLiteral("persons"),
                                         QStringLiteral("rejected")}));
    QCOMPARE(report.value(QStringLiteral("persons")).toInt(-1), 3);
    QCOMPARE(report.value(QStringLiteral("companies")).toInt(-1), 1);
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 4);
    const QList<QPair<int, QString>> expected{
        {4, QStringLiteral("not valid JSON")},
        {6, QStringLiteral("\"status\" is \"dead\"; a person's status is alive, deceased or emigrated")},
        {8, QStringLiteral("\"cvr\" is not a valid CVR number: The CVR number fails the modulus 11 check")},
        {9, QStringLiteral("unknown field \"employees\"")}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject line = rejected.at(i).toObject();
        QCOMPARE(line.keys(), (QStringList{QStringLiteral("line"), QStringLiteral("reason")}));
        QCOMPARE(line.value(QStringLiteral("line")).toInt(), expected.at(i).first);
        const QString reason = line.value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(expected.at(i).second), qPrintable(reason));
    }
    // The good lines are in the register, the bad ones are not.
    QCOMPARE(show(store(), QStringLiteral("010180-1234")).value(QStringLiteral("name")).toString(),
             QStringLiteral("Anna Hansen"));
    QCOMPARE(show(store(), QStringLiteral("12345674")).value(QStringLiteral("name")).toString(),
             QStringLiteral("Ærø Æbler ApS"));
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"), store(),
                  QStringLiteral("0404804567")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"), store(),
                  QStringLiteral("11111114")})
                 .exitCode,
             1);

    // The protected address is in neither the database file nor its WAL (every page image, decrypted with
    // the store's key from AKTA_KEY_FILE; opening the store would checkpoint and remove the WAL).
    const QString database = QDir(store()).filePath(QStringLiteral("akta.db"));
    akta::sqlite::CryptKeyRing::registerKey(
        database, akta::store::StoreKeyProvider::fromEnvironment()->keyFor(store(), false).pageKey());
    const QByteArray bytes = akta::sqlite::CryptFileScan::plaintext(database);
    QVERIFY(bytes.contains("Vestergade 1"));
    QVERIFY(bytes.contains("Skjult"));
    QVERIFY(!bytes.contains(kSecretStreet.toUtf8()));
    QVERIFY(!bytes.contains(kSecretCity.toUtf8()));
}

void TestPersonCli::importWithoutJsonPrintsASummary()
{
    const QString file = writeRegister(handWrittenRegister());
    const Result result =
        run({QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--store"), store(), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QStringLiteral("Imported 3 persons and 1 company from %1; 4 rejected").arg(file)),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  line 6 skipped: \"status\" is \"dead\"")), qPrintable(out));
    QVERIFY(!out.contains(kSecretStreet));
}

void TestPersonCli::importAgainUpdates()
{
    QVERIFY(!importHandWritten().isEmpty());
    const QByteArray moved =
        R"({"cpr": "0101801234", "firstName": "Anna", "lastName": "Berg", "address": {"street": "Nørregade 9", )"
        R"("postalCode": "8000", "city": "Aarhus C"}, "status": "deceased"})"
        "\n";
    const QJsonObject report =
        runJson({QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                 QStringLiteral("--json"), writeRegister(moved)});
    QCOMPARE(report.value(QStringLiteral("persons")).toInt(-1), 1);
    QVERIFY(report.value(QStringLiteral("rejected")).toArray().isEmpty());
    const QJsonObject anna = show(store(), QStringLiteral("0101801234"));
    QCOMPARE(anna.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Berg"));
    QCOMPARE(anna.value(QStringLiteral("status")).toString(), QStringLiteral("deceased"));
    QCOMPARE(anna.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
             QStringLiteral("Aarhus C"));
    QVERIFY(anna.value(QStringLiteral("relations")).toArray().isEmpty());
}

void TestPersonCli::importOfAnUnreadableFileFails()
{
    for (const QString& file : {m_dir->filePath(QStringLiteral("missing.jsonl")), m_dir->path()}) {
        const Result result = run({QStringLiteral("person"), QStringLiteral("import"),
                                   QStringLiteral("--store"), store(), QStringLiteral("--json"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("akta-cli: cannot read "), result.err.constData());
        QVERIFY(result.err.contains(file.toUtf8()));
    }
}

void TestPersonCli::importTheDemoRegister()
{
    int persons = 0;
    int companies = 0;
    for (const QByteArray& line : readAll(demoRegister()).split('\n')) {
        persons += line.startsWith("{\"cpr\"") ? 1 : 0;
        companies += line.startsWith("{\"cvr\"") ? 1 : 0;
    }
    QVERIFY(persons > 20);
    QVERIFY(companies > 0);
    // Into a new store, and again into the demo store, whose register the seed filled already.
    for (const QString& target : {store(), demoStore()}) {
        const QJsonObject report =
            runJson({QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--store"), target,
                     QStringLiteral("--json"), demoRegister()});
        QCOMPARE(report.value(QStringLiteral("persons")).toInt(-1), persons);
        QCOMPARE(report.value(QStringLiteral("companies")).toInt(-1), companies);
        QCOMPARE(report.value(QStringLiteral("rejected")).toArray(), QJsonArray());
    }
}

void TestPersonCli::showPerson()
{
    QVERIFY(!importHandWritten().isEmpty());
    const QJsonObject anna = show(store(), QStringLiteral("010180-1234"));
    QCOMPARE(anna.keys(),
             (QStringList{QStringLiteral("address"), QStringLiteral("cpr"), QStringLiteral("firstName"),
                          QStringLiteral("kind"), QStringLiteral("lastName"), QStringLiteral("name"),
                          QStringLiteral("protected"), QStringLiteral("relations"),
                          QStringLiteral("replacement"), QStringLiteral("status")}));
    QCOMPARE(anna.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
    QCOMPARE(anna.value(QStringLiteral("cpr")).toString(), QStringLiteral("0101801234"));
    QCOMPARE(anna.value(QStringLiteral("replacement")), QJsonValue(false));
    QCOMPARE(anna.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Hansen"));
    QCOMPARE(anna.value(QStringLiteral("firstName")).toString(), QStringLiteral("Anna"));
    QCOMPARE(anna.value(QStringLiteral("lastName")).toString(), QStringLiteral("Hansen"));
    QCOMPARE(anna.value(QStringLiteral("address")).toObject(),
             (QJsonObject{{QStringLiteral("street"), QStringLiteral("Vestergade 1")},
                          {QStringLiteral("postalCode"), QStringLiteral("5000")},
                          {QStringLiteral("city"), QStringLiteral("Odense C")}}));
    QCOMPARE(anna.value(QStringLiteral("protected")), QJsonValue(false));
    QCOMPARE(anna.value(QStringLiteral("status")).toString(), QStringLiteral("alive"));
    const QJsonArray relations = anna.value(QStringLiteral("relations")).toArray();
    QCOMPARE(relations.size(), 3);
    QCOMPARE(relations.at(0).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("child")},
                          {QStringLiteral("cpr"), QStringLiteral("6510154322")},
                          {QStringLiteral("name"), QStringLiteral("Lille Hansen")}}));
    QCOMPARE(relations.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("custody"));
    // A relation the register has no person for has no name.
    QCOMPARE(relations.at(2).toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("spouse")},
                                                      {QStringLiteral("cpr"), QStringLiteral("0101791111")},
                                                      {QStringLiteral("name"), QJsonValue()}}));
}

void TestPersonCli::showPersonAsText()
{
    QVERIFY(!importHandWritten().isEmpty());
    const Result result = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                               store(), QStringLiteral("0101801234")});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QStringLiteral("Anna Hansen\n  CPR number 010180-1234\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  Address: Vestergade 1, 5000 Odense C\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  child: Lille Hansen (651015-4322)\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  spouse: not in the register (010179-1111)\n")), qPrintable(out));
}

void TestPersonCli::showReplacementNumber()
{
    QVERIFY(!importHandWritten().isEmpty());
    for (const QString& number : {QStringLiteral("6510154322"), QStringLiteral("651015-4322")}) {
        const QJsonObject child = show(store(), number);
        QCOMPARE(child.value(QStringLiteral("cpr")).toString(), QStringLiteral("6510154322"));
        QCOMPARE(child.value(QStringLiteral("replacement")), QJsonValue(true));
        QCOMPARE(child.value(QStringLiteral("name")).toString(), QStringLiteral("Lille Hansen"));
        QCOMPARE(
            child.value(QStringLiteral("relations")).toArray().at(0).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("Anna Hansen")));
    }
    const Result text = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                             store(), QStringLiteral("651015-4322")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Replacement number (erstatningspersonnummer) 651015-4322"),
             text.out.constData());
    // The CPR number with the real day is someone else, unknown here.
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"), store(),
                  QStringLiteral("051015-4322")})
                 .exitCode,
             1);
}

void TestPersonCli::showProtectedPersonPrintsNoAddress()
{
    QVERIFY(!importHandWritten().isEmpty());
    const QJsonObject sara = show(store(), QStringLiteral("030380-3456"));
    QCOMPARE(sara.value(QStringLiteral("name")).toString(), QStringLiteral("Sara Skjult"));
    QCOMPARE(sara.value(QStringLiteral("protected")), QJsonValue(true));
    QVERIFY(sara.contains(QStringLiteral("address")));
    QVERIFY(sara.value(QStringLiteral("address")).isNull());
    for (const QStringList& args : {QStringList{QStringLiteral("--json"), QStringLiteral("0303803456")},
                                    QStringList{QStringLiteral("0303803456")}}) {
        const Result result = run(QStringList{QStringLiteral("person"), QStringLiteral("show"),
                                              QStringLiteral("--store"), store()} +
                                  args);
        QCOMPARE(result.exitCode, 0);
        const QByteArray all = result.out + result.err;
        QVERIFY(all.contains("Sara Skjult"));
        QVERIFY2(!all.contains(kSecretStreet.toUtf8()), all.constData());
        QVERIFY2(!all.contains(kSecretCity.toUtf8()), all.constData());
        QVERIFY2(!all.contains("6853"), all.constData());
    }
    const Result text = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                             store(), QStringLiteral("0303803456")});
    QVERIFY2(text.out.contains("  Address: protected (navne- og adressebeskyttelse)\n"),
             text.out.constData());
    // Her parent's entry does not bring it in either.
    const Result parent = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                               store(), QStringLiteral("--json"), QStringLiteral("0101801234")});
    QVERIFY(!parent.out.contains(kSecretStreet.toUtf8()));
}

void TestPersonCli::showProtectedDemoPersonPrintsNoAddress()
{
    // The protected persons of the demo, with the address the register file has for them.
    QList<QJsonObject> protectedPersons;
    for (const QByteArray& line : readAll(demoRegister()).split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("protected")).toBool()) {
            protectedPersons.append(object);
        }
    }
    QVERIFY(!protectedPersons.isEmpty());
    for (const QJsonObject& person : std::as_const(protectedPersons)) {
        const QString cpr = person.value(QStringLiteral("cpr")).toString();
        const QString street =
            person.value(QStringLiteral("address")).toObject().value(QStringLiteral("street")).toString();
        QVERIFY(!street.isEmpty());
        for (const QStringList& flags : {QStringList{QStringLiteral("--json")}, QStringList()}) {
            const Result result = run(QStringList{QStringLiteral("person"), QStringLiteral("show"),
                                                  QStringLiteral("--store"), demoStore()} +
                                      flags + QStringList{cpr});
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.out.contains(person.value(QStringLiteral("lastName")).toString().toUtf8()));
            QVERIFY2(!(result.out + result.err).contains(street.toUtf8()), result.out.constData());
        }
        const QJsonObject shown = show(demoStore(), cpr);
        QCOMPARE(shown.value(QStringLiteral("replacement")),
                 QJsonValue(true)); // the demo has no real numbers
        QCOMPARE(shown.value(QStringLiteral("protected")), QJsonValue(true));
        QVERIFY(shown.value(QStringLiteral("address")).isNull());
        QCOMPARE(shown.value(QStringLiteral("relations")).toArray().size(),
                 person.value(QStringLiteral("relations")).toArray().size());
        for (const QJsonValue& relation : shown.value(QStringLiteral("relations")).toArray()) {
            QVERIFY(!relation.toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
    }
}

void TestPersonCli::showCompany()
{
    QVERIFY(!importHandWritten().isEmpty());
    for (const QString& number :
         {QStringLiteral("12345674"), QStringLiteral("DK 1234 5674"), QStringLiteral("dk12345674")}) {
        const QJsonObject company = show(store(), number);
        QCOMPARE(company,
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("company")},
                              {QStringLiteral("cvr"), QStringLiteral("12345674")},
                              {QStringLiteral("name"), QStringLiteral("Ærø Æbler ApS")},
                              {QStringLiteral("address"),
                               QJsonObject{{QStringLiteral("street"), QStringLiteral("Søndergade 3")},
                                           {QStringLiteral("postalCode"), QStringLiteral("5970")},
                                           {QStringLiteral("city"), QStringLiteral("Ærøskøbing")}}},
                              {QStringLiteral("industry"), QStringLiteral("Frugtavl")},
                              {QStringLiteral("status"), QStringLiteral("active")}}));
    }
    const Result text = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                             store(), QStringLiteral("12345674")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("Ærø Æbler ApS\n  CVR number 12345674\n"), text.out.constData());
}

void TestPersonCli::unknownNumberFails_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("CPR number") << QStringLiteral("020280-2345");
    QTest::newRow("replacement number") << QStringLiteral("620280-2345");
    QTest::newRow("CVR number") << QStringLiteral("11111114");
}

void TestPersonCli::unknownNumberFails()
{
    QFETCH(QString, number);
    QVERIFY(!importHandWritten().isEmpty());
    const Result result = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                               store(), QStringLiteral("--json"), number});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("akta-cli: %1 is not in the register\n").arg(number));
}

void TestPersonCli::invalidNumberIsAUsageError_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such date") << QStringLiteral("321380-1234")
                                  << QStringLiteral("The birth date 1980-13-32 does not exist.");
    QTest::newRow("replacement of no date")
        << QStringLiteral("611380-1234") << QStringLiteral("The birth date 1980-13-01 does not exist.");
    QTest::newRow("in the future") << QStringLiteral("010136-4123")
                                   << QStringLiteral("The birth date 2036-01-01 lies in the future.");
    QTest::newRow("CPR too short") << QStringLiteral("010180-123")
                                   << QStringLiteral("A CPR number has 10 digits; this one has 9.");
    QTest::newRow("letters") << QStringLiteral("Anna")
                             << QStringLiteral("The CPR number contains 'A', which is "
                                               "not a digit.");
    QTest::newRow("CVR modulus 11") << QStringLiteral("12345678")
                                    << QStringLiteral("The CVR number fails the modulus 11 check; a digit is "
                                                      "probably wrong.");
    QTest::newRow("CVR too short") << QStringLiteral("DK 1234")
                                   << QStringLiteral("A CVR number has 8 digits; this one has 4.");
}

void TestPersonCli::invalidNumberIsAUsageError()
{
    QFETCH(QString, number);
    QFETCH(QString, message);
    QVERIFY(!importHandWritten().isEmpty());
    const Result result = run({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--store"),
                               store(), QStringLiteral("--json"), number});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(QString::fromUtf8(result.err), QStringLiteral("akta-cli: %1: %2\n").arg(number, message));
}

void TestPersonCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import without store")
        << QStringList{QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("file.jsonl")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("person"), QStringLiteral("import"),
                                                        QStringLiteral("--store"), QStringLiteral("x")};
    QTest::newRow("import two files")
        << QStringList{QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--store"),
                       QStringLiteral("x"),      QStringLiteral("a"),      QStringLiteral("b")};
    QTest::newRow("show without number") << QStringList{QStringLiteral("person"), QStringLiteral("show"),
                                                        QStringLiteral("--store"), QStringLiteral("x")};
    QTest::newRow("show with unknown option")
        << QStringList{QStringLiteral("person"), QStringLiteral("show"),      QStringLiteral("--store"),
                       QStringLiteral("x"),      QStringLiteral("--address"), QStringLiteral("0101801234")};
}

void TestPersonCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Result result = run(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("akta-cli: "), result.err.constData());
}

QTEST_GUILESS_MAIN(TestPersonCli)
#include "tst_personcli.moc"
