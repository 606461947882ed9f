// Tests of akta::registry::StoreRegister, the embedded PartyRegister over the register tables of a real
// migrated SQLite store.

#include "registry/PartyRegister.h"
#include "registry/StoreRegister.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::registry::CompanyRecord;
using akta::registry::PartyRegister;
using akta::registry::PersonRecord;
using akta::registry::StoreRegister;
using akta::sqlite::Database;

class TestStoreRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void personByCpr_data();
    void personByCpr();
    void personRelationsInOrder();
    void replacementNumber();
    void protectedPersonHasNoAddress();
    void protectedAddressCannotBeStored();
    void unknownAndInvalidNumbers_data();
    void unknownAndInvalidNumbers();
    void companyByCvr_data();
    void companyByCvr();
    void companyWithoutOptionalFields();
    void keys();

private:
    void addPerson(const QString& cpr, const QString& first, const QString& last, const QString& street,
                   bool isProtected = false, const QString& status = QStringLiteral("alive"));
    void addRelation(const QString& cpr, const QString& type, const QString& related);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStoreRegister::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStoreRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("register.db")));
    akta::store::Migrations::migrate(*m_db);
    addPerson(QStringLiteral("0101801234"), QStringLiteral("Anna"), QStringLiteral("Hansen"),
              QStringLiteral("Vestergade 1"));
    m_db->exec(QStringLiteral(
        "INSERT INTO register_companies(cvr, name, street, postal_code, city, industry, status, updated_at) "
        "VALUES ('12345674', 'Ærø Æbler ApS', 'Søndergade 3', '5970', 'Ærøskøbing', 'Frugtavl', 'active', "
        "'2026-01-01T00:00:00.000Z')"));
}

void TestStoreRegister::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStoreRegister::addPerson(const QString& cpr, const QString& first, const QString& last,
                                  const QString& street, bool isProtected, const QString& status)
{
    auto insert = m_db->prepare(
        QStringLiteral("INSERT INTO register_persons(cpr, first_name, last_name, street, postal_code, city, "
                       "protected, status, "
                       "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '2026-01-01T00:00:00.000Z')"));
    insert.bind(1, cpr).bind(2, first).bind(3, last).bind(4, street);
    insert.bind(5, street.isNull() ? QString() : QStringLiteral("5000"));
    insert.bind(6, street.isNull() ? QString() : QStringLiteral("Odense C"));
    insert.bind(7, isProtected).bind(8, status).exec();
}

void TestStoreRegister::addRelation(const QString& cpr, const QString& type, const QString& related)
{
    auto insert = m_db->prepare(
        QStringLiteral("INSERT INTO register_person_relations(cpr, type, related_cpr) VALUES (?1, ?2, ?3)"));
    insert.bind(1, cpr).bind(2, type).bind(3, related).exec();
}

void TestStoreRegister::personByCpr_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("digits") << QStringLiteral("0101801234");
    QTest::newRow("hyphen") << QStringLiteral("010180-1234");
    QTest::newRow("space") << QStringLiteral("010180 1234");
    QTest::newRow("white space around") << QStringLiteral("  010180-1234\t");
}

void TestStoreRegister::personByCpr()
{
    QFETCH(QString, input);
    StoreRegister storeRegister(*m_db);
    PartyRegister& partyRegister = storeRegister; // used through the interface, as the app does
    const auto person = partyRegister.person(input);
    QVERIFY(person.has_value());
    QCOMPARE(person->cpr, QStringLiteral("0101801234"));
    QCOMPARE(person->firstName, QStringLiteral("Anna"));
    QCOMPARE(person->lastName, QStringLiteral("Hansen"));
    QCOMPARE(person->fullName(), QStringLiteral("Anna Hansen"));
    QCOMPARE(person->street, QStringLiteral("Vestergade 1"));
    QCOMPARE(person->postalCode, QStringLiteral("5000"));
    QCOMPARE(person->city, QStringLiteral("Odense C"));
    QVERIFY(!person->isProtected);
    QCOMPARE(person->status, QStringLiteral("alive"));
    QVERIFY(person->relations.isEmpty());
}

