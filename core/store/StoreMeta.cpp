#include "store/StoreMeta.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

namespace akta::store {

QString StoreMeta::value(const QString& key)
{
    auto query = m_db.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?1"));
    query.bind(1, key);
    return query.step() ? query.columnText(0) : QString();
}

void StoreMeta::setValue(const QString& key, const QString& value)
{
    auto query = m_db.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES (?1, ?2) ON "
                                             "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bind(1, key).bind(2, value).exec();
}

} // namespace akta::store
