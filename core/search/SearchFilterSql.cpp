#include "search/SearchFilterSql.h"

namespace akta::search {

namespace {

class Builder
{
public:
    explicit Builder(int first) : m_next(first) {}

    QString param(const QString& value)
    {
        m_result.values.append(value);
        return QStringLiteral("?%1").arg(m_next++);
    }
    void add(const QString& condition) { m_result.condition += QLatin1String(" AND ") + condition; }
    SearchFilterSql result() const { return m_result; }

private:
    int m_next;
    SearchFilterSql m_result;
};

// kle:, facet: and status:, on the columns of `table` (c: cases, x: search_document_facts).
void addKleAndStatus(Builder& b, const SearchFilters& f, const QString& table)
{
    if (!f.kle.isEmpty()) {
        const QString p = b.param(f.kle);
        // A range rather than LIKE, so that an index on the KLE number answers it ('/' follows '.').
        b.add(QStringLiteral("(%2.kle_subject = %1 OR (%2.kle_subject > %1 || '.' AND %2.kle_subject < %1 "
                             "|| '/'))")
                  .arg(p, table));
    }
    if (!f.facet.isEmpty()) {
        b.add(QStringLiteral("%1.kle_facet = %2").arg(table, b.param(f.facet)));
    }
    if (!f.statuses.isEmpty()) {
        QStringList params;
        for (const QString& status : f.statuses) {
            params.append(b.param(status));
        }
        b.add(QStringLiteral("%1.status IN (%2)").arg(table, params.join(QLatin1String(", "))));
    }
}

// sagsbeh:, enhed: and part:, on the case `c`.
void addCaseConditions(Builder& b, const SearchFilters& f)
{
    if (!f.caseworker.isEmpty()) {
        const QString p = b.param(f.caseworker);
        b.add(QStringLiteral("c.caseworker IN (SELECT id FROM users WHERE username = %1 OR "
                             "akta_search_fold(full_name) LIKE '%' || akta_search_fold(%1) || '%')")
                  .arg(p));
    }
    if (!f.unit.isEmpty()) {
        b.add(QStringLiteral(
                  "c.responsible_unit IN (SELECT id FROM units WHERE akta_search_fold(name) LIKE '%' || "
                  "akta_search_fold(%1) || '%')")
                  .arg(b.param(f.unit)));
    }
    if (!f.party.isEmpty()) {
        bool digits = true;
        for (const QChar c : f.party) {
            digits = digits && c.isDigit();
        }
        const QString p = b.param(f.party);
        b.add(QStringLiteral("c.id IN (SELECT cp.case_id FROM case_parties cp JOIN parties p ON p.id = "
                             "cp.party_id WHERE %1)")
                  .arg(digits ? QStringLiteral("p.identifier = %1").arg(p)
                              : QStringLiteral(
                                    "akta_search_fold(p.name) LIKE '%' || akta_search_fold(%1) || '%'")
                                    .arg(p)));
    }
}

} // namespace

SearchFilterSql SearchFilterSql::forCases(const SearchFilters& filters, int firstParameter)
{
    Builder b(firstParameter);
    addKleAndStatus(b, filters, QStringLiteral("c"));
    addCaseConditions(b, filters);
    if (filters.from.isValid()) {
        b.add(QStringLiteral("substr(c.created_at, 1, 10) >= %1")
                  .arg(b.param(filters.from.toString(Qt::ISODate))));
    }
    if (filters.to.isValid()) {
        b.add(QStringLiteral("substr(c.created_at, 1, 10) <= %1")
                  .arg(b.param(filters.to.toString(Qt::ISODate))));
    }
    return b.result();
}

SearchFilterSql SearchFilterSql::forDocuments(const SearchFilters& filters, int firstParameter)
{
    Builder b(firstParameter);
    addKleAndStatus(b, filters, QStringLiteral("x"));
    if (filters.from.isValid()) {
        b.add(QStringLiteral("x.document_date >= %1").arg(b.param(filters.from.toString(Qt::ISODate))));
    }
    if (filters.to.isValid()) {
        b.add(QStringLiteral("x.document_date <= %1").arg(b.param(filters.to.toString(Qt::ISODate))));
    }
    if (!filters.type.isEmpty() && filters.type != QLatin1String("case")) {
        b.add(QStringLiteral("x.kind = %1").arg(b.param(filters.type)));
    }
    addCaseConditions(b, filters);
    SearchFilterSql result = b.result();
    result.needsCase = !filters.caseworker.isEmpty() || !filters.unit.isEmpty() || !filters.party.isEmpty();
    return result;
}

} // namespace akta::search
