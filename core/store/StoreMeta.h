#pragma once

#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::store {

// The store's own key/value settings (store_meta): the signed-in user, the municipality, the KLE
// plan's publication date, mail domains.
class StoreMeta final
{
public:
    explicit StoreMeta(sqlite::Database& db) : m_db(db) {}

    // Empty when the key is not set.
    QString value(const QString& key);
    void setValue(const QString& key, const QString& value);

private:
    sqlite::Database& m_db;
};

} // namespace akta::store
