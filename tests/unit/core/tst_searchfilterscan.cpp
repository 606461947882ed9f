// Tests of akta::search::SearchFilterScan, a filtered query read from the filter's side: a common word
// with a selective filter returns the filter's rows only, with SearchScan's scores; an early stop
// extrapolates its total; the date order; the choice between the two sides.

#include "search/SearchFilterScan.h"
#include "search/SearchFilterSql.h"
#include "search/SearchScan.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <optional>

using akta::search::SearchFilterScan;
using akta::search::SearchScan;

class TestSearchFilterScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commonWordInFewCases();
    void scoresAsSearchScan();
    void stopsEarly();
    void byDate();
    void dateFilter();
    void choosesTheSmallerSide();
    void manyFilterRowsNewestFirst();

private:
    SearchScan::Spec spec(const akta::search::SearchFilters& filters, qint64 enough = 50) const;
    std::optional<SearchScan::Result> run(const SearchScan::Spec& spec, const QString& match, int limit,
                                          bool byDate, SearchFilterScan::Limits limits = {1, 100000});

    QTemporaryDir m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

SearchScan::Spec TestSearchFilterScan::spec(const akta::search::SearchFilters& filters, qint64 enough) const
{
    SearchScan::Spec s;
    s.index = QStringLiteral("search_document_index");
    s.map = QStringLiteral("search_documents");
    s.joins = QStringLiteral("CROSS JOIN search_document_facts x ON x.id = f.rowid");
    s.key = QStringLiteral("x.id");
    s.weights = QStringLiteral("4.0, 1.0, 2.0, 0.5");
    s.dateColumn = QStringLiteral("x.document_date");
    s.filters = akta::search::SearchFilterSql::forDocuments(filters, 4);
    s.firstTier = 4;
    s.enough = enough;
    return s;
}

std::optional<SearchScan::Result> TestSearchFilterScan::run(const SearchScan::Spec& spec,
                                                            const QString& match, int limit, bool byDate,
                                                            SearchFilterScan::Limits limits)
{
    return SearchFilterScan::run(m_store->database(), spec, QStringLiteral("search_document_facts x"), match,
                                 limit, byDate, limits);
}

void TestSearchFilterScan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("store")));
    auto& db = m_store->database();
    akta::sqlite::Transaction transaction(db);
    // Ten cases: c0 under KLE 27.24.00, the others under 02.34.02 and 02.00.00.
    auto addCase = db.prepare(QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, created_at, "
        "modified_at) VALUES (?1, ?2, 'Sag', ?3, 'subject', 'opened', 'normal', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')"));
    for (int c = 0; c < 10; ++c) {
        const QString kle = c == 0 ? QStringLiteral("27.24.00")
                                   : (c % 2 ? QStringLiteral("02.34.02") : QStringLiteral("02.00.00"));
        addCase.bind(1, QStringLiteral("c%1").arg(c))
            .bind(2, QStringLiteral("%1-G01-%2-26").arg(kle).arg(c))
            .bind(3, kle)
            .exec();
    }
    auto document = db.prepare(
        QStringLiteral("INSERT INTO documents(id, case_id, number, title, kind, direction, document_date, "
                       "status, created_at, modified_at) VALUES (?1, ?2, ?3, ?4, 'file', 'incoming', ?5, "
                       "'journaled', ?5, ?5)"));
    auto version = db.prepare(QStringLiteral(
        "INSERT INTO document_versions(id, document_id, version, sha256, file_name, mime_type, size, "
        "created_at, text_status, extracted_text) VALUES (?1, ?2, 1, 'x', 'a.txt', 'text/plain', 1, ?3, "
        "'ok', ?4)"));
    // 500 documents, oldest first, spread over the cases in turn; every one says "ansøgning", the case
    // c0's one in five also "skorsten"; its document d30 says "ansøgning" three times.
    for (int i = 1; i <= 500; ++i) {
        const QString id = QStringLiteral("d%1").arg(i);
        const QString date = QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate);
        QString text = QStringLiteral("Vi har modtaget din ansøgning nummer %1.").arg(i);
        if (i % 50 == 0) {
            text += QStringLiteral(" Skorstenen er tilset.");
        }
        if (i == 30) {
            text = QStringLiteral("ansøgning ansøgning ansøgning");
        }
        document.bind(1, id).bind(2, QStringLiteral("c%1").arg(i % 10)).bind(3, i);
        document.bind(4, QStringLiteral("Brev %1").arg(i)).bind(5, date).exec();
        version.bind(1, QStringLiteral("v%1").arg(i)).bind(2, id).bind(3, date).bind(4, text).exec();
    }
    transaction.commit();
}

