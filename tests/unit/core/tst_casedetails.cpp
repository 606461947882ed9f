// Tests of akta::cases::CaseDetails: everything the case view shows, read from a store.

#include "cases/CaseDetails.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using akta::CaseKind;
using akta::CaseRecord;
using akta::Party;
using akta::cases::CaseDetails;
using akta::cases::CaseRepository;
using akta::cases::NewCase;

namespace {

const QString kEmne = QStringLiteral("02.34.02"); // Byggetilladelse
const QString kActor = QStringLiteral("user-actor");

} // namespace

class TestCaseDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadById();
    void loadByNumber();
    void loadMissingCase();
    void loadFromPath();
    void loadFromAnotherThread();
    void loadFromMissingFile();
    void kleTitleOfAnEmneNoLongerInThePlan();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    void checkDetails(const CaseDetails& details);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    CaseRecord m_case;
    QString m_primary;
    QString m_secondary;
};

void TestCaseDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseDetails::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    akta::directory::Directory(db()).addUser({kActor, QStringLiteral("actor"), QStringLiteral("Anne Actor"),
                                              QString(), QStringLiteral("caseworker")});
    akta::parties::PartyRepository parties(db());
    Party primary;
    primary.identifier = QStringLiteral("0101801234");
    primary.name = QStringLiteral("Søren Ærø");
    m_primary = parties.upsert(primary);
    Party secondary;
    secondary.identifier = QStringLiteral("0202802345");
    secondary.name = QStringLiteral("Bo Berg");
    m_secondary = parties.upsert(secondary);

    NewCase request;
    request.title = QStringLiteral("Tilbygning til carport");
    request.kleSubject = kEmne;
    request.kind = CaseKind::Citizen;
    request.primaryPartyId = m_primary;
    request.secondaryPartyIds = {m_secondary};
    m_case = CaseRepository(db()).create(request, kActor);
    // A case with nothing attached, so that the details are not simply "everything in the store".
    NewCase other;
    other.title = QStringLiteral("Anden sag");
    other.kleSubject = QStringLiteral("00.01.00");
    const CaseRecord otherCase = CaseRepository(db()).create(other, kActor);

    db().exec(QStringLiteral(
                  "INSERT INTO documents(id, case_id, number, title, kind, direction, status, created_at, "
                  "modified_at) VALUES "
                  "('d2', '%1', 2, 'Tegninger', 'file', 'incoming', 'journaled', 'x', 'x'), "
                  "('d1', '%1', 1, 'Ansøgning', 'file', 'incoming', 'journaled', 'x', 'x'), "
                  "('d9', '%2', 1, 'Andet', 'note', 'internal', 'draft', 'x', 'x')")
                  .arg(m_case.id, otherCase.id));
}

void TestCaseDetails::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCaseDetails::checkDetails(const CaseDetails& details)
{
    QCOMPARE(details.record.id, m_case.id);
    QCOMPARE(details.record.caseNumber, m_case.caseNumber);
    QCOMPARE(details.record.title, QStringLiteral("Tilbygning til carport"));
    QCOMPARE(details.record.primaryPartyName, QStringLiteral("Søren Ærø"));
    QCOMPARE(details.kleTitle, QStringLiteral("Byggetilladelse")); // from the KLE reference data
    QCOMPARE(details.parties.size(), 2);
    QCOMPARE(details.parties.at(0).party.id, m_primary);
    QCOMPARE(details.parties.at(0).role, QStringLiteral("primary"));
    QCOMPARE(details.parties.at(1).party.id, m_secondary);
    QCOMPARE(details.parties.at(1).role, QStringLiteral("secondary"));
    QCOMPARE(details.documents.size(), 2);
    QCOMPARE(details.documents.at(0).title, QStringLiteral("Ansøgning"));
    QCOMPARE(details.documents.at(1).title, QStringLiteral("Tegninger"));
}

void TestCaseDetails::loadById()
{
    const auto details = CaseDetails::load(db(), m_case.id);
    QVERIFY(details.has_value());
    checkDetails(*details);
}

void TestCaseDetails::loadByNumber()
{
    const auto details = CaseDetails::load(db(), m_case.caseNumber);
    QVERIFY(details.has_value());
    checkDetails(*details);
}

void TestCaseDetails::loadMissingCase()
{
    QVERIFY(!CaseDetails::load(db(), QStringLiteral("no-such-case")).has_value());
    QVERIFY(!CaseDetails::load(db(), QString()).has_value());
    QVERIFY(
        !CaseDetails::loadFrom(m_store->databasePath(), QStringLiteral("02.34.02-G01-999-26")).has_value());
}

void TestCaseDetails::loadFromPath()
{
    const auto details = CaseDetails::loadFrom(m_store->databasePath(), m_case.id);
    QVERIFY(details.has_value());
    checkDetails(*details);
}

void TestCaseDetails::loadFromAnotherThread()
{
    std::optional<CaseDetails> details;
    const QString path = m_store->databasePath();
    const QString id = m_case.id;
    QThread* worker = QThread::create([&details, path, id] { details = CaseDetails::loadFrom(path, id); });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(details.has_value());
    checkDetails(*details);
}

void TestCaseDetails::loadFromMissingFile()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing/akta.db"));
    QVERIFY_THROWS_EXCEPTION(akta::sqlite::SqliteError, CaseDetails::loadFrom(missing, m_case.id));
    QVERIFY(!QFileInfo::exists(missing)); // read-only: nothing is created
}

void TestCaseDetails::kleTitleOfAnEmneNoLongerInThePlan()
{
    db().exec(QStringLiteral("UPDATE cases SET kle_subject = '99.99.99' WHERE id = '%1'").arg(m_case.id));
    const auto details = CaseDetails::load(db(), m_case.id);
    QVERIFY(details.has_value());
    QCOMPARE(details->record.kleSubject, QStringLiteral("99.99.99"));
    QVERIFY(details->kleTitle.isEmpty());
    QCOMPARE(details->parties.size(), 2);
}

QTEST_GUILESS_MAIN(TestCaseDetails)
#include "tst_casedetails.moc"