void TestStoreRegister::personRelationsInOrder()
{
    addPerson(QStringLiteral("0101102222"), QStringLiteral("Barn"), QStringLiteral("Hansen"),
              QStringLiteral("Vestergade 1"));
    addRelation(QStringLiteral("0101801234"), QStringLiteral("spouse"), QStringLiteral("0101791111"));
    addRelation(QStringLiteral("0101801234"), QStringLiteral("custody"), QStringLiteral("0101102222"));
    addRelation(QStringLiteral("0101801234"), QStringLiteral("child"), QStringLiteral("0101102222"));
    addRelation(QStringLiteral("0101801234"), QStringLiteral("child"), QStringLiteral("0101092222"));
    addRelation(QStringLiteral("0101801234"), QStringLiteral("parent"), QStringLiteral("0101501111"));
    addRelation(QStringLiteral("0101102222"), QStringLiteral("parent"), QStringLiteral("0101801234"));

    StoreRegister storeRegister(*m_db);
    const auto person = storeRegister.person(QStringLiteral("010180-1234"));
    QVERIFY(person.has_value());
    QStringList relations;
    for (const PersonRecord::Relation& relation : person->relations) {
        relations << relation.type + QLatin1Char(':') + relation.cpr;
    }
    QCOMPARE(relations, (QStringList{QStringLiteral("parent:0101501111"), QStringLiteral("child:0101092222"),
                                     QStringLiteral("child:0101102222"), QStringLiteral("custody:0101102222"),
                                     QStringLiteral("spouse:0101791111")}));
    // Relations are the person's own, in one direction.
    const auto child = storeRegister.person(QStringLiteral("0101102222"));
    QVERIFY(child.has_value());
    QCOMPARE(child->relations.size(), 1);
    QCOMPARE(child->relations.at(0).type, QStringLiteral("parent"));
    QCOMPARE(child->relations.at(0).cpr, QStringLiteral("0101801234"));
}

void TestStoreRegister::replacementNumber()
{
    // Day field 61: an erstatningspersonnummer for someone born on 1 January 1990.
    addPerson(QStringLiteral("6101904321"), QStringLiteral("Erstat"), QStringLiteral("Nummer"),
              QStringLiteral("Nørregade 2"), false, QStringLiteral("emigrated"));
    StoreRegister storeRegister(*m_db);
    for (const QString& input : {QStringLiteral("6101904321"), QStringLiteral("610190-4321")}) {
        const auto person = storeRegister.person(input);
        QVERIFY2(person.has_value(), qPrintable(input));
        QCOMPARE(person->cpr, QStringLiteral("6101904321"));
        QCOMPARE(person->status, QStringLiteral("emigrated"));
    }
    // The CPR number of the same birth date and serial is another person.
    QVERIFY(!storeRegister.person(QStringLiteral("0101904321")).has_value());
}

void TestStoreRegister::protectedPersonHasNoAddress()
{
    addPerson(QStringLiteral("0202802345"), QStringLiteral("Skjult"), QStringLiteral("Person"), QString(),
              true);
    StoreRegister storeRegister(*m_db);
    const auto person = storeRegister.person(QStringLiteral("020280-2345"));
    QVERIFY(person.has_value());
    QVERIFY(person->isProtected);
    QCOMPARE(person->fullName(), QStringLiteral("Skjult Person"));
    QVERIFY(person->street.isEmpty());
    QVERIFY(person->postalCode.isEmpty());
    QVERIFY(person->city.isEmpty());
}

void TestStoreRegister::protectedAddressCannotBeStored()
{
    // The schema itself refuses a protected person with an address.
    try {
        addPerson(QStringLiteral("0202802345"), QStringLiteral("Skjult"), QStringLiteral("Person"),
                  QStringLiteral("Hemmeligvej 1"), true);
        QFAIL("a protected person with an address was stored");
    } catch (const akta::sqlite::SqliteError& error) {
        QVERIFY(error.isConstraint());
    }
    QVERIFY(!StoreRegister(*m_db).person(QStringLiteral("0202802345")).has_value());
}

