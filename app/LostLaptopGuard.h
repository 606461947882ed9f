#pragma once

#include <QCoreApplication>
#include <QString>

namespace akta::app {

// The desktop's side of store::StoreGuard: before the store opens (and after the window closed because the
// server revoked this device) a revoked or expired store is wiped, and the user is told why and how many
// unsynced changes were lost.
class LostLaptopGuard final
{
    Q_DECLARE_TR_FUNCTIONS(akta::app::LostLaptopGuard)

public:
    // True when the store was wiped (the message has been shown).
    static bool enforce(const QString& directory);
};

} // namespace akta::app
