#include "CaseCreateCommand.h"

#include "CaseJson.h"
#include "Options.h"
#include "cases/CaseCreation.h"
#include "cases/CaseDuplicates.h"
#include "directory/LocalAccount.h"
#include "parties/PartyRepository.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "registry/PartyMasterData.h"
#include "registry/StoreRegister.h"
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

} // namespace

int CaseCreateCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(
        args,
        {QStringLiteral("store"), QStringLiteral("cpr"), QStringLiteral("cvr"), QStringLiteral("title"),
         QStringLiteral("kle"), QStringLiteral("facet"), QStringLiteral("secondary"), QStringLiteral("name")},
        {QStringLiteral("json"), QStringLiteral("no-party"), QStringLiteral("allow-duplicate")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    const int partyOptions = int(options.has(QStringLiteral("cpr"))) +
                             int(options.has(QStringLiteral("cvr"))) +
                             int(options.has(QStringLiteral("no-party")));
    if (!options.has(QStringLiteral("store")) || partyOptions != 1 || !options.has(QStringLiteral("title")) ||
        !options.has(QStringLiteral("kle")) || !options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli case create ") + synopsis(), Usage);
    }
    cases::NewCase request;
    request.title = options.value(QStringLiteral("title"));
    request.kleSubject = options.value(QStringLiteral("kle")).trimmed();
    request.kleFacet = options.value(QStringLiteral("facet"), QStringLiteral("G01")).trimmed().toUpper();
    std::optional<cases::PartyInput> partyInput;
    QString identifier;
    if (options.has(QStringLiteral("cpr"))) {
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
        const QJsonObject json = caseToJson(record, cases::CaseRepository(db).parties(record.id));
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
