#pragma once

#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// Allocates case numbers of the form EMNE-FACET-LØBENR-ÅÅ (e.g. 27.24.00-G01-17-26), with a running
// number per emne and year. On the desktop the number is provisional until the server makes it
// official; the caller holds the transaction.
class CaseNumberAllocator final
{
public:
    explicit CaseNumberAllocator(sqlite::Database& db) : m_db(db) {}

    QString next(const QString& kleSubject, const QString& facet, int year);
    // Makes sure later numbers come after `number` (used when cases arrive from elsewhere).
    void observe(const QString& kleSubject, int year, int number);

    static QString format(const QString& kleSubject, const QString& facet, int number, int year);

private:
    sqlite::Database& m_db;
};

} // namespace akta::cases
