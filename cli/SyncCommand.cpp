#include "SyncCommand.h"

#include "Options.h"
#include "store/StoreGuard.h"
#include "store/StoreKeyProvider.h"
#include "store/StoreWipe.h"
#include "sync/SyncEngine.h"
#include "sync/SyncError.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

int SyncCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args,
                          {QStringLiteral("store"), QStringLiteral("server"), QStringLiteral("user"),
                           QStringLiteral("password-file")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    for (const char* required : {"store", "server", "user", "password-file"}) {
        if (!options.has(QLatin1String(required))) {
            return fail(io, QStringLiteral("usage: akta-cli sync ") + synopsis(), Usage);
        }
    }
    const QUrl server = QUrl::fromUserInput(options.value(QStringLiteral("server")));
    if (!server.isValid() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        return fail(io, QStringLiteral("--server must be an http:// or https:// address"), Usage);
    }
    QFile passwordFile(options.value(QStringLiteral("password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        return fail(io, QStringLiteral("cannot read the password file: %1").arg(passwordFile.errorString()));
    }
    QString password = QString::fromUtf8(passwordFile.readLine());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
        password.chop(1);
    }
    if (password.isEmpty()) {
        return fail(io, QStringLiteral("the password file is empty"), Usage);
    }
    try {
        sync::SyncOptions syncOptions;
        syncOptions.server = server;
        syncOptions.username = options.value(QStringLiteral("user"));
        syncOptions.password = password;
        syncOptions.device = QStringLiteral("akta-cli");
        sync::SyncEngine engine(options.value(QStringLiteral("store")));
        const sync::SyncSummary summary = engine.run(syncOptions);
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, QJsonObject{{QStringLiteral("pulled"), summary.pulled},
                                              {QStringLiteral("pushed"), summary.pushed},
                                              {QStringLiteral("conflicts"), summary.conflicts},
                                              {QStringLiteral("rejected"), summary.rejected},
                                              {QStringLiteral("cursor"), summary.cursor},
                                              {QStringLiteral("reported"), summary.reported},
                                              {QStringLiteral("fetched"), summary.fetched}});
        } else {
            io.out << "pushed " << summary.pushed << ", pulled " << summary.pulled << ", conflicts "
                   << summary.conflicts << '\n';
        }
        return Ok;
    } catch (const sync::SyncError& error) {
        if (error.kind() != sync::SyncError::Kind::DeviceRevoked) {
            return fail(io, QStringLiteral("sync failed: %1").arg(QString::fromUtf8(error.what())));
        }
        // The administrator revoked this device: the store is wiped now (the engine has closed it).
        const QString directory = options.value(QStringLiteral("store"));
        store::StoreWipe::markPending(directory);
        const store::StoreGuard::Verdict verdict = store::StoreGuard::enforce(
            directory, store::StoreKeyProvider::forProcess(), QDateTime::currentDateTimeUtc());
        io.err << "akta-cli: " << store::StoreGuard::describe(verdict) << '\n';
        return Wiped;
    } catch (const std::exception& error) {
        return fail(io, QStringLiteral("sync failed: %1").arg(QString::fromUtf8(error.what())));
    }
}

} // namespace akta::cli
