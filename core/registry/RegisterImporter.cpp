#include "registry/RegisterImporter.h"

#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "registry/PartyMasterData.h"
#include "registry/StoreRegister.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "util/Ids.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <stdexcept>

namespace akta::registry {

namespace {

const QStringList& personFields()
{
    static const QStringList fields{QStringLiteral("cpr"),       QStringLiteral("firstName"),
                                    QStringLiteral("lastName"),  QStringLiteral("address"),
                                    QStringLiteral("protected"), QStringLiteral("status"),
                                    QStringLiteral("relations")};
    return fields;
}

const QStringList& companyFields()
{
    static const QStringList fields{QStringLiteral("cvr"), QStringLiteral("name"), QStringLiteral("address"),
                                    QStringLiteral("industry"), QStringLiteral("status")};
    return fields;
}

const QStringList& addressFields()
{
    static const QStringList fields{QStringLiteral("street"), QStringLiteral("postalCode"),
                                    QStringLiteral("city")};
    return fields;
}

const QStringList& relationFields()
{
    static const QStringList fields{QStringLiteral("type"), QStringLiteral("cpr")};
    return fields;
}

const QStringList& personStatuses()
{
    static const QStringList statuses{QStringLiteral("alive"), QStringLiteral("deceased"),
                                      QStringLiteral("emigrated")};
    return statuses;
}

const QStringList& relationTypes()
{
    static const QStringList types{QStringLiteral("parent"), QStringLiteral("child"),
                                   QStringLiteral("custody"), QStringLiteral("spouse")};
    return types;
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// "a, b or c"
QString alternatives(const QStringList& values)
{
    if (values.size() < 2) {
        return values.join(QString());
    }
    return values.mid(0, values.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           values.last();
}

// Why `object` has fields other than `allowed`, or empty. `where` names the object in the message.
QString unknownFields(const QJsonObject& object, const QStringList& allowed, const QString& where)
{
    QStringList unknown;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            unknown << quoted(it.key());
        }
    }
    if (unknown.isEmpty()) {
        return {};
    }
    return QStringLiteral("unknown %1 %2%3; allowed: %4")
        .arg(unknown.size() == 1 ? QStringLiteral("field") : QStringLiteral("fields"),
             unknown.join(QStringLiteral(", ")), where.isEmpty() ? QString() : QStringLiteral(" in ") + where,
             allowed.join(QStringLiteral(", ")));
}

// A required string field that must not be blank. Sets `error` and returns empty when it is not.
QString requiredText(const QJsonObject& object, const QString& field, QString& error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        error = QStringLiteral("%1 is missing").arg(quoted(field));
        return {};
    }
    if (!value.isString()) {
        error = QStringLiteral("%1 must be a string").arg(quoted(field));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        error = QStringLiteral("%1 must not be empty").arg(quoted(field));
    }
    return text;
}

// An optional string field (absent or null: empty). Sets `error` when it is another type.
QString optionalText(const QJsonObject& object, const QString& field, const QString& name, QString& error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isString()) {
        error = QStringLiteral("%1 must be a string").arg(quoted(name));
        return {};
    }
    return value.toString().trimmed();
}

struct Address
{
    QString street;
    QString postalCode;
    QString city;
};

// Checks the "address" object. `keep` false: the values are checked but not copied (a protected
// person's address is never held).
QString readAddress(const QJsonObject& object, bool keep, Address& address)
{
    const QJsonValue value = object.value(QStringLiteral("address"));
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isObject()) {
        return QStringLiteral("\"address\" must be an object with street, postalCode and city");
    }
    const QJsonObject fields = value.toObject();
    QString error = unknownFields(fields, addressFields(), QStringLiteral("\"address\""));
    if (!error.isEmpty()) {
        return error;
    }
    Address read;
    read.street = optionalText(fields, QStringLiteral("street"), QStringLiteral("address.street"), error);
    read.postalCode =
        optionalText(fields, QStringLiteral("postalCode"), QStringLiteral("address.postalCode"), error);
    read.city = optionalText(fields, QStringLiteral("city"), QStringLiteral("address.city"), error);
    if (error.isEmpty() && keep) {
        address = read;
    }
    return error;
}

QString cprError(const QJsonValue& value, const QString& name, QDate today, CprNumber& number)
{
    if (value.isUndefined() || value.isNull()) {
        return QStringLiteral("%1 is missing").arg(quoted(name));
    }
    if (!value.isString()) {
        return QStringLiteral("%1 must be a string").arg(quoted(name));
    }
    number = CprNumber::parse(value.toString(), today);
    if (!number.isValid()) {
        return QStringLiteral("%1 is not a valid CPR number: %2").arg(quoted(name), number.errorMessage());
    }
    return {};
}

