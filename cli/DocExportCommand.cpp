#include "DocExportCommand.h"

#include "Options.h"
#include "SyncAccount.h"
#include "documents/DocumentRepository.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>

#include <exception>

namespace akta::cli {

int DocExportCommand::run(const QStringList& args, CommandIo& io)
{
    QStringList withValue = SyncAccount::optionNames();
    withValue << QStringLiteral("store") << QStringLiteral("to") << QStringLiteral("version");
    const Options options(args, withValue, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.has(QStringLiteral("to")) ||
        options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli doc export ") + synopsis(), Usage);
    }
    sync::SyncOptions account;
    QString error;
    const bool online = !SyncAccount::absent(options);
    if (online && !SyncAccount::read(options, account, error)) {
        return fail(io, error, Usage);
    }
    const QString directory = options.value(QStringLiteral("store"));
    try {
        documents::DocumentVersion version;
        {
            store::LocalStore store(directory);
            documents::DocumentRepository repository(store.database());
            const QString id = options.positional().constFirst();
            if (!repository.find(id)) {
                return fail(io, QStringLiteral("no document %1").arg(id));
            }
            const QList<documents::DocumentVersion> versions = repository.versions(id);
            const int wanted = options.value(QStringLiteral("version"), QStringLiteral("0")).toInt();
            bool found = false;
            for (const documents::DocumentVersion& candidate : versions) {
                if (wanted == 0 ? candidate.version >= version.version : candidate.version == wanted) {
                    version = candidate;
                    found = true;
                }
            }
            if (!found) {
                return fail(io, QStringLiteral("the document has no version %1").arg(wanted));
            }
            if (!store.blobStore().contains(version.sha256)) {
                if (!online) {
                    return fail(io, QStringLiteral("the content of this document is not on this computer; "
                                                   "give %1 to fetch it from the server")
                                        .arg(SyncAccount::synopsis()));
                }
            }
        }
        bool fetched = false;
        if (online) {
            sync::SyncEngine engine(directory);
            fetched =
                engine.fetchContent(account, {{version.sha256, version.size, version.fileName}}).fetched > 0;
        }
        store::LocalStore store(directory);
        store.blobStore().copyTo(version.sha256, options.value(QStringLiteral("to")));
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, QJsonObject{{QStringLiteral("version"), version.version},
                                              {QStringLiteral("sha256"), version.sha256},
                                              {QStringLiteral("size"), version.size},
                                              {QStringLiteral("fileName"), version.fileName},
                                              {QStringLiteral("fetched"), fetched},
                                              {QStringLiteral("to"), options.value(QStringLiteral("to"))}});
        }
        return Ok;
    } catch (const std::exception& failure) {
        return fail(io, QString::fromUtf8(failure.what()));
    }
}

} // namespace akta::cli
