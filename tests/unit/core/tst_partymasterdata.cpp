// Tests of akta::registry::PartyMasterData over the store's own register (StoreRegister, filled by
// RegisterImporter) in a real local store: parties created and refreshed from the register, a move and a
// death shown on the case and kept in party_history, and protection removing the address from the parties,
// the history and the bytes on disk.

#include "cases/CaseDetails.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "registry/PartyMasterData.h"
#include "registry/RegisterImporter.h"
#include "registry/StoreRegister.h"
#include "sqlite/CryptFileScan.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::Party;
using akta::parties::PartyRepository;
using akta::registry::PartyMasterData;
using akta::registry::RegisterImporter;
using akta::registry::StoreRegister;

namespace {

const QDate kToday(2026, 6, 15);
const QDateTime kFirst(QDate(2026, 6, 15), QTime(8, 0), Qt::UTC);
const QDateTime kSecond(QDate(2026, 6, 20), QTime(9, 15), Qt::UTC);
const QDateTime kThird(QDate(2026, 7, 1), QTime(10, 30), Qt::UTC);
const QString kActor = QStringLiteral("user-actor");

QByteArray personLine(const QString& cpr, const QString& first, const QString& last, const QString& street,
                      const QString& postalCode, const QString& city, bool isProtected = false,
                      const QString& status = QStringLiteral("alive"))
{
    return QStringLiteral(R"({"cpr": "%1", "firstName": "%2", "lastName": "%3", "address": {"street": "%4", )"
                          R"("postalCode": "%5", "city": "%6"}, "protected": %7, "status": "%8"})")
               .arg(cpr, first, last, street, postalCode, city,
                    isProtected ? QStringLiteral("true") : QStringLiteral("false"), status)
               .toUtf8() +
           '\n';
}

QByteArray anna(const QString& street = QStringLiteral("Vestergade 1"),
                const QString& status = QStringLiteral("alive"), bool isProtected = false,
                const QString& lastName = QStringLiteral("Hansen"))
{
    return personLine(QStringLiteral("0101801234"), QStringLiteral("Anna"), lastName, street,
                      QStringLiteral("5000"), QStringLiteral("Odense C"), isProtected, status);
}

const QByteArray kFirma = R"({"cvr": "12345674", "name": "Ærø Æbler ApS", "address": {"street": )"
                          R"("Søndergade 3", "postalCode": "5970", "city": "Ærøskøbing"}, "industry": )"
                          R"("Frugtavl", "status": "active"})"
                          "\n";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPartyMasterData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ensurePartyCreatesFromTheRegister();
    void ensurePartyByReplacementNumberAndCvr();
    void ensurePartyOfAnUnknownOrInvalidNumber_data();
    void ensurePartyOfAnUnknownOrInvalidNumber();
    void moveAndDeathShowOnTheCaseAndInHistory();
    void nothingChangedWritesNoHistory();
    void becomingProtectedRemovesTheAddressEverywhere();
    void protectedPersonKeepsNoAddressHistory();
    void refreshAllRefreshesWhatTheRegisterKnows();
    void partOfTheCallersTransaction();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    void importRegister(const QByteArray& data, const QDateTime& now);
    PartyMasterData masterData(const QDateTime& now);
    QStringList history(const QString& partyId);
    qint64 scalar(const QString& sql);
    QByteArray fileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    std::unique_ptr<StoreRegister> m_register;
};

void TestPartyMasterData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPartyMasterData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    m_register = std::make_unique<StoreRegister>(db());
    akta::directory::Directory(db()).addUser({kActor, QStringLiteral("actor"), QStringLiteral("Anne Actor"),
                                              QString(), QStringLiteral("caseworker")});
    importRegister(anna() + kFirma, kFirst);
}

