#include "sqlite/Transaction.h"

#include "sqlite/Database.h"

#include <sqlite3.h>

namespace akta::sqlite {

Transaction::Transaction(Database& db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? QStringLiteral("SAVEPOINT akta_nested") : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
        m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO akta_nested; RELEASE akta_nested")
                           : QStringLiteral("ROLLBACK"));
    } catch (...) {
        // A failed rollback leaves SQLite to roll back on close; nothing more to do here.
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? QStringLiteral("RELEASE akta_nested") : QStringLiteral("COMMIT"));
    m_done = true;
    if (!m_nested) {
        m_db.scrubWalIfRequested();
    }
}

} // namespace akta::sqlite
