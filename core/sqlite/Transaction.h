#pragma once

namespace akta::sqlite {

class Database;

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
// IMMEDIATE takes the write lock up front so that two writers never deadlock on an upgrade.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace akta::sqlite
