#include "ReviewListCommand.h"

#include "Options.h"
#include "ReviewJson.h"
#include "directory/LocalAccount.h"
#include "review/DocumentReview.h"
#include "store/LocalStore.h"

#include <QJsonArray>

#include <exception>

namespace akta::cli {

int ReviewListCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli review list ") + synopsis(), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const QString me = directory::LocalAccount::ensure(localStore.database());
        const QList<review::ReviewItem> items = review::DocumentReview(localStore.database()).waitingFor(me);
        if (options.has(QStringLiteral("json"))) {
            QJsonArray list;
            for (const review::ReviewItem& item : items) {
                list.append(reviewToJson(item));
            }
            printJsonLine(io.out, list);
        } else {
            for (const review::ReviewItem& item : items) {
                io.out << item.documentId << "  " << item.caseNumber << "  " << item.documentTitle << "  ("
                       << item.requestedByName << ", " << item.requestedAt << ")\n";
            }
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
