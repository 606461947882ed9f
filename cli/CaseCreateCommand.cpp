#include "CaseCreateCommand.h"

#include "CaseJson.h"
#include "Options.h"
#include "cases/CaseCreation.h"
#include "cases/CaseDuplicates.h"
#include "directory/Directory.h"
#include "directory/LocalAccount.h"
#include "parties/PartyRepository.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "registry/PartyMasterData.h"
#include "registry/StoreRegister.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QJsonArray>

#include <exception>

namespace akta::cli {

namespace {

// Thrown for a request that cannot be carried out, with the exit code to give.
struct Refusal
{
    QString message;
    int code;
};

QStringList secondaryIdentifiers(const QString& spec, const QString& primaryCpr, registry::StoreRegister& reg)
{
    QStringList identifiers;
    if (spec.isEmpty()) {
        return identifiers;
    }
    if (spec == QLatin1String("parents") || spec == QLatin1String("custody")) {
        const auto person = reg.person(primaryCpr);
        if (!person) {
            throw Refusal{QStringLiteral("--secondary %1 needs a person the register knows").arg(spec),
                          Usage};
        }
        const QString type =
            spec == QLatin1String("parents") ? QStringLiteral("parent") : QStringLiteral("custody");
        for (const auto& relation : person->relations) {
            if (relation.type == type) {
                identifiers << relation.cpr;
            }
        }
        return identifiers;
    }
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto cpr = registry::CprNumber::parse(part);
        if (!cpr.isValid()) {
            throw Refusal{QStringLiteral("--secondary %1: %2").arg(part.trimmed(), cpr.errorMessage()),
                          Usage};
        }
        identifiers << cpr.normalized();
    }
    return identifiers;
}

// The employee of a personnel case: a user the local directory knows, with a CPR number (the server
// tells HR's desktop those). Only HR makes personnel cases; the server refuses it from anyone else.
cases::PartyInput employeeParty(sqlite::Database& db, const QString& actorId, const QString& username)
{
    directory::Directory directory(db);
    const auto actor = directory.user(actorId);
    const auto employee = directory.userByName(username);
    if (!employee) {
        throw Refusal{
            QStringLiteral("--employee %1 is not a user this store knows: sync first").arg(username),
            Failure};
    }
    if (!actor || actor->role != QLatin1String("hr")) {
        throw Refusal{QStringLiteral("only HR may create a personnel case"), Failure};
    }
    auto query = db.prepare(QStringLiteral("SELECT cpr FROM users WHERE id = ?1"));
    query.bind(1, employee->id);
    const QString cpr = query.step() ? query.columnText(0) : QString();
    if (cpr.isEmpty()) {
        throw Refusal{QStringLiteral("the user %1 has no CPR number on the server").arg(username), Failure};
    }
    return cases::PartyInput{Party::Kind::Person, cpr, employee->fullName};
}

} // namespace

int CaseCreateCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(
        args,
        {QStringLiteral("store"), QStringLiteral("cpr"), QStringLiteral("cvr"), QStringLiteral("title"),
         QStringLiteral("kle"), QStringLiteral("facet"), QStringLiteral("secondary"), QStringLiteral("name"),
         QStringLiteral("kind"), QStringLiteral("employee"), QStringLiteral("access")},
        {QStringLiteral("json"), QStringLiteral("no-party"), QStringLiteral("allow-duplicate")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    const int partyOptions = int(options.has(QStringLiteral("cpr"))) +
                             int(options.has(QStringLiteral("cvr"))) +
                             int(options.has(QStringLiteral("no-party")));
    const bool personnel = options.has(QStringLiteral("kind")) || options.has(QStringLiteral("employee"));
    if (personnel && (options.value(QStringLiteral("kind")) != QLatin1String("personnel") ||
                      options.value(QStringLiteral("employee")).trimmed().isEmpty())) {
        return fail(io,
                    QStringLiteral("--kind personnel and --employee USERNAME go together (other kinds "
                                   "follow from --cpr, --cvr or --no-party)"),
                    Usage);
    }
    std::optional<AccessClass> access;
    if (options.has(QStringLiteral("access"))) {
        access = accessClassFromWireName(options.value(QStringLiteral("access")));
        if (!access || (*access == AccessClass::Personnel) != personnel) {
            return fail(io,
                        QStringLiteral("--access is normal or confidential (personnel cases are always "
                                       "personnel)"),
                        Usage);
        }
    }
    if (!options.has(QStringLiteral("store")) || partyOptions != (personnel ? 0 : 1) ||
        !options.has(QStringLiteral("title")) || !options.has(QStringLiteral("kle")) ||
        !options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli case create ") + synopsis(), Usage);
    }
    cases::NewCase request;
    request.title = options.value(QStringLiteral("title"));
    request.kleSubject = options.value(QStringLiteral("kle")).trimmed();
    request.kleFacet = options.value(QStringLiteral("facet"), QStringLiteral("G01")).trimmed().toUpper();
    request.accessClass = access;
    std::optional<cases::PartyInput> partyInput;
    QString identifier;
    if (personnel) {
        request.kind = CaseKind::Personnel;
        request.employee = options.value(QStringLiteral("employee")).trimmed();
        if (options.has(QStringLiteral("secondary"))) {
            return fail(io, QStringLiteral("a personnel case has the employee as its only party"), Usage);
        }
    } else if (options.has(QStringLiteral("cpr"))) {
        const auto cpr = registry::CprNumber::parse(options.value(QStringLiteral("cpr")));
        if (!cpr.isValid()) {
            return fail(io, cpr.errorMessage(), Usage);
        }
        identifier = cpr.normalized();
        request.kind = CaseKind::Citizen;
        partyInput =
            cases::PartyInput{Party::Kind::Person, identifier, options.value(QStringLiteral("name"))};
    } else if (options.has(QStringLiteral("cvr"))) {
        const auto cvr = registry::CvrNumber::parse(options.value(QStringLiteral("cvr")));
        if (!cvr.isValid()) {
            return fail(io, cvr.errorMessage(), Usage);
        }
        identifier = cvr.normalized();
        request.kind = CaseKind::Company;
        partyInput =
            cases::PartyInput{Party::Kind::Company, identifier, options.value(QStringLiteral("name"))};
    } else {
        request.kind = CaseKind::Subject;
        if (options.has(QStringLiteral("secondary"))) {
            return fail(io, QStringLiteral("an emnesag (--no-party) has no parties"), Usage);
        }
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        sqlite::Database& db = localStore.database();
        const QString actor = directory::LocalAccount::ensure(db);
        if (personnel) {
            partyInput = employeeParty(db, actor, request.employee);
            identifier = partyInput->identifier;
        }
        if (!identifier.isEmpty() && !options.has(QStringLiteral("allow-duplicate"))) {
            const QList<CaseRecord> duplicates =
                cases::CaseDuplicates::find(db, identifier, request.kleSubject);
            if (!duplicates.isEmpty()) {
                QJsonArray list;
                for (const CaseRecord& record : duplicates) {
                    list.append(caseToJson(record));
                }
                printJsonLine(io.out, list);
                return fail(io,
                            QStringLiteral("the party already has %1 case(s) in emne %2; open one, or give "
                                           "--allow-duplicate")
                                .arg(duplicates.size())
                                .arg(request.kleSubject),
                            Duplicate);
            }
        }
        registry::StoreRegister reg(db);
        sqlite::Transaction transaction(db);
        registry::PartyMasterData masterData(db, reg);
        if (partyInput) {
            // The register's data wins over a typed name; a party it does not know needs --name.
            masterData.ensureParty(identifier);
            if (partyInput->name.trimmed().isEmpty() &&
                !parties::PartyRepository(db).findByIdentifier(identifier)) {
                throw Refusal{
                    QStringLiteral("%1 is not in the register: give the name with --name").arg(identifier),
                    Failure};
            }
        }
        for (const QString& secondary :
             secondaryIdentifiers(options.value(QStringLiteral("secondary")), identifier, reg)) {
            const QString partyId = masterData.ensureParty(secondary);
            if (partyId.isEmpty()) {
                throw Refusal{QStringLiteral("secondary party %1 is not in the register").arg(secondary),
                              Failure};
            }
            request.secondaryPartyIds << partyId;
        }
        const CaseRecord record = cases::createCase(db, request, partyInput, actor);
        transaction.commit();
        QJsonObject json = caseToJson(record, cases::CaseRepository(db).parties(record.id));
        if (personnel) {
            json.insert(QStringLiteral("employee"), request.employee);
        }
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, json);
        } else {
            io.out << "Created " << record.caseNumber << " (provisional): " << record.title << '\n';
        }
        return Ok;
    } catch (const Refusal& refusal) {
        return fail(io, refusal.message, refusal.code);
    } catch (const cases::InvalidCase& error) {
        return fail(io, QString::fromUtf8(error.what()));
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