void TestSearchFilterScan::commonWordInFewCases()
{
    akta::search::SearchFilters filters;
    filters.kle = QStringLiteral("27.24");
    const QString common = QStringLiteral("\"ansøgning\"");
    const auto result = run(spec(filters, std::numeric_limits<qint64>::max()), common, 100, false);
    QVERIFY(result);
    QCOMPARE(result->matched, 50); // c0's documents: every tenth
    QVERIFY(!result->estimated);
    QCOMPARE(result->best.size(), 50);
    for (const SearchScan::Candidate& candidate : result->best) {
        QCOMPARE(candidate.rowid % 10, 0);
    }
    QCOMPARE(result->best.front().rowid, 30); // it says it three times
    filters.kle = QStringLiteral("27.2");     // a prefix of a number is not its group
    QCOMPARE(run(spec(filters), common, 10, false)->matched, 0);
    filters.kle = QStringLiteral("02");
    QCOMPARE(run(spec(filters, 1000), common, 10, false)->matched, 450);
}

void TestSearchFilterScan::scoresAsSearchScan()
{
    akta::search::SearchFilters filters;
    filters.kle = QStringLiteral("27.24.00");
    const SearchScan::Spec s = spec(filters, std::numeric_limits<qint64>::max());
    const QString match = QStringLiteral("\"ansøgning\" OR \"skorsten\"");
    const auto fromFilter = run(s, match, 20, false);
    const SearchScan::Result fromIndex = SearchScan::run(m_store->database(), s, match, 20, false);
    QVERIFY(fromFilter);
    QCOMPARE(fromFilter->matched, 50);
    QCOMPARE(fromFilter->matched, fromIndex.matched);
    QCOMPARE(fromFilter->best.size(), fromIndex.best.size());
    for (qsizetype i = 0; i < fromFilter->best.size(); ++i) {
        QCOMPARE(fromFilter->best[i].rowid, fromIndex.best[i].rowid);
        QCOMPARE(fromFilter->best[i].score, fromIndex.best[i].score);
    }
    QCOMPARE(fromFilter->best.front().rowid % 50, 0); // "skorsten" too
}

void TestSearchFilterScan::stopsEarly()
{
    akta::search::SearchFilters filters;
    filters.kle = QStringLiteral("02");
    const auto result = run(spec(filters, 10), QStringLiteral("\"ansøgning\""), 5, false);
    QVERIFY(result);
    // Tiers of 4 and 16 rows: 20 of the filter's 450 read, all matching, extrapolated to all 450.
    QVERIFY(result->estimated);
    QCOMPARE(result->matched, 450);
    QCOMPARE(result->best.size(), 5);
    for (const SearchScan::Candidate& candidate : result->best) {
        QVERIFY(candidate.rowid > 500 - 25); // the newest rows of the filter only
        QVERIFY(candidate.rowid % 10 != 0);
    }
}

void TestSearchFilterScan::byDate()
{
    akta::search::SearchFilters filters;
    filters.kle = QStringLiteral("27.24");
    const auto result = run(spec(filters), QStringLiteral("\"skorsten\""), 3, true);
    QVERIFY(result);
    QCOMPARE(result->matched, 10);
    QCOMPARE(result->best.size(), 3);
    QCOMPARE(result->best[0].date, QDate(2020, 1, 1).addDays(500).toString(Qt::ISODate));
    QVERIFY(result->best[0].date > result->best[1].date);
}

