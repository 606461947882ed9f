#pragma once

#include "cases/CaseQuery.h"
#include "cases/NewCase.h"
#include "domain/CaseRecord.h"
#include "domain/DocumentRecord.h"
#include "domain/Party.h"

#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// Raised when a new case is refused before anything is written; the message says why.
class InvalidCase final : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

struct CaseParty
{
    Party party;
    QString role; // primary, secondary
};

// Cases in the local store. create() writes the case, its parties and its outbox operation in one
// transaction; reads never change anything.
class CaseRepository final
{
public:
    explicit CaseRepository(sqlite::Database& db) : m_db(db) {}

    CaseRecord create(const NewCase& request, const QString& actorId);
    std::optional<CaseRecord> find(const QString& idOrNumber);
    QList<CaseRecord> list(const CaseQuery& query);
    qint64 count(const CaseQuery& query);
    QList<CaseParty> parties(const QString& caseId);
    QList<DocumentRecord> documents(const QString& caseId);

private:
    sqlite::Database& m_db;
};

} // namespace akta::cases
