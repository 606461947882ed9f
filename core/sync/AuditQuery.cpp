#include "sync/AuditQuery.h"

#include "directory/Directory.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"

#include <QSysInfo>
#include <QUrlQuery>
#include <QUuid>

namespace akta::sync {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw SyncError(SyncError::Kind::Protocol, message.toStdString());
}

QString documentTitle(sqlite::Database& db, const AuditEntry& entry)
{
    QString sql;
    if (entry.entity == QLatin1String("document")) {
        sql = QStringLiteral("SELECT title FROM documents WHERE id = ?1");
    } else if (entry.entity == QLatin1String("document_version")) {
        sql =
            QStringLiteral("SELECT d.title FROM document_versions v JOIN documents d ON d.id = v.document_id "
                           "WHERE v.id = ?1");
    } else if (entry.entity == QLatin1String("blob")) {
        sql =
            QStringLiteral("SELECT d.title FROM document_versions v JOIN documents d ON d.id = v.document_id "
                           "WHERE v.sha256 = ?1 ORDER BY v.version LIMIT 1");
    } else {
        return {};
    }
    auto query = db.prepare(sql);
    query.bind(1, entry.entityId);
    return query.step() ? query.columnText(0) : QString();
}

} // namespace

std::pair<QUrl, QString> AuditQuery::storeAccount(const QString& storeDirectory)
{
    store::LocalStore store(storeDirectory);
    auto query =
        store.database().prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'account'"));
    const QString account = query.step() ? query.columnText(0) : QString();
    const auto user = directory::Directory(store.database()).currentUser();
    return {QUrl(account.section(QLatin1Char('|'), 0, 0)), user ? user->username : QString()};
}

AuditEntries AuditQuery::fetch(const SyncOptions& account, const AuditFilter& filter)
{
    store::LocalStore store(m_storeDirectory);
    sqlite::Database& db = store.database();
    QUrlQuery query;
    if (!filter.caseNumber.isEmpty()) {
        QString caseId = filter.caseNumber;
        if (QUuid::fromString(filter.caseNumber).isNull()) {
            auto find = db.prepare(QStringLiteral("SELECT id FROM cases WHERE case_number = ?1"));
            find.bind(1, filter.caseNumber);
            if (!find.step()) {
                refuse(QStringLiteral("this store has no case numbered %1").arg(filter.caseNumber));
            }
            caseId = find.columnText(0);
        }
        query.addQueryItem(QStringLiteral("case"), caseId.toLower());
    }
    if (!filter.user.isEmpty()) {
        const auto user = directory::Directory(db).userByName(filter.user);
        if (!user) {
            refuse(QStringLiteral("this store knows no user named %1").arg(filter.user));
        }
        query.addQueryItem(QStringLiteral("user"), user->id);
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        refuse(QStringLiteral("the period ends before it begins"));
    }
    if (filter.from.isValid()) {
        query.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        query.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(filter.limit));

    ServerApi api(account.server, account.retry, account.idleTimeoutMs);
    if (!account.token.isEmpty()) {
        api.setToken(account.token);
    } else if (!account.username.isEmpty() && !account.password.isEmpty()) {
        api.login(account.username, account.password,
                  account.device.isEmpty() ? QSysInfo::machineHostName() : account.device);
    } else {
        throw SyncError(SyncError::Kind::Auth, "no session and no user name and password to log in with");
    }
    AuditEntries entries;
    for (const QJsonValue& value : api.auditEntries(query)) {
        AuditEntry entry = AuditEntry::fromServer(value.toObject());
        entry.document = documentTitle(db, entry);
        // A look at the log filtered by user records the user's id: show the name.
        if (const QString userId = entry.detail.value(QStringLiteral("user")).toString(); !userId.isEmpty()) {
            if (const auto user = directory::Directory(db).user(userId)) {
                entry.detail.insert(QStringLiteral("user"), user->username);
            }
        }
        entries << entry;
    }
    return entries;
}

} // namespace akta::sync
