#include "sqlite/CryptKeyRing.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace akta::sqlite {

namespace {

struct Ring
{
    QMutex mutex;
    std::vector<PageCipher::Key> keys; // index = id
    QHash<QString, int> byPath;
};

Ring& ring()
{
    static Ring instance;
    return instance;
}

} // namespace

QString CryptKeyRing::normalisedPath(const QString& databasePath)
{
    return QDir::cleanPath(QFileInfo(databasePath).absoluteFilePath());
}

int CryptKeyRing::registerKey(const QString& databasePath, const PageCipher::Key& key)
{
    Ring& r = ring();
    const QMutexLocker locker(&r.mutex);
    const QString path = normalisedPath(databasePath);
    const auto existing = r.byPath.constFind(path);
    if (existing != r.byPath.constEnd() && r.keys[std::size_t(*existing)] == key) {
        return *existing;
    }
    r.keys.push_back(key);
    const int id = int(r.keys.size()) - 1;
    r.byPath.insert(path, id);
    return id;
}

std::optional<int> CryptKeyRing::keyIdFor(const QString& databasePath)
{
    Ring& r = ring();
    const QMutexLocker locker(&r.mutex);
    const auto found = r.byPath.constFind(normalisedPath(databasePath));
    if (found == r.byPath.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

std::optional<PageCipher::Key> CryptKeyRing::keyById(int id)
{
    Ring& r = ring();
    const QMutexLocker locker(&r.mutex);
    if (id < 0 || std::size_t(id) >= r.keys.size()) {
        return std::nullopt;
    }
    return r.keys[std::size_t(id)];
}

} // namespace akta::sqlite
