#pragma once

#include <QCoreApplication>
#include <QString>

namespace akta::store {
class LocalStore;
}

namespace akta::app {

// Makes sure a store has a signed-in user. A new personal store gets a unit and a user named after
// the desktop account until the server issue brings real sign-in; returns the user's id.
class FirstRun final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    static QString ensureUser(store::LocalStore& store);
};

} // namespace akta::app
