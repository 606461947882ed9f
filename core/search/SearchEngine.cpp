#include "search/SearchEngine.h"

#include "search/SearchFilterScan.h"
#include "search/SearchFilterSql.h"
#include "search/SearchQueryParser.h"
#include "search/SearchScan.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>
#include <optional>

Q_LOGGING_CATEGORY(lcSearch, "akta.search")

namespace akta::search {

namespace {

// Case hits (a title, number or party) weigh a little more than a word somewhere in a document.
constexpr double kCaseBoost = 1.25;

const char* const kMarkOpen = "<mark>";
const char* const kMarkClose = "</mark>";

SearchScan::Spec documentSpec(const SearchFilters& filters)
{
    SearchScan::Spec spec;
    spec.index = QStringLiteral("search_document_index");
    spec.map = QStringLiteral("search_documents");
    spec.filters = SearchFilterSql::forDocuments(filters, 4);
    // The date and most filters are in the facts table, one integer-key lookup per match; the case
    // only for sagsbeh:, enhed: and part:.
    spec.joins = QStringLiteral("CROSS JOIN search_document_facts x ON x.id = f.rowid");
    if (spec.filters.needsCase) {
        spec.joins += QStringLiteral(
            " CROSS JOIN search_documents s ON s.id = f.rowid CROSS JOIN cases c ON c.id = s.case_id");
    }
    spec.key = QStringLiteral("x.id");
    spec.weights = QStringLiteral("4.0, 1.0, 2.0, 0.5"); // title, body, headers, context
    spec.dateColumn = QStringLiteral("x.document_date");
    spec.firstTier = 8192;
    return spec;
}

SearchScan::Spec caseSpec(const SearchFilters& filters)
{
    SearchScan::Spec spec;
    spec.index = QStringLiteral("search_case_index");
    spec.map = QStringLiteral("search_cases");
    spec.joins =
        QStringLiteral("CROSS JOIN search_cases s ON s.id = f.rowid CROSS JOIN cases c ON c.id = s.case_id");
    spec.weights = QStringLiteral("6.0, 4.0, 3.0, 1.0"); // number, title, parties, kle
    spec.dateColumn = QStringLiteral("substr(c.created_at, 1, 10)");
    spec.filters = SearchFilterSql::forCases(filters, 4);
    spec.firstTier = 4096;
    return spec;
}

// The tables a filter's conditions need: the facts, and the case only for sagsbeh:, enhed: and part:.
QString documentFilterFrom(const SearchScan::Spec& spec)
{
    if (!spec.filters.needsCase) {
        return QStringLiteral("search_document_facts x");
    }
    return QStringLiteral("search_document_facts x JOIN search_documents s ON s.id = x.id JOIN cases c ON "
                          "c.id = s.case_id");
}

// A filter that an index of search_document_facts answers (date, KLE number, status) hands its rows over
// cheaply even when there are many; others (type:, facet:) scan the table, so SearchScan takes them
// sooner.
SearchFilterScan::Limits documentFilterLimits(const SearchFilters& filters, const SearchScan::Spec& spec)
{
    SearchFilterScan::Limits limits;
    const bool indexed = filters.from.isValid() || filters.to.isValid() || !filters.kle.isEmpty() ||
                         !filters.statuses.isEmpty();
    limits.filterRows = indexed && !spec.filters.needsCase ? 300000 : 100000;
    return limits;
}

// The best matches of one index: read from the filter's side when that side is the smaller.
SearchScan::Result scan(sqlite::Database& db, const SearchScan::Spec& spec, const QString& filterFrom,
                        const QString& match, int limit, bool byDate,
                        const SearchFilterScan::Limits& limits = SearchFilterScan::Limits{})
{
    if (std::optional<SearchScan::Result> fromFilter =
            SearchFilterScan::run(db, spec, filterFrom, match, limit, byDate, limits)) {
        return *fromFilter;
    }
    return SearchScan::run(db, spec, match, limit, byDate);
}

bool isDocumentType(const QString& type)
{
    return type == QLatin1String("file") || type == QLatin1String("email") || type == QLatin1String("note");
}

} // namespace

SearchEngine::SearchEngine(const QString& databasePath) : m_db(databasePath, sqlite::Database::Mode::ReadOnly)
{}

void SearchEngine::cancel()
{
    m_db.interrupt();
}

SearchResult SearchEngine::search(const Request& request)
{
    const SearchQuery query = SearchQueryParser::parse(request.text, request.prefixLastWord);
    try {
        SearchResult result;
        if (query.direct != SearchQuery::Direct::None && lookUpDirect(query, request, result)) {
            return result;
        }
        result = query.match.isEmpty() ? listFiltered(query, request) : searchIndex(query, request);
        result.terms = query.terms;
        return result;
    } catch (const sqlite::SqliteError& error) {
        if (error.isInterrupt()) {
            throw SearchCancelled();
        }
        throw;
    }
}

bool SearchEngine::lookUpDirect(const SearchQuery& query, const Request& request, SearchResult& result)
{
    const QString select =
        QStringLiteral("SELECT c.id, c.case_number, c.title, substr(c.created_at, 1, 10) FROM cases c ");
    const auto caseHit = [](const sqlite::Statement& row) {
        SearchHit hit;
        hit.caseId = row.columnText(0);
        hit.caseNumber = row.columnText(1);
        hit.caseTitle = row.columnText(2);
        hit.title = hit.caseTitle;
        hit.kind = QStringLiteral("case");
        hit.date = QDate::fromString(row.columnText(3), Qt::ISODate);
        hit.score = 1.0;
        return hit;
    };
    if (query.direct == SearchQuery::Direct::CaseNumber) {
        auto find = m_db.prepare(select + QStringLiteral("WHERE c.case_number = ?1"));
        find.bind(1, query.directValue);
        if (!find.step()) {
            return false;
        }
        result.hits.append(caseHit(find));
        result.total = 1;
        result.directCaseId = result.hits.front().caseId;
        return true;
    }
    auto party = m_db.prepare(QStringLiteral("SELECT id FROM parties WHERE identifier = ?1"));
    party.bind(1, query.directValue);
    if (!party.step()) {
        return false;
    }
    result.directPartyId = party.columnText(0);
    auto cases = m_db.prepare(
        select + QStringLiteral("JOIN case_parties cp ON cp.case_id = c.id WHERE cp.party_id = ?1 "
                                "ORDER BY c.created_at DESC"));
    cases.bind(1, result.directPartyId);
    while (cases.step()) {
        if (result.hits.size() < request.limit) {
            result.hits.append(caseHit(cases));
        }
        ++result.total;
    }
    return true;
}

SearchResult SearchEngine::searchIndex(const SearchQuery& query, const Request& request)
{
    const bool byDate = request.sort == Sort::Date;
    const QString& type = query.filters.type;
    SearchResult result;
    QList<SearchHit> hits;
    if (type.isEmpty() || isDocumentType(type)) {
        SearchScan::Spec spec = documentSpec(query.filters);
        spec.enough = request.exhaustive ? std::numeric_limits<qint64>::max() : spec.enough;
        const SearchScan::Result documents =
            scan(m_db, spec, documentFilterFrom(spec), query.match, request.limit, byDate,
                 documentFilterLimits(query.filters, spec));
        result.total += documents.matched;
        result.totalEstimated = result.totalEstimated || documents.estimated;
        for (const SearchScan::Candidate& candidate : documents.best) {
            SearchHit hit;
            hit.rowid = candidate.rowid;
            hit.score = candidate.score;
            hit.date = QDate::fromString(candidate.date, Qt::ISODate);
            hit.kind = QStringLiteral("document");
            hits.append(hit);
        }
    }
    if (!isDocumentType(type)) {
        SearchScan::Spec spec = caseSpec(query.filters);
        spec.enough = request.exhaustive ? std::numeric_limits<qint64>::max() : spec.enough;
        const SearchScan::Result cases =
            scan(m_db, spec, QStringLiteral("search_cases s JOIN cases c ON c.id = s.case_id"), query.match,
                 request.limit, byDate);
        result.total += cases.matched;
        result.totalEstimated = result.totalEstimated || cases.estimated;
        for (const SearchScan::Candidate& candidate : cases.best) {
            SearchHit hit;
            hit.rowid = candidate.rowid;
            hit.score = candidate.score * kCaseBoost;
            hit.date = QDate::fromString(candidate.date, Qt::ISODate);
            hit.kind = QStringLiteral("case");
            hits.append(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [byDate](const SearchHit& a, const SearchHit& b) {
        return byDate ? a.date > b.date : a.score > b.score;
    });
    if (hits.size() > request.limit) {
        hits.resize(request.limit);
    }
    for (SearchHit& hit : hits) {
        if (hit.kind == QLatin1String("case")) {
            fillCaseHit(hit, query.match);
        } else {
            fillDocumentHit(hit, query.match);
        }
    }
    if (byDate) { // the dates of hits found without a join are known only now
        std::stable_sort(hits.begin(), hits.end(),
                         [](const SearchHit& a, const SearchHit& b) { return a.date > b.date; });
    }
    result.hits = hits;
    return result;
}

void SearchEngine::fillDocumentHit(SearchHit& hit, const QString& match)
{
    auto row = m_db.prepare(QStringLiteral(
        "SELECT s.document_id, s.case_id, d.title, d.kind, d.document_date, c.case_number, c.title, "
        "snippet(f.search_document_index, ?5, ?3, ?4, '…', 16) FROM search_document_index f "
        "CROSS JOIN search_documents s ON s.id = f.rowid CROSS JOIN documents d ON d.id = s.document_id "
        "CROSS JOIN cases c ON c.id = s.case_id "
        "WHERE f.search_document_index MATCH ?1 AND f.rowid = ?2"));
    row.bind(1, match).bind(2, hit.rowid).bind(3, kMarkOpen).bind(4, kMarkClose).bind(5, 1);
    if (!row.step()) {
        return;
    }
    hit.documentId = row.columnText(0);
    hit.caseId = row.columnText(1);
    hit.title = row.columnText(2);
    hit.kind = row.columnText(3);
    hit.date = QDate::fromString(row.columnText(4), Qt::ISODate);
    hit.caseNumber = row.columnText(5);
    hit.caseTitle = row.columnText(6);
    // The text around the words in the body says most; when only the title or headers matched, those
    // (asked for only then: a snippet tokenizes its document's text again).
    hit.snippet = row.columnText(7);
    if (!hit.snippet.contains(QLatin1String(kMarkOpen))) {
        row.reset();
        row.bind(1, match).bind(2, hit.rowid).bind(3, kMarkOpen).bind(4, kMarkClose).bind(5, -1);
        if (row.step()) {
            hit.snippet = row.columnText(7);
        }
    }
}

void SearchEngine::fillCaseHit(SearchHit& hit, const QString& match)
{
    auto row = m_db.prepare(
        QStringLiteral("SELECT s.case_id, c.case_number, c.title, substr(c.created_at, 1, 10), "
                       "snippet(f.search_case_index, -1, ?3, ?4, '…', 16) FROM search_case_index f "
                       "CROSS JOIN search_cases s ON s.id = f.rowid CROSS JOIN cases c ON c.id = s.case_id "
                       "WHERE f.search_case_index MATCH ?1 AND f.rowid = ?2"));
    row.bind(1, match).bind(2, hit.rowid).bind(3, kMarkOpen).bind(4, kMarkClose);
    if (!row.step()) {
        return;
    }
    hit.caseId = row.columnText(0);
    hit.caseNumber = row.columnText(1);
    hit.caseTitle = row.columnText(2);
    hit.title = hit.caseTitle;
    hit.date = QDate::fromString(row.columnText(3), Qt::ISODate);
    hit.snippet = row.columnText(4);
}

SearchResult SearchEngine::listFiltered(const SearchQuery& query, const Request& request)
{
    SearchResult result;
    const bool documents =
        isDocumentType(query.filters.type) ||
        (query.filters.type.isEmpty() && (query.filters.from.isValid() || query.filters.to.isValid()));
    const SearchFilterSql filters = documents ? SearchFilterSql::forDocuments(query.filters, 2)
                                              : SearchFilterSql::forCases(query.filters, 2);
    const QString from =
        documents ? QStringLiteral("FROM search_document_facts x JOIN search_documents s ON s.id = "
                                   "x.id JOIN documents d ON d.id = s.document_id JOIN cases c "
                                   "ON c.id = s.case_id WHERE 1")
                  : QStringLiteral("FROM cases c WHERE 1");
    const QString order = documents ? QStringLiteral("x.document_date") : QStringLiteral("c.created_at");
    const QString columns =
        documents
            ? QStringLiteral("d.id, d.case_id, d.title, d.kind, d.document_date, c.case_number, c.title")
            : QStringLiteral("NULL, c.id, c.title, 'case', substr(c.created_at, 1, 10), "
                             "c.case_number, c.title");
    auto list = m_db.prepare(QStringLiteral("SELECT %1 %2%3 ORDER BY %4 DESC LIMIT ?1")
                                 .arg(columns, from, filters.condition, order));
    // Counting the documents of a filter needs the facts only, unless it tests the case.
    const QString countFrom =
        documents && !filters.needsCase ? QStringLiteral("FROM search_document_facts x WHERE 1") : from;
    auto count = m_db.prepare(QStringLiteral("SELECT count(*) %1%2").arg(countFrom, filters.condition));
    list.bind(1, request.limit);
    count.bind(1, request.limit);
    for (int i = 0; i < filters.values.size(); ++i) {
        list.bind(2 + i, filters.values.at(i));
        count.bind(2 + i, filters.values.at(i));
    }
    while (list.step()) {
        SearchHit hit;
        hit.documentId = list.isNull(0) ? QString() : list.columnText(0);
        hit.caseId = list.columnText(1);
        hit.title = list.columnText(2);
        hit.kind = list.columnText(3);
        hit.date = QDate::fromString(list.columnText(4), Qt::ISODate);
        hit.caseNumber = list.columnText(5);
        hit.caseTitle = list.columnText(6);
        result.hits.append(hit);
    }
    count.step();
    result.total = count.columnInt64(0);
    return result;
}

} // namespace akta::search
