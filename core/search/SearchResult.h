#pragma once

#include "search/SearchHit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace akta::search {

// The answer to one query: the best hits first, how many there are in all, and where a typed case or
// CPR/CVR number leads. `total` is counted exactly unless `totalEstimated`: for a query matching many
// documents the search stops early (see SearchEngine) and extrapolates from the part it has read.
struct SearchResult
{
    QList<SearchHit> hits;
    qint64 total = 0;
    bool totalEstimated = false;
    QStringList terms;     // the words searched for, for highlighting in a preview
    QString directCaseId;  // set when the query was a case number that exists
    QString directPartyId; // set when the query was the CPR/CVR number of a known party
};

} // namespace akta::search
