#include "search/SearchSqlFunctions.h"

#include "search/SearchTokenizer.h"
#include "search/SearchWords.h"
#include "sqlite/SqliteError.h"

#include <QByteArray>
#include <QList>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <new>
#include <vector>

namespace akta::search {

namespace {

// The tokenizer has no state of its own: one static object stands for every instance.
struct TokenizerInstance
{
};
TokenizerInstance g_instance;

int createTokenizer(void*, const char**, int, Fts5Tokenizer** out)
{
    *out = reinterpret_cast<Fts5Tokenizer*>(&g_instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer*) {}

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int))
{
    SearchTokenizer::Mode mode = SearchTokenizer::Mode::Document;
    if ((flags & FTS5_TOKENIZE_PREFIX) != 0) {
        mode = SearchTokenizer::Mode::Prefix;
    } else if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
        mode = SearchTokenizer::Mode::Query;
    }
    try {
        return SearchTokenizer::tokenize(
            QByteArrayView(text, size), mode, [&](const SearchTokenizer::Token& t) {
                return token(context, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.constData(),
                             int(t.text.size()), t.start, t.end);
            });
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (const std::exception&) {
        return SQLITE_ERROR;
    }
}

// Per query: rows, average column lengths and the inverse document frequency of each phrase.
struct RankStatistics
{
    std::vector<double> averageLength;
    std::vector<double> idf;
};

struct PhraseCount
{
    sqlite3_int64 count = 0;
    sqlite3_int64 cap = 0;
};

int countPhraseRow(const Fts5ExtensionApi*, Fts5Context*, void* data)
{
    auto* counter = static_cast<PhraseCount*>(data);
    return ++counter->count >= counter->cap ? SQLITE_DONE : SQLITE_OK;
}

void deleteStatistics(void* data)
{
    delete static_cast<RankStatistics*>(data);
}

// The statistics as akta_rank_stats gives them: the column count, the average column lengths, the idfs.
QByteArray statisticsText(const RankStatistics& stats)
{
    QByteArray text = QByteArray::number(qsizetype(stats.averageLength.size()));
    for (const double value : stats.averageLength) {
        text += ' ' + QByteArray::number(value, 'g', 17);
    }
    for (const double value : stats.idf) {
        text += ' ' + QByteArray::number(value, 'g', 17);
    }
    return text;
}

// Statistics from akta_rank_stats's text, when it suits this query (its columns and phrases).
RankStatistics* parseStatistics(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_value* value)
{
    if (value == nullptr || sqlite3_value_type(value) != SQLITE_TEXT) {
        return nullptr;
    }
    const QByteArray text(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                          sqlite3_value_bytes(value));
    const QList<QByteArray> numbers = text.split(' ');
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    if (numbers.size() != 1 + columns + phrases || numbers.front().toInt() != columns) {
        return nullptr;
    }
    auto* stats = new RankStatistics;
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        (i <= columns ? stats->averageLength : stats->idf).push_back(numbers.at(i).toDouble());
    }
    return stats;
}

// The statistics of this query: kept on the cursor, taken from `preset` (akta_rank_stats's text, so that
// the tiers of one search count each term once) or counted.
RankStatistics* statistics(const Fts5ExtensionApi* api, Fts5Context* fts, int& rc,
                           sqlite3_value* preset = nullptr)
{
    if (auto* existing = static_cast<RankStatistics*>(api->xGetAuxdata(fts, 0))) {
        return existing;
    }
    if (RankStatistics* given = parseStatistics(api, fts, preset)) {
        rc = api->xSetAuxdata(fts, given, deleteStatistics);
        return rc == SQLITE_OK ? given : nullptr;
    }
    auto* stats = new RankStatistics;
    sqlite3_int64 rows = 0;
    rc = api->xRowCount(fts, &rows);
    const int columns = api->xColumnCount(fts);
    for (int column = 0; rc == SQLITE_OK && column < columns; ++column) {
        sqlite3_int64 total = 0;
        rc = api->xColumnTotalSize(fts, column, &total);
        stats->averageLength.push_back(rows > 0 ? std::max(1.0, double(total) / double(rows)) : 1.0);
    }
    const int phrases = api->xPhraseCount(fts);
    for (int phrase = 0; rc == SQLITE_OK && phrase < phrases; ++phrase) {
        PhraseCount counter{0, std::max<sqlite3_int64>(2000, rows / 50)};
        rc = api->xQueryPhrase(fts, phrase, &counter, countPhraseRow);
        const double n = double(counter.count);
        // Lucene's form, positive however common the term: tf and length still order the matches.
        stats->idf.push_back(std::log(1.0 + (double(rows) - n + 0.5) / (n + 0.5)));
    }
    if (rc == SQLITE_OK) {
        rc = api->xSetAuxdata(fts, stats, deleteStatistics);
        return rc == SQLITE_OK ? stats : nullptr;
    }
    delete stats;
    return nullptr;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
          sqlite3_value** argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    int rc = SQLITE_OK;
    const int columnCount = api->xColumnCount(fts);
    const RankStatistics* stats = statistics(api, fts, rc, argc > columnCount ? argv[columnCount] : nullptr);
    if (stats == nullptr) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
        return;
    }
    const int columns = int(stats->averageLength.size());
    const int phrases = int(stats->idf.size());
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    std::vector<double> frequency(size_t(columns) * size_t(phrases), 0.0);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase < phrases && column < columns) {
            frequency[size_t(phrase) * size_t(columns) + size_t(column)] += 1.0;
        }
    }
    double score = 0.0;
    for (int column = 0; rc == SQLITE_OK && column < columns; ++column) {
        const double weight = column < argc ? sqlite3_value_double(argv[column]) : 1.0;
        if (weight == 0.0) {
            continue;
        }
        int length = 0;
        rc = api->xColumnSize(fts, column, &length);
        const double norm = k1 * (1.0 - b + b * double(length) / stats->averageLength[size_t(column)]);
        for (int phrase = 0; phrase < phrases; ++phrase) {
            const double tf = frequency[size_t(phrase) * size_t(columns) + size_t(column)];
            if (tf > 0.0) {
                score += weight * stats->idf[size_t(phrase)] * tf * (k1 + 1.0) / (tf + norm);
            }
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_double(context, score);
}

// akta_rank_stats(table): the statistics akta_rank counts for this query, as text, to be given to
// akta_rank as its argument after the weights.
void rankStatistics(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int,
                    sqlite3_value**)
{
    int rc = SQLITE_OK;
    const RankStatistics* stats = statistics(api, fts, rc);
    if (stats == nullptr) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
        return;
    }
    const QByteArray text = statisticsText(*stats);
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

// akta_search_fold(text): a text normalized as the index normalizes words, for LIKE on names.
void searchFold(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const QByteArray folded =
        SearchWords::normalize(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

void registerSearchFunctions(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (api == nullptr) {
        throw sqlite::SqliteError(SQLITE_ERROR, "this SQLite library has no FTS5");
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    int rc = api->xCreateTokenizer(api, "akta_danish", nullptr, &tokenizer, nullptr);
    if (rc == SQLITE_OK) {
        rc = api->xCreateFunction(api, "akta_rank", nullptr, rank, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = api->xCreateFunction(api, "akta_rank_stats", nullptr, rankStatistics, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_create_function_v2(db, "akta_search_fold", 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                        searchFold, nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        throw sqlite::SqliteError(rc, "cannot register the search tokenizer and ranking");
    }
}

} // namespace akta::search
