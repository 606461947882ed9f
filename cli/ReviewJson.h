#pragma once

#include "review/ReviewItem.h"

#include <QJsonObject>

namespace akta::cli {

// The JSON form of a document's review in akta-cli output. Field names are part of the automation
// contract: documentId, title, caseId, caseNumber, state, reviewer, requestedBy, requestedAt,
// comment, decidedBy, decidedAt (people as user names' full names, with their ids beside).
QJsonObject reviewToJson(const review::ReviewItem& item);

} // namespace akta::cli
