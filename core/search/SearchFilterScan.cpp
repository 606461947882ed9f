#include "search/SearchFilterScan.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace akta::search {

namespace {

bool fewMatches(sqlite::Database& db, const SearchScan::Spec& spec, const QString& match, qint64 cap)
{
    auto count = db.prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ?1 LIMIT ?2)").arg(spec.index));
    count.bind(1, match).bind(2, cap);
    count.step();
    return count.columnInt64(0) < cap;
}

// How many rows pass the filter, from a sample of rowids spread evenly over the map: reading the rows
// themselves costs as much as the scan when there are many.
qint64 estimatedFilterRows(sqlite::Database& db, const SearchScan::Spec& spec, const QString& from)
{
    constexpr qint64 kSample = 1024;
    qint64 maxRowid = 0;
    {
        auto last = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(spec.map));
        last.step();
        maxRowid = last.columnInt64(0);
    }
    const qint64 step = std::max<qint64>(1, maxRowid / kSample);
    QByteArray sample = "[";
    for (qint64 rowid = maxRowid; rowid >= 1; rowid -= step) {
        sample += QByteArray::number(rowid);
        sample += rowid - step >= 1 ? "," : "";
    }
    sample += "]";
    auto passing =
        db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %3 IN (SELECT value FROM json_each(?2))%2")
                       .arg(from, spec.filters.condition, spec.key));
    passing.bind(2, QString::fromLatin1(sample));
    for (int i = 0; i < spec.filters.values.size(); ++i) {
        passing.bind(4 + i, spec.filters.values.at(i));
    }
    passing.step();
    return passing.columnInt64(0) * step;
}

// The rowids of the rows that pass the filter, newest first; nothing when more than `cap` do.
std::optional<std::vector<qint64>> filterRows(sqlite::Database& db, const SearchScan::Spec& spec,
                                              const QString& from, qint64 cap)
{
    auto rows = db.prepare(
        QStringLiteral("SELECT %3 FROM %1 WHERE 1%2 LIMIT ?2").arg(from, spec.filters.condition, spec.key));
    rows.bind(2, cap + 1);
    for (int i = 0; i < spec.filters.values.size(); ++i) {
        rows.bind(4 + i, spec.filters.values.at(i));
    }
    std::vector<qint64> rowids;
    while (rows.step()) {
        if (qint64(rowids.size()) >= cap) {
            return std::nullopt;
        }
        rowids.push_back(rows.columnInt64(0));
    }
    // Newest first. Many rows (a date range) are put in order through a bitmap rather than sorted.
    if (rowids.size() <= 4096) {
        std::sort(rowids.begin(), rowids.end(), std::greater<>());
        return rowids;
    }
    const qint64 top = *std::max_element(rowids.begin(), rowids.end());
    std::vector<bool> passing(size_t(top) + 1, false);
    for (const qint64 rowid : rowids) {
        passing[size_t(rowid)] = true;
    }
    rowids.clear();
    for (qint64 rowid = top; rowid >= 1; --rowid) {
        if (passing[size_t(rowid)]) {
            rowids.push_back(rowid);
        }
    }
    return rowids;
}

} // namespace

std::optional<SearchScan::Result> SearchFilterScan::run(sqlite::Database& db, const SearchScan::Spec& spec,
                                                        const QString& from, const QString& match, int limit,
                                                        bool byDate, const Limits& limits)
{
    if (spec.filters.condition.isEmpty() || fewMatches(db, spec, match, limits.rareWord)) {
        return std::nullopt;
    }
    if (estimatedFilterRows(db, spec, from) > limits.filterRows) {
        return std::nullopt;
    }
    const std::optional<std::vector<qint64>> rowids = filterRows(db, spec, from, limits.filterRows);
    if (!rowids) {
        return std::nullopt;
    }
    SearchScan::Result result;
    if (rowids->empty() || limit <= 0) {
        return result;
    }
    const QString rank = SearchScan::rankArguments(db, spec, match);
    if (rank.isEmpty()) {
        return result;
    }
    // The rowid span bounds what FTS5 reads; the list of the tier's rowids (a JSON array) keeps its rows
    // only, before they are ranked (`+` keeps the list out of FTS5's own rowid constraints).
    auto query = db.prepare(
        QStringLiteral("SELECT f.rowid, akta_rank(f.%3, %1), %2 FROM %3 f %4 WHERE f.%3 MATCH ?1 AND f.rowid "
                       "BETWEEN ?2 AND ?3 AND +f.rowid IN (SELECT value FROM json_each(?4))")
            .arg(rank, byDate ? spec.dateColumn : QStringLiteral("NULL"), spec.index,
                 byDate ? spec.joins : QString()));

    const auto better = [byDate](const SearchScan::Candidate& a, const SearchScan::Candidate& b) {
        if (byDate && a.date != b.date) {
            return a.date > b.date;
        }
        if (!byDate && a.score != b.score) {
            return a.score > b.score;
        }
        return a.rowid > b.rowid;
    };
    std::vector<SearchScan::Candidate> candidates;
    const qsizetype total = qsizetype(rowids->size());
    qsizetype position = 0;
    qint64 tier = std::max<qint64>(1, spec.firstTier);
    while (position < total) {
        const qsizetype end = qsizetype(std::min<qint64>(total, position + tier));
        QByteArray list = "[";
        for (qsizetype i = position; i < end; ++i) {
            list += QByteArray::number((*rowids)[size_t(i)]);
            list += i + 1 < end ? "," : "]";
        }
        query.bind(1, match)
            .bind(2, (*rowids)[size_t(end - 1)])
            .bind(3, (*rowids)[size_t(position)])
            .bind(4, QString::fromLatin1(list));
        while (query.step()) {
            candidates.push_back(
                SearchScan::Candidate{query.columnInt64(0), query.columnDouble(1), query.columnText(2)});
            ++result.matched;
        }
        query.reset();
        position = end;
        tier *= 4;
        if (position < total && result.matched >= spec.enough && qsizetype(candidates.size()) >= limit) {
            result.estimated = true;
            break;
        }
        if (candidates.size() > size_t(limit) * 8 && candidates.size() > 4096) {
            std::nth_element(candidates.begin(), candidates.begin() + limit, candidates.end(), better);
            candidates.resize(size_t(limit));
        }
    }
    if (result.estimated) {
        result.matched = qint64(std::llround(double(result.matched) * double(total) / double(position)));
    }
    const size_t keep = std::min(candidates.size(), size_t(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(), better);
    candidates.resize(keep);
    result.best = QList<SearchScan::Candidate>(candidates.begin(), candidates.end());
    return result;
}

} // namespace akta::search
