#include "FirstRun.h"

#include "directory/Directory.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "util/Ids.h"

namespace akta::app {

QString FirstRun::ensureUser(store::LocalStore& store)
{
    directory::Directory directory(store.database());
    if (const auto user = directory.currentUser()) {
        return user->id;
    }
    QString account = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    if (account.isEmpty()) {
        account = QStringLiteral("sagsbehandler");
    }
    sqlite::Transaction transaction(store.database());
    const directory::Unit unit{util::newId(), QString(), tr("My unit")};
    directory.addUnit(unit);
    directory::User user{util::newId(), account, account, unit.id, QStringLiteral("caseworker")};
    if (directory.userByName(account)) {
        user.username = account + QLatin1Char('-') + user.id.left(8);
    }
    directory.addUser(user);
    directory.setCurrentUser(user.id);
    transaction.commit();
    return user.id;
}

} // namespace akta::app
