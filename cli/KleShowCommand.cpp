#include "KleShowCommand.h"

#include "Options.h"
#include "kle/KleRepository.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

int KleShowCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli kle show --store DIR [--json] NUMBER"), Usage);
    }
    const QString number = options.positional().constFirst().trimmed();
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const auto details = kle::KleRepository(localStore.database()).details(number);
        if (!details) {
            return fail(io, QStringLiteral("no KLE entry %1 in the plan").arg(number));
        }
        const kle::KleEntry& entry = details->entry;
        QJsonArray legal;
        for (const auto& reference : details->legalReferences) {
            legal.append(QJsonObject{{QStringLiteral("title"), reference.title},
                                     {QStringLiteral("paragraph"), textOrNull(reference.paragraph)},
                                     {QStringLiteral("accession"), textOrNull(reference.accession)},
                                     {QStringLiteral("url"), textOrNull(reference.url)}});
        }
        QJsonArray stikord;
        for (const auto& keyword : details->stikord) {
            stikord.append(QJsonObject{{QStringLiteral("text"), keyword.text},
                                       {QStringLiteral("facet"), textOrNull(keyword.facet)},
                                       {QStringLiteral("retired"), keyword.retired},
                                       {QStringLiteral("title"), keyword.isTitle}});
        }
        const QJsonObject json{
            {QStringLiteral("number"), entry.number},
            {QStringLiteral("level"), entry.level},
            {QStringLiteral("parent"), textOrNull(entry.parent)},
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("retention"), textOrNull(entry.retention)},
            {QStringLiteral("deletion"), textOrNull(entry.deletion)},
            {QStringLiteral("retiredAt"), textOrNull(entry.retiredAt)},
            {QStringLiteral("guidance"), textOrNull(details->guidance)},
            {QStringLiteral("createdOn"), textOrNull(details->createdOn)},
            {QStringLiteral("changedOn"), textOrNull(details->changedOn)},
            {QStringLiteral("uuid"), textOrNull(details->uuid)},
            {QStringLiteral("legalReferences"), legal},
            {QStringLiteral("stikord"), stikord},
        };
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, json);
        } else {
            io.out << entry.number << ' ' << entry.title << '\n';
            if (!entry.retention.isEmpty()) {
                io.out << "Retention: " << entry.retention << ' ' << entry.deletion << '\n';
            }
            for (const auto& keyword : details->stikord) {
                io.out << "  stikord: " << keyword.text
                       << (keyword.facet.isEmpty() ? QString()
                                                   : QStringLiteral(" (") + keyword.facet + QLatin1Char(')'))
                       << '\n';
            }
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
