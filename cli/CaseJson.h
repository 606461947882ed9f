#pragma once

#include "cases/CaseRepository.h"
#include "domain/CaseRecord.h"

#include <QJsonObject>

namespace akta::cli {

// The JSON form of a case in akta-cli output. Field names are part of the automation contract.
QJsonObject caseToJson(const CaseRecord& record);
// The same with its parties; a protected party's address is null.
QJsonObject caseToJson(const CaseRecord& record, const QList<cases::CaseParty>& parties);
QJsonObject partyToJson(const Party& party);

} // namespace akta::cli
