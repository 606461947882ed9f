#include "cases/CaseNumberAllocator.h"
#include "demo/DemoCaseFactory.h"
#include "demo/DemoSeeder.h"
#include "directory/Directory.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace akta;

namespace {

// All rows of a query as text, one line per row, for comparing two stores.
QStringList rows(sqlite::Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    QStringList result;
    while (query.step()) {
        QStringList columns;
        for (int i = 0; i < query.columnCount(); ++i) {
            columns << (query.isNull(i) ? QStringLiteral("<null>") : query.columnText(i));
        }
        result << columns.join(QLatin1Char('|'));
    }
    return result;
}

qint64 scalar(sqlite::Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    return query.step() ? query.columnInt64(0) : -1;
}

// The tables a seed writes, each in a stable order.
const QStringList& snapshotQueries()
{
    static const QStringList queries{
        QStringLiteral("SELECT * FROM units ORDER BY id"),
        QStringLiteral("SELECT * FROM users ORDER BY id"),
        QStringLiteral("SELECT * FROM parties ORDER BY id"),
        QStringLiteral("SELECT * FROM party_relations ORDER BY party_id, related_party_id, type"),
        QStringLiteral("SELECT * FROM cases ORDER BY id"),
        QStringLiteral("SELECT * FROM case_parties ORDER BY case_id, party_id"),
        QStringLiteral("SELECT * FROM case_number_counters ORDER BY kle_subject, year"),
        QStringLiteral("SELECT * FROM documents ORDER BY id"),
        QStringLiteral("SELECT * FROM document_versions ORDER BY id"),
        QStringLiteral("SELECT key, value FROM store_meta ORDER BY key"),
    };
    return queries;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameData();
    void otherSeedOtherData();
    void countsAndSummaryAgree();
    void documentsAreNumberedAndStored();
    void databaseIsConsistent();
    void personsHaveReplacementNumbers();
    void companiesHaveValidCvrNumbers();
    void protectedAddressesStayOut();
    void caseNumbersContinueAfterTheDemo();
    void currentUserIsDemo();
    void registerFileDescribesThePopulation();
    void pdfTextCanBeExtracted();
    void refusesAStoreWithCases();
    void cliRefusesAStoreWithCases();
    void cliJsonSummary();

private:
    demo::DemoSummary seedInto(const QString& directory, int cases, std::uint64_t seed, int batchSize = 16,
                               int threads = 0);

    QTemporaryDir m_first;
    QTemporaryDir m_second;
    QTemporaryDir m_other;
    demo::DemoSummary m_summary;
};

demo::DemoSummary TestDemoSeeder::seedInto(const QString& directory, int cases, std::uint64_t seed,
                                           int batchSize, int threads)
{
    store::LocalStore store(directory);
    demo::DemoOptions options;
    options.cases = cases;
    options.seed = seed;
    options.batchSize = batchSize; // several batches, so the pipeline is exercised
    options.workerThreads = threads;
    return demo::DemoSeeder(store).seed(options);
}

void TestDemoSeeder::initTestCase()
{
    QVERIFY(m_first.isValid() && m_second.isValid() && m_other.isValid());
    m_summary = seedInto(m_first.path(), 50, 42);
    // The same seed on one thread and other batches: the data must not depend on how it was made.
    seedInto(m_second.path(), 50, 42, 7, 1);
    seedInto(m_other.path(), 50, 43);
}

void TestDemoSeeder::sameSeedSameData()
{
    store::LocalStore first(m_first.path());
    store::LocalStore second(m_second.path());
    for (const QString& sql : snapshotQueries()) {
        const QStringList a = rows(first.database(), sql);
        QVERIFY2(!a.isEmpty(), qPrintable(sql));
        QCOMPARE(rows(second.database(), sql), a);
    }
    QCOMPARE(readAll(QDir(m_second.path()).filePath(QStringLiteral("register.jsonl"))),
             readAll(QDir(m_first.path()).filePath(QStringLiteral("register.jsonl"))));
}

void TestDemoSeeder::otherSeedOtherData()
{
    store::LocalStore first(m_first.path());
    store::LocalStore other(m_other.path());
    const QString ids = QStringLiteral("SELECT id FROM cases ORDER BY id");
    const QStringList firstIds = rows(first.database(), ids);
    const QStringList otherIds = rows(other.database(), ids);
    QCOMPARE(otherIds.size(), firstIds.size());
    for (const QString& id : otherIds) {
        QVERIFY(!firstIds.contains(id));
    }
    const QString hashes = QStringLiteral("SELECT sha256 FROM document_versions ORDER BY sha256");
    QVERIFY(rows(first.database(), hashes) != rows(other.database(), hashes));
    const QString titles = QStringLiteral("SELECT title FROM cases ORDER BY created_at");
    QVERIFY(rows(first.database(), titles) != rows(other.database(), titles));
}

void TestDemoSeeder::countsAndSummaryAgree()
{
    store::LocalStore store(m_first.path());
    sqlite::Database& db = store.database();
    QCOMPARE(m_summary.cases, 50);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases")), m_summary.cases);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM documents")), m_summary.documents);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM parties WHERE kind = 'person'")),
             m_summary.persons);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM parties WHERE kind = 'company'")),
             m_summary.companies);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM units")), m_summary.units);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM users")), m_summary.users);
    QVERIFY(m_summary.documents >= 50);
    QVERIFY(m_summary.users >= 20);
    QVERIFY(m_summary.companies > 0);
    QVERIFY(m_summary.persons > 50);
    // Not a single outbox row: the demo stands for data that came from the server.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE number_provisional <> 0")), 0);
    // Citizen and company cases have a primary party; emnesager have none.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM cases c WHERE kind IN ('citizen', 'company') AND NOT "
                                  "EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND "
                                  "p.role = 'primary')")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases c JOIN case_parties p ON p.case_id = c.id "
                                       "WHERE c.kind = 'subject'")),
             0);
    // Spread over many emner and the years 2023-2026.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT kle_subject) FROM cases")) >= 20);
    const QStringList years =
        rows(db, QStringLiteral("SELECT DISTINCT substr(case_number, -2) FROM cases ORDER BY 1"));
    for (const QString& year : years) {
        QVERIFY2(year >= QLatin1String("23") && year <= QLatin1String("26"), qPrintable(year));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE created_at < '2023-11-01' OR "
                                       "modified_at >= '2026-11-01' OR modified_at < created_at")),
             0);
}

