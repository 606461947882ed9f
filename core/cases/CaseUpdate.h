#pragma once

#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// The plain fields of a case a caseworker edits; what is unset is left as it is.
struct CaseChanges
{
    std::optional<QString> title;
    std::optional<QString> status;       // wire name: opened, in_progress, decided, closed, archived
    std::optional<QString> followUpDate; // ISO date, or empty to clear
};

// Field-level edits of a case: writes the changed fields, a history row per field and one outbox
// operation with just those fields, in one transaction. Throws InvalidCase and writes nothing when
// a value is not allowed; returns false when nothing changed (and queues nothing).
class CaseUpdate final
{
public:
    explicit CaseUpdate(sqlite::Database& db) : m_db(db) {}

    bool apply(const QString& caseId, const CaseChanges& changes, const QString& actorId);

private:
    sqlite::Database& m_db;
};

} // namespace akta::cases
