#pragma once

#include "search/SearchQuery.h"

#include <QString>
#include <QStringList>

namespace akta::search {

// The SQL conditions of a query's filters, over `cases c` and (for documents) `documents d`, with
// their values bound as ?N from `firstParameter` on.
struct SearchFilterSql
{
    QString condition; // " AND ..." or empty
    QStringList values;

    static SearchFilterSql forCases(const SearchFilters& filters, int firstParameter);
    static SearchFilterSql forDocuments(const SearchFilters& filters, int firstParameter);
};

} // namespace akta::search
