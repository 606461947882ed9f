#include "kle/KleRepository.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

namespace akta::kle {

namespace {

KleEntry readEntry(const sqlite::Statement& row)
{
    KleEntry entry;
    entry.number = row.columnText(0);
    entry.level = row.columnInt(1);
    entry.parent = row.columnText(2);
    entry.title = row.columnText(3);
    entry.retention = row.columnText(4);
    entry.deletion = row.columnText(5);
    entry.retiredAt = row.columnText(6);
    return entry;
}

const char* const kColumns = "number, level, parent, title, retention, deletion, retired_at";

} // namespace

bool KleRepository::isEmpty()
{
    auto query = m_db.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM kle_entries)"));
    query.step();
    return query.columnInt(0) != 0;
}

void KleRepository::replaceAll(const QList<KleEntry>& entries)
{
    m_db.exec(QStringLiteral("DELETE FROM kle_entries"));
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO kle_entries(%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                         .arg(QLatin1String(kColumns)));
    // Parents before children, so that the foreign key holds at every insert.
    for (int level = 1; level <= 3; ++level) {
        for (const KleEntry& entry : entries) {
            if (entry.level != level) {
                continue;
            }
            insert.bind(1, entry.number).bind(2, entry.level);
            entry.parent.isEmpty() ? insert.bindNull(3) : insert.bind(3, entry.parent);
            insert.bind(4, entry.title);
            entry.retention.isEmpty() ? insert.bindNull(5) : insert.bind(5, entry.retention);
            entry.deletion.isEmpty() ? insert.bindNull(6) : insert.bind(6, entry.deletion);
            entry.retiredAt.isEmpty() ? insert.bindNull(7) : insert.bind(7, entry.retiredAt);
            insert.exec();
        }
    }
}

std::optional<KleEntry> KleRepository::find(const QString& number)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM kle_entries WHERE number = ?1").arg(QLatin1String(kColumns)));
    query.bind(1, number);
    if (!query.step()) {
        return std::nullopt;
    }
    return readEntry(query);
}

QList<KleEntry> KleRepository::subjects(bool includeRetired)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM kle_entries WHERE level = 3 %2 ORDER BY number")
                         .arg(QLatin1String(kColumns),
                              includeRetired ? QString() : QStringLiteral("AND retired_at IS NULL")));
    QList<KleEntry> result;
    while (query.step()) {
        result.append(readEntry(query));
    }
    return result;
}

} // namespace akta::kle
