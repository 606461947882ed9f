// Tests of akta::sync::ChangeApplier on a real local store: pulled entities are inserted and
// updated, parents that arrive late are waited for, local edits still in the outbox survive,
// official case numbers push a provisional one aside, and revoked cases leave nothing behind.

#include "cases/CaseRepository.h"
#include "cases/CaseUpdate.h"
#include "directory/Directory.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "sync/ChangeApplier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::sync::ChangeApplier;
using Outcome = akta::sync::ChangeApplier::Outcome;

namespace {

const QString kUnit = QStringLiteral("8f0e4c52-8a7e-4a8e-9f51-0c1d2e3f4a5b");
const QString kUser = QStringLiteral("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9");
const QString kCase = QStringLiteral("5d0a8c1e-2b3f-4c5d-8e6f-7a8b9c0d1e2f");
const QString kParty = QStringLiteral("0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f");
const QString kDocument = QStringLiteral("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
const QString kVersion = QStringLiteral("3c4d5e6f-7081-4923-a4b5-c6d7e8f90a1b");

QJsonObject caseFields(const QString& number, const QString& title)
{
    return {{QStringLiteral("caseNumber"), number},
            {QStringLiteral("numberProvisional"), false},
            {QStringLiteral("title"), title},
            {QStringLiteral("kleSubject"), QStringLiteral("00.01.00")},
            {QStringLiteral("kleFacet"), QStringLiteral("G01")},
            {QStringLiteral("kind"), QStringLiteral("citizen")},
            {QStringLiteral("status"), QStringLiteral("opened")},
            {QStringLiteral("accessClass"), QStringLiteral("normal")},
            {QStringLiteral("responsibleUnit"), kUnit},
            {QStringLiteral("caseworker"), kUser},
            {QStringLiteral("parties"),
             QJsonArray{QJsonObject{{QStringLiteral("partyId"), kParty},
                                    {QStringLiteral("role"), QStringLiteral("primary")}}}}};
}

QJsonObject partyFields(const QString& identifier)
{
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("identifier"), identifier},
            {QStringLiteral("name"), QStringLiteral("Karen Jensen")},
            {QStringLiteral("source"), QStringLiteral("register")}};
}

QJsonObject documentFields()
{
    return {{QStringLiteral("caseId"), kCase},
            {QStringLiteral("number"), 1},
            {QStringLiteral("title"), QStringLiteral("Ansøgning")},
            {QStringLiteral("kind"), QStringLiteral("file")},
            {QStringLiteral("direction"), QStringLiteral("incoming")},
            {QStringLiteral("status"), QStringLiteral("journaled")},
            {QStringLiteral("accessClass"), QStringLiteral("normal")},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-27T10:00:00.000Z")}};
}

} // namespace

class TestChangeApplier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void caseWaitsForItsParty();
    void documentWaitsForItsCase();
    void olderRevIsSkipped();
    void pendingLocalEditsSurvive();
    void officialNumberMovesProvisionalAside();
    void sameIdentifierBecomesAnAlias();
    void unknownUnitAndUserBecomeEmpty();
    void revokePurgesTheCase();
    void caseWithAMissingPartyIsReleased();
    void documentPartiesArrive();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    QString text(const QString& sql);
    Outcome apply(const QString& entity, const QString& id, qint64 rev, const QJsonObject& fields);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestChangeApplier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChangeApplier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    akta::directory::Directory directory(db());
    directory.addUnit({kUnit, QString(), QStringLiteral("PPR")});
    directory.addUser(
        {kUser, QStringLiteral("anna"), QStringLiteral("Anna Berg"), kUnit, QStringLiteral("caseworker")});
    directory.setCurrentUser(kUser);
}

void TestChangeApplier::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestChangeApplier::text(const QString& sql)
{
    auto query = db().prepare(sql);
    return query.step() ? query.columnText(0) : QStringLiteral("<none>");
}

Outcome TestChangeApplier::apply(const QString& entity, const QString& id, qint64 rev,
                                 const QJsonObject& fields)
{
    akta::sqlite::Transaction transaction(db());
    const Outcome outcome = ChangeApplier(db()).apply(entity, id, rev, fields);
    transaction.commit();
    return outcome;
}

