// Tests of akta::search::SearchScan, the recency tiers: a rare word is read whole (exact total and ranking),
// a common word stops early with an extrapolated total and keeps the best of the newest matches, filters and
// the date order apply inside the tiers.

#include "search/SearchFilterSql.h"
#include "search/SearchScan.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::search::SearchScan;

class TestSearchScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rareWordIsExact();
    void commonWordStopsEarly();
    void exhaustiveReadsAll();
    void filtersInsideTiers();
    void byDate();
    void emptyIndex();
    void statisticsCountedOnce();

private:
    SearchScan::Spec spec(qint64 enough = 50) const;

    QTemporaryDir m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

SearchScan::Spec TestSearchScan::spec(qint64 enough) const
{
    SearchScan::Spec s;
    s.index = QStringLiteral("search_document_index");
    s.map = QStringLiteral("search_documents");
    s.joins = QStringLiteral("CROSS JOIN search_document_facts x ON x.id = f.rowid");
    s.key = QStringLiteral("x.id");
    s.weights = QStringLiteral("4.0, 1.0, 2.0, 0.5");
    s.dateColumn = QStringLiteral("x.document_date");
    s.firstTier = 16;
    s.enough = enough;
    return s;
}

void TestSearchScan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("store")));
    auto& db = m_store->database();
    akta::sqlite::Transaction transaction(db);
    db.exec(QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, created_at, "
        "modified_at) VALUES ('c1', '00.01.00-G01-1-26', 'Sag et', '00.01.00', 'subject', 'opened', "
        "'normal', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), ('c2', '00.01.00-G01-2-26', 'Sag to', '00.01.00', "
        "'subject', 'closed', 'normal', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    auto document = db.prepare(
        QStringLiteral("INSERT INTO documents(id, case_id, number, title, kind, direction, document_date, "
                       "status, created_at, "
                       "modified_at) VALUES (?1, ?2, ?3, ?4, 'file', 'incoming', ?5, 'journaled', ?5, ?5)"));
    auto version = db.prepare(QStringLiteral(
        "INSERT INTO document_versions(id, document_id, version, sha256, file_name, mime_type, size, "
        "created_at, "
        "text_status, extracted_text) VALUES (?1, ?2, 1, 'x', 'a.txt', 'text/plain', 1, ?3, 'ok', ?4)"));
    // 400 documents, oldest first; every one says "ansøgning", every 40th "skorsten", one "ansøgning" twice.
    for (int i = 1; i <= 400; ++i) {
        const QString id = QStringLiteral("d%1").arg(i);
        const QString date = QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate);
        QString text = QStringLiteral("Vi har modtaget din ansøgning nummer %1.").arg(i);
        if (i % 40 == 0) {
            text += QStringLiteral(" Skorstenen er tilset.");
        }
        if (i == 7) {
            text = QStringLiteral("ansøgning ansøgning");
        }
        document.bind(1, id).bind(2, i % 2 ? QStringLiteral("c1") : QStringLiteral("c2")).bind(3, i);
        document.bind(4, QStringLiteral("Brev %1").arg(i)).bind(5, date).exec();
        version.bind(1, QStringLiteral("v%1").arg(i)).bind(2, id).bind(3, date).bind(4, text).exec();
    }
    transaction.commit();
}

void TestSearchScan::rareWordIsExact()
{
    const SearchScan::Result result =
        SearchScan::run(m_store->database(), spec(), QStringLiteral("\"skorsten\""), 5, false);
    QCOMPARE(result.matched, 10);
    QVERIFY(!result.estimated);
    QCOMPARE(result.best.size(), 5);
    for (qsizetype i = 1; i < result.best.size(); ++i) {
        QVERIFY(result.best[i - 1].score >= result.best[i].score);
    }
}

