#include "registry/StoreRegister.h"

#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"

#include <QDate>

namespace akta::registry {

QString StoreRegister::personKey(const QString& cpr)
{
    // The latest date QDate knows: only the form of the number and the existence of the date count.
    static const QDate kNoFutureCheck(9999, 12, 31);
    return CprNumber::parse(cpr, kNoFutureCheck).normalized();
}

QString StoreRegister::companyKey(const QString& cvr)
{
    return CvrNumber::parse(cvr).normalized();
}

std::optional<PersonRecord> StoreRegister::person(const QString& cpr)
{
    const QString key = personKey(cpr);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    auto query = m_db.prepare(
        QStringLiteral("SELECT cpr, first_name, last_name, street, postal_code, city, protected, status "
                       "FROM register_persons WHERE cpr = ?1"));
    query.bind(1, key);
    if (!query.step()) {
        return std::nullopt;
    }
    PersonRecord record;
    record.cpr = query.columnText(0);
    record.firstName = query.columnText(1);
    record.lastName = query.columnText(2);
    record.isProtected = query.columnInt(6) != 0;
    if (!record.isProtected) {
        record.street = query.columnText(3);
        record.postalCode = query.columnText(4);
        record.city = query.columnText(5);
    }
    record.status = query.columnText(7);

    auto relations = m_db.prepare(QStringLiteral(
        "SELECT type, related_cpr FROM register_person_relations WHERE cpr = ?1 ORDER BY CASE type "
        "WHEN 'parent' THEN 0 WHEN 'child' THEN 1 WHEN 'custody' THEN 2 ELSE 3 END, related_cpr"));
    relations.bind(1, key);
    while (relations.step()) {
        record.relations.append({relations.columnText(0), relations.columnText(1)});
    }
    return record;
}

std::optional<CompanyRecord> StoreRegister::company(const QString& cvr)
{
    const QString key = companyKey(cvr);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    auto query = m_db.prepare(QStringLiteral("SELECT cvr, name, street, postal_code, city, industry, status "
                                             "FROM register_companies WHERE cvr = ?1"));
    query.bind(1, key);
    if (!query.step()) {
        return std::nullopt;
    }
    CompanyRecord record;
    record.cvr = query.columnText(0);
    record.name = query.columnText(1);
    record.street = query.columnText(2);
    record.postalCode = query.columnText(3);
    record.city = query.columnText(4);
    record.industry = query.columnText(5);
    record.status = query.columnText(6);
    return record;
}

} // namespace akta::registry
