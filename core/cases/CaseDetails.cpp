#include "cases/CaseDetails.h"

#include "kle/KleRepository.h"
#include "sqlite/Database.h"

namespace akta::cases {

std::optional<CaseDetails> CaseDetails::load(sqlite::Database& db, const QString& idOrNumber)
{
    CaseRepository repository(db);
    const auto record = repository.find(idOrNumber);
    if (!record) {
        return std::nullopt;
    }
    CaseDetails details;
    details.record = *record;
    if (const auto subject = kle::KleRepository(db).find(record->kleSubject)) {
        details.kleTitle = subject->title;
    }
    details.parties = repository.parties(record->id);
    details.documents = repository.documents(record->id);
    return details;
}

std::optional<CaseDetails> CaseDetails::loadFrom(const QString& databasePath, const QString& idOrNumber)
{
    sqlite::Database db(databasePath, sqlite::Database::Mode::ReadOnly);
    return load(db, idOrNumber);
}

} // namespace akta::cases
