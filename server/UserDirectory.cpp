#include "UserDirectory.h"

#include "PasswordHasher.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"
#include "registry/CprNumber.h"
#include "util/Ids.h"

#include <QRegularExpression>

#include <stdexcept>

namespace akta::server {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

const char* const kUserColumns = "SELECT id, username, full_name, unit_id, role FROM users ";

ServerUser readUser(const QSqlQuery& query)
{
    return ServerUser{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString()};
}

} // namespace

QJsonObject ServerUser::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("fullName"), fullName},
            {QStringLiteral("unitId"), unitId},
            {QStringLiteral("role"), role}};
}

bool UserDirectory::isRole(const QString& role)
{
    static const QStringList roles{QStringLiteral("caseworker"), QStringLiteral("leader"),
                                   QStringLiteral("hr"), QStringLiteral("dpo"), QStringLiteral("admin")};
    return roles.contains(role);
}

QString UserDirectory::ensureUnitPath(const QString& unitPath)
{
    const QStringList names = unitPath.split(QLatin1Char('/'));
    QString parentId;
    QString path;
    for (const QString& raw : names) {
        const QString name = raw.simplified();
        if (name.isEmpty()) {
            fail(QStringLiteral("the unit path '%1' has an empty name").arg(unitPath));
        }
        path = path.isEmpty() ? name : path + QLatin1Char('/') + name;
        QSqlQuery found = m_db.exec(QStringLiteral("SELECT id FROM units WHERE path = ?"), {path});
        if (found.next()) {
            parentId = found.value(0).toString();
            continue;
        }
        const QString id = util::newId();
        m_db.exec(QStringLiteral("INSERT INTO units(id, parent_id, name, path) VALUES (?, ?, ?, ?)"),
                  {id, parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(parentId),
                   name, path});
        parentId = id;
    }
    return parentId;
}

ServerUser UserDirectory::addUser(const QString& username, const QByteArray& password,
                                  const QString& unitPath, const QString& role, const QString& cpr)
{
    static const QRegularExpression namePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._@-]{1,64}")));
    if (!namePattern.match(username).hasMatch()) {
        fail(QStringLiteral("a user name is 1-64 letters a-z, digits and . _ @ -"));
    }
    if (password.size() < 8) {
        fail(QStringLiteral("the password must have at least 8 characters"));
    }
    if (!isRole(role)) {
        fail(QStringLiteral("unknown role '%1' (caseworker, leader, hr, dpo or admin)").arg(role));
    }
    QString cprDigits;
    if (!cpr.isEmpty()) {
        const auto parsed = registry::CprNumber::parse(cpr);
        if (!parsed.isValid()) {
            fail(QStringLiteral("--cpr: %1").arg(parsed.errorMessage()));
        }
        cprDigits = parsed.normalized();
    }
    const QString hash = PasswordHasher::hash(password);
    WriteTransaction transaction(m_db);
    if (m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {username}).next()) {
        fail(QStringLiteral("the user '%1' exists already").arg(username));
    }
    ServerUser user{util::newId(), username, username, ensureUnitPath(unitPath), role};
    m_db.exec(QStringLiteral("INSERT INTO users(id, username, full_name, password_hash, unit_id, role, cpr) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {user.id, user.username, user.fullName, hash, user.unitId, user.role,
               cprDigits.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cprDigits)});
    transaction.commit();
    return user;
}

std::optional<ServerUser> UserDirectory::findById(const QString& id)
{
    QSqlQuery query = m_db.exec(QLatin1String(kUserColumns) + QStringLiteral("WHERE id = ?"), {id});
    return query.next() ? std::optional<ServerUser>(readUser(query)) : std::nullopt;
}

std::optional<std::pair<ServerUser, QString>> UserDirectory::findForLogin(const QString& username)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral(
            "SELECT id, username, full_name, unit_id, role, password_hash FROM users WHERE username = ?"),
        {username});
    if (!query.next()) {
        return std::nullopt;
    }
    return std::make_pair(readUser(query), query.value(5).toString());
}

QList<ServerUser> UserDirectory::users()
{
    QSqlQuery query = m_db.exec(QLatin1String(kUserColumns) + QStringLiteral("ORDER BY username"));
    QList<ServerUser> result;
    while (query.next()) {
        result << readUser(query);
    }
    return result;
}

QHash<QString, QString> UserDirectory::cprNumbers()
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT id, cpr FROM users WHERE cpr IS NOT NULL"));
    QHash<QString, QString> result;
    while (query.next()) {
        result.insert(query.value(0).toString(), query.value(1).toString());
    }
    return result;
}

QList<ServerUnit> UserDirectory::units()
{
    // A parent's path is a prefix of its children's, so sorting by path puts parents first.
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT id, parent_id, name, path FROM units ORDER BY path"));
    QList<ServerUnit> result;
    while (query.next()) {
        result << ServerUnit{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString()};
    }
    return result;
}

} // namespace akta::server
