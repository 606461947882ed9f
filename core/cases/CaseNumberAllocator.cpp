#include "cases/CaseNumberAllocator.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

namespace akta::cases {

QString CaseNumberAllocator::next(const QString& kleSubject, const QString& facet, int year)
{
    auto bump = m_db.prepare(QStringLiteral(
        "INSERT INTO case_number_counters(kle_subject, year, last_number) VALUES (?1, ?2, 1) "
        "ON CONFLICT(kle_subject, year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number"));
    bump.bind(1, kleSubject).bind(2, year);
    bump.step();
    const int number = bump.columnInt(0);
    bump.reset();
    return format(kleSubject, facet, number, year);
}

void CaseNumberAllocator::observe(const QString& kleSubject, int year, int number)
{
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO case_number_counters(kle_subject, year, last_number) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(kle_subject, year) DO UPDATE SET last_number = max(last_number, excluded.last_number)"));
    upsert.bind(1, kleSubject).bind(2, year).bind(3, number).exec();
}

QString CaseNumberAllocator::format(const QString& kleSubject, const QString& facet, int number, int year)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(kleSubject, facet)
        .arg(number)
        .arg(year % 100, 2, 10, QLatin1Char('0'));
}

} // namespace akta::cases
