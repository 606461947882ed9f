#include "RegisterStore.h"

#include "AccessPolicy.h"
#include "ApiError.h"
#include "JsonBody.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "registry/RegisterImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace akta::server {

namespace {

QJsonObject address(const QString& street, const QString& postalCode, const QString& city)
{
    QJsonObject object;
    if (!street.isEmpty()) {
        object.insert(QStringLiteral("street"), street);
    }
    if (!postalCode.isEmpty()) {
        object.insert(QStringLiteral("postalCode"), postalCode);
    }
    if (!city.isEmpty()) {
        object.insert(QStringLiteral("city"), city);
    }
    return object;
}

QJsonObject personJson(const registry::PersonRecord& person)
{
    QJsonArray relations;
    for (const auto& relation : person.relations) {
        relations.append(QJsonObject{{QStringLiteral("type"), relation.type},
                                     {QStringLiteral("identifier"), relation.cpr}});
    }
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("identifier"), person.cpr},
        {QStringLiteral("name"), person.fullName()},        {QStringLiteral("firstName"), person.firstName},
        {QStringLiteral("lastName"), person.lastName},      {QStringLiteral("protected"), person.isProtected},
        {QStringLiteral("status"), person.status},          {QStringLiteral("relations"), relations}};
    if (!person.isProtected) {
        object.insert(QStringLiteral("address"), address(person.street, person.postalCode, person.city));
    }
    return object;
}

QJsonObject companyJson(const registry::CompanyRecord& company)
{
    return {{QStringLiteral("kind"), QStringLiteral("company")},
            {QStringLiteral("identifier"), company.cvr},
            {QStringLiteral("name"), company.name},
            {QStringLiteral("protected"), false},
            {QStringLiteral("status"), company.status},
            {QStringLiteral("industry"), company.industry},
            {QStringLiteral("address"), address(company.street, company.postalCode, company.city)}};
}

} // namespace

RegisterStore::Report RegisterStore::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()).toStdString());
    }
    Report report;
    WriteTransaction transaction(m_db);
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const auto record = registry::RegisterImporter::parseLine(line, QDate::currentDate());
        QString identifier;
        QString kind;
        QJsonObject data;
        if (const auto* person = std::get_if<registry::PersonRecord>(&record)) {
            identifier = person->cpr;
            kind = QStringLiteral("person");
            data = personJson(*person);
            ++report.persons;
        } else if (const auto* company = std::get_if<registry::CompanyRecord>(&record)) {
            identifier = company->cvr;
            kind = QStringLiteral("company");
            data = companyJson(*company);
            ++report.companies;
        } else {
            report.rejected.append({lineNumber, std::get<QString>(record)});
            continue;
        }
        m_db.exec(QStringLiteral(
                      "INSERT INTO register_entries(identifier, kind, data) VALUES (?, ?, ?) "
                      "ON CONFLICT (identifier) DO UPDATE SET kind = excluded.kind, data = excluded.data"),
                  {identifier, kind, QString::fromUtf8(JsonBody::serialize(data))});
    }
    transaction.commit();
    return report;
}

QJsonArray RegisterStore::elsewhere(const QString& digits, const AccessPolicy& policy)
{
    // Existence-only: caseworkers and leaders learn that the person has a normal case they cannot
    // read (number, unit, caseworker: whom to call), never its title, parties or documents.
    // Confidential and personnel cases are not told of at all.
    QJsonArray elsewhere;
    if (!policy.hasRole("caseworker") && !policy.hasRole("leader")) {
        return elsewhere;
    }
    QVariantList binds{digits};
    const QString filter = policy.caseFilter(QStringLiteral("c"), binds);
    QSqlQuery cases = m_db.exec(
        QStringLiteral(
            "SELECT DISTINCT c.fields, u.path FROM entities p JOIN case_parties cp ON cp.party_id = "
            "p.id JOIN entities c ON c.entity = 'case' AND c.id = cp.case_id "
            "LEFT JOIN units u ON u.id = c.unit_id WHERE p.entity = 'party' AND p.lookup_key = ? "
            "AND COALESCE(c.access_class, 'normal') = 'normal' AND NOT ") +
            filter,
        binds);
    while (cases.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(cases.value(0).toString().toUtf8()).object();
        elsewhere.append(
            QJsonObject{{QStringLiteral("caseNumber"), fields.value(QStringLiteral("caseNumber"))},
                        {QStringLiteral("unit"), cases.value(1).toString()},
                        {QStringLiteral("caseworker"), fields.value(QStringLiteral("caseworker"))}});
    }
    return elsewhere;
}

std::optional<QJsonObject> RegisterStore::find(const QString& identifier, const AccessPolicy& policy)
{
    QString digits;
    const auto cpr = registry::CprNumber::parse(identifier);
    const auto cvr = registry::CvrNumber::parse(identifier);
    if (cpr.isValid()) {
        digits = cpr.normalized();
    } else if (cvr.isValid()) {
        digits = cvr.normalized();
    } else {
        throw ApiError::badRequest(
            QStringLiteral("'%1' is neither a CPR nor a CVR number: %2").arg(identifier, cpr.errorMessage()));
    }
    QSqlQuery query =
        m_db.exec(QStringLiteral("SELECT data FROM register_entries WHERE identifier = ?"), {digits});
    if (!query.next()) {
        return std::nullopt;
    }
    QJsonObject person = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QVariantList binds{digits};
    const QString filter = policy.caseFilter(QStringLiteral("c"), binds);
    QSqlQuery cases = m_db.exec(
        QStringLiteral(
            "SELECT DISTINCT c.id, c.fields FROM entities p JOIN case_parties cp ON cp.party_id = p.id "
            "JOIN entities c ON c.entity = 'case' AND c.id = cp.case_id "
            "WHERE p.entity = 'party' AND p.lookup_key = ? AND ") +
            filter,
        binds);
    QJsonArray visible;
    while (cases.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(cases.value(1).toString().toUtf8()).object();
        visible.append(QJsonObject{{QStringLiteral("id"), cases.value(0).toString()},
                                   {QStringLiteral("caseNumber"), fields.value(QStringLiteral("caseNumber"))},
                                   {QStringLiteral("title"), fields.value(QStringLiteral("title"))}});
    }
    person.insert(QStringLiteral("elsewhere"), elsewhere(digits, policy));
    person.insert(QStringLiteral("cases"), visible);
    return person;
}

} // namespace akta::server