void TestPartyMasterData::cleanup()
{
    m_register.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPartyMasterData::importRegister(const QByteArray& data, const QDateTime& now)
{
    RegisterImporter importer(db());
    importer.setToday(kToday);
    importer.setNow(now);
    const auto report = importer.importData(data);
    QVERIFY(report.rejected.isEmpty());
}

PartyMasterData TestPartyMasterData::masterData(const QDateTime& now)
{
    PartyMasterData result(db(), *m_register);
    result.setNow(now);
    return result;
}

QStringList TestPartyMasterData::history(const QString& partyId)
{
    auto query = db().prepare(QStringLiteral(
        "SELECT field, coalesce(old_value, '<null>'), coalesce(new_value, '<null>'), changed_at "
        "FROM party_history WHERE party_id = ?1 ORDER BY id"));
    query.bind(1, partyId);
    QStringList rows;
    while (query.step()) {
        rows << QStringList{query.columnText(0), query.columnText(1), query.columnText(2),
                            query.columnText(3)}
                    .join(QLatin1Char('|'));
    }
    return rows;
}

qint64 TestPartyMasterData::scalar(const QString& sql)
{
    auto query = db().prepare(sql);
    return query.step() ? query.columnInt64(0) : -1;
}

QByteArray TestPartyMasterData::fileBytes()
{
    // The store is encrypted: every page image of the database and its WAL, decrypted.
    const QString path = db().path();
    return akta::sqlite::CryptFileScan::plaintext(path) + readAll(path + QStringLiteral("-shm"));
}

void TestPartyMasterData::ensurePartyCreatesFromTheRegister()
{
    const QString id = masterData(kFirst).ensureParty(QStringLiteral("010180-1234"));
    QVERIFY(!id.isEmpty());
    const auto party = PartyRepository(db()).find(id);
    QVERIFY(party.has_value());
    QCOMPARE(party->kind, Party::Kind::Person);
    QCOMPARE(party->identifier, QStringLiteral("0101801234"));
    QCOMPARE(party->name, QStringLiteral("Anna Hansen"));
    QCOMPARE(party->street, QStringLiteral("Vestergade 1"));
    QCOMPARE(party->postalCode, QStringLiteral("5000"));
    QCOMPARE(party->city, QStringLiteral("Odense C"));
    QCOMPARE(party->status, QStringLiteral("alive"));
    QVERIFY(!party->isProtected);
    QCOMPARE(party->source, QStringLiteral("register"));
    QCOMPARE(party->fetchedAt, kFirst);

    // Again, in the other form: the same party, fetched anew, no history.
    QCOMPARE(masterData(kSecond).ensureParty(QStringLiteral("0101801234")), id);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 1);
    QCOMPARE(PartyRepository(db()).find(id)->fetchedAt, kSecond);
    QVERIFY(history(id).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestPartyMasterData::ensurePartyByReplacementNumberAndCvr()
{
    importRegister(personLine(QStringLiteral("6101904321"), QStringLiteral("Erstat"),
                              QStringLiteral("Nummer"), QStringLiteral("Nørregade 2"), QStringLiteral("8000"),
                              QStringLiteral("Aarhus C")),
                   kFirst);
    const QString person = masterData(kFirst).ensureParty(QStringLiteral("610190-4321"));
    QVERIFY(!person.isEmpty());
    QCOMPARE(PartyRepository(db()).find(person)->identifier, QStringLiteral("6101904321"));
    QCOMPARE(PartyRepository(db()).find(person)->name, QStringLiteral("Erstat Nummer"));

    const QString company = masterData(kFirst).ensureParty(QStringLiteral("DK 1234 5674"));
    QVERIFY(!company.isEmpty());
    const auto firma = PartyRepository(db()).find(company);
    QCOMPARE(firma->kind, Party::Kind::Company);
    QCOMPARE(firma->identifier, QStringLiteral("12345674"));
    QCOMPARE(firma->name, QStringLiteral("Ærø Æbler ApS"));
    QCOMPARE(firma->city, QStringLiteral("Ærøskøbing"));
    QCOMPARE(firma->status, QStringLiteral("active"));
}

void TestPartyMasterData::ensurePartyOfAnUnknownOrInvalidNumber_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::newRow("unknown CPR") << QStringLiteral("0202802345");
    QTest::newRow("unknown replacement number") << QStringLiteral("6101801234");
    QTest::newRow("unknown CVR") << QStringLiteral("11111114");
    QTest::newRow("invalid CPR") << QStringLiteral("3213801234");
    QTest::newRow("invalid CVR") << QStringLiteral("12345678");
    QTest::newRow("text") << QStringLiteral("Anna Hansen");
    QTest::newRow("empty") << QString();
}

void TestPartyMasterData::ensurePartyOfAnUnknownOrInvalidNumber()
{
    QFETCH(QString, identifier);
    QVERIFY(masterData(kFirst).ensureParty(identifier).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 0);
}

void TestPartyMasterData::moveAndDeathShowOnTheCaseAndInHistory()
{
    const QString partyId = masterData(kFirst).ensureParty(QStringLiteral("0101801234"));
    akta::cases::NewCase request;
    request.title = QStringLiteral("Ansøgning om hjælpemiddel");
    request.kleSubject = QStringLiteral("02.34.02");
    request.kind = akta::CaseKind::Citizen;
    request.primaryPartyId = partyId;
    const auto created = akta::cases::CaseRepository(db()).create(request, kActor);
    akta::cases::NewCase second = request;
    second.title = QStringLiteral("Anden sag om samme borger");
    const auto other = akta::cases::CaseRepository(db()).create(second, kActor);

    // The register has a move, then a death; each import refreshes the parties.
    importRegister(anna(QStringLiteral("Nørregade 9")), kSecond);
    importRegister(anna(QStringLiteral("Nørregade 9"), QStringLiteral("deceased")), kThird);

    for (const QString& caseId : {created.id, other.id}) {
        const auto details = akta::cases::CaseDetails::load(db(), caseId);
        QVERIFY(details.has_value());
        QCOMPARE(details->parties.size(), 1);
        const Party& party = details->parties.at(0).party;
        QCOMPARE(party.id, partyId);
        QCOMPARE(party.street, QStringLiteral("Nørregade 9"));
        QCOMPARE(party.status, QStringLiteral("deceased"));
        QCOMPARE(party.fetchedAt, kThird);
    }
    QCOMPARE(history(partyId),
             (QStringList{QStringLiteral("address|Vestergade 1, 5000 Odense C|Nørregade 9, 5000 Odense "
                                         "C|2026-06-20T09:15:00.000Z"),
                          QStringLiteral("status|alive|deceased|2026-07-01T10:30:00.000Z")}));

    // A new name is history too.
    importRegister(
        anna(QStringLiteral("Nørregade 9"), QStringLiteral("deceased"), false, QStringLiteral("Berg")),
        kThird.addDays(1));
    QCOMPARE(history(partyId).size(), 3);
    QCOMPARE(history(partyId).last(), QStringLiteral("name|Anna Hansen|Anna Berg|2026-07-02T10:30:00.000Z"));
    QCOMPARE(PartyRepository(db()).find(partyId)->name, QStringLiteral("Anna Berg"));
}

void TestPartyMasterData::nothingChangedWritesNoHistory()
{
    const QString partyId = masterData(kFirst).ensureParty(QStringLiteral("0101801234"));
    const QString companyId = masterData(kFirst).ensureParty(QStringLiteral("12345674"));
    QCOMPARE(masterData(kSecond).refreshAll(), 2);
    QCOMPARE(masterData(kThird).refreshAll(), 2);
    QVERIFY(history(partyId).isEmpty());
    QVERIFY(history(companyId).isEmpty());
    QCOMPARE(PartyRepository(db()).find(partyId)->fetchedAt, kThird);
    QCOMPARE(PartyRepository(db()).find(companyId)->fetchedAt, kThird);
}

void TestPartyMasterData::becomingProtectedRemovesTheAddressEverywhere()
{
    const QString partyId = masterData(kFirst).ensureParty(QStringLiteral("0101801234"));
    importRegister(anna(QStringLiteral("Hemmelighedsallé 77")), kSecond);
    QCOMPARE(history(partyId).size(), 1); // Vestergade 1 -> Hemmelighedsallé 77
    QCOMPARE(PartyRepository(db()).find(partyId)->street, QStringLiteral("Hemmelighedsallé 77"));
    QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("Vestergade 1")); // the check sees what is on disk
    QVERIFY(bytes.contains("Hemmelighedsallé 77"));

    // The register now has name and address protection for her (and no address).
    importRegister(anna(QStringLiteral("Hemmelighedsallé 77"), QStringLiteral("alive"), true), kThird);

    const auto party = PartyRepository(db()).find(partyId);
    QVERIFY(party->isProtected);
    QVERIFY(party->street.isEmpty() && party->postalCode.isEmpty() && party->city.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties WHERE id = '%1' AND street IS NULL AND "
                                   "postal_code IS NULL AND city IS NULL")
                        .arg(partyId)),
             1);
    // The history keeps that protection came, and no address at all.
    QCOMPARE(history(partyId), QStringList{QStringLiteral("protected|false|true|2026-07-01T10:30:00.000Z")});
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM party_history WHERE old_value LIKE '%gade%' OR "
                                   "new_value LIKE '%gade%' OR old_value LIKE '%allé%' OR new_value LIKE "
                                   "'%allé%'")),
             0);
    // Nor is any of it left in the database file or the WAL.
    bytes = fileBytes();
    QVERIFY(bytes.contains("Anna Hansen"));
    QVERIFY2(!bytes.contains("Hemmelighedsallé 77"), "the current address is still on disk");
    QVERIFY2(!bytes.contains("Vestergade 1"), "an earlier address is still on disk");
    QVERIFY2(!bytes.contains("Odense C"), "the city is still on disk");
    db().exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    QVERIFY(!fileBytes().contains("Vestergade 1"));
}

