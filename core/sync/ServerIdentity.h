#pragma once

#include <QSet>
#include <QString>

namespace akta::sync {

// Who the server says the signed-in user is, and what the server knows: enough to translate the
// local account a store had before its first sync (its own unit and user ids) into the server's.
struct ServerIdentity
{
    QString userId;
    QString unitId;
    QSet<QString> visibleUnits;
    QSet<QString> knownUsers;
};

} // namespace akta::sync