RegisterImporter::Record parsePerson(const QJsonObject& object, QDate today)
{
    QString error = unknownFields(object, personFields(), {});
    if (!error.isEmpty()) {
        return error;
    }
    CprNumber number;
    error = cprError(object.value(QStringLiteral("cpr")), QStringLiteral("cpr"), today, number);
    if (!error.isEmpty()) {
        return error;
    }
    PersonRecord person;
    person.cpr = number.normalized();
    person.firstName = requiredText(object, QStringLiteral("firstName"), error);
    if (!error.isEmpty()) {
        return error;
    }
    person.lastName = requiredText(object, QStringLiteral("lastName"), error);
    if (!error.isEmpty()) {
        return error;
    }

    const QJsonValue protection = object.value(QStringLiteral("protected"));
    if (!protection.isUndefined() && !protection.isBool()) {
        return QStringLiteral("\"protected\" must be true or false");
    }
    person.isProtected = protection.toBool(false);

    Address address;
    error = readAddress(object, !person.isProtected, address);
    if (!error.isEmpty()) {
        return error;
    }
    if (!person.isProtected) {
        person.street = address.street;
        person.postalCode = address.postalCode;
        person.city = address.city;
    }

    person.status = requiredText(object, QStringLiteral("status"), error);
    if (!error.isEmpty()) {
        return error;
    }
    if (!personStatuses().contains(person.status)) {
        return QStringLiteral("\"status\" is %1; a person's status is %2")
            .arg(quoted(person.status), alternatives(personStatuses()));
    }

    const QJsonValue relations = object.value(QStringLiteral("relations"));
    if (!relations.isUndefined() && !relations.isNull() && !relations.isArray()) {
        return QStringLiteral("\"relations\" must be an array");
    }
    const QJsonArray list = relations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("relation %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            return QStringLiteral("%1 must be an object with type and cpr").arg(where);
        }
        const QJsonObject relation = list.at(i).toObject();
        error = unknownFields(relation, relationFields(), where);
        if (!error.isEmpty()) {
            return error;
        }
        const QJsonValue type = relation.value(QStringLiteral("type"));
        if (!type.isString() || !relationTypes().contains(type.toString())) {
            return QStringLiteral("%1: \"type\" must be %2").arg(where, alternatives(relationTypes()));
        }
        CprNumber related;
        error = cprError(relation.value(QStringLiteral("cpr")), QStringLiteral("cpr"), today, related);
        if (!error.isEmpty()) {
            return where + QStringLiteral(": ") + error;
        }
        if (related.normalized() == person.cpr) {
            return QStringLiteral("%1 refers to the person themself").arg(where);
        }
        person.relations.append({type.toString(), related.normalized()});
    }
    return person;
}

RegisterImporter::Record parseCompany(const QJsonObject& object)
{
    QString error = unknownFields(object, companyFields(), {});
    if (!error.isEmpty()) {
        return error;
    }
    const QJsonValue cvr = object.value(QStringLiteral("cvr"));
    if (!cvr.isString()) {
        return QStringLiteral("\"cvr\" must be a string");
    }
    const CvrNumber number = CvrNumber::parse(cvr.toString());
    if (!number.isValid()) {
        return QStringLiteral("\"cvr\" is not a valid CVR number: %1").arg(number.errorMessage());
    }
    CompanyRecord company;
    company.cvr = number.normalized();
    company.name = requiredText(object, QStringLiteral("name"), error);
    if (!error.isEmpty()) {
        return error;
    }
    Address address;
    error = readAddress(object, true, address);
    if (!error.isEmpty()) {
        return error;
    }
    company.street = address.street;
    company.postalCode = address.postalCode;
    company.city = address.city;
    company.industry = optionalText(object, QStringLiteral("industry"), QStringLiteral("industry"), error);
    if (!error.isEmpty()) {
        return error;
    }
    company.status = requiredText(object, QStringLiteral("status"), error);
    if (!error.isEmpty()) {
        return error;
    }
    return company;
}

QString nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QString() : text;
}

// The prepared statements of one import.
class RegisterWriter
{
public:
    RegisterWriter(sqlite::Database& db, const QString& now)
        : m_db(db), m_now(now),
          m_storedAddress(db.prepare(QStringLiteral(
              "SELECT 1 FROM register_persons WHERE cpr = ?1 AND (street IS NOT NULL OR postal_code IS NOT "
              "NULL OR city IS NOT NULL)"))),
          m_person(db.prepare(QStringLiteral(
              "INSERT INTO register_persons(cpr, first_name, last_name, street, postal_code, city, "
              "protected, "
              "status, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(cpr) DO UPDATE "
              "SET "
              "first_name = excluded.first_name, last_name = excluded.last_name, street = excluded.street, "
              "postal_code = excluded.postal_code, city = excluded.city, protected = excluded.protected, "
              "status = excluded.status, updated_at = excluded.updated_at"))),
          m_clearRelations(
              db.prepare(QStringLiteral("DELETE FROM register_person_relations WHERE cpr = ?1"))),
          m_relation(db.prepare(QStringLiteral(
              "INSERT INTO register_person_relations(cpr, type, related_cpr) VALUES (?1, ?2, ?3) "
              "ON CONFLICT(cpr, type, related_cpr) DO NOTHING"))),
          m_company(db.prepare(QStringLiteral(
              "INSERT INTO register_companies(cvr, name, street, postal_code, city, industry, status, "
              "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(cvr) DO UPDATE SET "
              "name = excluded.name, street = excluded.street, postal_code = excluded.postal_code, "
              "city = excluded.city, industry = excluded.industry, status = excluded.status, "
              "updated_at = excluded.updated_at")))
    {}

