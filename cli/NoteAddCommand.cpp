#include "NoteAddCommand.h"

#include "Options.h"
#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentJson.h"
#include "documents/DocumentRepository.h"
#include "extraction/TextExtractor.h"
#include "store/LocalStore.h"

#include <QFile>

#include <cstdio>
#include <exception>

namespace akta::cli {

int NoteAddCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("case"), QStringLiteral("title")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.has(QStringLiteral("case")) ||
        !options.has(QStringLiteral("title")) || options.positional().size() != 1) {
        return fail(
            io,
            QStringLiteral("usage: akta-cli note add --store DIR --case ID_OR_NUMBER --title T [--json] "
                           "FILE_OR_-"),
            Usage);
    }
    const QString source = options.positional().constFirst();
    QFile input;
    const bool fromStdin = source == QLatin1String("-");
    const bool opened = fromStdin ? input.open(stdin, QIODevice::ReadOnly)
                                  : (input.setFileName(source), input.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(io, QStringLiteral("cannot read %1: %2").arg(source, input.errorString()));
    }
    const QByteArray content = input.readAll();
    const QString suffix = source.section(QLatin1Char('.'), -1).toLower();
    const bool html = (!fromStdin && (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))) ||
                      content.trimmed().startsWith('<');
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
            db, blobStore, {},
            [&extractor](const QString& path, const QString& mimeType) {
                return extractor.extract(path, mimeType);
            },
            directory::LocalAccount::ensure(db));
        const documents::JournalOutcome outcome =
            journal.journalNote(caseRecord->id, options.value(QStringLiteral("title")), content,
                                html ? QStringLiteral("text/html") : QStringLiteral("text/plain"));
        documents::DocumentRepository repository(db);
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, documents::documentToJson(repository, outcome.document));
        } else {
            io.out << outcome.document.record.number << ' ' << outcome.document.record.title << '\n';
            io.out.flush();
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
