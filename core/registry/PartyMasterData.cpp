#include "registry/PartyMasterData.h"

#include "parties/PartyRepository.h"
#include "registry/PartyRegister.h"
#include "registry/StoreRegister.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "util/Ids.h"

#include <QList>

namespace akta::registry {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QString() : text;
}

Party fromPerson(const PersonRecord& record)
{
    Party party;
    party.kind = Party::Kind::Person;
    party.identifier = record.cpr;
    party.name = record.fullName();
    party.isProtected = record.isProtected;
    if (!record.isProtected) {
        party.street = record.street;
        party.postalCode = record.postalCode;
        party.city = record.city;
    }
    party.status = record.status;
    return party;
}

Party fromCompany(const CompanyRecord& record)
{
    Party party;
    party.kind = Party::Kind::Company;
    party.identifier = record.cvr;
    party.name = record.name;
    party.street = record.street;
    party.postalCode = record.postalCode;
    party.city = record.city;
    party.status = record.status;
    return party;
}

// Every party in the store as it is now, read in one pass before anything is written.
QList<Party> storedParties(sqlite::Database& db)
{
    auto query = db.prepare(QStringLiteral(
        "SELECT id, kind, identifier, name, street, postal_code, city, protected, status, rev FROM parties "
        "ORDER BY identifier"));
    QList<Party> result;
    while (query.step()) {
        Party party;
        party.id = query.columnText(0);
        party.kind =
            query.columnText(1) == QLatin1String("company") ? Party::Kind::Company : Party::Kind::Person;
        party.identifier = query.columnText(2);
        party.name = query.columnText(3);
        party.isProtected = query.columnInt(7) != 0;
        if (!party.isProtected) {
            party.street = query.columnText(4);
            party.postalCode = query.columnText(5);
            party.city = query.columnText(6);
        }
        party.status = query.columnText(8);
        party.rev = query.columnInt64(9);
        result.append(party);
    }
    return result;
}

} // namespace

QString PartyMasterData::formatAddress(const Party& party)
{
    QStringList parts;
    if (!party.street.trimmed().isEmpty()) {
        parts << party.street.trimmed();
    }
    const QString town = (party.postalCode.trimmed() + QLatin1Char(' ') + party.city.trimmed()).trimmed();
    if (!town.isEmpty()) {
        parts << town;
    }
    return parts.join(QStringLiteral(", "));
}

QString PartyMasterData::nowIso() const
{
    return util::toIso(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
}

std::optional<Party> PartyMasterData::fromRegister(Party::Kind kind, const QString& identifier)
{
    if (kind == Party::Kind::Company) {
        const auto record = m_register.company(identifier);
        return record ? std::optional<Party>(fromCompany(*record)) : std::nullopt;
    }
    const auto record = m_register.person(identifier);
    return record ? std::optional<Party>(fromPerson(*record)) : std::nullopt;
}

QString PartyMasterData::ensureParty(const QString& identifier)
{
    std::optional<Party> fresh;
    const QString personKey = StoreRegister::personKey(identifier);
    if (!personKey.isEmpty()) {
        fresh = fromRegister(Party::Kind::Person, personKey);
    } else {
        const QString companyKey = StoreRegister::companyKey(identifier);
        if (!companyKey.isEmpty()) {
            fresh = fromRegister(Party::Kind::Company, companyKey);
        }
    }
    if (!fresh) {
        return {};
    }
    const QString now = nowIso();
    sqlite::Transaction transaction(m_db);
    const QString id = apply(parties::PartyRepository(m_db).findByIdentifier(fresh->identifier), *fresh, now);
    transaction.commit();
    return id;
}

int PartyMasterData::refreshAll()
{
    const QString now = nowIso();
    sqlite::Transaction transaction(m_db);
    int refreshed = 0;
    for (const Party& stored : storedParties(m_db)) {
        if (const auto fresh = fromRegister(stored.kind, stored.identifier)) {
            apply(stored, *fresh, now);
            ++refreshed;
        }
    }
    transaction.commit();
    return refreshed;
}

QString PartyMasterData::apply(const std::optional<Party>& stored, Party fresh, const QString& now)
{
    struct Change
    {
        QString field;
        QString oldValue;
        QString newValue;
    };
    QList<Change> changes;
    if (stored) {
        if (stored->name != fresh.name) {
            changes.append({nameField(), stored->name, fresh.name});
        }
        // The address of a person who is protected now is kept nowhere, history included.
        if (!fresh.isProtected) {
            const QString before = formatAddress(*stored);
            const QString after = formatAddress(fresh);
            if (before != after) {
                changes.append({addressField(), before, after});
            }
        }
        if (stored->isProtected != fresh.isProtected) {
            changes.append({protectedField(), boolText(stored->isProtected), boolText(fresh.isProtected)});
        }
        if (stored->status != fresh.status) {
            changes.append({statusField(), stored->status, fresh.status});
        }
        fresh.id = stored->id;
        fresh.rev = stored->rev;
    }
    fresh.source = QStringLiteral("register");
    fresh.fetchedAt = util::fromIso(now);

    // upsert() drops a protected address and asks for the WAL scrub when one was stored before.
    const QString id = parties::PartyRepository(m_db).upsert(fresh);

    if (!changes.isEmpty()) {
        auto insert = m_db.prepare(
            QStringLiteral("INSERT INTO party_history(party_id, field, old_value, new_value, changed_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)"));
        for (const Change& change : std::as_const(changes)) {
            insert.bind(1, id)
                .bind(2, change.field)
                .bind(3, nullIfEmpty(change.oldValue))
                .bind(4, nullIfEmpty(change.newValue))
                .bind(5, now)
                .exec();
        }
    }
    if (fresh.isProtected) {
        auto forget =
            m_db.prepare(QStringLiteral("DELETE FROM party_history WHERE party_id = ?1 AND field = ?2"));
        forget.bind(1, id).bind(2, addressField()).exec();
        if (m_db.changes() > 0) {
            // secure_delete zeroes the rows in the file; the scrub removes the WAL's old page images.
            m_db.requestWalScrub();
        }
    }
    return id;
}

} // namespace akta::registry
