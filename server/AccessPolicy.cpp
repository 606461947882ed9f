#include "AccessPolicy.h"

#include "ServerDatabase.h"

namespace akta::server {

AccessPolicy::AccessPolicy(ServerDatabase& db, const ServerUser& user) : m_db(db), m_user(user)
{
    const QList<ServerUnit> units = UserDirectory(db).units();
    QString ownPath;
    for (const ServerUnit& unit : units) {
        if (unit.id == user.unitId) {
            ownPath = unit.path;
        }
    }
    for (const ServerUnit& unit : units) {
        const bool own = unit.id == user.unitId;
        const bool below = user.role == QLatin1String("leader") && !ownPath.isEmpty() &&
                           unit.path.startsWith(ownPath + QLatin1Char('/'));
        if (own || below) {
            m_units << unit.id;
            m_unitSet.insert(unit.id);
        }
    }
}

QString AccessPolicy::unitFilter(const QString& column, QVariantList& binds) const
{
    if (m_units.isEmpty()) {
        return QStringLiteral("1 = 0");
    }
    QStringList marks;
    for (const QString& unit : m_units) {
        marks << QStringLiteral("?");
        binds << unit;
    }
    return column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString AccessPolicy::entityFilter(const QString& alias, QVariantList& binds) const
{
    const QString own = unitFilter(alias + QStringLiteral(".unit_id"), binds);
    const QString viaCase = unitFilter(QStringLiteral("pc.unit_id"), binds);
    return QStringLiteral("(%1 OR (%2.entity = 'party' AND EXISTS (SELECT 1 FROM case_parties cp "
                          "JOIN entities pc ON pc.entity = 'case' AND pc.id = cp.case_id "
                          "WHERE cp.party_id = %2.id AND %3)))")
        .arg(own, alias, viaCase);
}

bool AccessPolicy::canReadBlob(const QString& sha256)
{
    if (m_db.exec(QStringLiteral("SELECT 1 FROM blob_uploads WHERE sha256 = ? AND user_id = ?"),
                  {sha256, m_user.id})
            .next()) {
        return true;
    }
    QVariantList binds{sha256};
    const QString filter = unitFilter(QStringLiteral("c.unit_id"), binds);
    return m_db
        .exec(QStringLiteral(
                  "SELECT 1 FROM blob_refs r JOIN entities c ON c.entity = 'case' AND c.id = r.case_id "
                  "WHERE r.sha256 = ? AND ") +
                  filter,
              binds)
        .next();
}

} // namespace akta::server
