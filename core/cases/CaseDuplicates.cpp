#include "cases/CaseDuplicates.h"

#include "cases/CaseRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"

namespace akta::cases {

QList<CaseRecord> CaseDuplicates::find(sqlite::Database& db, const QString& partyIdentifier,
                                       const QString& kleSubject)
{
    QList<CaseRecord> result;
    if (partyIdentifier.isEmpty() || kleSubject.isEmpty()) {
        return result;
    }
    auto query = db.prepare(QStringLiteral(
        "SELECT c.id FROM cases c JOIN case_parties cp ON cp.case_id = c.id JOIN parties p ON p.id = "
        "cp.party_id "
        "WHERE p.identifier = ?1 AND c.kle_subject = ?2 GROUP BY c.id ORDER BY c.created_at DESC"));
    query.bind(1, partyIdentifier).bind(2, kleSubject);
    CaseRepository repository(db);
    while (query.step()) {
        if (auto record = repository.find(query.columnText(0))) {
            result.append(*record);
        }
    }
    return result;
}

} // namespace akta::cases
