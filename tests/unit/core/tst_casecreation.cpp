// Tests of akta::cases::createCase: a case with its primary party, in one transaction with both outbox
// operations.

#include "cases/CaseCreation.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <sqlite3.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::CaseKind;
using akta::CaseRecord;
using akta::Party;
using akta::cases::createCase;
using akta::cases::InvalidCase;
using akta::cases::NewCase;
using akta::cases::PartyInput;
using akta::sqlite::Database;

namespace {

const QString kActor = QStringLiteral("user-actor");
const QString kEmne = QStringLiteral("02.34.02");

struct OutboxRow
{
    QString entity;
    QString entityId;
    qint64 baseRev = -1;
    QJsonObject fields;
};

} // namespace

class TestCaseCreation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unknownPartyWithNameIsAdded();
    void unknownCompanyIsAddedAsCompany();
    void unknownPartyWithoutNameWritesNothing();
    void knownPartyIsReused();
    void refusedCaseDropsTheNewPartyToo();
    void withoutPartyInput();
    void insideAnOuterTransaction();

private:
    Database& db() { return m_store->database(); }
    int scalar(const QString& sql);
    QList<OutboxRow> outbox();
    QStringList snapshot();
    NewCase citizenCase(const QString& title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestCaseCreation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseCreation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    akta::directory::Directory directory(db());
    directory.addUnit({QStringLiteral("unit"), QString(), QStringLiteral("Borgerservice")});
    directory.addUser({kActor, QStringLiteral("actor"), QStringLiteral("Anne Actor"), QStringLiteral("unit"),
                       QStringLiteral("caseworker")});
}

void TestCaseCreation::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestCaseCreation::scalar(const QString& sql)
{
    auto query = db().prepare(sql);
    query.step();
    return query.columnInt(0);
}

QList<OutboxRow> TestCaseCreation::outbox()
{
    QList<OutboxRow> rows;
    auto query =
        db().prepare(QStringLiteral("SELECT entity, entity_id, base_rev, fields FROM outbox ORDER BY seq"));
    while (query.step()) {
        rows.append(OutboxRow{query.columnText(0), query.columnText(1), query.columnInt64(2),
                              QJsonDocument::fromJson(query.columnText(3).toUtf8()).object()});
    }
    return rows;
}

