#include "sync/DirectoryRefresh.h"

#include "directory/Directory.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"

namespace akta::sync {

ServerIdentity DirectoryRefresh::apply(const QJsonObject& me, const QJsonArray& units,
                                       const QJsonArray& users)
{
    sqlite::Transaction transaction(m_db);
    auto unit = m_db.prepare(QStringLiteral("INSERT INTO units(id, parent_id, name) VALUES (?1, ?2, ?3) "
                                            "ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, "
                                            "name = excluded.name"));
    for (const QJsonValue& value : units) {
        const QJsonObject object = value.toObject();
        const QString parent = object.value(QStringLiteral("parentId")).toString();
        unit.bind(1, object.value(QStringLiteral("id")).toString());
        parent.isEmpty() ? unit.bindNull(2) : unit.bind(2, parent);
        unit.bind(3, object.value(QStringLiteral("name")).toString()).exec();
        unit.reset();
    }
    ServerIdentity identity;
    auto rename =
        m_db.prepare(QStringLiteral("UPDATE users SET username = username || '-' || substr(id, 1, 8) "
                                    "WHERE username = ?1 AND id <> ?2"));
    auto user = m_db.prepare(QStringLiteral(
        "INSERT INTO users(id, username, full_name, unit_id, role, cpr) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(id) DO UPDATE SET username = excluded.username, full_name = excluded.full_name, "
        "unit_id = excluded.unit_id, role = excluded.role, cpr = excluded.cpr"));
    QJsonArray everyone = users;
    everyone.append(me.value(QStringLiteral("user")));
    for (const QJsonValue& value : everyone) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        const QString username = object.value(QStringLiteral("username")).toString();
        const QString unitId = object.value(QStringLiteral("unitId")).toString();
        if (id.isEmpty() || username.isEmpty()) {
            continue;
        }
        identity.knownUsers.insert(id);
        // A local account of the same name (made before the first sync) steps aside.
        rename.bind(1, username).bind(2, id).exec();
        rename.reset();
        user.bind(1, id).bind(2, username).bind(3, object.value(QStringLiteral("fullName")).toString());
        directory::Directory(m_db).unit(unitId) ? user.bind(4, unitId) : user.bindNull(4);
        user.bind(5, object.value(QStringLiteral("role")).toString());
        // The server tells HR the CPR numbers of employees, and nobody else.
        const QString cpr = object.value(QStringLiteral("cpr")).toString();
        cpr.isEmpty() ? user.bindNull(6) : user.bind(6, cpr);
        user.exec();
        user.reset();
    }
    const QJsonObject self = me.value(QStringLiteral("user")).toObject();
    identity.userId = self.value(QStringLiteral("id")).toString();
    identity.unitId = self.value(QStringLiteral("unitId")).toString();
    for (const QJsonValue& value : me.value(QStringLiteral("visibleUnits")).toArray()) {
        identity.visibleUnits.insert(value.toString());
    }
    if (!identity.userId.isEmpty()) {
        directory::Directory(m_db).setCurrentUser(identity.userId);
    }
    transaction.commit();
    return identity;
}

} // namespace akta::sync
