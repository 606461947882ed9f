#pragma once

#include "search/SearchQuery.h"
#include "search/SearchResult.h"
#include "sqlite/Database.h"

#include <QString>

#include <stdexcept>

namespace akta::search {

// Raised by SearchEngine::search() when cancel() stopped it.
class SearchCancelled final : public std::runtime_error
{
public:
    SearchCancelled() : std::runtime_error("the search was cancelled") {}
};

// Runs queries (SearchQueryParser) against the search index of a local store on a connection of its
// own, so that cancel() (sqlite3_interrupt) from another thread stops only this engine's query.
// Documents and cases are searched in recency tiers (SearchScan); the case and document hits are
// merged by score, or by date. Use one engine per thread; cancel() may be called from any thread.
class SearchEngine final
{
public:
    enum class Sort
    {
        Relevance,
        Date
    };
    struct Request
    {
        QString text;
        int limit = 20;
        Sort sort = Sort::Relevance;
        bool prefixLastWord = false; // search as you type
        bool exhaustive = false;     // read every tier: the exact ranking, for comparison in benchmarks
    };

    // Opens its own read-only connection to the store's database file.
    explicit SearchEngine(const QString& databasePath);
    SearchEngine(const SearchEngine&) = delete;
    SearchEngine& operator=(const SearchEngine&) = delete;

    // Throws SearchQueryError for a malformed query, SearchCancelled when cancelled, and
    // sqlite::SqliteError when the store cannot be read.
    SearchResult search(const Request& request);
    // Stops the query running now, if any. Thread-safe.
    void cancel();

private:
    SearchResult searchIndex(const SearchQuery& query, const Request& request);
    SearchResult listFiltered(const SearchQuery& query, const Request& request);
    bool lookUpDirect(const SearchQuery& query, const Request& request, SearchResult& result);
    void fillDocumentHit(SearchHit& hit, const QString& match);
    void fillCaseHit(SearchHit& hit, const QString& match);

    sqlite::Database m_db;
};

} // namespace akta::search
