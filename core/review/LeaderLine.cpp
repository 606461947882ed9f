#include "review/LeaderLine.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

#include <QStringList>

namespace akta::review {

QStringList LeaderLine::unitsUp(const QString& unitId)
{
    QStringList units;
    directory::Directory directory(m_db);
    QString next = unitId;
    while (!next.isEmpty() && !units.contains(next)) {
        const auto unit = directory.unit(next);
        if (!unit) {
            break;
        }
        units << unit->id;
        next = unit->parentId;
    }
    return units;
}

QString LeaderLine::employeeOf(const QString& caseId)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT employee FROM cases WHERE id = ?1 AND access_class = 'personnel'"));
    query.bind(1, caseId);
    return query.step() ? query.columnText(0) : QString();
}

QString LeaderLine::reviewUnit(const QString& caseId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT CASE WHEN c.access_class = 'personnel' THEN u.unit_id ELSE c.responsible_unit END "
        "FROM cases c LEFT JOIN users u ON u.username = c.employee WHERE c.id = ?1"));
    query.bind(1, caseId);
    return query.step() ? query.columnText(0) : QString();
}

QList<directory::User> LeaderLine::leaders(const QString& caseId, const QString& exceptUserId)
{
    const QString employee = employeeOf(caseId);
    auto query = m_db.prepare(
        QStringLiteral("SELECT id FROM users WHERE unit_id = ?1 AND role = 'leader' AND id <> ?2 "
                       "AND username IS NOT ?3 ORDER BY username"));
    QList<directory::User> result;
    directory::Directory directory(m_db);
    for (const QString& unit : unitsUp(reviewUnit(caseId))) {
        query.bind(1, unit).bind(2, exceptUserId).bind(3, employee);
        while (query.step()) {
            if (const auto user = directory.user(query.columnText(0))) {
                result << *user;
            }
        }
        query.reset();
    }
    return result;
}

std::optional<directory::User> LeaderLine::nearestLeader(const QString& caseId, const QString& exceptUserId)
{
    const QList<directory::User> line = leaders(caseId, exceptUserId);
    return line.isEmpty() ? std::nullopt : std::optional<directory::User>(line.first());
}

bool LeaderLine::contains(const directory::User& user, const QString& caseId)
{
    return user.role == QLatin1String("leader") && user.username != employeeOf(caseId) &&
           unitsUp(reviewUnit(caseId)).contains(user.unitId);
}

bool LeaderLine::mayDecide(const directory::User& actor, const QString& reviewerId)
{
    if (actor.id == reviewerId) {
        return true;
    }
    const auto reviewer = directory::Directory(m_db).user(reviewerId);
    if (actor.role != QLatin1String("leader") || !reviewer) {
        return false;
    }
    const QStringList above = unitsUp(reviewer->unitId).mid(1);
    return above.contains(actor.unitId);
}

} // namespace akta::review
