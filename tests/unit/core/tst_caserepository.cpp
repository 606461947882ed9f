// Tests of akta::cases::CaseRepository on a real local store with the built-in KLE plan.

#include "cases/CaseNumberAllocator.h"
#include "cases/CaseQuery.h"
#include "cases/CaseRepository.h"
#include "cases/NewCase.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <sqlite3.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>

using akta::AccessClass;
using akta::CaseKind;
using akta::CaseRecord;
using akta::CaseStatus;
using akta::Party;
using akta::cases::CaseNumberAllocator;
using akta::cases::CaseQuery;
using akta::cases::CaseRepository;
using akta::cases::InvalidCase;
using akta::cases::NewCase;
using akta::sqlite::Database;

Q_DECLARE_METATYPE(akta::cases::NewCase)
Q_DECLARE_METATYPE(akta::cases::CaseQuery::Sort)

namespace {

const QString kEmneA = QStringLiteral("00.01.00");
const QString kEmneB = QStringLiteral("02.34.02");
const QString kEmneC = QStringLiteral("13.02.00");
const QString kEmneD = QStringLiteral("15.00.00");
const QString kRetiredEmne = QStringLiteral("32.18.00");
const QString kGruppe = QStringLiteral("02.34");
const QString kActor = QStringLiteral("user-actor");
const QString kUnit = QStringLiteral("unit-byg");

// What the test itself knows about one case of the list fixture, to compute orders with.
struct Known
{
    QString id;
    QString number;
    QString title;
    QString kle;
    QString status;
    std::optional<QString> caseworkerName;
    QString modified;
};

QStringList idsOf(const QList<CaseRecord>& records)
{
    QStringList ids;
    for (const CaseRecord& record : records) {
        ids << record.id;
    }
    return ids;
}

QStringList idsOf(const QList<Known>& known)
{
    QStringList ids;
    for (const Known& k : known) {
        ids << k.id;
    }
    return ids;
}

QString currentYearNumber(const QString& emne, int running)
{
    // EMNE-FACET-LØBENR-ÅÅ
    return QStringLiteral("%1-G01-%2-%3")
        .arg(emne)
        .arg(running)
        .arg(QString::number(QDate::currentDate().year() % 100).rightJustified(2, QLatin1Char('0')));
}

int commitCounter(void* counter)
{
    ++*static_cast<int*>(counter);
    return 0; // let the commit go ahead
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createWritesCasePartiesAndOneOutboxRow();
    void createIsOneTransaction();
    void createDefaultsFromTheActor();
    void createWithExplicitUnitAccessAndUnknownActor();
    void createTakesRetentionFromTheEmne();
    void refusedCaseWritesNothing_data();
    void refusedCaseWritesNothing();
    void emnesagWithOnlySecondaryPartyIsRefused();
    void numbersIncreasePerEmne();
    void findByIdAndNumber();
    void listSorts_data();
    void listSorts();
    void listSortsByCaseNumberNumerically();
    void listSortsByStatusInLifecycleOrder();
    void listSortsTitlesCaseInsensitivelyBeyondAscii();
    void listPages();
    void listTextFilterMatchesLikeCharactersLiterally_data();
    void listTextFilterMatchesLikeCharactersLiterally();
    void listTextFilterSearchesNumberTitleAndParty();
    void listTextFilterIsCaseInsensitiveForDanishLetters();
    void listStatusFilter();
    void listPartyFilter();
    void countMatchesList();
    void documentsAfterDirectInserts();
    void partiesAfterDirectInserts();

private:
    Database& db() { return m_store->database(); }
    int scalar(const QString& sql);
    // Every row of the tables that create() writes, to show that a refused case changes none of them.
    QStringList snapshot();
    QString addParty(const QString& identifier, const QString& name, bool isProtected = false);
    NewCase subjectCase(const QString& title, const QString& emne = kEmneA);
    // 30 cases over four emner with set statuses, caseworkers and modification times.
    QList<Known> buildListFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestCaseRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<NewCase>();
}

void TestCaseRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    akta::directory::Directory directory(db());
    directory.addUnit({kUnit, QString(), QStringLiteral("Byggeri og Miljø")});
    directory.addUnit({QStringLiteral("unit-soc"), QString(), QStringLiteral("Socialforvaltningen")});
    directory.addUser(
        {kActor, QStringLiteral("actor"), QStringLiteral("Anne Actor"), kUnit, QStringLiteral("caseworker")});
    db().exec(QStringLiteral("UPDATE kle_entries SET retired_at = '2025-12-31' WHERE number = '%1'")
                  .arg(kRetiredEmne));
}

void TestCaseRepository::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestCaseRepository::scalar(const QString& sql)
{
    auto query = db().prepare(sql);
    query.step();
    return query.columnInt(0);
}