void TestDemoSeeder::documentsAreNumberedAndStored()
{
    store::LocalStore store(m_first.path());
    sqlite::Database& db = store.database();
    // Every case has documents numbered 1..n without gaps.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases c WHERE NOT EXISTS "
                                       "(SELECT 1 FROM documents d WHERE d.case_id = c.id)")),
             0);
    const QStringList numbering = rows(
        db, QStringLiteral("SELECT count(*), min(number), max(number), count(DISTINCT number) FROM documents "
                           "GROUP BY case_id"));
    QCOMPARE(numbering.size(), 50);
    for (const QString& row : numbering) {
        const QStringList parts = row.split(QLatin1Char('|'));
        QCOMPARE(parts.at(1), QStringLiteral("1"));
        QCOMPARE(parts.at(2), parts.at(0));
        QCOMPARE(parts.at(3), parts.at(0));
        QVERIFY(parts.at(0).toInt() <= 25);
    }
    // One version per document, with its text.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM "
                                  "document_versions v WHERE v.document_id = d.id AND v.version = 1) <> 1")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM document_versions WHERE text_status <> 'ok' OR "
                                       "length(extracted_text) = 0")),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'file'")) > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'note'")) > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'email'")) > 0);

    // Each blob is on disk under blobs/<2 hex>/<sha256>, encrypted, and its content hashes to its name.
    auto query =
        db.prepare(QStringLiteral("SELECT d.kind, v.sha256, v.size, v.mime_type, v.extracted_text FROM "
                                  "documents d JOIN document_versions v ON v.document_id = d.id"));
    int files = 0;
    while (query.step()) {
        const QString kind = query.columnText(0);
        const QString sha = query.columnText(1);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sha).hasMatch(), qPrintable(sha));
        const QString path = QDir(store.blobDirectory()).filePath(sha.left(2) + QLatin1Char('/') + sha);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!readAll(path).startsWith("%PDF"));
        const QByteArray content = store.blobStore().open(sha)->readAll();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                 sha);
        QCOMPARE(qint64(content.size()), query.columnInt64(2));
        if (kind == QLatin1String("file")) {
            ++files;
            QCOMPARE(query.columnText(3), QStringLiteral("application/pdf"));
            QVERIFY(content.startsWith("%PDF-1.4"));
        } else if (kind == QLatin1String("note")) {
            QCOMPARE(query.columnText(3), QStringLiteral("text/plain"));
            QCOMPARE(QString::fromUtf8(content), query.columnText(4));
        } else {
            QCOMPARE(query.columnText(3), QStringLiteral("message/rfc822"));
            QVERIFY(content.contains("Content-Type: text/plain; charset=UTF-8"));
        }
    }
    QVERIFY(files > 0);
}

