#pragma once

#include "directory/Directory.h"

#include <QList>
#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::review {

// The leaders who review a case's documents, as the local directory knows them: the leaders of the
// case's responsible unit and of the units above it, or for a personnel case those of the
// employee's unit and above (never the employee). The server decides again (server/ReviewRules).
class LeaderLine final
{
public:
    explicit LeaderLine(sqlite::Database& db) : m_db(db) {}

    // The unit whose leader line reviews the case; empty when the case or its unit is not known.
    QString reviewUnit(const QString& caseId);
    // The nearest leader above the case (in its unit first), other than `exceptUserId`.
    std::optional<directory::User> nearestLeader(const QString& caseId, const QString& exceptUserId);
    // Every leader of the line, nearest first (for a choice), other than `exceptUserId`.
    QList<directory::User> leaders(const QString& caseId, const QString& exceptUserId);
    // Whether `user` is a leader in the case's leader line.
    bool contains(const directory::User& user, const QString& caseId);
    // Whether `actor` may decide a review addressed to `reviewer`: it is them, or a leader of a unit
    // above theirs.
    bool mayDecide(const directory::User& actor, const QString& reviewerId);

private:
    // The unit and its ancestors, nearest first.
    QStringList unitsUp(const QString& unitId);
    QString employeeOf(const QString& caseId);

    sqlite::Database& m_db;
};

} // namespace akta::review
