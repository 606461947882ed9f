#include "DocAddCommand.h"

#include "Options.h"
#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentJson.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "extraction/TextExtractor.h"
#include "store/LocalStore.h"

#include <QJsonArray>

#include <exception>

namespace akta::cli {

int DocAddCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("case")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.has(QStringLiteral("case")) ||
        options.positional().isEmpty()) {
        return fail(
            io, QStringLiteral("usage: akta-cli doc add --store DIR --case ID_OR_NUMBER [--json] FILE..."),
            Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        auto& db = localStore.database();
        const auto caseRecord = cases::CaseRepository(db).find(options.value(QStringLiteral("case")));
        if (!caseRecord) {
            return fail(io, QStringLiteral("no case %1").arg(options.value(QStringLiteral("case"))));
        }
        const blobs::BlobStore blobStore = localStore.blobStore();
        const extraction::TextExtractor extractor;
        documents::DocumentJournal journal(
            db, blobStore, [](const QByteArray& data) { return email::EmailParser::parse(data); },
            [&extractor](const QString& path, const QString& mimeType) {
                return extractor.extract(path, mimeType);
            },
            directory::LocalAccount::ensure(db));
        documents::DocumentRepository repository(db);
        QJsonArray created;
        int exitCode = Ok;
        for (const QString& path : options.positional()) {
            try {
                const documents::JournalOutcome outcome = journal.journalFile(caseRecord->id, path);
                QJsonObject json = documents::documentToJson(repository, outcome.document);
                json.insert(QStringLiteral("duplicate"), outcome.duplicate);
                created.append(json);
                if (outcome.document.latest.textStatus == QLatin1String("failed")) {
                    io.err << "akta-cli: " << path << ": journaled, but its text cannot be extracted: "
                           << outcome.document.latest.textError << '\n';
                }
                if (outcome.duplicate) {
                    io.err << "akta-cli: " << path << ": the same e-mail is already journaled as document "
                           << outcome.document.record.number << '\n';
                }
            } catch (const std::exception& error) {
                io.err << "akta-cli: " << path << ": " << QString::fromUtf8(error.what()) << '\n';
                exitCode = Failure;
            }
        }
        io.err.flush();
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, created);
        } else {
            for (const auto& value : std::as_const(created)) {
                const QJsonObject object = value.toObject();
                io.out << object.value(QStringLiteral("number")).toInt() << ' '
                       << object.value(QStringLiteral("title")).toString() << '\n';
            }
            io.out.flush();
        }
        return exitCode;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
