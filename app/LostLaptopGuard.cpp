#include "LostLaptopGuard.h"

#include "store/StoreGuard.h"
#include "store/StoreKeyProvider.h"

#include <QDateTime>
#include <QLocale>
#include <QMessageBox>

#include <exception>

namespace akta::app {

bool LostLaptopGuard::enforce(const QString& directory)
{
    store::StoreGuard::Verdict verdict;
    try {
        verdict = store::StoreGuard::enforce(directory, store::StoreKeyProvider::forProcess(),
                                             QDateTime::currentDateTimeUtc());
    } catch (const std::exception&) {
        return false; // opening the store reports why it cannot be read
    }
    QString text;
    switch (verdict.action) {
    case store::StoreGuard::Action::None:
        return false;
    case store::StoreGuard::Action::WipedRevoked:
        text = tr("This computer has been blocked by an administrator, so the local data in Akta on this "
                  "computer has been deleted.");
        break;
    case store::StoreGuard::Action::WipedExpired:
        text = tr("Akta has not been in contact with the server for %n day(s) or more (last contact %1). To "
                  "protect the data on a lost computer, the local data in Akta on this computer has been "
                  "deleted.",
                  nullptr, verdict.offlineDays)
                   .arg(QLocale().toString(verdict.lastContact.toLocalTime(), QLocale::ShortFormat));
        break;
    }
    text += QLatin1Char('\n') + tr("%n change(s) not yet synchronised were lost.", nullptr,
                                   static_cast<int>(verdict.lostOperations));
    if (!verdict.failures.isEmpty()) {
        text +=
            QLatin1Char('\n') + tr("Could not delete: %1").arg(verdict.failures.join(QStringLiteral(", ")));
    }
    QMessageBox box(QMessageBox::Warning, tr("Local data deleted"), text, QMessageBox::Ok);
    box.setObjectName(QStringLiteral("wipedMessage"));
    box.setAccessibleName(tr("Local data deleted"));
    box.exec();
    return true;
}

} // namespace akta::app