void TestStoreRegister::unknownAndInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("unknown CPR") << QStringLiteral("0101801235");
    QTest::newRow("unknown replacement") << QStringLiteral("6101801234");
    QTest::newRow("no such date") << QStringLiteral("3201801234");
    QTest::newRow("too short") << QStringLiteral("010180123");
    QTest::newRow("letters") << QStringLiteral("01018O1234");
    QTest::newRow("hyphen misplaced") << QStringLiteral("01018-01234");
    QTest::newRow("empty") << QString();
    QTest::newRow("a CVR number") << QStringLiteral("12345674");
}

void TestStoreRegister::unknownAndInvalidNumbers()
{
    QFETCH(QString, input);
    StoreRegister storeRegister(*m_db);
    QVERIFY(!storeRegister.person(input).has_value());
    QVERIFY(!storeRegister.company(input == QLatin1String("12345674") ? QStringLiteral("0101801234") : input)
                 .has_value());
}

void TestStoreRegister::companyByCvr_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("digits") << QStringLiteral("12345674");
    QTest::newRow("DK prefix") << QStringLiteral("DK12345674");
    QTest::newRow("DK and spaces") << QStringLiteral("DK 1234 5674");
    QTest::newRow("lower case and white space") << QStringLiteral(" dk12 34 56 74 ");
}

void TestStoreRegister::companyByCvr()
{
    QFETCH(QString, input);
    StoreRegister storeRegister(*m_db);
    PartyRegister& partyRegister = storeRegister;
    const auto company = partyRegister.company(input);
    QVERIFY(company.has_value());
    QCOMPARE(company->cvr, QStringLiteral("12345674"));
    QCOMPARE(company->name, QStringLiteral("Ærø Æbler ApS"));
    QCOMPARE(company->street, QStringLiteral("Søndergade 3"));
    QCOMPARE(company->postalCode, QStringLiteral("5970"));
    QCOMPARE(company->city, QStringLiteral("Ærøskøbing"));
    QCOMPARE(company->industry, QStringLiteral("Frugtavl"));
    QCOMPARE(company->status, QStringLiteral("active"));
    // A CVR number is not a person.
    QVERIFY(!partyRegister.person(input).has_value());
}

void TestStoreRegister::companyWithoutOptionalFields()
{
    m_db->exec(QStringLiteral("INSERT INTO register_companies(cvr, name, status, updated_at) VALUES "
                              "('11111114', 'Uden Adresse I/S', 'ceased', '2026-01-01T00:00:00.000Z')"));
    StoreRegister storeRegister(*m_db);
    QVERIFY(!storeRegister.company(QStringLiteral("11111115")).has_value()); // fails modulus 11
    const auto company = storeRegister.company(QStringLiteral("1111 1114"));
    QVERIFY(company.has_value());
    QCOMPARE(company->name, QStringLiteral("Uden Adresse I/S"));
    QVERIFY(company->street.isEmpty());
    QVERIFY(company->industry.isEmpty());
    QCOMPARE(company->status, QStringLiteral("ceased"));
}

void TestStoreRegister::keys()
{
    QCOMPARE(StoreRegister::personKey(QStringLiteral("010180-1234")), QStringLiteral("0101801234"));
    QCOMPARE(StoreRegister::personKey(QStringLiteral("610180-1234")), QStringLiteral("6101801234"));
    // The birth date is not held against today: the register checked it on import.
    QCOMPARE(StoreRegister::personKey(QStringLiteral("010136-4234")), QStringLiteral("0101364234"));
    QCOMPARE(StoreRegister::personKey(QStringLiteral("3101801234")), QStringLiteral("3101801234"));
    QVERIFY(StoreRegister::personKey(QStringLiteral("3102801234")).isEmpty());
    QCOMPARE(StoreRegister::companyKey(QStringLiteral("DK 1234 5674")), QStringLiteral("12345674"));
    QVERIFY(StoreRegister::companyKey(QStringLiteral("12345678")).isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreRegister)
#include "tst_storeregister.moc"
