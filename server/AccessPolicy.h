#pragma once

#include "UserDirectory.h"

#include <QSet>
#include <QStringList>
#include <QVariantList>

namespace akta::server {

class ServerDatabase;

// The one place that decides what a user may see and change. At this stage: the cases of the
// user's own unit, and of its sub-units when the user is a leader. Documents and versions follow
// their case, parties the cases they are parties to, blobs the versions that name them. The changes
// feed, push, search, blobs and persons all ask here.
class AccessPolicy final
{
public:
    AccessPolicy(ServerDatabase& db, const ServerUser& user);

    const ServerUser& user() const { return m_user; }
    QStringList visibleUnits() const { return m_units; }
    bool canSeeUnit(const QString& unitId) const { return m_unitSet.contains(unitId); }

    // An SQL predicate: `column` names a visible unit. Appends its bind values to `binds`.
    QString unitFilter(const QString& column, QVariantList& binds) const;
    // An SQL predicate on an entities row aliased `alias`: the user may see it.
    QString entityFilter(const QString& alias, QVariantList& binds) const;
    // Whether the user may read the blob: a version they may see names it, or they uploaded it.
    bool canReadBlob(const QString& sha256);

private:
    ServerDatabase& m_db;
    ServerUser m_user;
    QStringList m_units;
    QSet<QString> m_unitSet;
};

} // namespace akta::server
