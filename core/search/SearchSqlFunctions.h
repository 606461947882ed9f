#pragma once

struct sqlite3;

namespace akta::search {

// Registers the search parts of FTS5 on one connection (called for every connection the store opens):
// - the tokenizer "akta_danish" (SearchTokenizer);
// - the ranking function akta_rank(table, weight...): BM25 (Lucene's positive idf) with a weight per column,
// whose inverse
//   document frequency stops counting a term's documents at 1/50 of the rows (at least 2,000): a
//   term that common weighs as little as it can anyway, and counting all its rows is what makes
//   FTS5's own bm25() slow for words in most documents. An argument after the weights, the text of
//   akta_rank_stats(table) for the same MATCH, is used instead of counting again (a search reads the
//   index in several tiers, each a query of its own).
// - akta_rank_stats(table): those statistics (column count, average column lengths, idf per phrase) as text.
// - akta_search_fold(text): the text normalized like indexed words (case, accents, "aa" as "å"), for LIKE.
// Throws sqlite::SqliteError when the SQLite library has no FTS5.
void registerSearchFunctions(sqlite3* db);

} // namespace akta::search
