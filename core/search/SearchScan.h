#pragma once

#include "search/SearchFilterSql.h"

#include <QList>
#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::search {

// One FTS5 index read for the best k matches, newest rows first in tiers, so that a word found in
// most documents costs a few thousand rows instead of a million.
//
// The rows of an index are numbered in journaling order. The scan reads the newest `firstTier` rowids,
// then a range four times as large below it, and so on (FTS5 seeks each range in its doclists, so a
// range costs what it matches). Every match is scored with akta_rank (or keyed by date). The scan stops
// after a tier once it has seen at least `enough` matches and k of them pass: the best hits are then
// the best of the newest `enough`+ matches, which for a word that common is what a caseworker wants
// (its weight in the score is near zero anyway). A query with fewer matches than that is read whole,
// so its ranking is exact. The total of an early stop is extrapolated from the share of rows read.
class SearchScan final
{
public:
    struct Spec
    {
        QString index; // FTS5 table
        QString map;   // its rowid table (search_documents / search_cases)
        QString joins; // joins from `f` (the index) to what the filters and the date need
        QString key = QStringLiteral("s.id"); // the index's rowid in the filter's tables (SearchFilterScan)
        QString weights;                      // akta_rank column weights
        QString dateColumn;                   // the date a hit sorts by
        SearchFilterSql filters;              // parameters from ?4 on
        qint64 firstTier = 8192;
        qint64 enough = 1000;
    };
    struct Candidate
    {
        qint64 rowid = 0;
        double score = 0.0;
        QString date;
    };
    struct Result
    {
        QList<Candidate> best;
        qint64 matched = 0;
        bool estimated = false;
    };

    static Result run(sqlite::Database& db, const Spec& spec, const QString& match, int limit, bool byDate);

    // The akta_rank arguments for the tiers of one search: the weights and the query's statistics,
    // counted once (akta_rank_stats) instead of once per tier. Empty when nothing matches at all.
    static QString rankArguments(sqlite::Database& db, const Spec& spec, const QString& match);
};

} // namespace akta::search
