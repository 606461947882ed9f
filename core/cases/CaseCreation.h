#pragma once

#include "cases/NewCase.h"
#include "domain/CaseRecord.h"
#include "domain/Party.h"

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// The party a caseworker typed when creating a case: known parties are reused from the store,
// unknown ones are added with the typed name (source "manual").
struct PartyInput
{
    Party::Kind kind = Party::Kind::Person;
    QString identifier; // normalized CPR (10 digits) or CVR (8 digits)
    QString name;
};

// Creates a case and, when needed, its primary party, in one transaction with their outbox operations.
CaseRecord createCase(sqlite::Database& db, NewCase request, const std::optional<PartyInput>& party,
                      const QString& actorId);

} // namespace akta::cases
