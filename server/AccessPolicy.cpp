#include "AccessPolicy.h"

#include "ServerDatabase.h"

#include <QDate>
#include <QSqlQuery>

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
        const bool underneath = !ownPath.isEmpty() && unit.path.startsWith(ownPath + QLatin1Char('/'));
        const bool below = user.role == QLatin1String("leader") && underneath;
        if (own || underneath) {
            m_area << unit.id;
        }
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

QString AccessPolicy::areaFilter(const QString& alias, QVariantList& binds) const
{
    if (m_area.isEmpty()) {
        return QStringLiteral("1 = 0");
    }
    QStringList marks;
    for (const QString& unit : m_area) {
        marks << QStringLiteral("?");
        binds << unit;
    }
    return alias + QStringLiteral(".unit_id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString AccessPolicy::caseFilter(const QString& alias, QVariantList& binds, bool write) const
{
    const QString normal =
        QStringLiteral("(COALESCE(%1.access_class, 'normal') = 'normal' AND %2)")
            .arg(alias, unitFilter(QStringLiteral("COALESCE(%1.unit_id, '')").arg(alias), binds));
    const QString confidential =
        QStringLiteral(
            "(COALESCE(%1.access_class, '') = 'confidential' AND COALESCE(%1.caseworker, '') IN (?, ?))")
            .arg(alias);
    binds << m_user.username << m_user.id;
    // Personnel: never the employee; HR, or a leader whose units take in the employee's unit.
    QString personnelReaders = QStringLiteral("1 = 0");
    if (hasRole("hr")) {
        personnelReaders = QStringLiteral("1 = 1");
    }
    QString personnel =
        QStringLiteral("(COALESCE(%1.access_class, '') = 'personnel' AND COALESCE(%1.employee, '') <> ? AND ")
            .arg(alias);
    binds << m_user.username;
    if (hasRole("leader")) {
        personnelReaders =
            QStringLiteral("EXISTS (SELECT 1 FROM users eu WHERE eu.username = %1.employee AND %2)")
                .arg(alias, unitFilter(QStringLiteral("eu.unit_id"), binds));
    }
    personnel += personnelReaders + QLatin1Char(')');
    const QString grant =
        QStringLiteral("EXISTS (SELECT 1 FROM grants g WHERE g.case_id = %1.id AND g.ended_seq IS NULL "
                       "AND (g.until IS NULL OR g.until >= ?) AND (g.user_id = ? OR g.unit_id = ?)%2)")
            .arg(alias, write ? QStringLiteral(" AND g.access = 'write'") : QString());
    binds << QDate::currentDate().toString(Qt::ISODate) << m_user.id << m_user.unitId;
    // Every part is true or false, never NULL: callers negate it.
    return QStringLiteral("(%1 OR %2 OR %3 OR %4)").arg(normal, confidential, personnel, grant);
}

QString AccessPolicy::entityFilter(const QString& alias, QVariantList& binds) const
{
    const QString ownCase = caseFilter(alias, binds);
    const QString parentCase = caseFilter(QStringLiteral("ac"), binds);
    const QString partyCase = caseFilter(QStringLiteral("pc"), binds);
    return QStringLiteral("((%2.entity = 'case' AND %1) OR (%2.entity <> 'case' AND %2.entity <> 'party' AND "
                          "EXISTS (SELECT 1 FROM entities ac WHERE ac.entity = 'case' AND ac.id = %2.case_id "
                          "AND %3)) OR (%2.entity = 'party' AND EXISTS (SELECT 1 FROM case_parties cp "
                          "JOIN entities pc ON pc.entity = 'case' AND pc.id = cp.case_id "
                          "WHERE cp.party_id = %2.id AND %4)))")
        .arg(ownCase, alias, parentCase, partyCase);
}

QString AccessPolicy::mayHaveSeenFilter(const QString& alias, QVariantList& binds) const
{
    const QString unit = unitFilter(alias + QStringLiteral(".unit_id"), binds);
    binds << m_user.id << m_user.unitId;
    // A grant the user held, or a case that left the normal class (its readers are not its unit's):
    // such a revocation may concern the user. Telling someone else of it gives away only an id.
    return QStringLiteral("(%1 OR %2.case_id IN (SELECT g.case_id FROM grants g WHERE g.user_id = ? OR "
                          "g.unit_id = ?) OR %2.case_id IN (SELECT c2.id FROM entities c2 WHERE c2.entity = "
                          "'case' AND COALESCE(c2.access_class, 'normal') <> 'normal'))")
        .arg(unit, alias);
}

bool AccessPolicy::canReadCase(const QString& caseId)
{
    QVariantList binds{caseId};
    const QString filter = caseFilter(QStringLiteral("c"), binds);
    return m_db
        .exec(QStringLiteral("SELECT 1 FROM entities c WHERE c.entity = 'case' AND c.id = ? AND ") + filter,
              binds)
        .next();
}

bool AccessPolicy::canWriteCase(const QString& caseId)
{
    QVariantList binds{caseId};
    const QString filter = caseFilter(QStringLiteral("c"), binds, true);
    return m_db
        .exec(QStringLiteral("SELECT 1 FROM entities c WHERE c.entity = 'case' AND c.id = ? AND ") + filter,
              binds)
        .next();
}

QString AccessPolicy::blobCase(const QString& sha256)
{
    QVariantList binds{sha256};
    const QString filter = caseFilter(QStringLiteral("c"), binds);
    QSqlQuery query = m_db.exec(
        QStringLiteral(
            "SELECT c.id FROM blob_refs r JOIN entities c ON c.entity = 'case' AND c.id = r.case_id "
            "WHERE r.sha256 = ? AND ") +
            filter,
        binds);
    return query.next() ? query.value(0).toString() : QString();
}

bool AccessPolicy::canReadBlob(const QString& sha256)
{
    if (!blobCase(sha256).isEmpty()) {
        return true;
    }
    return m_db
        .exec(QStringLiteral("SELECT 1 FROM blob_uploads WHERE sha256 = ? AND user_id = ?"),
              {sha256, m_user.id})
        .next();
}

} // namespace akta::server
