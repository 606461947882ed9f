#pragma once

#include "domain/CaseRecord.h"

#include <QJsonObject>

namespace akta::cli {

// The JSON form of a case in akta-cli output. Field names are part of the automation contract.
QJsonObject caseToJson(const CaseRecord& record);

} // namespace akta::cli