void TestDemoSeeder::databaseIsConsistent()
{
    store::LocalStore store(m_first.path());
    sqlite::Database& db = store.database();
    QCOMPARE(rows(db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(rows(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    // Relations come in both directions.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM party_relations r WHERE r.type = 'parent' AND NOT EXISTS "
                            "(SELECT 1 FROM party_relations x WHERE x.party_id = r.related_party_id AND "
                            "x.related_party_id = r.party_id AND x.type = 'child')")),
             0);
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM party_relations r WHERE r.type = 'spouse' AND NOT EXISTS "
                            "(SELECT 1 FROM party_relations x WHERE x.party_id = r.related_party_id AND "
                            "x.related_party_id = r.party_id AND x.type = 'spouse')")),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM party_relations WHERE type = 'custody'")) > 0);
    // Every case has a caseworker of its unit's staff and a unit.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE caseworker IS NULL OR "
                                       "responsible_unit IS NULL")),
             0);
}

void TestDemoSeeder::personsHaveReplacementNumbers()
{
    store::LocalStore store(m_first.path());
    const QStringList identifiers =
        rows(store.database(), QStringLiteral("SELECT identifier FROM parties WHERE kind = 'person'"));
    QVERIFY(!identifiers.isEmpty());
    for (const QString& identifier : identifiers) {
        QCOMPARE(identifier.size(), 10);
        const int dayField = identifier.left(2).toInt();
        QVERIFY2(dayField >= 61 && dayField <= 91, qPrintable(identifier));
        const auto cpr = registry::CprNumber::parse(identifier, QDate(2026, 11, 1));
        QVERIFY2(cpr.isValid(), qPrintable(identifier + QStringLiteral(": ") + cpr.errorMessage()));
        QVERIFY(cpr.isReplacement());
    }
}

void TestDemoSeeder::companiesHaveValidCvrNumbers()
{
    store::LocalStore store(m_first.path());
    const QStringList identifiers =
        rows(store.database(), QStringLiteral("SELECT identifier FROM parties WHERE kind = 'company'"));
    QVERIFY(!identifiers.isEmpty());
    static const int weights[] = {2, 7, 6, 5, 4, 3, 2, 1};
    for (const QString& identifier : identifiers) {
        QVERIFY2(registry::CvrNumber::parse(identifier).isValid(), qPrintable(identifier));
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            sum += identifier.at(i).digitValue() * weights[i];
        }
        QCOMPARE(sum % 11, 0);
        QVERIFY(identifier.at(0) != QLatin1Char('0'));
    }
}

void TestDemoSeeder::protectedAddressesStayOut()
{
    store::LocalStore store(m_first.path());
    sqlite::Database& db = store.database();
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM parties WHERE protected = 1")) > 0);
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM parties WHERE protected = 1 AND (street IS NOT NULL OR "
                            "postal_code IS NOT NULL OR city IS NOT NULL)")),
             0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM parties WHERE protected = 0 AND street IS NULL")), 0);
    // Nor do their streets turn up in the letters written to them.
    auto query = db.prepare(QStringLiteral("SELECT p.identifier FROM parties p WHERE p.protected = 1"));
    QStringList protectedNumbers;
    while (query.step()) {
        protectedNumbers << query.columnText(0);
    }
    const QList<QByteArray> lines =
        readAll(QDir(m_first.path()).filePath(QStringLiteral("register.jsonl"))).split('\n');
    int checked = 0;
    for (const QByteArray& line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!protectedNumbers.contains(object.value(QStringLiteral("cpr")).toString())) {
            continue;
        }
        const QString street =
            object.value(QStringLiteral("address")).toObject().value(QStringLiteral("street")).toString();
        QVERIFY(!street.isEmpty()); // the register has it ...
        auto uses = db.prepare(QStringLiteral(
            "SELECT count(*) FROM document_versions v JOIN documents d ON d.id = v.document_id "
            "JOIN case_parties cp ON cp.case_id = d.case_id JOIN parties p ON p.id = cp.party_id "
            "WHERE p.identifier = ?1 AND cp.role = 'primary' AND instr(v.extracted_text, ?2) > 0"));
        uses.bind(1, object.value(QStringLiteral("cpr")).toString()).bind(2, street);
        uses.step();
        QCOMPARE(uses.columnInt(0), 0); // ... the letters do not
        ++checked;
    }
    QCOMPARE(checked, protectedNumbers.size());
}

