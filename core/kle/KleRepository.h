#pragma once

#include "kle/KleEntry.h"

#include <QList>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::kle {

// The KLE plan as the local store holds it.
class KleRepository final
{
public:
    explicit KleRepository(sqlite::Database& db) : m_db(db) {}

    bool isEmpty();
    // Replaces the whole plan; the caller holds the transaction.
    void replaceAll(const QList<KleEntry>& entries);
    std::optional<KleEntry> find(const QString& number);
    // Every emne (level 3) in number order; retired ones only when asked for.
    QList<KleEntry> subjects(bool includeRetired = false);

private:
    sqlite::Database& m_db;
};

} // namespace akta::kle
