#include "PersonShowCommand.h"

#include "Options.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "registry/StoreRegister.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

namespace {

using registry::CompanyRecord;
using registry::CprNumber;
using registry::CvrNumber;
using registry::PersonRecord;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The address as JSON; null when there is none. Never called for a protected person.
QJsonValue addressToJson(const QString& street, const QString& postalCode, const QString& city)
{
    if (street.isEmpty() && postalCode.isEmpty() && city.isEmpty()) {
        return QJsonValue();
    }
    return QJsonObject{{QStringLiteral("street"), textOrNull(street)},
                       {QStringLiteral("postalCode"), textOrNull(postalCode)},
                       {QStringLiteral("city"), textOrNull(city)}};
}

QString addressLine(const QString& street, const QString& postalCode, const QString& city)
{
    QStringList parts;
    if (!street.isEmpty()) {
        parts << street;
    }
    const QString town = (postalCode + QLatin1Char(' ') + city).trimmed();
    if (!town.isEmpty()) {
        parts << town;
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

// Whether the user gave a CVR number ("DK" in front, or 8 digits without a hyphen) rather than a CPR
// or replacement number; decides which rules (and message) an invalid number is held against.
bool looksLikeCvr(const QString& input)
{
    if (input.startsWith(QLatin1String("DK"), Qt::CaseInsensitive)) {
        return true;
    }
    qsizetype digits = 0;
    for (const QChar c : input) {
        if (c == u'-') {
            return false;
        }
        digits += c.isDigit() ? 1 : 0;
    }
    return digits == 8;
}

QString formattedCpr(const QString& digits)
{
    return CprNumber::parse(digits, QDate(9999, 12, 31)).formatted();
}

bool isReplacement(const QString& digits)
{
    return CprNumber::parse(digits, QDate(9999, 12, 31)).isReplacement();
}

// The names of a person's relations as the register has them; empty for one it does not know.
QStringList relationNames(registry::StoreRegister& storeRegister, const PersonRecord& person)
{
    QStringList names;
    for (const PersonRecord::Relation& relation : person.relations) {
        const auto related = storeRegister.person(relation.cpr);
        names << (related ? related->fullName() : QString());
    }
    return names;
}

// A person by CPR or replacement number. A protected person's address is not in the record (the store
// never has it), and is not printed either way.
QJsonObject personToJson(const PersonRecord& person, const QStringList& names)
{
    QJsonArray relations;
    for (qsizetype i = 0; i < person.relations.size(); ++i) {
        relations.append(QJsonObject{{QStringLiteral("type"), person.relations.at(i).type},
                                     {QStringLiteral("cpr"), person.relations.at(i).cpr},
                                     {QStringLiteral("name"), textOrNull(names.at(i))}});
    }
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("person")},
        {QStringLiteral("cpr"), person.cpr},
        {QStringLiteral("replacement"), isReplacement(person.cpr)},
        {QStringLiteral("name"), person.fullName()},
        {QStringLiteral("firstName"), person.firstName},
        {QStringLiteral("lastName"), person.lastName},
        {QStringLiteral("address"),
         person.isProtected ? QJsonValue() : addressToJson(person.street, person.postalCode, person.city)},
        {QStringLiteral("protected"), person.isProtected},
        {QStringLiteral("status"), person.status},
        {QStringLiteral("relations"), relations},
    };
}

void printPerson(const PersonRecord& person, const QStringList& names, QTextStream& out)
{
    out << person.fullName() << '\n';
    out << "  "
        << (isReplacement(person.cpr) ? "Replacement number (erstatningspersonnummer) " : "CPR number ")
        << formattedCpr(person.cpr) << '\n';
    out << "  Status: " << person.status << '\n';
    if (person.isProtected) {
        out << "  Address: protected (navne- og adressebeskyttelse)\n";
    } else {
        out << "  Address: " << addressLine(person.street, person.postalCode, person.city) << '\n';
    }
    for (qsizetype i = 0; i < person.relations.size(); ++i) {
        const QString& name = names.at(i);
        out << "  " << person.relations.at(i).type << ": "
            << (name.isEmpty() ? QStringLiteral("not in the register") : name) << " ("
            << formattedCpr(person.relations.at(i).cpr) << ")\n";
    }
    out.flush();
}

QJsonObject companyToJson(const CompanyRecord& company)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("company")},
        {QStringLiteral("cvr"), company.cvr},
        {QStringLiteral("name"), company.name},
        {QStringLiteral("address"), addressToJson(company.street, company.postalCode, company.city)},
        {QStringLiteral("industry"), textOrNull(company.industry)},
        {QStringLiteral("status"), company.status},
    };
}

void printCompany(const CompanyRecord& company, QTextStream& out)
{
    out << company.name << '\n';
    out << "  CVR number " << company.cvr << '\n';
    out << "  Address: " << addressLine(company.street, company.postalCode, company.city) << '\n';
    if (!company.industry.isEmpty()) {
        out << "  Industry: " << company.industry << '\n';
    }
    out << "  Status: " << company.status << '\n';
    out.flush();
}

} // namespace

int PersonShowCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli person show --store DIR [--json] CPR_OR_CVR"), Usage);
    }
    const QString input = options.positional().constFirst().trimmed();
    const bool json = options.has(QStringLiteral("json"));
    QString cpr;
    QString cvr;
    if (looksLikeCvr(input)) {
        const CvrNumber number = CvrNumber::parse(input);
        if (!number.isValid()) {
            return fail(io, QStringLiteral("%1: %2").arg(input, number.errorMessage()), Usage);
        }
        cvr = number.normalized();
    } else {
        const CprNumber number = CprNumber::parse(input);
        if (!number.isValid()) {
            return fail(io, QStringLiteral("%1: %2").arg(input, number.errorMessage()), Usage);
        }
        cpr = number.normalized();
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        registry::StoreRegister storeRegister(localStore.database());
        if (!cpr.isEmpty()) {
            if (const auto person = storeRegister.person(cpr)) {
                const QStringList names = relationNames(storeRegister, *person);
                if (json) {
                    printJsonLine(io.out, personToJson(*person, names));
                } else {
                    printPerson(*person, names, io.out);
                }
                return Ok;
            }
        } else if (const auto company = storeRegister.company(cvr)) {
            if (json) {
                printJsonLine(io.out, companyToJson(*company));
            } else {
                printCompany(*company, io.out);
            }
            return Ok;
        }
        return fail(io, QStringLiteral("%1 is not in the register").arg(input));
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