QStringList TestCaseCreation::snapshot()
{
    QStringList rows;
    for (const char* table : {"parties", "cases", "case_parties", "outbox", "case_number_counters"}) {
        auto query =
            db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (query.step()) {
            QStringList fields{QLatin1String(table)};
            for (int column = 0; column < query.columnCount(); ++column) {
                fields << query.columnText(column);
            }
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

NewCase TestCaseCreation::citizenCase(const QString& title) const
{
    NewCase request;
    request.title = title;
    request.kleSubject = kEmne;
    request.kind = CaseKind::Citizen;
    return request;
}

void TestCaseCreation::unknownPartyWithNameIsAdded()
{
    const PartyInput input{Party::Kind::Person, QStringLiteral("0101801234"),
                           QStringLiteral("  Søren   Ærø ")};
    const CaseRecord record = createCase(db(), citizenCase(QStringLiteral("Byggesag")), input, kActor);

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 1);
    const auto party = akta::parties::PartyRepository(db()).findByIdentifier(QStringLiteral("0101801234"));
    QVERIFY(party.has_value());
    QCOMPARE(party->name, QStringLiteral("Søren Ærø"));
    QCOMPARE(party->kind, Party::Kind::Person);
    QCOMPARE(party->source, QStringLiteral("manual"));
    QVERIFY(party->fetchedAt.isValid());
    QCOMPARE(record.primaryPartyId, party->id);
    QCOMPARE(record.primaryPartyName, QStringLiteral("Søren Ærø"));

    // A "party" operation and then the "case" operation, both new (base_rev 0).
    const QList<OutboxRow> ops = outbox();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0).entity, QStringLiteral("party"));
    QCOMPARE(ops.at(0).entityId, party->id);
    QCOMPARE(ops.at(0).baseRev, qint64(0));
    QCOMPARE(ops.at(0).fields.value(QStringLiteral("identifier")).toString(), QStringLiteral("0101801234"));
    QCOMPARE(ops.at(0).fields.value(QStringLiteral("name")).toString(), QStringLiteral("Søren Ærø"));
    QCOMPARE(ops.at(0).fields.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
    QCOMPARE(ops.at(1).entity, QStringLiteral("case"));
    QCOMPARE(ops.at(1).entityId, record.id);
    QCOMPARE(ops.at(1).baseRev, qint64(0));
    QCOMPARE(ops.at(1).fields.value(QStringLiteral("title")).toString(), QStringLiteral("Byggesag"));
}

void TestCaseCreation::unknownCompanyIsAddedAsCompany()
{
    NewCase request = citizenCase(QStringLiteral("Virksomhedssag"));
    request.kind = CaseKind::Company;
    const PartyInput input{Party::Kind::Company, QStringLiteral("12345678"), QStringLiteral("Blixen ApS")};
    const CaseRecord record = createCase(db(), request, input, kActor);
    QCOMPARE(record.kind, CaseKind::Company);
    auto query = db().prepare(QStringLiteral("SELECT kind, name FROM parties WHERE identifier = '12345678'"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("company"));
    QCOMPARE(query.columnText(1), QStringLiteral("Blixen ApS"));
    QCOMPARE(outbox().at(0).fields.value(QStringLiteral("kind")).toString(), QStringLiteral("company"));
}

void TestCaseCreation::unknownPartyWithoutNameWritesNothing()
{
    createCase(db(), citizenCase(QStringLiteral("Tidligere")),
               PartyInput{Party::Kind::Person, QStringLiteral("0202802345"), QStringLiteral("Ole")}, kActor);
    const QStringList before = snapshot();
    for (const QString& name : {QString(), QStringLiteral("   ")}) {
        const PartyInput input{Party::Kind::Person, QStringLiteral("0101801234"), name};
        QVERIFY_THROWS_EXCEPTION(InvalidCase,
                                 createCase(db(), citizenCase(QStringLiteral("Uden navn")), input, kActor));
        QCOMPARE(snapshot(), before);
        QCOMPARE(sqlite3_get_autocommit(db().handle()), 1);
    }
}

void TestCaseCreation::knownPartyIsReused()
{
    Party known;
    known.identifier = QStringLiteral("0101801234");
    known.name = QStringLiteral("Søren Ærø");
    known.source = QStringLiteral("cpr");
    const QString knownId = akta::parties::PartyRepository(db()).upsert(known);

    // The typed name differs and is ignored: the register's party is used as it is.
    const PartyInput input{Party::Kind::Person, QStringLiteral("0101801234"), QStringLiteral("Anden Navn")};
    const CaseRecord record = createCase(db(), citizenCase(QStringLiteral("Genbrug")), input, kActor);
    QCOMPARE(record.primaryPartyId, knownId);
    QCOMPARE(record.primaryPartyName, QStringLiteral("Søren Ærø"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 1);
    const QList<OutboxRow> ops = outbox();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.at(0).entity, QStringLiteral("case"));

    // Even without a name, a known identifier is enough.
    const CaseRecord second =
        createCase(db(), citizenCase(QStringLiteral("Igen")),
                   PartyInput{Party::Kind::Person, QStringLiteral("0101801234"), QString()}, kActor);
    QCOMPARE(second.primaryPartyId, knownId);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'party'")), 0);
}

void TestCaseCreation::refusedCaseDropsTheNewPartyToo()
{
    const QStringList before = snapshot();
    const PartyInput input{Party::Kind::Person, QStringLiteral("0101801234"), QStringLiteral("Søren")};
    NewCase blankTitle = citizenCase(QStringLiteral("  "));
    QVERIFY_THROWS_EXCEPTION(InvalidCase, createCase(db(), blankTitle, input, kActor));
    QCOMPARE(snapshot(), before);
    NewCase unknownEmne = citizenCase(QStringLiteral("Sag"));
    unknownEmne.kleSubject = QStringLiteral("99.99.99");
    QVERIFY_THROWS_EXCEPTION(InvalidCase, createCase(db(), unknownEmne, input, kActor));
    QCOMPARE(snapshot(), before);
    // An emnesag cannot take the party.
    NewCase emnesag = citizenCase(QStringLiteral("Emnesag"));
    emnesag.kind = CaseKind::Subject;
    QVERIFY_THROWS_EXCEPTION(InvalidCase, createCase(db(), emnesag, input, kActor));
    QCOMPARE(snapshot(), before);
}

void TestCaseCreation::withoutPartyInput()
{
    NewCase request = citizenCase(QStringLiteral("Emnesag"));
    request.kind = CaseKind::Subject;
    const CaseRecord record = createCase(db(), request, std::nullopt, kActor);
    QVERIFY(record.primaryPartyId.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 0);
    QCOMPARE(outbox().size(), 1);

    // A borgersag without a party input is refused.
    QVERIFY_THROWS_EXCEPTION(
        InvalidCase, createCase(db(), citizenCase(QStringLiteral("Borgersag")), std::nullopt, kActor));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")), 1);
}

void TestCaseCreation::insideAnOuterTransaction()
{
    {
        akta::sqlite::Transaction outer(db());
        createCase(db(), citizenCase(QStringLiteral("Rulles tilbage")),
                   PartyInput{Party::Kind::Person, QStringLiteral("0101801234"), QStringLiteral("Søren")},
                   kActor);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")), 1);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parties")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

QTEST_GUILESS_MAIN(TestCaseCreation)
#include "tst_casecreation.moc"
