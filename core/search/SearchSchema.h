#pragma once

#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::search {

// The search index of the local store (migration v5):
// - search_document_index (FTS5: title, body, headers, context) over documents: title, the extracted text
//   of the latest version (journal notes included), the e-mail headers (sender, recipients, subject) and
//   the case's number and parties, so that "Jensen lægeerklæring" finds the lægeerklæring in Jensen's case;
// - search_case_index (FTS5: number, title, parties, kle) over cases: number, title, the names and
//   CPR/CVR numbers of the parties, and the KLE emne and facet with their titles;
// - search_documents / search_cases give each indexed document and case a stable integer rowid,
//   allocated in journaling order, so that newer rows have higher rowids (the recency tiers of
//   SearchEngine rely on that).
// Triggers keep the index in the same transaction as the data, whoever writes it. The index holds
// its own copy of the text (a plain FTS5 table), so it never depends on a join to delete a row.
class SearchSchema final
{
public:
    // The SQL of migration v5: tables, triggers, and the index built for the data already there.
    static QString migration();
    // Rebuilds both indexes when they were made with another CompoundLexicon than this program's.
    // Returns whether it rebuilt.
    static bool ensureLexicon(sqlite::Database& db);
};

} // namespace akta::search
