#pragma once

struct sqlite3;

namespace akta::sqlite {

// Registers Akta's SQL functions and collations on a connection:
// - COLLATE DANISH: Danish alphabetical order (æ, ø, å after z; case-insensitive first);
// - akta_fold(text): Unicode case folding, so that LIKE matches "århus" with "Århus";
// - the search index's tokenizer and ranking (search::registerSearchFunctions).
void registerFunctions(sqlite3* db);

} // namespace akta::sqlite
