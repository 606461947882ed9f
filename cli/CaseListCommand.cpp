#include "CaseListCommand.h"

#include "CaseJson.h"
#include "Options.h"
#include "cases/CaseRepository.h"
#include "store/LocalStore.h"

#include <QJsonArray>

#include <exception>

namespace akta::cli {

int CaseListCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(
        args,
        {QStringLiteral("store"), QStringLiteral("party"), QStringLiteral("status"), QStringLiteral("text")},
        {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store"))) {
        return fail(io, QStringLiteral("case list needs --store DIR"), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        cases::CaseRepository repository(localStore.database());
        cases::CaseQuery query;
        query.partyIdentifier = options.value(QStringLiteral("party")).remove(QLatin1Char('-'));
        query.status = options.value(QStringLiteral("status"));
        query.text = options.value(QStringLiteral("text"));
        query.sort = cases::CaseQuery::Sort::CaseNumber;
        query.ascending = true;
        query.limit = -1;
        QJsonArray result;
        for (const CaseRecord& record : repository.list(query)) {
            result.append(caseToJson(record));
        }
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, result);
        } else {
            for (const auto& value : std::as_const(result)) {
                const QJsonObject object = value.toObject();
                io.out << object.value(QStringLiteral("caseNumber")).toString() << '\t'
                       << object.value(QStringLiteral("title")).toString() << '\n';
            }
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