void TestDemoSeeder::caseNumbersContinueAfterTheDemo()
{
    store::LocalStore store(m_first.path());
    sqlite::Database& db = store.database();
    // The counters hold the highest running number of every emne and year.
    auto query = db.prepare(QStringLiteral("SELECT case_number, kle_subject FROM cases"));
    QMap<QPair<QString, int>, int> highest;
    while (query.step()) {
        const QStringList parts = query.columnText(0).split(QLatin1Char('-'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), query.columnText(1));
        QCOMPARE(parts.at(1), QStringLiteral("G01"));
        int& number = highest[qMakePair(parts.at(0), 2000 + parts.at(3).toInt())];
        number = qMax(number, parts.at(2).toInt());
    }
    const QStringList counters =
        rows(db, QStringLiteral("SELECT kle_subject, year, last_number FROM case_number_counters"));
    QCOMPARE(counters.size(), highest.size());
    for (const QString& row : counters) {
        const QStringList parts = row.split(QLatin1Char('|'));
        QCOMPARE(highest.value(qMakePair(parts.at(0), parts.at(1).toInt())), parts.at(2).toInt());
    }
    // Running numbers start at 1 and have no gaps.
    for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
        auto count = db.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE kle_subject = ?1 AND "
                                               "substr(case_number, -2) = ?2"));
        count.bind(1, it.key().first)
            .bind(2, QString::number(it.key().second % 100).rightJustified(2, QLatin1Char('0')));
        count.step();
        QCOMPARE(count.columnInt(0), it.value());
    }
    // A new case gets the next number.
    const auto first = highest.cbegin();
    sqlite::Transaction transaction(db); // rolled back
    QCOMPARE(
        cases::CaseNumberAllocator(db).next(first.key().first, QStringLiteral("G01"), first.key().second),
        cases::CaseNumberAllocator::format(first.key().first, QStringLiteral("G01"), first.value() + 1,
                                           first.key().second));
}

void TestDemoSeeder::currentUserIsDemo()
{
    store::LocalStore store(m_first.path());
    directory::Directory directory(store.database());
    const auto user = directory.currentUser();
    QVERIFY(user.has_value());
    QCOMPARE(user->username, QStringLiteral("demo"));
    QCOMPARE(user->role, QStringLiteral("caseworker"));
    QVERIFY(!user->fullName.isEmpty());
    const QStringList roles =
        rows(store.database(), QStringLiteral("SELECT DISTINCT role FROM users ORDER BY role"));
    QCOMPARE(roles,
             (QStringList{QStringLiteral("caseworker"), QStringLiteral("hr"), QStringLiteral("leader")}));
    QCOMPARE(
        scalar(store.database(), QStringLiteral("SELECT count(*) FROM units WHERE parent_id IS NOT NULL")),
        3);
}

