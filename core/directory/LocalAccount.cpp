#include "directory/LocalAccount.h"

#include "directory/Directory.h"
#include "sqlite/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>

namespace akta::directory {

QString LocalAccount::ensure(sqlite::Database& db)
{
    Directory directory(db);
    if (const auto user = directory.currentUser()) {
        return user->id;
    }
    QString account = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    if (account.isEmpty()) {
        account = QStringLiteral("sagsbehandler");
    }
    sqlite::Transaction transaction(db);
    const Unit unit{util::newId(), QString(),
                    QCoreApplication::translate("akta::directory::LocalAccount", "My unit")};
    directory.addUnit(unit);
    User user{util::newId(), account, account, unit.id, QStringLiteral("caseworker")};
    if (directory.userByName(account)) {
        user.username = account + QLatin1Char('-') + user.id.left(8);
    }
    directory.addUser(user);
    directory.setCurrentUser(user.id);
    transaction.commit();
    return user.id;
}

} // namespace akta::directory
