#include "demo/DemoSeeder.h"

#include "cases/CaseNumberAllocator.h"
#include "demo/DemoBlobStore.h"
#include "demo/DemoCaseFactory.h"
#include "demo/DemoOrganisation.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRegisterWriter.h"
#include "directory/Directory.h"
#include "kle/KleRepository.h"
#include "registry/RegisterImporter.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "util/Ids.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace akta::demo {

namespace {

constexpr std::uint64_t kOrganisationStream = 0xC0FFEE00000002ULL;
constexpr std::uint64_t kPopulationStream = 0xC0FFEE00000003ULL;
constexpr int kCasesPerTask = 20;

void requireEmpty(sqlite::Database& db, const QString& directory)
{
    auto query =
        db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM parties), "
                                  "(SELECT count(*) FROM users), (SELECT count(*) FROM units)"));
    query.step();
    const qint64 cases = query.columnInt64(0);
    if (cases > 0) {
        throw StoreNotEmpty("the store at " + directory.toStdString() + " already has " +
                            std::to_string(cases) + (cases == 1 ? " case" : " cases") +
                            "; demo seed only fills an empty store");
    }
    if (query.columnInt64(1) > 0 || query.columnInt64(2) > 0 || query.columnInt64(3) > 0) {
        throw StoreNotEmpty("the store at " + directory.toStdString() +
                            " already has parties, users or units; demo seed only fills an empty store");
    }
}

void writeDirectory(sqlite::Database& db, const DemoOrganisation& organisation)
{
    auto unit =
        db.prepare(QStringLiteral("INSERT INTO units(id, parent_id, name, rev) VALUES (?1, ?2, ?3, 1)"));
    for (const directory::Unit& entry : organisation.units()) {
        unit.bind(1, entry.id).bind(2, entry.parentId).bind(3, entry.name).exec();
    }
    auto user = db.prepare(QStringLiteral(
        "INSERT INTO users(id, username, full_name, unit_id, role, rev) VALUES (?1, ?2, ?3, ?4, ?5, 1)"));
    for (const directory::User& entry : organisation.users()) {
        user.bind(1, entry.id).bind(2, entry.username).bind(3, entry.fullName).bind(4, entry.unitId);
        user.bind(5, entry.role).exec();
    }
    directory::Directory(db).setCurrentUser(organisation.demoUser().id);
}

void writeParties(sqlite::Database& db, const DemoPopulation& population, const QString& fetchedAt)
{
    auto party = db.prepare(
        QStringLiteral("INSERT INTO parties(id, kind, identifier, name, street, postal_code, city, "
                       "protected, status, source, "
                       "fetched_at, rev) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'demo', ?10, 1)"));
    const QList<DemoPerson>& persons = population.persons();
    for (const DemoPerson& person : persons) {
        // A protected address never reaches a desktop store.
        const bool keepAddress = !person.isProtected;
        party.bind(1, person.id).bind(2, "person").bind(3, person.cpr).bind(4, person.name());
        party.bind(5, keepAddress ? person.address.street : QString());
        party.bind(6, keepAddress ? person.address.postalCode : QString());
        party.bind(7, keepAddress ? person.address.city : QString());
        party.bind(8, person.isProtected).bind(9, person.status).bind(10, fetchedAt).exec();
    }
    for (const DemoCompany& company : population.companies()) {
        party.bind(1, company.id).bind(2, "company").bind(3, company.cvr).bind(4, company.name);
        party.bind(5, company.address.street)
            .bind(6, company.address.postalCode)
            .bind(7, company.address.city);
        party.bind(8, false).bind(9, company.status).bind(10, fetchedAt).exec();
    }

    auto relation = db.prepare(
        QStringLiteral("INSERT INTO party_relations(party_id, related_party_id, type) VALUES (?1, ?2, ?3)"));
    auto add = [&](const DemoPerson& person, int other, const char* type) {
        relation.bind(1, person.id).bind(2, persons.at(other).id).bind(3, type).exec();
    };
    for (const DemoPerson& person : persons) {
        for (const int parent : person.parents) {
            add(person, parent, "parent");
        }
        for (const int child : person.children) {
            add(person, child, "child");
        }
        for (const int holder : person.custodyHolders) {
            add(person, holder, "custody");
        }
        if (person.spouse >= 0) {
            add(person, person.spouse, "spouse");
        }
    }
}