void TestDemoSeeder::registerFileDescribesThePopulation()
{
    const QList<QByteArray> lines =
        readAll(QDir(m_first.path()).filePath(QStringLiteral("register.jsonl"))).split('\n');
    QCOMPARE(lines.last(), QByteArray()); // ends with a newline
    int persons = 0;
    int companies = 0;
    int withRelations = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
        const QJsonObject address = object.value(QStringLiteral("address")).toObject();
        QVERIFY(!address.value(QStringLiteral("street")).toString().isEmpty());
        QCOMPARE(address.value(QStringLiteral("postalCode")).toString().size(), 4);
        QVERIFY(!address.value(QStringLiteral("city")).toString().isEmpty());
        if (object.contains(QStringLiteral("cpr"))) {
            ++persons;
            QVERIFY(
                registry::CprNumber::parse(object.value(QStringLiteral("cpr")).toString(), QDate(2026, 11, 1))
                    .isReplacement());
            QVERIFY(!object.value(QStringLiteral("firstName")).toString().isEmpty());
            QVERIFY(!object.value(QStringLiteral("lastName")).toString().isEmpty());
            QVERIFY(object.value(QStringLiteral("protected")).isBool());
            QVERIFY(QStringList(
                        {QStringLiteral("alive"), QStringLiteral("deceased"), QStringLiteral("emigrated")})
                        .contains(object.value(QStringLiteral("status")).toString()));
            const QJsonArray relations = object.value(QStringLiteral("relations")).toArray();
            withRelations += relations.isEmpty() ? 0 : 1;
            for (const QJsonValue& relation : relations) {
                QVERIFY(QStringList({QStringLiteral("parent"), QStringLiteral("child"),
                                     QStringLiteral("custody"), QStringLiteral("spouse")})
                            .contains(relation.toObject().value(QStringLiteral("type")).toString()));
                QCOMPARE(relation.toObject().value(QStringLiteral("cpr")).toString().size(), 10);
            }
        } else {
            ++companies;
            QVERIFY(registry::CvrNumber::parse(object.value(QStringLiteral("cvr")).toString()).isValid());
            QVERIFY(!object.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!object.value(QStringLiteral("industry")).toString().isEmpty());
            QVERIFY(!object.value(QStringLiteral("status")).toString().isEmpty());
        }
    }
    QCOMPARE(persons, int(m_summary.persons));
    QCOMPARE(companies, int(m_summary.companies));
    QVERIFY(withRelations > 0);
}

void TestDemoSeeder::pdfTextCanBeExtracted()
{
    store::LocalStore store(m_first.path());
    auto query = store.database().prepare(QStringLiteral(
        "SELECT v.sha256, d.title FROM documents d JOIN document_versions v ON v.document_id = d.id "
        "WHERE d.kind = 'file' ORDER BY d.id LIMIT 3"));
    int checked = 0;
    while (query.step()) {
        const QString sha = query.columnText(0);
        // The blob file is encrypted: pdftotext reads a decrypted copy.
        QTemporaryDir plain;
        const QString pdf = plain.filePath(QStringLiteral("document.pdf"));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(store.blobStore().open(sha)->readAll());
        }
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!process.waitForStarted()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.startsWith(query.columnText(1).simplified()), qPrintable(text));
        ++checked;
    }
    QCOMPARE(checked, 3);
}

void TestDemoSeeder::refusesAStoreWithCases()
{
    store::LocalStore store(m_first.path());
    const qint64 before = scalar(store.database(), QStringLiteral("SELECT count(*) FROM cases"));
    demo::DemoOptions options;
    options.cases = 5;
    QVERIFY_THROWS_EXCEPTION(demo::StoreNotEmpty, demo::DemoSeeder(store).seed(options));
    QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM cases")), before);
}

void TestDemoSeeder::cliRefusesAStoreWithCases()
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH),
                  {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"), m_first.path(),
                   QStringLiteral("--cases"), QStringLiteral("5")});
    if (!process.waitForStarted()) {
        QSKIP("akta-cli is not built");
    }
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.startsWith(QStringLiteral("akta-cli: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("already has 50 cases")), qPrintable(error));
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestDemoSeeder::cliJsonSummary()
{
    QTemporaryDir directory;
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH),
                  {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"),
                   directory.path(), QStringLiteral("--cases"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--json")});
    if (!process.waitForStarted()) {
        QSKIP("akta-cli is not built");
    }
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(summary.value(QStringLiteral("cases")).toInt(), 20);
    for (const char* key : {"documents", "persons", "companies", "units", "users"}) {
        QVERIFY2(summary.value(QLatin1String(key)).toInt() > 0, key);
    }
    QVERIFY(summary.value(QStringLiteral("seconds")).isDouble());
    QVERIFY(QFileInfo::exists(QDir(directory.path()).filePath(QStringLiteral("register.jsonl"))));

    // Bad options are usage errors.
    QProcess bad;
    bad.start(QStringLiteral(AKTA_CLI_PATH),
              {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"), directory.path(),
               QStringLiteral("--cases"), QStringLiteral("many")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
