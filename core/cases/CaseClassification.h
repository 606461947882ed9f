#pragma once

#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// Changes to a case's classification and retention. Each writes the case, a history row and an
// outbox operation in one transaction; a refused change (unknown or retired emne, bad code, no
// reason) throws InvalidCase and writes nothing.
class CaseClassification final
{
public:
    explicit CaseClassification(sqlite::Database& db) : m_db(db) {}

    // Moves the case to another emne and facet. The retention follows the new classification,
    // unless it was overridden with a reason, which then stands.
    void reclassify(const QString& caseId, const QString& kleSubject, const QString& kleFacet,
                    const QString& actorId);
    // Sets the retention (B, K, K5 or K10) against what the classification gives; needs a reason.
    void overrideRetention(const QString& caseId, const QString& retention, const QString& reason,
                           const QString& actorId);

private:
    void recordHistory(const QString& caseId, const QString& field, const QString& oldValue,
                       const QString& newValue, const QString& reason, const QString& actorId);

    sqlite::Database& m_db;
};

} // namespace akta::cases
