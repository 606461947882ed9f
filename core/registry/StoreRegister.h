#pragma once

#include "registry/PartyRegister.h"

namespace akta::sqlite {
class Database;
}

namespace akta::registry {

// The embedded register: persons and companies in the register tables of the local store
// (register_persons, register_person_relations, register_companies), filled by RegisterImporter.
// Look-ups take a CPR or replacement number with or without hyphen, and a CVR number with or
// without "DK" and spaces; an invalid number is simply not found. A protected person comes
// without address: the store never has it.
class StoreRegister final : public PartyRegister
{
public:
    explicit StoreRegister(sqlite::Database& db) : m_db(db) {}

    std::optional<PersonRecord> person(const QString& cpr) override;
    std::optional<CompanyRecord> company(const QString& cvr) override;

    // The 10 digits of a CPR or replacement number as the register keys it; empty when the number
    // is not well formed. The birth date is not held against today: the register checked that on
    // import.
    static QString personKey(const QString& cpr);
    // The 8 digits of a CVR number; empty when invalid.
    static QString companyKey(const QString& cvr);

private:
    sqlite::Database& m_db;
};

} // namespace akta::registry
