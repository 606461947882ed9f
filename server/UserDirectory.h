#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace akta::server {

class ServerDatabase;

struct ServerUser
{
    QString id;
    QString username;
    QString fullName;
    QString unitId;
    QString role; // caseworker, leader, hr, dpo, admin

    QJsonObject toJson() const;
};

struct ServerUnit
{
    QString id;
    QString parentId; // empty for a root
    QString name;
    QString path; // "Børn og Unge/PPR"
};

// Users and the unit tree.
class UserDirectory final
{
public:
    explicit UserDirectory(ServerDatabase& db) : m_db(db) {}

    static bool isRole(const QString& role);

    // Adds a user in the unit at `unitPath`, creating the units on the path that are missing; all
    // in one transaction. Throws std::invalid_argument (bad name, role, path, CPR; user exists).
    ServerUser addUser(const QString& username, const QByteArray& password, const QString& unitPath,
                       const QString& role, const QString& cpr);

    std::optional<ServerUser> findById(const QString& id);
    // The user and their password hash, for login.
    std::optional<std::pair<ServerUser, QString>> findForLogin(const QString& username);
    QList<ServerUser> users();
    // The CPR numbers of the users who have one, by user id (for HR, who makes personnel cases).
    QHash<QString, QString> cprNumbers();
    QList<ServerUnit> units(); // parents before children

private:
    QString ensureUnitPath(const QString& unitPath);

    ServerDatabase& m_db;
};

} // namespace akta::server
