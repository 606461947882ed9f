#pragma once

#include "search/SearchQuery.h"

#include <QString>
#include <QStringList>

namespace akta::search {

// The SQL conditions of a query's filters, with their values bound as ?N from `firstParameter` on:
// for cases over `cases c`; for documents over `search_document_facts x` (date, kind, KLE, facet, status)
// and, for sagsbeh:, enhed: and part: only, `cases c` (then `needsCase`).
struct SearchFilterSql
{
    QString condition; // " AND ..." or empty
    QStringList values;
    bool needsCase = false;

    static SearchFilterSql forCases(const SearchFilters& filters, int firstParameter);
    static SearchFilterSql forDocuments(const SearchFilters& filters, int firstParameter);
};

} // namespace akta::search
