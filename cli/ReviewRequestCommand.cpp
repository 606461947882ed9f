#include "ReviewRequestCommand.h"

#include "Options.h"
#include "ReviewJson.h"
#include "directory/LocalAccount.h"
#include "review/DocumentReview.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int ReviewRequestCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("to")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli review request ") + synopsis(), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const QString me = directory::LocalAccount::ensure(localStore.database());
        const review::ReviewItem item =
            review::DocumentReview(localStore.database())
                .request(options.positional().first(), options.value(QStringLiteral("to")).trimmed(), me);
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, reviewToJson(item));
        } else {
            io.out << "Sent " << item.documentTitle << " for review to " << item.reviewerName << '\n';
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
