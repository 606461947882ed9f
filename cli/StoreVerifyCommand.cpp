#include "StoreVerifyCommand.h"

#include "Options.h"
#include "store/LocalStore.h"
#include "store/StoreVerifier.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

int StoreVerifyCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli store verify --store DIR [--json]"), Usage);
    }
    const QString directory = options.value(QStringLiteral("store"));
    if (!QFileInfo(store::LocalStore::databasePathFor(directory)).isFile()) {
        return fail(io, QStringLiteral("no store in %1").arg(QDir::toNativeSeparators(directory)));
    }
    try {
        store::LocalStore localStore(directory);
        const store::StoreVerification result = store::StoreVerifier(localStore).run();
        if (options.has(QStringLiteral("json"))) {
            QJsonArray pages;
            for (const qint64 page : result.unreadablePages) {
                pages.append(page);
            }
            printJsonLine(io.out,
                          QJsonObject{{QStringLiteral("ok"), result.ok},
                                      {QStringLiteral("store"), localStore.directory()},
                                      {QStringLiteral("integrityProblems"),
                                       QJsonArray::fromStringList(result.integrityProblems)},
                                      {QStringLiteral("pages"), result.pages},
                                      {QStringLiteral("unreadablePages"), pages},
                                      {QStringLiteral("unwrittenPages"), result.unwrittenPages},
                                      {QStringLiteral("walFrames"), result.walFrames},
                                      {QStringLiteral("unreadableWalFrames"), result.unreadableWalFrames},
                                      {QStringLiteral("blobs"), result.blobs},
                                      {QStringLiteral("damagedBlobs"),
                                       QJsonArray::fromStringList(result.damagedBlobs)}});
        } else {
            io.out << (result.ok ? "ok" : "DAMAGED") << ": " << result.pages << " pages, " << result.walFrames
                   << " WAL frames, " << result.blobs << " blobs\n";
            for (const QString& problem : result.integrityProblems) {
                io.out << "  integrity: " << problem << '\n';
            }
            for (const qint64 page : result.unreadablePages) {
                io.out << "  page " << page << " does not decrypt\n";
            }
            if (result.unreadableWalFrames > 0) {
                io.out << "  " << result.unreadableWalFrames
                       << " WAL frames after a torn write (ignored by SQLite)\n";
            }
            for (const QString& blob : result.damagedBlobs) {
                io.out << "  blob " << blob << " is damaged\n";
            }
        }
        return result.ok ? Ok : Failure;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
