#include "ReviewDecideCommand.h"

#include "Options.h"
#include "ReviewJson.h"
#include "directory/LocalAccount.h"
#include "review/DocumentReview.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int ReviewDecideCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("comment")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli ") + name() + QLatin1Char(' ') + synopsis(), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const QString me = directory::LocalAccount::ensure(localStore.database());
        const review::ReviewItem item = review::DocumentReview(localStore.database())
                                            .decide(options.positional().first(), m_approve,
                                                    options.value(QStringLiteral("comment")), me);
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, reviewToJson(item));
        } else {
            io.out << (m_approve ? "Approved " : "Rejected ") << item.documentTitle << '\n';
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
