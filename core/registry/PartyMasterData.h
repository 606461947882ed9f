#pragma once

#include "domain/Party.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::registry {

class PartyRegister;

// Keeps the master data of the parties in the store (name, address, address protection, status)
// as the register has it, so that every case shows a move or a death. What changes is written to
// party_history (field, old value, new value, when), except the address of a person who is
// protected now: when a person becomes protected, their earlier addresses are deleted from the
// history too and the WAL is scrubbed, so nothing of the address is left on disk. Every write runs
// in a transaction of its own, or as part of the caller's. Nothing goes into the outbox: the
// register is the source of this data on every side.
class PartyMasterData final
{
public:
    PartyMasterData(sqlite::Database& db, PartyRegister& partyRegister) : m_db(db), m_register(partyRegister)
    {}

    // The time written as fetched_at and changed_at. Invalid (the default): the clock, per call.
    void setNow(const QDateTime& now) { m_now = now; }

    // Creates or refreshes the party of a CPR or replacement number (with or without hyphen) or a
    // CVR number from the register (source "register"); returns the party's id, or an empty string
    // when the number is not valid or the register does not know it.
    QString ensureParty(const QString& identifier);
    // Refreshes every party whose identifier the register knows; returns how many that were.
    int refreshAll();

    // The field names written to party_history.
    static QString nameField() { return QStringLiteral("name"); }
    static QString addressField() { return QStringLiteral("address"); }
    static QString protectedField() { return QStringLiteral("protected"); }
    static QString statusField() { return QStringLiteral("status"); }

    // An address as history keeps it: "street, postal code city"; empty when there is none.
    static QString formatAddress(const Party& party);

private:
    // The party the register has for `identifier` of `kind`, without id; nullopt when unknown.
    std::optional<Party> fromRegister(Party::Kind kind, const QString& identifier);
    // Writes `fresh` over `stored` (the row as it is, if any) with history; returns the id.
    QString apply(const std::optional<Party>& stored, Party fresh, const QString& now);
    QString nowIso() const;

    sqlite::Database& m_db;
    PartyRegister& m_register;
    QDateTime m_now;
};

} // namespace akta::registry
