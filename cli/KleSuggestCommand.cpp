#include "KleSuggestCommand.h"

#include "Options.h"
#include "kle/KleClassifierLoader.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

namespace {

QJsonArray suggestionsToJson(const QList<kle::KleSuggestion>& suggestions)
{
    QJsonArray array;
    for (const kle::KleSuggestion& suggestion : suggestions) {
        array.append(QJsonObject{{QStringLiteral("emne"), suggestion.emne},
                                 {QStringLiteral("title"), suggestion.title},
                                 {QStringLiteral("score"), suggestion.score},
                                 {QStringLiteral("reason"), suggestion.reason}});
    }
    return array;
}

} // namespace

int KleSuggestCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("top"), QStringLiteral("batch")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    const bool batch = options.has(QStringLiteral("batch"));
    if (!options.has(QStringLiteral("store")) || (batch == !options.positional().isEmpty())) {
        return fail(io,
                    QStringLiteral("usage: akta-cli kle suggest --store DIR [--top N] (TEXT | --batch FILE)"),
                    Usage);
    }
    bool ok = false;
    const int top = options.value(QStringLiteral("top"), QStringLiteral("10")).toInt(&ok);
    if (!ok || top < 1 || top > 100) {
        return fail(io, QStringLiteral("--top must be a whole number from 1 to 100"), Usage);
    }
    QStringList texts;
    if (batch) {
        QFile file(options.value(QStringLiteral("batch")));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        texts = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        if (!texts.isEmpty() && texts.constLast().isEmpty()) {
            texts.removeLast(); // the newline that ends the last line
        }
    } else {
        texts << options.positional().join(QLatin1Char(' '));
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const auto classifier = kle::KleClassifierLoader::load(localStore.database());
        for (const QString& text : std::as_const(texts)) {
            QString line = text;
            if (line.endsWith(QLatin1Char('\r'))) {
                line.chop(1);
            }
            printJsonLine(io.out, suggestionsToJson(classifier->suggest(line, top)));
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
