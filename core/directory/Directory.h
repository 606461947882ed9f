#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::directory {

struct Unit
{
    QString id;
    QString parentId;
    QString name;
};

struct User
{
    QString id;
    QString username;
    QString fullName;
    QString unitId;
    QString role;
};

// Units and users as the local store knows them, and who is working on this desktop.
class Directory final
{
public:
    explicit Directory(sqlite::Database& db) : m_db(db) {}

    void addUnit(const Unit& unit);
    void addUser(const User& user);
    std::optional<User> user(const QString& id);
    std::optional<User> userByName(const QString& username);
    std::optional<Unit> unit(const QString& id);
    QList<User> users();

    // The signed-in user of this store (store_meta "current_user"), if any.
    std::optional<User> currentUser();
    void setCurrentUser(const QString& userId);

private:
    sqlite::Database& m_db;
};

} // namespace akta::directory