void TestPartyMasterData::protectedPersonKeepsNoAddressHistory()
{
    importRegister(anna(QStringLiteral("Hemmelighedsallé 77"), QStringLiteral("alive"), true), kFirst);
    const QString partyId = masterData(kFirst).ensureParty(QStringLiteral("0101801234"));
    QVERIFY(PartyRepository(db()).find(partyId)->isProtected);
    importRegister(
        anna(QStringLiteral("Skjulevej 5"), QStringLiteral("emigrated"), true, QStringLiteral("Berg")),
        kSecond);
    QCOMPARE(history(partyId),
             (QStringList{QStringLiteral("name|Anna Hansen|Anna Berg|2026-06-20T09:15:00.000Z"),
                          QStringLiteral("status|alive|emigrated|2026-06-20T09:15:00.000Z")}));

    // Protection lifted: the address is shown and stored again, as a change from none.
    importRegister(anna(QStringLiteral("Åbenvej 1"), QStringLiteral("alive"), false, QStringLiteral("Berg")),
                   kThird);
    const auto party = PartyRepository(db()).find(partyId);
    QVERIFY(!party->isProtected);
    QCOMPARE(party->street, QStringLiteral("Åbenvej 1"));
    const QStringList rows = history(partyId);
    QCOMPARE(rows.size(), 5);
    QVERIFY(
        rows.contains(QStringLiteral("address|<null>|Åbenvej 1, 5000 Odense C|2026-07-01T10:30:00.000Z")));
    QVERIFY(rows.contains(QStringLiteral("protected|true|false|2026-07-01T10:30:00.000Z")));
    QVERIFY(rows.contains(QStringLiteral("status|emigrated|alive|2026-07-01T10:30:00.000Z")));
    const QByteArray bytes = fileBytes();
    QVERIFY(!bytes.contains("Hemmelighedsallé 77"));
    QVERIFY(!bytes.contains("Skjulevej 5"));
}

