#include "directory/Directory.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/StoreMeta.h"

namespace akta::directory {

namespace {

User readUser(const sqlite::Statement& row)
{
    return User{row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                row.columnText(4)};
}

} // namespace

void Directory::addUnit(const Unit& unit)
{
    auto query = m_db.prepare(QStringLiteral("INSERT INTO units(id, parent_id, name) VALUES (?1, ?2, ?3)"));
    query.bind(1, unit.id);
    unit.parentId.isEmpty() ? query.bindNull(2) : query.bind(2, unit.parentId);
    query.bind(3, unit.name).exec();
}

void Directory::addUser(const User& user)
{
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO users(id, username, full_name, unit_id, role) VALUES (?1, ?2, ?3, ?4, ?5)"));
    query.bind(1, user.id).bind(2, user.username).bind(3, user.fullName);
    user.unitId.isEmpty() ? query.bindNull(4) : query.bind(4, user.unitId);
    query.bind(5, user.role);
    query.exec();
}

std::optional<User> Directory::user(const QString& id)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT id, username, full_name, unit_id, role FROM users WHERE id = ?1"));
    query.bind(1, id);
    return query.step() ? std::optional<User>(readUser(query)) : std::nullopt;
}

std::optional<User> Directory::userByName(const QString& username)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT id, username, full_name, unit_id, role FROM users WHERE username = ?1"));
    query.bind(1, username);
    return query.step() ? std::optional<User>(readUser(query)) : std::nullopt;
}

std::optional<Unit> Directory::unit(const QString& id)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, parent_id, name FROM units WHERE id = ?1"));
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return Unit{query.columnText(0), query.columnText(1), query.columnText(2)};
}

QList<User> Directory::users()
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT id, username, full_name, unit_id, role FROM users ORDER BY full_name"));
    QList<User> result;
    while (query.step()) {
        result.append(readUser(query));
    }
    return result;
}

std::optional<User> Directory::currentUser()
{
    const QString id = store::StoreMeta(m_db).value(QStringLiteral("current_user"));
    return id.isEmpty() ? std::nullopt : user(id);
}

void Directory::setCurrentUser(const QString& userId)
{
    store::StoreMeta(m_db).setValue(QStringLiteral("current_user"), userId);
}

} // namespace akta::directory
