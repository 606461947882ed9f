#include "store/StoreId.h"

#include "store/StoreKey.h"
#include "util/Ids.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace akta::store {

QString StoreId::filePathFor(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("store.id"));
}

QString StoreId::read(const QString& directory)
{
    QFile file(filePathFor(directory));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromLatin1(file.read(100)).trimmed();
    return QUuid::fromString(text).isNull() ? QString() : text;
}

QString StoreId::ensure(const QString& directory)
{
    const QString existing = read(directory);
    if (!existing.isEmpty()) {
        return existing;
    }
    if (!QDir().mkpath(directory)) {
        throw StoreKeyError("cannot create the store folder " + directory.toStdString());
    }
    const QString id = util::newId();
    QSaveFile file(filePathFor(directory));
    if (!file.open(QIODevice::WriteOnly) || file.write(id.toLatin1() + '\n') < 0 || !file.commit()) {
        throw StoreKeyError("cannot write the store id to " + filePathFor(directory).toStdString() + ": " +
                            file.errorString().toStdString());
    }
    return id;
}

} // namespace akta::store
