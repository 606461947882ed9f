#pragma once

#include <QtGlobal>

namespace akta::server {

class ServerDatabase;

// A write transaction on this thread's connection: rolled back unless commit() is called. Writers
// are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: the seq counter row lock), so the global seq
// grows in commit order.
class WriteTransaction final
{
public:
    explicit WriteTransaction(ServerDatabase& db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    void commit();

private:
    ServerDatabase& m_db;
    bool m_open = true;
};

} // namespace akta::server
