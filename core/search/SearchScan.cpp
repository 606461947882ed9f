#include "search/SearchScan.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace akta::search {

QString SearchScan::rankArguments(sqlite::Database& db, const Spec& spec, const QString& match)
{
    auto stats = db.prepare(
        QStringLiteral("SELECT akta_rank_stats(f.%1) FROM %1 f WHERE f.%1 MATCH ?1 LIMIT 1").arg(spec.index));
    stats.bind(1, match);
    if (!stats.step()) {
        return {};
    }
    // Numbers and spaces only (akta_rank_stats), so a literal is safe.
    return QStringLiteral("%1, '%2'").arg(spec.weights, stats.columnText(0));
}

SearchScan::Result SearchScan::run(sqlite::Database& db, const Spec& spec, const QString& match, int limit,
                                   bool byDate)
{
    Result result;
    qint64 maxRowid = 0;
    {
        auto last = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(spec.map));
        last.step();
        maxRowid = last.columnInt64(0);
    }
    if (maxRowid == 0 || limit <= 0) {
        return result;
    }
    const QString rank = rankArguments(db, spec, match);
    if (rank.isEmpty()) {
        return result;
    }
    const bool joined = byDate || !spec.filters.condition.isEmpty();
    const QString sql =
        QStringLiteral("SELECT f.rowid, akta_rank(f.%3, %1), %2 FROM %3 f %4 WHERE f.%3 MATCH ?1 AND f.rowid "
                       "BETWEEN ?2 AND ?3%5")
            .arg(rank, joined ? spec.dateColumn : QStringLiteral("NULL"), spec.index,
                 joined ? spec.joins : QString(), spec.filters.condition);
    auto query = db.prepare(sql);

    const auto better = [byDate](const Candidate& a, const Candidate& b) {
        if (byDate && a.date != b.date) {
            return a.date > b.date;
        }
        if (!byDate && a.score != b.score) {
            return a.score > b.score;
        }
        return a.rowid > b.rowid;
    };
    std::vector<Candidate> candidates;
    qint64 high = maxRowid;
    qint64 tier = std::max<qint64>(1, spec.firstTier);
    qint64 covered = 0;
    while (high >= 1) {
        const qint64 low = std::max<qint64>(1, high - tier + 1);
        query.bind(1, match).bind(2, low).bind(3, high);
        for (int i = 0; i < spec.filters.values.size(); ++i) {
            query.bind(4 + i, spec.filters.values.at(i));
        }
        while (query.step()) {
            candidates.push_back(Candidate{query.columnInt64(0), query.columnDouble(1), query.columnText(2)});
            ++result.matched;
        }
        query.reset();
        covered += high - low + 1;
        high = low - 1;
        tier *= 4;
        if (high >= 1 && result.matched >= spec.enough && qsizetype(candidates.size()) >= limit) {
            result.estimated = true;
            break;
        }
        // Keep the list short: only the best `limit` can still win.
        if (candidates.size() > size_t(limit) * 8 && candidates.size() > 4096) {
            std::nth_element(candidates.begin(), candidates.begin() + limit, candidates.end(), better);
            candidates.resize(size_t(limit));
        }
    }
    if (result.estimated && covered > 0) {
        result.matched = qint64(std::llround(double(result.matched) * double(maxRowid) / double(covered)));
    }
    const size_t keep = std::min(candidates.size(), size_t(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(), better);
    candidates.resize(keep);
    result.best = QList<Candidate>(candidates.begin(), candidates.end());
    return result;
}

} // namespace akta::search