void TestSearchFilterScan::dateFilter()
{
    akta::search::SearchFilters filters;
    filters.from = QDate(2020, 1, 1).addDays(101);
    filters.to = QDate(2020, 1, 1).addDays(200);
    const auto result = run(spec(filters, std::numeric_limits<qint64>::max()),
                            QStringLiteral("\"skorsten\" OR \"ansøgning\""), 200, true);
    QVERIFY(result);
    QCOMPARE(result->matched, 100);
    QCOMPARE(result->best.front().rowid, 200);
    QCOMPARE(result->best.back().rowid, 101);
}

void TestSearchFilterScan::choosesTheSmallerSide()
{
    akta::search::SearchFilters filters;
    filters.kle = QStringLiteral("27.24");
    const QString common = QStringLiteral("\"ansøgning\"");
    const SearchFilterScan::Limits limits{200, 100};
    // 50 rows pass the filter, 500 match the word: the filter drives.
    QVERIFY(run(spec(filters), common, 10, false, limits));
    // A rare word (10 matches) is left to SearchScan, which joins its few matches.
    QVERIFY(!run(spec(filters), QStringLiteral("\"skorsten\""), 10, false, limits));
    // So is a filter that passes more rows (450) than the limit.
    filters.kle = QStringLiteral("02");
    QVERIFY(!run(spec(filters), common, 10, false, limits));
    // And a query without filters.
    QVERIFY(!run(spec({}), common, 10, false, limits));
}

void TestSearchFilterScan::manyFilterRowsNewestFirst()
{
    // 4,500 more documents in case c1 (KLE 02.34.02): the filter kle:02 passes 4,950 rows, more than are
    // sorted one by one (they are put in order through a bitmap).
    auto& db = m_store->database();
    {
        akta::sqlite::Transaction transaction(db);
        auto document = db.prepare(QStringLiteral(
            "INSERT INTO documents(id, case_id, number, title, kind, direction, document_date, "
            "status, created_at, modified_at) VALUES (?1, 'c1', ?2, 'Brev', 'file', "
            "'incoming', ?3, 'journaled', ?3, ?3)"));
        auto version = db.prepare(QStringLiteral(
            "INSERT INTO document_versions(id, document_id, version, sha256, file_name, mime_type, size, "
            "created_at, text_status, extracted_text) VALUES (?1, ?2, 1, 'x', 'a.txt', 'text/plain', 1, ?3, "
            "'ok', 'Skorstenen er renset.')"));
        for (int i = 501; i <= 5000; ++i) {
            const QString id = QStringLiteral("d%1").arg(i);
            const QString date = QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate);
            document.bind(1, id).bind(2, i).bind(3, date).exec();
            version.bind(1, QStringLiteral("v%1").arg(i)).bind(2, id).bind(3, date).exec();
        }
        transaction.commit();
    }
    akta::search::SearchFilters filters;
    filters.kle = QStringLiteral("02");
    const QString word = QStringLiteral("\"skorsten\"");
    const auto all = run(spec(filters, std::numeric_limits<qint64>::max()), word, 3, false);
    QVERIFY(all);
    QCOMPARE(all->matched, 4500);
    QVERIFY(!all->estimated);
    // Read newest first in tiers of 4, 16, 64 ...: the first tiers are the newest documents.
    const auto early = run(spec(filters, 50), word, 3, true);
    QVERIFY(early);
    QVERIFY(early->estimated);
    QCOMPARE(early->best.size(), 3);
    QCOMPARE(early->best.at(0).rowid, 5000);
    QCOMPARE(early->best.at(1).rowid, 4999);
    QCOMPARE(early->best.at(2).rowid, 4998);
}

QTEST_GUILESS_MAIN(TestSearchFilterScan)
#include "tst_searchfilterscan.moc"
