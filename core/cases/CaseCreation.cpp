#include "cases/CaseCreation.h"

#include "cases/CaseRepository.h"
#include "parties/PartyRepository.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QDateTime>
#include <QJsonObject>

namespace akta::cases {

CaseRecord createCase(sqlite::Database& db, NewCase request, const std::optional<PartyInput>& party,
                      const QString& actorId)
{
    sqlite::Transaction transaction(db);
    if (party) {
        parties::PartyRepository repository(db);
        if (const auto known = repository.findByIdentifier(party->identifier)) {
            request.primaryPartyId = known->id;
        } else {
            if (party->name.simplified().isEmpty()) {
                throw InvalidCase("a party that the register does not know needs a name");
            }
            Party added;
            added.kind = party->kind;
            added.identifier = party->identifier;
            added.name = party->name.simplified();
            added.source = QStringLiteral("manual");
            added.fetchedAt = QDateTime::currentDateTimeUtc();
            request.primaryPartyId = repository.upsert(added);
            sync::Outbox(db).append(QStringLiteral("party"), request.primaryPartyId, 0,
                                    QJsonObject{{QStringLiteral("kind"), added.kind == Party::Kind::Company
                                                                             ? QStringLiteral("company")
                                                                             : QStringLiteral("person")},
                                                {QStringLiteral("identifier"), added.identifier},
                                                {QStringLiteral("name"), added.name},
                                                {QStringLiteral("source"), added.source}});
        }
    }
    const CaseRecord record = CaseRepository(db).create(request, actorId);
    transaction.commit();
    return record;
}

} // namespace akta::cases
