#pragma once

#include "UserDirectory.h"

#include <QSet>
#include <QStringList>
#include <QVariantList>

namespace akta::server {

class ServerDatabase;

// The one place that decides what a user may see and change. A case is read by
//   normal:       its responsible unit and the leaders above it;
//   confidential: its named caseworker;
//   personnel:    the HR role and the leader line of the employee's unit, never the employee;
// and, whatever its class, by the users and units that hold a grant on it that has not ended. A read
// grant (kigge-adgang) reads; writing needs the class rule or a write grant. Documents and versions
// follow their case, parties the cases they are parties to, blobs the versions that name them. The
// changes feed, push, search, blobs, persons, KLE and audit all ask here.
class AccessPolicy final
{
public:
    AccessPolicy(ServerDatabase& db, const ServerUser& user);

    const ServerUser& user() const { return m_user; }
    QStringList visibleUnits() const { return m_units; }
    bool canSeeUnit(const QString& unitId) const { return m_unitSet.contains(unitId); }
    bool hasRole(const char* role) const { return m_user.role == QLatin1String(role); }

    // An SQL predicate on the case row `alias`: the case lies in the user's area (their unit and the
    // units below it), as the audit log shows it to leaders and the data protection officer.
    QString areaFilter(const QString& alias, QVariantList& binds) const;
    // An SQL predicate: `column` names a visible unit. Appends its bind values to `binds`.
    QString unitFilter(const QString& column, QVariantList& binds) const;
    // An SQL predicate on the case row aliased `alias`: the user may read it (or write it).
    QString caseFilter(const QString& alias, QVariantList& binds, bool write = false) const;
    // An SQL predicate on an entities row aliased `alias`: the user may see it.
    QString entityFilter(const QString& alias, QVariantList& binds) const;
    // An SQL predicate on a revocations row aliased `alias`: the user may have seen the entity.
    QString mayHaveSeenFilter(const QString& alias, QVariantList& binds) const;
    bool canReadCase(const QString& caseId);
    bool canWriteCase(const QString& caseId);
    // Whether the user may read the blob: a version they may see names it, or they uploaded it.
    bool canReadBlob(const QString& sha256);
    // The case of a blob the user reads through a version (empty when only uploaded by them).
    QString blobCase(const QString& sha256);

private:
    ServerDatabase& m_db;
    ServerUser m_user;
    QStringList m_units;
    QSet<QString> m_unitSet;
    QStringList m_area;
};

} // namespace akta::server