void TestSearchScan::commonWordStopsEarly()
{
    const SearchScan::Result result =
        SearchScan::run(m_store->database(), spec(), QStringLiteral("\"ansøgning\""), 10, false);
    QVERIFY(result.estimated);
    // Tiers of 16 and 64 rows: 80 of 400 read, all matching, extrapolated to all 400.
    QCOMPARE(result.matched, 400);
    QCOMPARE(result.best.size(), 10);
    for (const SearchScan::Candidate& candidate : result.best) {
        QVERIFY(candidate.rowid > 400 - 80); // only the newest tiers were read
    }
}

void TestSearchScan::exhaustiveReadsAll()
{
    const SearchScan::Result result =
        SearchScan::run(m_store->database(), spec(std::numeric_limits<qint64>::max()),
                        QStringLiteral("\"ansøgning\""), 1, false);
    QVERIFY(!result.estimated);
    QCOMPARE(result.matched, 400);
    // The best match overall is the old document that says it twice in two words.
    QCOMPARE(result.best.front().rowid, 7);
}

void TestSearchScan::filtersInsideTiers()
{
    SearchScan::Spec s = spec();
    akta::search::SearchFilters filters;
    filters.statuses = {QStringLiteral("closed")};
    s.filters = akta::search::SearchFilterSql::forDocuments(filters, 4);
    const SearchScan::Result result =
        SearchScan::run(m_store->database(), s, QStringLiteral("\"skorsten\""), 20, false);
    QCOMPARE(result.matched, 10); // every 40th is even: case c2, closed
    filters.statuses = {QStringLiteral("opened")};
    s.filters = akta::search::SearchFilterSql::forDocuments(filters, 4);
    QCOMPARE(SearchScan::run(m_store->database(), s, QStringLiteral("\"skorsten\""), 20, false).matched, 0);
}

void TestSearchScan::byDate()
{
    const SearchScan::Result result =
        SearchScan::run(m_store->database(), spec(), QStringLiteral("\"skorsten\""), 3, true);
    QCOMPARE(result.best.size(), 3);
    QCOMPARE(result.best[0].date, QDate(2020, 1, 1).addDays(400).toString(Qt::ISODate));
    QVERIFY(result.best[0].date > result.best[1].date);
}

void TestSearchScan::emptyIndex()
{
    QTemporaryDir dir;
    akta::store::LocalStore empty(dir.filePath(QStringLiteral("s")));
    const SearchScan::Result result =
        SearchScan::run(empty.database(), spec(), QStringLiteral("\"sag\""), 10, false);
    QCOMPARE(result.matched, 0);
    QVERIFY(result.best.isEmpty());
}

void TestSearchScan::statisticsCountedOnce()
{
    auto& db = m_store->database();
    const QString match = QStringLiteral("\"ansøgning\" OR \"skorsten\"");
    const QString arguments = SearchScan::rankArguments(db, spec(), match);
    QVERIFY(arguments.startsWith(QStringLiteral("4.0, 1.0, 2.0, 0.5, '4 ")));
    const auto scores = [&db, &match](const QString& rankArguments) {
        auto query = db.prepare(QStringLiteral("SELECT rowid, akta_rank(search_document_index, %1) FROM "
                                               "search_document_index WHERE search_document_index MATCH ?1 "
                                               "ORDER BY rowid")
                                    .arg(rankArguments));
        query.bind(1, match);
        QList<double> values;
        while (query.step()) {
            values.append(query.columnDouble(1));
        }
        return values;
    };
    const QList<double> counted = scores(QStringLiteral("4.0, 1.0, 2.0, 0.5"));
    QCOMPARE(counted.size(), 400);
    QVERIFY(counted.at(39) > counted.at(38)); // the 40th says "skorsten" too
    QCOMPARE(scores(arguments), counted);
    // Statistics of another query (one phrase, not two) are not used: the scores are counted.
    QCOMPARE(scores(SearchScan::rankArguments(db, spec(), QStringLiteral("\"skorsten\""))), counted);
    // Nothing matches: no arguments, and the scan reads nothing.
    QVERIFY(SearchScan::rankArguments(db, spec(), QStringLiteral("\"ukendtord\"")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchScan)
#include "tst_searchscan.moc"
