#include "store/StoreWipe.h"

#include "store/LocalStore.h"
#include "store/StoreId.h"
#include "store/StoreKey.h"
#include "store/StoreKeyProvider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace akta::store {

QString StoreWipe::markerPathFor(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("wipe-pending"));
}

void StoreWipe::markPending(const QString& directory)
{
    QFile marker(markerPathFor(directory));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write("the server revoked this device: the store is wiped at the next start\n");
    }
}

bool StoreWipe::isPending(const QString& directory)
{
    return QFileInfo::exists(markerPathFor(directory));
}

QStringList StoreWipe::wipe(const QString& directory, const StoreKeyProvider& keys)
{
    QStringList failed;
    markPending(directory);
    try {
        keys.forget(directory);
    } catch (const StoreKeyError& error) {
        failed << QString::fromUtf8(error.what());
    }
    const QString database = LocalStore::databasePathFor(directory);
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(database + suffix);
        if (file.exists() && !file.remove()) {
            failed << database + suffix + QStringLiteral(": ") + file.errorString();
        }
    }
    QDir blobs(LocalStore::blobDirectoryFor(directory));
    if (blobs.exists() && !blobs.removeRecursively()) {
        failed << blobs.path();
    }
    QFile::remove(StoreId::filePathFor(directory));
    if (failed.isEmpty()) {
        QFile::remove(markerPathFor(directory));
    }
    return failed;
}

} // namespace akta::store
