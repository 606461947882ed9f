#include "parties/PartyRepository.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "util/Ids.h"

namespace akta::parties {

namespace {

const char* const kColumns =
    "p.id, p.kind, p.identifier, p.name, p.street, p.postal_code, p.city, p.protected, p.status, p.source, "
    "p.fetched_at, p.rev";

Party readParty(const sqlite::Statement& row)
{
    Party party;
    party.id = row.columnText(0);
    party.kind = row.columnText(1) == QLatin1String("company") ? Party::Kind::Company : Party::Kind::Person;
    party.identifier = row.columnText(2);
    party.name = row.columnText(3);
    party.isProtected = row.columnInt(7) != 0;
    if (!party.isProtected) {
        party.street = row.columnText(4);
        party.postalCode = row.columnText(5);
        party.city = row.columnText(6);
    }
    party.status = row.columnText(8);
    party.source = row.columnText(9);
    party.fetchedAt = util::fromIso(row.columnText(10));
    party.rev = row.columnInt64(11);
    return party;
}

} // namespace

std::optional<Party> PartyRepository::find(const QString& id)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM parties p WHERE p.id = ?1").arg(QLatin1String(kColumns)));
    query.bind(1, id);
    return query.step() ? std::optional<Party>(readParty(query)) : std::nullopt;
}

std::optional<Party> PartyRepository::findByIdentifier(const QString& identifier)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM parties p WHERE p.identifier = ?1").arg(QLatin1String(kColumns)));
    query.bind(1, identifier);
    return query.step() ? std::optional<Party>(readParty(query)) : std::nullopt;
}

QString PartyRepository::upsert(const Party& party)
{
    const QString newId = party.id.isEmpty() ? util::newId() : party.id;
    if (party.isProtected) {
        auto previous = m_db.prepare(QStringLiteral(
            "SELECT 1 FROM parties WHERE identifier = ?1 AND (street IS NOT NULL OR postal_code IS NOT NULL "
            "OR city IS NOT NULL)"));
        previous.bind(1, party.identifier);
        if (previous.step()) {
            m_db.requestWalScrub(); // the old address must not survive in the WAL either
        }
    }
    // A protected address is never kept on the desktop.
    const bool keepAddress = !party.isProtected;
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO parties(id, kind, identifier, name, street, postal_code, city, protected, status, "
        "source, "
        "fetched_at, rev) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT(identifier) DO UPDATE SET name = excluded.name, street = excluded.street, "
        "postal_code = excluded.postal_code, city = excluded.city, protected = excluded.protected, "
        "status = excluded.status, source = excluded.source, fetched_at = excluded.fetched_at "
        "RETURNING id"));
    query.bind(1, newId)
        .bind(2, party.kind == Party::Kind::Company ? "company" : "person")
        .bind(3, party.identifier)
        .bind(4, party.name)
        .bind(5, keepAddress ? party.street : QString())
        .bind(6, keepAddress ? party.postalCode : QString())
        .bind(7, keepAddress ? party.city : QString())
        .bind(8, party.isProtected)
        .bind(9, party.status)
        .bind(10, party.source)
        .bind(11, party.fetchedAt.isValid() ? util::toIso(party.fetchedAt) : QString())
        .bind(12, party.rev);
    query.step();
    const QString id = query.columnText(0);
    query.reset();
    m_db.scrubWalIfRequested(); // only acts outside a transaction; otherwise after the commit
    return id;
}

void PartyRepository::addRelation(const QString& partyId, const QString& relatedPartyId, const QString& type)
{
    auto query = m_db.prepare(
        QStringLiteral("INSERT INTO party_relations(party_id, related_party_id, type) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(party_id, related_party_id, type) DO NOTHING"));
    query.bind(1, partyId).bind(2, relatedPartyId).bind(3, type).exec();
}

QList<Party> PartyRepository::related(const QString& partyId, const QString& type)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM party_relations r JOIN parties p "
                                    "ON p.id = r.related_party_id WHERE r.party_id = ?1 AND r.type = ?2 "
                                    "ORDER BY p.name")
                         .arg(QLatin1String(kColumns)));
    query.bind(1, partyId).bind(2, type);
    QList<Party> result;
    while (query.step()) {
        result.append(readParty(query));
    }
    return result;
}

} // namespace akta::parties
