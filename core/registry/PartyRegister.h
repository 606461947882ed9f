#pragma once

#include "registry/RegisterRecords.h"

#include <optional>

namespace akta::registry {

// Where person and company master data comes from. The embedded default reads the register tables
// of the local store (StoreRegister); a server-backed one asks akta-server, and a municipality can
// plug in its CPR source behind the same interface.
class PartyRegister
{
public:
    virtual ~PartyRegister() = default;
    virtual std::optional<PersonRecord> person(const QString& cpr) = 0;
    virtual std::optional<CompanyRecord> company(const QString& cvr) = 0;
};

} // namespace akta::registry