QStringList TestCaseRepository::snapshot()
{
    QStringList rows;
    for (const char* table : {"cases", "case_parties", "outbox", "case_number_counters", "parties"}) {
        auto query =
            db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (query.step()) {
            QStringList fields{QLatin1String(table)};
            for (int column = 0; column < query.columnCount(); ++column) {
                fields << (query.isNull(column) ? QStringLiteral("<null>") : query.columnText(column));
            }
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QString TestCaseRepository::addParty(const QString& identifier, const QString& name, bool isProtected)
{
    Party party;
    party.identifier = identifier;
    party.name = name;
    party.street = QStringLiteral("Vestergade 1");
    party.postalCode = QStringLiteral("5000");
    party.city = QStringLiteral("Odense C");
    party.isProtected = isProtected;
    return akta::parties::PartyRepository(db()).upsert(party);
}

NewCase TestCaseRepository::subjectCase(const QString& title, const QString& emne)
{
    NewCase request;
    request.title = title;
    request.kleSubject = emne;
    request.kind = CaseKind::Subject;
    return request;
}

void TestCaseRepository::createWritesCasePartiesAndOneOutboxRow()
{
    const QString primary = addParty(QStringLiteral("0101801234"), QStringLiteral("Søren Ærø"));
    const QString secondary = addParty(QStringLiteral("0202802345"), QStringLiteral("Bo Berg"));
    const int outboxBefore = scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    NewCase request;
    request.title = QStringLiteral("  Byggesag   på  Ærøvej 7 ");
    request.kleSubject = kEmneB;
    request.kind = CaseKind::Citizen;
    request.primaryPartyId = primary;
    request.secondaryPartyIds = {secondary, primary}; // the primary again is not added twice
    const CaseRecord record = CaseRepository(db()).create(request, kActor);

    QVERIFY(!QUuid::fromString(record.id).isNull());
    QCOMPARE(record.title, QStringLiteral("Byggesag på Ærøvej 7"));
    QCOMPARE(record.caseNumber, currentYearNumber(kEmneB, 1));
    QVERIFY(record.numberProvisional);
    QCOMPARE(record.primaryPartyId, primary);
    QCOMPARE(record.primaryPartyName, QStringLiteral("Søren Ærø"));

    // The raw row.
    auto row =
        db().prepare(QStringLiteral("SELECT case_number, number_provisional, title, kle_subject, kle_facet, "
                                    "kind, status, access_class, responsible_unit, caseworker, created_by, "
                                    "created_at, modified_at, rev FROM cases WHERE id = ?1"));
    row.bind(1, record.id);
    QVERIFY(row.step());
    QCOMPARE(row.columnText(0), record.caseNumber);
    QCOMPARE(row.columnInt(1), 1);
    QCOMPARE(row.columnText(2), QStringLiteral("Byggesag på Ærøvej 7"));
    QCOMPARE(row.columnText(3), kEmneB);
    QCOMPARE(row.columnText(4), QStringLiteral("G01"));
    QCOMPARE(row.columnText(5), QStringLiteral("citizen"));
    QCOMPARE(row.columnText(6), QStringLiteral("opened"));
    QCOMPARE(row.columnText(7), QStringLiteral("normal"));
    QCOMPARE(row.columnText(8), kUnit);
    QCOMPARE(row.columnText(9), kActor);
    QCOMPARE(row.columnText(10), kActor);
    const QDateTime created = QDateTime::fromString(row.columnText(11), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(row.columnText(12), row.columnText(11));
    QCOMPARE(row.columnInt(13), 0);
    QVERIFY(!row.step());

    // Its parties.
    auto links = db().prepare(
        QStringLiteral("SELECT party_id, role FROM case_parties WHERE case_id = ?1 ORDER BY role"));
    links.bind(1, record.id);
    QVERIFY(links.step());
    QCOMPARE(links.columnText(0), primary);
    QCOMPARE(links.columnText(1), QStringLiteral("primary"));
    QVERIFY(links.step());
    QCOMPARE(links.columnText(0), secondary);
    QCOMPARE(links.columnText(1), QStringLiteral("secondary"));
    QVERIFY(!links.step());

    // Exactly one outbox operation for it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    auto op = db().prepare(QStringLiteral("SELECT entity, entity_id, base_rev, fields, op_id FROM outbox"));
    QVERIFY(op.step());
    QCOMPARE(op.columnText(0), QStringLiteral("case"));
    QCOMPARE(op.columnText(1), record.id);
    QCOMPARE(op.columnInt64(2), qint64(0));
    QJsonParseError error{};
    const QJsonObject fields = QJsonDocument::fromJson(op.columnText(3).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("Byggesag på Ærøvej 7"));
    QCOMPARE(fields.value(QStringLiteral("caseNumber")).toString(), record.caseNumber);
    QCOMPARE(fields.value(QStringLiteral("kleSubject")).toString(), kEmneB);
    QCOMPARE(fields.value(QStringLiteral("parties")).toArray().size(), 2);
    QVERIFY(!QUuid::fromString(op.columnText(4)).isNull());
    QVERIFY(!op.step());
}

void TestCaseRepository::createIsOneTransaction()
{
    const QString party = addParty(QStringLiteral("0101801234"), QStringLiteral("Søren Ærø"));
    NewCase request;
    request.title = QStringLiteral("Én commit");
    request.kleSubject = kEmneA;
    request.kind = CaseKind::Citizen;
    request.primaryPartyId = party;

    int commits = 0;
    sqlite3_commit_hook(db().handle(), &commitCounter, &commits);
    CaseRepository(db()).create(request, kActor);
    sqlite3_commit_hook(db().handle(), nullptr, nullptr);
    QCOMPARE(commits, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 1);
}

void TestCaseRepository::createDefaultsFromTheActor()
{
    const CaseRecord record = CaseRepository(db()).create(subjectCase(QStringLiteral("Standard")), kActor);
    QCOMPARE(record.responsibleUnitId, kUnit);
    QCOMPARE(record.responsibleUnitName, QStringLiteral("Byggeri og Miljø"));
    QCOMPARE(record.caseworkerId, kActor);
    QCOMPARE(record.caseworkerName, QStringLiteral("Anne Actor"));
    QCOMPARE(record.createdBy, kActor);
    QCOMPARE(record.modifiedBy, kActor);
    QCOMPARE(record.kind, CaseKind::Subject);
    QCOMPARE(record.status, CaseStatus::Opened);
    QCOMPARE(record.accessClass, AccessClass::Normal);
    QVERIFY(record.primaryPartyId.isEmpty());

    NewCase personnel = subjectCase(QStringLiteral("Personalesag"), QStringLiteral("81.00.00"));
    personnel.kind = CaseKind::Personnel;
    QCOMPARE(CaseRepository(db()).create(personnel, kActor).accessClass, AccessClass::Personnel);
}

void TestCaseRepository::createWithExplicitUnitAccessAndUnknownActor()
{
    NewCase request = subjectCase(QStringLiteral("Fortrolig"));
    request.responsibleUnitId = QStringLiteral("unit-soc");
    request.accessClass = AccessClass::Confidential;
    const CaseRecord record = CaseRepository(db()).create(request, QStringLiteral("user-unknown"));
    QCOMPARE(record.responsibleUnitId, QStringLiteral("unit-soc"));
    QCOMPARE(record.accessClass, AccessClass::Confidential);
    // An actor the directory does not know is recorded as creator, but is nobody's caseworker.
    QCOMPARE(record.createdBy, QStringLiteral("user-unknown"));
    QVERIFY(record.caseworkerId.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE caseworker IS NULL")), 1);

    const CaseRecord noUnit = CaseRepository(db()).create(subjectCase(QStringLiteral("Uden enhed")),
                                                          QStringLiteral("user-unknown"));
    QVERIFY(noUnit.responsibleUnitId.isEmpty());
}

void TestCaseRepository::createTakesRetentionFromTheEmne()
{
    db().exec(QStringLiteral("UPDATE kle_entries SET retention = 'K5' WHERE number = '%1'").arg(kEmneC));
    const CaseRecord withRetention =
        CaseRepository(db()).create(subjectCase(QStringLiteral("K5"), kEmneC), kActor);
    QCOMPARE(withRetention.retention, QStringLiteral("K5"));
    const CaseRecord without =
        CaseRepository(db()).create(subjectCase(QStringLiteral("Ingen"), kEmneA), kActor);
    QVERIFY(without.retention.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE retention IS NULL")), 1);
}

void TestCaseRepository::refusedCaseWritesNothing_data()
{
    QTest::addColumn<NewCase>("request");
    QTest::addColumn<bool>("withExistingParty");

    auto base = [](CaseKind kind) {
        NewCase request;
        request.title = QStringLiteral("Afvist sag");
        request.kleSubject = kEmneA;
        request.kind = kind;
        return request;
    };
    NewCase empty = base(CaseKind::Subject);
    empty.title = QString();
    QTest::newRow("empty title") << empty << false;
    NewCase blank = base(CaseKind::Subject);
    blank.title = QStringLiteral(" \t\n ");
    QTest::newRow("blank title") << blank << false;
    NewCase unknownEmne = base(CaseKind::Subject);
    unknownEmne.kleSubject = QStringLiteral("99.99.99");
    QTest::newRow("unknown emne") << unknownEmne << false;
    NewCase gruppe = base(CaseKind::Subject);
    gruppe.kleSubject = kGruppe;
    QTest::newRow("gruppe instead of emne") << gruppe << false;
    NewCase retired = base(CaseKind::Subject);
    retired.kleSubject = kRetiredEmne;
    QTest::newRow("retired emne") << retired << false;
    NewCase emnesagWithParty = base(CaseKind::Subject);
    emnesagWithParty.primaryPartyId = QStringLiteral("<existing>");
    QTest::newRow("emnesag with a party") << emnesagWithParty << true;
    QTest::newRow("borgersag without a party") << base(CaseKind::Citizen) << false;
    QTest::newRow("virksomhedssag without a party") << base(CaseKind::Company) << false;
    NewCase unknownPrimary = base(CaseKind::Citizen);
    unknownPrimary.primaryPartyId = QStringLiteral("no-such-party");
    QTest::newRow("unknown primary party") << unknownPrimary << false;
    NewCase unknownSecondary = base(CaseKind::Citizen);
    unknownSecondary.primaryPartyId = QStringLiteral("<existing>");
    unknownSecondary.secondaryPartyIds = {QStringLiteral("no-such-party")};
    QTest::newRow("unknown secondary party") << unknownSecondary << true;
}

void TestCaseRepository::refusedCaseWritesNothing()
{
    QFETCH(NewCase, request);
    QFETCH(bool, withExistingParty);
    if (withExistingParty) {
        request.primaryPartyId = addParty(QStringLiteral("0101801234"), QStringLiteral("Søren Ærø"));
    }
    // An earlier case, so that the counters and the outbox are not empty.
    CaseRepository(db()).create(subjectCase(QStringLiteral("Tidligere sag")), kActor);
    const QStringList before = snapshot();
    QVERIFY(!before.isEmpty());

    QVERIFY_THROWS_EXCEPTION(InvalidCase, CaseRepository(db()).create(request, kActor));
    QCOMPARE(snapshot(), before);
    QCOMPARE(sqlite3_get_autocommit(db().handle()), 1); // no transaction left open

    // The next case gets the number the refused one would have had, if any.
    const CaseRecord next = CaseRepository(db()).create(subjectCase(QStringLiteral("Næste sag")), kActor);
    QCOMPARE(next.caseNumber, currentYearNumber(kEmneA, 2));
}

// Regression test (bug found and fixed in core/cases/CaseRepository.cpp:133): the emnesag check only looks at
// primaryPartyId, so an emnesag ("an emnesag has no party") is created with parties when they are given as
// secondaryPartyIds. Suggested fix: refuse CaseKind::Subject when primaryPartyId or secondaryPartyIds is
// non-empty.
void TestCaseRepository::emnesagWithOnlySecondaryPartyIsRefused()
{
    const QString party = addParty(QStringLiteral("0101801234"), QStringLiteral("Søren Ærø"));
    NewCase request = subjectCase(QStringLiteral("Emnesag med part"));
    request.secondaryPartyIds = {party};
    const QStringList before = snapshot();
    try {
        CaseRepository(db()).create(request, kActor);
    } catch (const InvalidCase&) {
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_parties")), 0);
    QCOMPARE(snapshot(), before);
}

void TestCaseRepository::numbersIncreasePerEmne()
{
    CaseRepository repository(db());
    QStringList numbersA;
    QStringList numbersB;
    for (int i = 0; i < 4; ++i) {
        numbersA << repository.create(subjectCase(QStringLiteral("A%1").arg(i), kEmneA), kActor).caseNumber;
        if (i % 2 == 0) {
            numbersB
                << repository.create(subjectCase(QStringLiteral("B%1").arg(i), kEmneB), kActor).caseNumber;
        }
    }
    QCOMPARE(numbersA, (QStringList{currentYearNumber(kEmneA, 1), currentYearNumber(kEmneA, 2),
                                    currentYearNumber(kEmneA, 3), currentYearNumber(kEmneA, 4)}));
    QCOMPARE(numbersB, (QStringList{currentYearNumber(kEmneB, 1), currentYearNumber(kEmneB, 2)}));

    // A number observed from elsewhere moves the series on.
    CaseNumberAllocator(db()).observe(kEmneA, QDate::currentDate().year(), 20);
    QCOMPARE(repository.create(subjectCase(QStringLiteral("A-next"), kEmneA), kActor).caseNumber,
             currentYearNumber(kEmneA, 21));
}

void TestCaseRepository::findByIdAndNumber()
{
    CaseRepository repository(db());
    const CaseRecord first = repository.create(subjectCase(QStringLiteral("Første")), kActor);
    const CaseRecord second = repository.create(subjectCase(QStringLiteral("Anden")), kActor);

    const auto byId = repository.find(second.id);
    QVERIFY(byId.has_value());
    QCOMPARE(byId->id, second.id);
    QCOMPARE(byId->title, QStringLiteral("Anden"));
    QCOMPARE(byId->caseNumber, second.caseNumber);
    QCOMPARE(byId->kleSubject, kEmneA);
    QCOMPARE(byId->createdAt, second.createdAt);

    const auto byNumber = repository.find(first.caseNumber);
    QVERIFY(byNumber.has_value());
    QCOMPARE(byNumber->id, first.id);
    QCOMPARE(byNumber->title, QStringLiteral("Første"));

    const auto padded = repository.find(QStringLiteral("  ") + first.caseNumber + QStringLiteral(" \n"));
    QVERIFY(padded.has_value());
    QCOMPARE(padded->id, first.id);

    QVERIFY(!repository.find(QStringLiteral("00.01.00-G01-99-26")).has_value());
    QVERIFY(!repository.find(QUuid::createUuid().toString(QUuid::WithoutBraces)).has_value());
    QVERIFY(!repository.find(QString()).has_value());
}

QList<Known> TestCaseRepository::buildListFixture()
{
    akta::directory::Directory directory(db());
    const QList<std::pair<QString, QString>> workers{
        {QStringLiteral("user-1"), QStringLiteral("Bente Hansen")},
        {QStringLiteral("user-2"), QStringLiteral("Carl Jensen")},
        {QStringLiteral("user-3"), QStringLiteral("Anders Ibsen")}};
    for (const auto& [id, name] : workers) {
        directory.addUser({id, id, name, kUnit, QStringLiteral("caseworker")});
    }
    // ASCII titles with mixed case and two that differ only in case, so that the case-insensitive order
    // and the tie-break on id both count.
    const QStringList titles{
        QStringLiteral("alpha"),   QStringLiteral("Bravo"),   QStringLiteral("charlie"),
        QStringLiteral("Delta"),   QStringLiteral("echo"),    QStringLiteral("Alpha"),
        QStringLiteral("foxtrot"), QStringLiteral("Golf"),    QStringLiteral("hotel"),
        QStringLiteral("India"),   QStringLiteral("juliet"),  QStringLiteral("Kilo"),
        QStringLiteral("lima"),    QStringLiteral("Mike"),    QStringLiteral("november"),
        QStringLiteral("Oscar"),   QStringLiteral("papa"),    QStringLiteral("Quebec"),
        QStringLiteral("romeo"),   QStringLiteral("Sierra"),  QStringLiteral("tango"),
        QStringLiteral("Uniform"), QStringLiteral("victor"),  QStringLiteral("Whiskey"),
        QStringLiteral("xray"),    QStringLiteral("Yankee"),  QStringLiteral("zulu"),
        QStringLiteral("ALPHA"),   QStringLiteral("bravo 2"), QStringLiteral("Zulu 2"),
    };
    const QStringList emner{kEmneA, kEmneB, kEmneC, kEmneD}; // at most 8 cases per emne
    const QStringList statuses{QStringLiteral("opened"), QStringLiteral("in_progress"),
                               QStringLiteral("decided"), QStringLiteral("closed"),
                               QStringLiteral("archived")};
    QRandomGenerator random(20260101); // fixed seed: the same fixture every run
    QList<int> minutes;
    for (int i = 0; i < titles.size(); ++i) {
        minutes << i * 7;
    }
    std::shuffle(minutes.begin(), minutes.end(), random);

    QList<Known> known;
    CaseRepository repository(db());
    akta::sqlite::Transaction transaction(db());
    for (int i = 0; i < titles.size(); ++i) {
        NewCase request = subjectCase(titles.at(i), emner.at(i % emner.size()));
        const CaseRecord record = repository.create(request, kActor);
        Known k;
        k.id = record.id;
        k.number = record.caseNumber;
        k.title = titles.at(i);
        k.kle = emner.at(i % emner.size());
        k.status = statuses.at(int(random.bounded(quint32(statuses.size()))));
        const int worker = int(random.bounded(quint32(workers.size() + 1))); // the last choice is nobody
        k.modified = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC)
                         .addSecs(60 * minutes.at(i))
                         .toString(Qt::ISODateWithMs);
        auto update = db().prepare(
            QStringLiteral("UPDATE cases SET status = ?1, caseworker = ?2, modified_at = ?3 WHERE id = ?4"));
        update.bind(1, k.status);
        if (worker < workers.size()) {
            update.bind(2, workers.at(worker).first);
            k.caseworkerName = workers.at(worker).second;
        } else {
            update.bindNull(2);
        }
        update.bind(3, k.modified).bind(4, k.id).exec();
        known << k;
    }
    transaction.commit();
    return known;
}

void TestCaseRepository::listSorts_data()
{
    QTest::addColumn<CaseQuery::Sort>("sort");
    QTest::addColumn<bool>("ascending");
    const std::pair<const char*, CaseQuery::Sort> sorts[] = {
        {"case number", CaseQuery::Sort::CaseNumber}, {"title", CaseQuery::Sort::Title},
        {"kle", CaseQuery::Sort::KleSubject},         {"caseworker", CaseQuery::Sort::Caseworker},
        {"modified", CaseQuery::Sort::Modified},
    };
    for (const auto& [name, sort] : sorts) {
        QTest::addRow("%s ascending", name) << sort << true;
        QTest::addRow("%s descending", name) << sort << false;
    }
}

void TestCaseRepository::listSorts()
{
    QFETCH(CaseQuery::Sort, sort);
    QFETCH(bool, ascending);
    QList<Known> known = buildListFixture();

    // The order the test expects: by the key, then by id; descending is the exact reverse.
    auto key = [sort](const Known& k) -> std::optional<QString> {
        switch (sort) {
        case CaseQuery::Sort::CaseNumber:
            return k.number; // fewer than ten per emne: text order is number order here
        case CaseQuery::Sort::Title:
            return k.title.toLower(); // ASCII titles: lower case is the case-insensitive key
        case CaseQuery::Sort::KleSubject:
            return k.kle;
        case CaseQuery::Sort::Status:
            return k.status;
        case CaseQuery::Sort::Caseworker:
            return k.caseworkerName; // nobody first
        case CaseQuery::Sort::Modified:
            return k.modified;
        case CaseQuery::Sort::Unit:
            return std::nullopt; // every fixture case is in the actor's unit: only the id orders them
        }
        return std::nullopt;
    };
    std::sort(known.begin(), known.end(), [&key](const Known& a, const Known& b) {
        const auto ka = key(a);
        const auto kb = key(b);
        if (ka != kb) {
            if (!ka || !kb) {
                return !ka;
            }
            return QString::compare(*ka, *kb, Qt::CaseSensitive) < 0;
        }
        return a.id < b.id;
    });
    if (!ascending) {
        std::reverse(known.begin(), known.end());
    }

    CaseQuery query;
    query.sort = sort;
    query.ascending = ascending;
    query.limit = 1000;
    const QList<CaseRecord> listed = CaseRepository(db()).list(query);
    QCOMPARE(idsOf(listed), idsOf(known));
}

// Regression test (bug found and fixed in core/cases/CaseRepository.cpp:65): Sort::CaseNumber orders
// c.case_number as text, and the running number is not zero-padded, so "…-10-26" sorts before "…-2-26".
// Suggested fix: order by kle_subject, facet, year and the running number as an integer (or store a padded
// sort key).
void TestCaseRepository::listSortsByCaseNumberNumerically()
{
    CaseRepository repository(db());
    QStringList expected;
    for (int i = 1; i <= 12; ++i) {
        expected << repository.create(subjectCase(QStringLiteral("Sag %1").arg(i)), kActor).caseNumber;
    }
    CaseQuery query;
    query.sort = CaseQuery::Sort::CaseNumber;
    query.ascending = true;
    QStringList numbers;
    for (const CaseRecord& record : repository.list(query)) {
        numbers << record.caseNumber;
    }
    QCOMPARE(numbers, expected);
}

// Regression test (bug found and fixed in core/cases/CaseRepository.cpp:71): Sort::Status orders by the
// English wire name (archived, closed, decided, in_progress, opened): neither the order of the case's life
// nor the alphabetical order of the Danish labels. Suggested fix: ORDER BY a CASE expression in life-cycle
// order (opened, in_progress, decided, closed, archived).
void TestCaseRepository::listSortsByStatusInLifecycleOrder()
{
    const QStringList lifecycle{QStringLiteral("opened"), QStringLiteral("in_progress"),
                                QStringLiteral("decided"), QStringLiteral("closed"),
                                QStringLiteral("archived")};
    CaseRepository repository(db());
    // Created in reverse, so that insertion order does not give the answer by accident.
    for (qsizetype i = lifecycle.size() - 1; i >= 0; --i) {
        const CaseRecord record = repository.create(subjectCase(lifecycle.at(i)), kActor);
        db().prepare(QStringLiteral("UPDATE cases SET status = ?1 WHERE id = ?2"))
            .bind(1, lifecycle.at(i))
            .bind(2, record.id)
            .exec();
    }
    CaseQuery query;
    query.sort = CaseQuery::Sort::Status;
    query.ascending = true;
    QStringList statuses;
    for (const CaseRecord& record : repository.list(query)) {
        statuses << akta::toWireName(record.status);
    }
    QCOMPARE(statuses, lifecycle);
}

// Regression test (bug found and fixed in core/cases/CaseRepository.cpp:67): Sort::Title uses COLLATE NOCASE,
// which folds ASCII only: "Æg" sorts before "æble" (and Æ/Ø/Å before æ/ø/å). Suggested fix: a collation
// registered with sqlite3_create_collation that compares with QString::compare(Qt::CaseInsensitive) or
// QCollator (da_DK).
void TestCaseRepository::listSortsTitlesCaseInsensitivelyBeyondAscii()
{
    CaseRepository repository(db());
    for (const QString& title :
         {QStringLiteral("abe"), QStringLiteral("Æg"), QStringLiteral("Zebra"), QStringLiteral("æble")}) {
        repository.create(subjectCase(title), kActor);
    }
    CaseQuery query;
    query.sort = CaseQuery::Sort::Title;
    query.ascending = true;
    QStringList titles;
    for (const CaseRecord& record : repository.list(query)) {
        titles << record.title;
    }
    // Case-insensitively: abe < zebra < æble < æg (æ comes after z in Danish and in Unicode).
    QCOMPARE(titles, (QStringList{QStringLiteral("abe"), QStringLiteral("Zebra"), QStringLiteral("æble"),
                                  QStringLiteral("Æg")}));
}

void TestCaseRepository::listPages()
{
    QList<Known> known = buildListFixture();
    std::sort(known.begin(), known.end(),
              [](const Known& a, const Known& b) { return a.modified > b.modified; });

    CaseRepository repository(db());
    CaseQuery query; // default: newest modification first
    query.limit = 7;
    QStringList paged;
    QList<int> sizes;
    for (query.offset = 0; query.offset < 40; query.offset += query.limit) {
        const QList<CaseRecord> page = repository.list(query);
        sizes << int(page.size());
        paged << idsOf(page);
    }
    QCOMPARE(sizes, (QList<int>{7, 7, 7, 7, 2, 0}));
    QCOMPARE(paged, idsOf(known));

    query.offset = 28;
    query.limit = 100;
    QCOMPARE(idsOf(repository.list(query)), idsOf(known.mid(28)));
    query.offset = 0;
    query.limit = -1; // no limit
    QCOMPARE(repository.list(query).size(), known.size());
    query.limit = 0;
    QVERIFY(repository.list(query).isEmpty());
}

void TestCaseRepository::listTextFilterMatchesLikeCharactersLiterally_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expectedTitles");
    QTest::newRow("percent") << QStringLiteral("100%") << QStringList{QStringLiteral("Tilskud 100% dækket")};
    QTest::newRow("percent alone") << QStringLiteral("%")
                                   << QStringList{QStringLiteral("Tilskud 100% dækket")};
    QTest::newRow("underscore") << QStringLiteral("snake_case")
                                << QStringList{QStringLiteral("Om snake_case")};
    QTest::newRow("underscore alone") << QStringLiteral("_") << QStringList{QStringLiteral("Om snake_case")};
    QTest::newRow("backslash") << QStringLiteral("C:\\sager")
                               << QStringList{QStringLiteral("Mappe C:\\sager")};
    QTest::newRow("quote") << QStringLiteral("O'Brien") << QStringList{QStringLiteral("Klage fra O'Brien")};
    QTest::newRow("ascii case") << QStringLiteral("TILSKUD")
                                << QStringList{QStringLiteral("Tilskud 100% dækket"),
                                               QStringLiteral("Tilskud 1000 kr")};
    QTest::newRow("trimmed") << QStringLiteral("  snakeXcase  ")
                             << QStringList{QStringLiteral("Om snakeXcase")};
    QTest::newRow("blank is no filter")
        << QStringLiteral("   ")
        << QStringList{QStringLiteral("Klage fra O'Brien"),   QStringLiteral("Mappe C:\\sager"),
                       QStringLiteral("Om snake_case"),       QStringLiteral("Om snakeXcase"),
                       QStringLiteral("Tilskud 100% dækket"), QStringLiteral("Tilskud 1000 kr")};
    QTest::newRow("no match") << QStringLiteral("ingenting") << QStringList{};
}

void TestCaseRepository::listTextFilterMatchesLikeCharactersLiterally()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expectedTitles);
    CaseRepository repository(db());
    for (const QString& title : {QStringLiteral("Tilskud 100% dækket"), QStringLiteral("Tilskud 1000 kr"),
                                 QStringLiteral("Om snake_case"), QStringLiteral("Om snakeXcase"),
                                 QStringLiteral("Mappe C:\\sager"), QStringLiteral("Klage fra O'Brien")}) {
        repository.create(subjectCase(title), kActor);
    }
    CaseQuery query;
    query.text = filter;
    query.sort = CaseQuery::Sort::Title;
    query.ascending = true;
    QStringList titles;
    for (const CaseRecord& record : repository.list(query)) {
        titles << record.title;
    }
    QCOMPARE(titles, expectedTitles);
    QCOMPARE(repository.count(query), qint64(expectedTitles.size()));
}

void TestCaseRepository::listTextFilterSearchesNumberTitleAndParty()
{
    CaseRepository repository(db());
    const QString party = addParty(QStringLiteral("0101801234"), QStringLiteral("Karen Blixen"));
    NewCase citizen;
    citizen.title = QStringLiteral("Boligstøtte");
    citizen.kleSubject = kEmneB;
    citizen.kind = CaseKind::Citizen;
    citizen.primaryPartyId = party;
    const CaseRecord withParty = repository.create(citizen, kActor);
    const CaseRecord byTitle =
        repository.create(subjectCase(QStringLiteral("Blixen-udstilling"), kEmneC), kActor);
    const CaseRecord other = repository.create(subjectCase(QStringLiteral("Vejarbejde"), kEmneA), kActor);

    auto matching = [&repository](const QString& text) {
        CaseQuery query;
        query.text = text;
        QStringList ids = idsOf(repository.list(query));
        ids.sort();
        return ids;
    };
    QStringList both{withParty.id, byTitle.id};
    both.sort();
    QCOMPARE(matching(QStringLiteral("blixen")), both);                         // party name and title
    QCOMPARE(matching(QStringLiteral("karen")), QStringList{withParty.id});     // party name only
    QCOMPARE(matching(kEmneA + QStringLiteral("-G01")), QStringList{other.id}); // case number
    QCOMPARE(matching(other.caseNumber), QStringList{other.id});
}

// Regression test (bug found and fixed in core/cases/CaseRepository.cpp:85): the text filter uses SQLite
// LIKE, which is case-insensitive for ASCII only, so "århus" does not find "Tilskud Århus" (nor "ærø" "Ærø").
// Suggested fix: compare case-folded text (e.g. a user function built on QString::toCaseFolded, or folded
// columns).
void TestCaseRepository::listTextFilterIsCaseInsensitiveForDanishLetters()
{
    CaseRepository repository(db());
    const CaseRecord aarhus = repository.create(subjectCase(QStringLiteral("Tilskud Århus")), kActor);
    repository.create(subjectCase(QStringLiteral("Tilskud Odense")), kActor);
    CaseQuery query;
    query.text = QStringLiteral("Århus");
    QCOMPARE(idsOf(repository.list(query)), QStringList{aarhus.id}); // same case: works
    query.text = QStringLiteral("århus");
    QCOMPARE(repository.count(query), qint64(1));
    QCOMPARE(idsOf(repository.list(query)), QStringList{aarhus.id});
    query.text = QStringLiteral("TILSKUD ÅRHUS");
    QCOMPARE(idsOf(repository.list(query)), QStringList{aarhus.id});
}

void TestCaseRepository::listStatusFilter()
{
    const QList<Known> known = buildListFixture();
    CaseRepository repository(db());
    for (const QString& status :
         {QStringLiteral("opened"), QStringLiteral("in_progress"), QStringLiteral("decided"),
          QStringLiteral("closed"), QStringLiteral("archived")}) {
        QStringList expected;
        for (const Known& k : known) {
            if (k.status == status) {
                expected << k.id;
            }
        }
        expected.sort();
        CaseQuery query;
        query.status = status;
        query.sort = CaseQuery::Sort::Title; // any order; compared as sets
        QStringList ids = idsOf(repository.list(query));
        ids.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(repository.count(query), qint64(expected.size()));
    }
    CaseQuery unknown;
    unknown.status = QStringLiteral("Opened"); // wire names are exact
    QVERIFY(repository.list(unknown).isEmpty());
    QCOMPARE(repository.count(unknown), qint64(0));
}

void TestCaseRepository::listPartyFilter()
{
    CaseRepository repository(db());
    const QString karen = addParty(QStringLiteral("0101801234"), QStringLiteral("Karen"));
    const QString ole = addParty(QStringLiteral("0202802345"), QStringLiteral("Ole"));
    auto citizen = [this](const QString& title, const QString& primary, const QStringList& secondary) {
        NewCase request = subjectCase(title, kEmneB);
        request.kind = CaseKind::Citizen;
        request.primaryPartyId = primary;
        request.secondaryPartyIds = secondary;
        return CaseRepository(db()).create(request, kActor).id;
    };
    const QString karenPrimary = citizen(QStringLiteral("K1"), karen, {});
    const QString olePrimaryKarenSecondary = citizen(QStringLiteral("O1"), ole, {karen});
    const QString olePrimary = citizen(QStringLiteral("O2"), ole, {});
    repository.create(subjectCase(QStringLiteral("Emnesag")), kActor);

    CaseQuery query;
    query.partyIdentifier = QStringLiteral("0101801234");
    QStringList ids = idsOf(repository.list(query));
    ids.sort();
    QStringList expected{karenPrimary, olePrimaryKarenSecondary};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(repository.count(query), qint64(2));

    query.partyIdentifier = QStringLiteral("0202802345");
    QCOMPARE(repository.count(query), qint64(2));
    query.text = QStringLiteral("O2");
    QCOMPARE(idsOf(repository.list(query)), QStringList{olePrimary});

    query = CaseQuery();
    query.partyIdentifier = QStringLiteral("9999999999");
    QVERIFY(repository.list(query).isEmpty());
}

void TestCaseRepository::countMatchesList()
{
    const QList<Known> known = buildListFixture();
    CaseRepository repository(db());
    const QList<CaseQuery> queries = [] {
        QList<CaseQuery> list;
        list << CaseQuery();
        CaseQuery text;
        text.text = QStringLiteral("a");
        list << text;
        CaseQuery status;
        status.status = QStringLiteral("closed");
        list << status;
        CaseQuery both = text;
        both.status = QStringLiteral("opened");
        list << both;
        CaseQuery number;
        number.text = kEmneB;
        list << number;
        CaseQuery paged = text;
        paged.offset = 3;
        paged.limit = 2; // count ignores paging
        list << paged;
        return list;
    }();
    for (CaseQuery query : queries) {
        const qint64 counted = repository.count(query);
        query.offset = 0;
        query.limit = -1;
        QCOMPARE(counted, qint64(repository.list(query).size()));
    }
    QCOMPARE(repository.count(CaseQuery()), qint64(known.size()));
    CaseQuery byEmne;
    byEmne.text = kEmneB;
    QCOMPARE(repository.count(byEmne), qint64(std::count_if(known.begin(), known.end(),
                                                            [](const Known& k) { return k.kle == kEmneB; })));
}

void TestCaseRepository::documentsAfterDirectInserts()
{
    CaseRepository repository(db());
    const CaseRecord target = repository.create(subjectCase(QStringLiteral("Med dokumenter")), kActor);
    const CaseRecord other = repository.create(subjectCase(QStringLiteral("Anden sag")), kActor);
    db().exec(
        QStringLiteral(
            "INSERT INTO documents(id, case_id, number, title, kind, direction, document_date, status, "
            "sender, "
            "recipients, rev, created_at, modified_at) VALUES "
            "('d2', '%1', 2, 'Svar på ansøgning', 'email', 'outgoing', '2026-02-03', 'journaled', 'Anne', "
            "'Søren', 3, '2026-02-03T10:00:00.000Z', '2026-02-03T10:00:00.000Z'), "
            "('d1', '%1', 1, 'Ansøgning', 'file', 'incoming', '2026-01-15', 'journaled', 'Søren', NULL, 0, "
            "'2026-01-15T09:30:00.000Z', '2026-01-15T09:30:00.000Z'), "
            "('d3', '%1', 3, 'Notat', 'note', 'internal', NULL, 'draft', NULL, NULL, 0, "
            "'2026-02-04T08:00:00.000Z', '2026-02-04T08:00:00.000Z'), "
            "('dx', '%2', 1, 'Ikke denne', 'file', 'incoming', NULL, 'journaled', NULL, NULL, 0, "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
            .arg(target.id, other.id));
    db().exec(QStringLiteral(
        "INSERT INTO document_versions(id, document_id, version, sha256, file_name, mime_type, size, "
        "created_at) "
        "VALUES ('v1', 'd1', 1, 'aaa', 'ansoegning.pdf', 'application/pdf', 1000, "
        "'2026-01-15T09:30:00.000Z'), "
        "('v3', 'd2', 2, 'ccc', 'svar-endelig.eml', 'message/rfc822', 3000, '2026-02-03T10:05:00.000Z'), "
        "('v2', 'd2', 1, 'bbb', 'svar-udkast.eml', 'message/rfc822', 2000, '2026-02-03T10:00:00.000Z')"));

    const QList<akta::DocumentRecord> documents = repository.documents(target.id);
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents.at(0).id, QStringLiteral("d1"));
    QCOMPARE(documents.at(1).id, QStringLiteral("d2"));
    QCOMPARE(documents.at(2).id, QStringLiteral("d3"));

    const akta::DocumentRecord& first = documents.at(0);
    QCOMPARE(first.caseId, target.id);
    QCOMPARE(first.number, 1);
    QCOMPARE(first.title, QStringLiteral("Ansøgning"));
    QCOMPARE(first.kind, QStringLiteral("file"));
    QCOMPARE(first.direction, QStringLiteral("incoming"));
    QCOMPARE(first.documentDate, QDate(2026, 1, 15));
    QCOMPARE(first.sender, QStringLiteral("Søren"));
    QVERIFY(first.recipients.isEmpty());
    QCOMPARE(first.fileName, QStringLiteral("ansoegning.pdf"));
    QCOMPARE(first.size, qint64(1000));
    QCOMPARE(first.versions, 1);
    QCOMPARE(first.createdAt, QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC));

    // The newest version's file, and how many versions there are.
    const akta::DocumentRecord& second = documents.at(1);
    QCOMPARE(second.versions, 2);
    QCOMPARE(second.fileName, QStringLiteral("svar-endelig.eml"));
    QCOMPARE(second.mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(second.sha256, QStringLiteral("ccc"));
    QCOMPARE(second.size, qint64(3000));
    QCOMPARE(second.rev, qint64(3));
    QCOMPARE(second.recipients, QStringLiteral("Søren"));

    const akta::DocumentRecord& third = documents.at(2);
    QCOMPARE(third.status, QStringLiteral("draft"));
    QCOMPARE(third.versions, 0);
    QVERIFY(third.fileName.isEmpty());
    QVERIFY(!third.documentDate.isValid());

    QCOMPARE(repository.documents(other.id).size(), 1);
    QVERIFY(repository.documents(QStringLiteral("no-such-case")).isEmpty());
}

void TestCaseRepository::partiesAfterDirectInserts()
{
    CaseRepository repository(db());
    const CaseRecord target = repository.create(subjectCase(QStringLiteral("Parter")), kActor);
    const QString a = addParty(QStringLiteral("0101801111"), QStringLiteral("Anna"));
    const QString b = addParty(QStringLiteral("0101802222"), QStringLiteral("Bo"), true);
    const QString c = addParty(QStringLiteral("12345678"), QStringLiteral("Carlsen ApS"));
    // Secondary first in insertion order: the primary still comes first.
    auto link =
        db().prepare(QStringLiteral("INSERT INTO case_parties(case_id, party_id, role) VALUES (?1, ?2, ?3)"));
    link.bind(1, target.id).bind(2, b).bind(3, QStringLiteral("secondary")).exec();
    link.bind(1, target.id).bind(2, a).bind(3, QStringLiteral("primary")).exec();
    link.bind(1, target.id).bind(2, c).bind(3, QStringLiteral("secondary")).exec();

    const QList<akta::cases::CaseParty> parties = repository.parties(target.id);
    QCOMPARE(parties.size(), 3);
    QCOMPARE(parties.at(0).party.id, a);
    QCOMPARE(parties.at(0).role, QStringLiteral("primary"));
    QCOMPARE(parties.at(0).party.name, QStringLiteral("Anna"));
    QCOMPARE(parties.at(0).party.street, QStringLiteral("Vestergade 1"));
    QCOMPARE(parties.at(1).party.id, b);
    QCOMPARE(parties.at(1).role, QStringLiteral("secondary"));
    QVERIFY(parties.at(1).party.isProtected);
    QVERIFY(parties.at(1).party.street.isEmpty());
    QCOMPARE(parties.at(2).party.id, c);

    // The primary party's name is joined into the case record.
    QCOMPARE(repository.find(target.id)->primaryPartyName, QStringLiteral("Anna"));
    QVERIFY(repository.parties(QStringLiteral("no-such-case")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