void TestPartyMasterData::refreshAllRefreshesWhatTheRegisterKnows()
{
    PartyRepository parties(db());
    Party known;
    known.identifier = QStringLiteral("0101801234");
    known.name = QStringLiteral("A. Hansen");
    known.source = QStringLiteral("manual");
    const QString knownId = parties.upsert(known);
    Party unknown;
    unknown.identifier = QStringLiteral("0202802345");
    unknown.name = QStringLiteral("Bo Berg");
    unknown.street = QStringLiteral("Bovej 2");
    unknown.source = QStringLiteral("manual");
    const QString unknownId = parties.upsert(unknown);
    Party company;
    company.kind = Party::Kind::Company;
    company.identifier = QStringLiteral("12345674");
    company.name = QStringLiteral("Ærø Æbler");
    company.status = QStringLiteral("active");
    const QString companyId = parties.upsert(company);

    QCOMPARE(masterData(kSecond).refreshAll(), 2);
    QCOMPARE(parties.find(knownId)->name, QStringLiteral("Anna Hansen"));
    QCOMPARE(parties.find(knownId)->source, QStringLiteral("register"));
    QCOMPARE(parties.find(companyId)->name, QStringLiteral("Ærø Æbler ApS"));
    QCOMPARE(history(companyId),
             (QStringList{
                 QStringLiteral("name|Ærø Æbler|Ærø Æbler ApS|2026-06-20T09:15:00.000Z"),
                 QStringLiteral("address|<null>|Søndergade 3, 5970 Ærøskøbing|2026-06-20T09:15:00.000Z")}));
    // The party the register does not know is left as it was.
    const auto untouched = parties.find(unknownId);
    QCOMPARE(untouched->source, QStringLiteral("manual"));
    QCOMPARE(untouched->street, QStringLiteral("Bovej 2"));
    QVERIFY(history(unknownId).isEmpty());
}

void TestPartyMasterData::partOfTheCallersTransaction()
{
    {
        akta::sqlite::Transaction transaction(db());
        QVERIFY(!masterData(kFirst).ensureParty(QStringLiteral("0101801234")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 1);
        // rolled back
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 0);
}

QTEST_GUILESS_MAIN(TestPartyMasterData)
#include "tst_partymasterdata.moc"