// The prepared statements for cases and documents, reused for every row.
class CaseWriter
{
public:
    explicit CaseWriter(sqlite::Database& db)
        : m_case(db.prepare(QStringLiteral("INSERT INTO cases(id, case_number, number_provisional, title, "
                                           "kle_subject, kle_facet, kind, status, "
                                           "access_class, responsible_unit, caseworker, retention, "
                                           "follow_up_date, rev, created_by, created_at, "
                                           "modified_by, modified_at) VALUES (?1, ?2, 0, ?3, ?4, 'G01', ?5, "
                                           "?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, "
                                           "?13, ?12, ?14)"))),
          m_party(db.prepare(
              QStringLiteral("INSERT INTO case_parties(case_id, party_id, role) VALUES (?1, ?2, ?3)"))),
          m_document(db.prepare(QStringLiteral("INSERT INTO documents(id, case_id, number, title, kind, "
                                               "direction, document_date, status, sender, "
                                               "recipients, access_class, rev, created_by, created_at, "
                                               "modified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                               "?7, ?8, ?9, ?10, ?11, 1, ?12, ?13, ?13)"))),
          m_version(db.prepare(QStringLiteral("INSERT INTO document_versions(id, document_id, version, "
                                              "sha256, file_name, mime_type, size, author, "
                                              "created_at, text_status, extracted_text) VALUES (?1, ?2, 1, "
                                              "?3, ?4, ?5, ?6, ?7, ?8, 'ok', ?9)")))
    {}

    void write(const DemoCase& record)
    {
        m_case.bind(1, record.id).bind(2, record.caseNumber).bind(3, record.title).bind(4, record.kleSubject);
        m_case.bind(5, record.kind).bind(6, record.status).bind(7, record.accessClass).bind(8, record.unitId);
        m_case.bind(9, record.caseworkerId)
            .bind(10, record.retention.isEmpty() ? QString() : record.retention);
        m_case.bind(11,
                    record.followUpDate.isValid() ? record.followUpDate.toString(Qt::ISODate) : QString());
        m_case.bind(12, record.caseworkerId).bind(13, record.createdAt).bind(14, record.modifiedAt).exec();

        if (!record.primaryPartyId.isEmpty()) {
            m_party.bind(1, record.id).bind(2, record.primaryPartyId).bind(3, "primary").exec();
        }
        for (const QString& partyId : record.secondaryPartyIds) {
            if (partyId != record.primaryPartyId) {
                m_party.bind(1, record.id).bind(2, partyId).bind(3, "secondary").exec();
            }
        }
        for (const DemoDocument& document : record.documents) {
            m_document.bind(1, document.id)
                .bind(2, record.id)
                .bind(3, document.number)
                .bind(4, document.title);
            m_document.bind(5, document.kind).bind(6, document.direction);
            m_document.bind(7, document.documentDate.toString(Qt::ISODate)).bind(8, document.status);
            m_document.bind(9, document.sender).bind(10, document.recipients).bind(11, record.accessClass);
            m_document.bind(12, document.createdBy).bind(13, document.createdAt).exec();

            m_version.bind(1, document.versionId).bind(2, document.id).bind(3, document.sha256);
            m_version.bind(4, document.fileName).bind(5, document.mimeType).bind(6, document.size);
            m_version.bind(7, document.createdBy).bind(8, document.createdAt).bind(9, document.text).exec();
        }
    }

private:
    sqlite::Statement m_case;
    sqlite::Statement m_party;
    sqlite::Statement m_document;
    sqlite::Statement m_version;
};

// One batch of cases being made on the worker threads.
struct Batch
{
    int first = 0;
    std::vector<DemoCase> cases; // each task fills its own slice

    int tasks = 0;
    QSemaphore finished;
    QMutex errorLock;
    std::string error;
};

} // namespace

DemoSummary DemoSeeder::seed(const DemoOptions& options)
{
    if (options.cases < 0) {
        throw std::invalid_argument("the number of cases must not be negative");
    }
    if (!options.referenceDate.isValid()) {
        throw std::invalid_argument("the reference date is not valid");
    }
    QElapsedTimer timer; // measures the run; nothing that lands in the data comes from a clock
    timer.start();
    sqlite::Database& db = m_store.database();
    requireEmpty(db, m_store.directory());

    DemoRandom organisationRandom(options.seed, kOrganisationStream);
    const DemoOrganisation organisation = DemoOrganisation::generate(organisationRandom);
    DemoRandom populationRandom(options.seed, kPopulationStream);
    const DemoPopulation population =
        DemoPopulation::generate(populationRandom, qMax(40, options.cases * 3 / 10),
                                 qMax(15, options.cases / 15), options.referenceDate);
    const QList<kle::KleEntry> subjects = kle::KleRepository(db).subjects();
    if (subjects.isEmpty()) {
        throw std::runtime_error("the store has no KLE plan");
    }
    const DemoBlobStore blobs(m_store.blobDirectory(), m_store.blobKey());
    const DemoCaseFactory factory(population, organisation, subjects, options.seed, options.referenceDate,
                                  blobs);
    const QList<DemoCasePlan> plans = factory.plan(options.cases);
    const QString fetchedAt = util::toIso(QDateTime(options.referenceDate.addDays(-1), QTime(6, 0), Qt::UTC));

    DemoSummary summary;
    summary.units = organisation.units().size();
    summary.users = organisation.users().size();
    summary.persons = population.persons().size();
    summary.companies = population.companies().size();

    // A bigger page cache while the seed runs; the default comes back afterwards.
    db.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    {
        sqlite::Transaction transaction(db);
        writeDirectory(db, organisation);
        writeParties(db, population, fetchedAt);
        m_store.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed));
        transaction.commit();
    }

    // Cases are made on worker threads a batch or two ahead of the one being written here.
    const int batchSize = qMax(1, options.batchSize);
    const int batchCount = (options.cases + batchSize - 1) / batchSize;
    std::atomic<bool> cancelled{false};
    std::deque<std::unique_ptr<Batch>> queue;
    QThreadPool pool; // declared after the queue: destroyed (and waited for) first
    // The workers spend much of their time waiting for blob files to reach the disk, so there are
    // more of them than cores.
    pool.setMaxThreadCount(options.workerThreads > 0 ? options.workerThreads
                                                     : qBound(2, 2 * QThread::idealThreadCount(), 8));
    struct Cancel
    {
        std::atomic<bool>& flag;
        QThreadPool& pool;
        ~Cancel()
        {
            flag = true;
            pool.waitForDone();
        }
    } cancelOnExit{cancelled, pool};

    int submitted = 0;
    auto submit = [&] {
        auto batch = std::make_unique<Batch>();
        batch->first = submitted * batchSize;
        const int count = qMin(batchSize, options.cases - batch->first);
        batch->cases.resize(count);
        Batch* raw = batch.get();
        for (int from = 0; from < count; from += kCasesPerTask) {
            const int to = qMin(count, from + kCasesPerTask);
            ++raw->tasks;
            pool.start([raw, from, to, &factory, &plans, &cancelled] {
                try {
                    for (int i = from; i < to && !cancelled; ++i) {
                        const int index = raw->first + i;
                        raw->cases[i] = factory.make(index, plans.at(index));
                    }
                } catch (const std::exception& error) {
                    QMutexLocker lock(&raw->errorLock);
                    raw->error = error.what();
                }
                raw->finished.release();
            });
        }
        queue.push_back(std::move(batch));
        ++submitted;
    };

    CaseWriter writer(db);
    int written = 0;
    for (int b = 0; b < batchCount; ++b) {
        while (submitted < batchCount && submitted <= b + 2) {
            submit();
        }
        std::unique_ptr<Batch> batch = std::move(queue.front());
        queue.pop_front();
        batch->finished.acquire(batch->tasks);
        if (!batch->error.empty()) {
            throw std::runtime_error(batch->error);
        }
        sqlite::Transaction transaction(db);
        for (const DemoCase& record : batch->cases) {
            writer.write(record);
            summary.documents += record.documents.size();
            summary.blobBytes += record.blobBytes;
        }
        transaction.commit();
        written += int(batch->cases.size());
        summary.cases = written;
        if (options.progress) {
            options.progress(written, options.cases);
        }
    }

    {
        // Later cases made on this desktop get the numbers after the demo's.
        QMap<QPair<QString, int>, int> last;
        for (const DemoCasePlan& plan : plans) {
            int& number = last[qMakePair(factory.subjects().at(plan.subject).number, plan.year)];
            number = qMax(number, plan.number);
        }
        sqlite::Transaction transaction(db);
        cases::CaseNumberAllocator allocator(db);
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            allocator.observe(it.key().first, it.key().second, it.value());
        }
        transaction.commit();
    }
    db.exec(QStringLiteral("PRAGMA cache_size = -2000"));

    if (options.writeRegister) {
        const QString registerPath = QDir(m_store.directory()).filePath(registerFileName());
        DemoRegisterWriter::write(registerPath, population);
        // The store's own register answers look-ups for the demo's persons and companies. The clock
        // stays out: the same options give the same data.
        registry::RegisterImporter importer(db);
        importer.setNow(util::fromIso(fetchedAt));
        importer.setToday(options.referenceDate);
        const registry::RegisterImporter::Report report = importer.importFile(registerPath);
        if (!report.rejected.isEmpty()) {
            throw std::runtime_error("the demo register has a line the import rejects: line " +
                                     std::to_string(report.rejected.constFirst().line) + ": " +
                                     report.rejected.constFirst().reason.toStdString());
        }
    }
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace akta::demo
