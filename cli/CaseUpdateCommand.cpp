#include "CaseUpdateCommand.h"

#include "CaseJson.h"
#include "Options.h"
#include "cases/CaseClassification.h"
#include "cases/CaseUpdate.h"
#include "directory/LocalAccount.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int CaseUpdateCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args,
                          {QStringLiteral("store"), QStringLiteral("title"), QStringLiteral("status"),
                           QStringLiteral("kle"), QStringLiteral("facet"), QStringLiteral("follow-up")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli case update ") + synopsis(), Usage);
    }
    if (options.has(QStringLiteral("facet")) && !options.has(QStringLiteral("kle"))) {
        return fail(io, QStringLiteral("--facet goes with --kle"), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        sqlite::Database& db = localStore.database();
        cases::CaseRepository repository(db);
        const auto record = repository.find(options.positional().constFirst());
        if (!record) {
            return fail(io, QStringLiteral("no case %1").arg(options.positional().constFirst()));
        }
        const QString actor = directory::LocalAccount::ensure(db);
        cases::CaseChanges changes;
        if (options.has(QStringLiteral("title"))) {
            changes.title = options.value(QStringLiteral("title"));
        }
        if (options.has(QStringLiteral("status"))) {
            changes.status = options.value(QStringLiteral("status"));
        }
        if (options.has(QStringLiteral("follow-up"))) {
            changes.followUpDate = options.value(QStringLiteral("follow-up"));
        }
        {
            // All or nothing: a refused emne leaves the title unchanged too.
            sqlite::Transaction transaction(db);
            cases::CaseUpdate(db).apply(record->id, changes, actor);
            if (options.has(QStringLiteral("kle"))) {
                const QString facet = options.value(QStringLiteral("facet"), record->kleFacet);
                if (options.value(QStringLiteral("kle")) != record->kleSubject || facet != record->kleFacet) {
                    cases::CaseClassification(db).reclassify(record->id, options.value(QStringLiteral("kle")),
                                                             facet, actor);
                }
            }
            transaction.commit();
        }
        const auto updated = repository.find(record->id);
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, caseToJson(*updated, repository.parties(updated->id)));
        } else {
            io.out << updated->caseNumber << ' ' << updated->title << '\n';
        }
        return Ok;
    } catch (const cases::InvalidCase& error) {
        return fail(io, QString::fromUtf8(error.what()), Usage);
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