    void write(const PersonRecord& person)
    {
        if (person.isProtected) {
            m_storedAddress.bind(1, person.cpr);
            const bool hadAddress = m_storedAddress.step();
            m_storedAddress.reset();
            if (hadAddress) {
                m_db.requestWalScrub(); // the earlier address must not survive in the WAL
            }
        }
        // A protected address is never bound; parseLine() has not even kept it.
        const bool keepAddress = !person.isProtected;
        m_person.bind(1, person.cpr).bind(2, person.firstName).bind(3, person.lastName);
        m_person.bind(4, keepAddress ? nullIfEmpty(person.street) : QString());
        m_person.bind(5, keepAddress ? nullIfEmpty(person.postalCode) : QString());
        m_person.bind(6, keepAddress ? nullIfEmpty(person.city) : QString());
        m_person.bind(7, person.isProtected).bind(8, person.status).bind(9, m_now).exec();
        m_clearRelations.bind(1, person.cpr).exec();
        for (const PersonRecord::Relation& relation : person.relations) {
            m_relation.bind(1, person.cpr).bind(2, relation.type).bind(3, relation.cpr).exec();
        }
    }

    void write(const CompanyRecord& company)
    {
        m_company.bind(1, company.cvr).bind(2, company.name).bind(3, nullIfEmpty(company.street));
        m_company.bind(4, nullIfEmpty(company.postalCode)).bind(5, nullIfEmpty(company.city));
        m_company.bind(6, nullIfEmpty(company.industry)).bind(7, company.status).bind(8, m_now).exec();
    }

private:
    sqlite::Database& m_db;
    QString m_now;
    sqlite::Statement m_storedAddress;
    sqlite::Statement m_person;
    sqlite::Statement m_clearRelations;
    sqlite::Statement m_relation;
    sqlite::Statement m_company;
};

} // namespace

RegisterImporter::Record RegisterImporter::parseLine(const QByteArray& line, QDate today)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QStringLiteral("not valid JSON: %1 at character %2")
            .arg(parseError.errorString())
            .arg(parseError.offset + 1);
    }
    if (!document.isObject()) {
        return QStringLiteral("not a JSON object");
    }
    const QJsonObject object = document.object();
    const bool person = object.contains(QStringLiteral("cpr"));
    const bool company = object.contains(QStringLiteral("cvr"));
    if (person && company) {
        return QStringLiteral("has both \"cpr\" and \"cvr\"; a line is one person or one company");
    }
    if (!person && !company) {
        return QStringLiteral("has neither \"cpr\" (a person) nor \"cvr\" (a company)");
    }
    return person ? parsePerson(object, today) : parseCompany(object);
}

RegisterImporter::Report RegisterImporter::importFile(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        throw std::runtime_error("cannot read " + path.toStdString() + ": it is a directory");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    }
    return importDevice(file);
}

RegisterImporter::Report RegisterImporter::importData(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer);
}

RegisterImporter::Report RegisterImporter::importDevice(QIODevice& device)
{
    if (!device.isReadable()) {
        throw std::runtime_error("the register data cannot be read: " + device.errorString().toStdString());
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();

    Report report;
    sqlite::Transaction transaction(m_db);
    RegisterWriter writer(m_db, util::toIso(now));
    qint64 number = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        if (line.isEmpty()) {
            // Not even a line break: the device failed before its end.
            throw std::runtime_error("the register data cannot be read after line " + std::to_string(number) +
                                     ": " + device.errorString().toStdString());
        }
        ++number;
        if (number == 1 && line.startsWith("\xEF\xBB\xBF")) {
            line.remove(0, 3); // a UTF-8 byte order mark
        }
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const Record record = parseLine(line, today);
        if (const auto* person = std::get_if<PersonRecord>(&record)) {
            writer.write(*person);
            ++report.persons;
        } else if (const auto* company = std::get_if<CompanyRecord>(&record)) {
            writer.write(*company);
            ++report.companies;
        } else {
            report.rejected.append({number, std::get<QString>(record)});
        }
    }

    StoreRegister storeRegister(m_db);
    PartyMasterData masterData(m_db, storeRegister);
    masterData.setNow(now);
    report.refreshedParties = masterData.refreshAll();
    transaction.commit();
    return report;
}

} // namespace akta::registry
