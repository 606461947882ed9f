#pragma once

namespace akta::sqlite {

class Database;

// RAII transaction: ROLLBACK on destruction unless commit() was called. The outermost one is
// BEGIN IMMEDIATE (the write lock up front, so that two writers never deadlock on an upgrade);
// one opened inside another is a SAVEPOINT, so that a function that writes in a transaction can
// be called on its own or as part of a larger change.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    bool isNested() const { return m_nested; }

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace akta::sqlite
