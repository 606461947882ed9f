#pragma once

#include "search/SearchScan.h"

#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::search {

// A filtered query read from the filter's side, when the filter (kle:, status:, enhed: ...) passes few rows
// and the words match many. SearchScan joins every match to its case (and document) to test the filter:
// for "kle:27.24 sag" a million joins that all fail. Here the rows that pass the filter are read first,
// through ordinary indexes (cases_kle, search_documents_case, documents_date ...), as a list of the index's
// rowids; then the index is read in tiers over those rowids, newest first: each tier is the next
// `firstTier` (then four times as many ...) of the filter's rows, read as one FTS5 query over their rowid
// span that keeps only the rows in the tier (no join per match). The scan stops after a tier once it has
// seen `enough` matches and k of them, like SearchScan; the total is then extrapolated from the share of
// the filter's rows read. Scores are those of SearchScan (akta_rank over the same index).
class SearchFilterScan final
{
public:
    struct Limits
    {
        qint64 rareWord = 2000;     // a query with fewer matches is left to SearchScan (few joins)
        qint64 filterRows = 100000; // a filter passing more rows is left to SearchScan (it stops soon)
    };

    // The best matches, or nothing when the filter's side is not the smaller one (use SearchScan).
    // `from` joins the map `s` to the tables of the filter's conditions (c, and d for documents).
    static std::optional<SearchScan::Result> run(sqlite::Database& db, const SearchScan::Spec& spec,
                                                 const QString& from, const QString& match, int limit,
                                                 bool byDate, const Limits& limits);
};

} // namespace akta::search
