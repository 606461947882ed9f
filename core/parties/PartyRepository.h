#pragma once

#include "domain/Party.h"

#include <QList>
#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::parties {

// Parties (persons and companies) in the local store. The caller holds the transaction for writes.
class PartyRepository final
{
public:
    explicit PartyRepository(sqlite::Database& db) : m_db(db) {}

    std::optional<Party> find(const QString& id);
    std::optional<Party> findByIdentifier(const QString& identifier);
    // Inserts the party, or updates the one with the same identifier; returns its id.
    QString upsert(const Party& party);
    void addRelation(const QString& partyId, const QString& relatedPartyId, const QString& type);
    // The parties related to `partyId` by `type` (parent, child, custody, spouse).
    QList<Party> related(const QString& partyId, const QString& type);

private:
    sqlite::Database& m_db;
};

} // namespace akta::parties
