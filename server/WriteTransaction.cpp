#include "WriteTransaction.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

namespace akta::server {

WriteTransaction::WriteTransaction(ServerDatabase& db) : m_db(db)
{
    m_db.exec(m_db.dialect().beginWrite());
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace akta::server
