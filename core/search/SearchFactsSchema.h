#pragma once

#include <QString>

namespace akta::search {

// What the filters of a search test, beside the document index (migration v9): search_document_facts
// holds, for every row of search_document_index (the same integer rowid), the document's date and kind
// and its case's KLE emne, facet and status. A filtered scan tests a match with one integer-key lookup in
// this small table instead of joining the document and its case by their text ids, and a filter's rows are
// read straight from its indexes (by date, KLE number and status). Triggers keep it in the same transaction
// as the documents and cases, whoever writes them; the migration fills it for the documents already indexed.
class SearchFactsSchema final
{
public:
    // The SQL of migration v9 (after SearchSchema's v5): the table, its indexes, its triggers and its rows.
    static QString migration();
};

} // namespace akta::search