void TestChangeApplier::caseWaitsForItsParty()
{
    QCOMPARE(apply(QStringLiteral("case"), kCase, 1,
                   caseFields(QStringLiteral("00.01.00-G01-7-26"), QStringLiteral("Støtte"))),
             Outcome::Parked);
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("0"));
    QCOMPARE(ChangeApplier(db()).parkedCount(), qint64(1));

    QCOMPARE(apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234"))),
             Outcome::Applied);
    QCOMPARE(ChangeApplier(db()).applyParked(), 1);
    QCOMPARE(ChangeApplier(db()).parkedCount(), qint64(0));
    QCOMPARE(text(QStringLiteral(
                 "SELECT case_number || '|' || title || '|' || rev || '|' || number_provisional FROM cases")),
             QStringLiteral("00.01.00-G01-7-26|Støtte|1|0"));
    QCOMPARE(text(QStringLiteral("SELECT party_id || '|' || role FROM case_parties")),
             kParty + QStringLiteral("|primary"));
    // Later provisional numbers in that emne and year come after the official one.
    QCOMPARE(
        text(QStringLiteral("SELECT last_number FROM case_number_counters WHERE kle_subject = '00.01.00'")),
        QStringLiteral("7"));
}

void TestChangeApplier::documentWaitsForItsCase()
{
    QCOMPARE(apply(QStringLiteral("document_version"), kVersion, 1,
                   {{QStringLiteral("documentId"), kDocument},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                    {QStringLiteral("fileName"), QStringLiteral("ansøgning.pdf")},
                    {QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                    {QStringLiteral("size"), 1234},
                    {QStringLiteral("extractedText"), QStringLiteral("Jeg søger om støtte")}}),
             Outcome::Parked);
    QCOMPARE(apply(QStringLiteral("document"), kDocument, 1, documentFields()), Outcome::Parked);
    QCOMPARE(apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234"))),
             Outcome::Applied);
    QCOMPARE(apply(QStringLiteral("case"), kCase, 2,
                   caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Støtte"))),
             Outcome::Applied);
    QCOMPARE(ChangeApplier(db()).applyParked(), 2);
    QCOMPARE(text(QStringLiteral("SELECT title || '|' || number || '|' || direction FROM documents")),
             QStringLiteral("Ansøgning|1|incoming"));
    QCOMPARE(text(QStringLiteral("SELECT file_name || '|' || size || '|' || text_status || '|' || "
                                 "extracted_text FROM document_versions")),
             QStringLiteral("ansøgning.pdf|1234|ok|Jeg søger om støtte"));
}

void TestChangeApplier::documentPartiesArrive()
{
    apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234")));
    apply(QStringLiteral("case"), kCase, 1,
          caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Støtte")));
    const QString unknownParty = QStringLiteral("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d");
    QJsonObject fields = documentFields();
    fields.insert(QStringLiteral("parties"), QJsonArray{kParty, unknownParty});
    QCOMPARE(apply(QStringLiteral("document"), kDocument, 1, fields), Outcome::Applied);
    // A party that is not here is left out; the document is not held back for it.
    QCOMPARE(text(QStringLiteral("SELECT group_concat(party_id) FROM document_parties")), kParty);

    // The server sends an entity's whole state.
    fields.insert(QStringLiteral("title"), QStringLiteral("Ansøgning om støtte"));
    fields.insert(QStringLiteral("parties"), QJsonArray{});
    QCOMPARE(apply(QStringLiteral("document"), kDocument, 2, fields), Outcome::Applied);
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM document_parties")), QStringLiteral("0"));
    QCOMPARE(text(QStringLiteral("SELECT title || '|' || rev FROM documents")),
             QStringLiteral("Ansøgning om støtte|2"));
}

void TestChangeApplier::olderRevIsSkipped()
{
    apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234")));
    QCOMPARE(apply(QStringLiteral("case"), kCase, 3,
                   caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Ny"))),
             Outcome::Applied);
    QCOMPARE(apply(QStringLiteral("case"), kCase, 2,
                   caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Gammel"))),
             Outcome::Skipped);
    QCOMPARE(text(QStringLiteral("SELECT title || '|' || rev FROM cases")), QStringLiteral("Ny|3"));
}

void TestChangeApplier::pendingLocalEditsSurvive()
{
    apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234")));
    apply(QStringLiteral("case"), kCase, 1,
          caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Støtte")));
    akta::cases::CaseChanges changes;
    changes.title = QStringLiteral("Støtte til skolegang");
    QVERIFY(akta::cases::CaseUpdate(db()).apply(kCase, changes, kUser));

    QJsonObject server = caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Serverens titel"));
    server.insert(QStringLiteral("status"), QStringLiteral("decided"));
    QCOMPARE(apply(QStringLiteral("case"), kCase, 2, server), Outcome::Applied);
    QCOMPARE(text(QStringLiteral("SELECT title || '|' || status || '|' || rev FROM cases")),
             QStringLiteral("Støtte til skolegang|decided|2"));
}

void TestChangeApplier::officialNumberMovesProvisionalAside()
{
    const QString local = QStringLiteral("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");
    db()
        .prepare(QStringLiteral(
            "INSERT INTO cases(id, case_number, number_provisional, title, kle_subject, kind, status, "
            "access_class, created_at, modified_at) VALUES (?1, '00.01.00-G01-1-26', 1, 'Lokal', "
            "'00.01.00', 'subject', 'opened', 'normal', 'x', 'x')"))
        .bind(1, local)
        .exec();
    apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234")));
    QCOMPARE(apply(QStringLiteral("case"), kCase, 1,
                   caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Fra serveren"))),
             Outcome::Applied);
    QCOMPARE(text(QStringLiteral("SELECT case_number FROM cases WHERE id = '%1'").arg(kCase)),
             QStringLiteral("00.01.00-G01-1-26"));
    QCOMPARE(text(QStringLiteral("SELECT case_number || '|' || number_provisional FROM cases WHERE id = '%1'")
                      .arg(local)),
             QStringLiteral("00.01.00-G01-1-26-6a7b8c9d|1"));
}

void TestChangeApplier::sameIdentifierBecomesAnAlias()
{
    const QString localParty = QStringLiteral("7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918");
    apply(QStringLiteral("party"), localParty, 1, partyFields(QStringLiteral("0101901234")));
    QCOMPARE(apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234"))),
             Outcome::Applied);
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM parties")), QStringLiteral("1"));
    // The case names the server's id of the party; locally it is the row we have.
    QCOMPARE(apply(QStringLiteral("case"), kCase, 1,
                   caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Støtte"))),
             Outcome::Applied);
    QCOMPARE(text(QStringLiteral("SELECT party_id FROM case_parties")), localParty);
}

void TestChangeApplier::unknownUnitAndUserBecomeEmpty()
{
    apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234")));
    QJsonObject fields = caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Støtte"));
    fields.insert(QStringLiteral("responsibleUnit"), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    fields.insert(QStringLiteral("caseworker"), QStringLiteral("somebody"));
    QCOMPARE(apply(QStringLiteral("case"), kCase, 1, fields), Outcome::Applied);
    QCOMPARE(
        text(QStringLiteral(
            "SELECT coalesce(responsible_unit, 'null') || '|' || coalesce(caseworker, 'null') FROM cases")),
        QStringLiteral("null|null"));
}

void TestChangeApplier::revokePurgesTheCase()
{
    apply(QStringLiteral("party"), kParty, 1, partyFields(QStringLiteral("0101901234")));
    apply(QStringLiteral("case"), kCase, 1,
          caseFields(QStringLiteral("00.01.00-G01-1-26"), QStringLiteral("Støtte")));
    apply(QStringLiteral("document"), kDocument, 1, documentFields());
    akta::cases::CaseChanges changes;
    changes.status = QStringLiteral("decided");
    akta::cases::CaseUpdate(db()).apply(kCase, changes, kUser);
    {
        akta::sqlite::Transaction transaction(db());
        ChangeApplier(db()).revoke(QStringLiteral("case"), kCase);
        transaction.commit();
    }
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("0"));
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM documents")), QStringLiteral("0"));
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
}

void TestChangeApplier::caseWithAMissingPartyIsReleased()
{
    QCOMPARE(apply(QStringLiteral("case"), kCase, 1,
                   caseFields(QStringLiteral("00.01.00-G01-3-26"), QStringLiteral("Støtte"))),
             Outcome::Parked);
    QCOMPARE(apply(QStringLiteral("document"), kDocument, 1, documentFields()), Outcome::Parked);
    akta::sqlite::Transaction transaction(db());
    ChangeApplier applier(db());
    QCOMPARE(applier.applyParked(), 0);
    QCOMPARE(applier.releaseParkedCases(), 2); // the case without its party, then its document
    transaction.commit();
    QCOMPARE(text(QStringLiteral("SELECT title FROM cases")), QStringLiteral("Støtte"));
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM case_parties")), QStringLiteral("0"));
    QCOMPARE(text(QStringLiteral("SELECT count(*) FROM documents")), QStringLiteral("1"));
    QCOMPARE(ChangeApplier(db()).parkedCount(), qint64(0));
}

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
