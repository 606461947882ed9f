#include "CvrCheckCommand.h"

#include "Options.h"
#include "registry/CvrNumber.h"

#include <QJsonObject>

namespace akta::cli {

namespace {

using registry::CvrNumber;

QJsonObject toJson(const QString& input, const CvrNumber& number)
{
    QJsonObject object;
    object.insert(QStringLiteral("input"), input);
    object.insert(QStringLiteral("valid"), number.isValid());
    object.insert(QStringLiteral("normalized"),
                  number.isValid() ? QJsonValue(number.normalized()) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("error"),
                  number.isValid() ? QJsonValue(QJsonValue::Null) : QJsonValue(number.errorMessage()));
    return object;
}

// e.g. "DK 1234 5674: valid CVR number 12345674"
QString describe(const QString& input, const CvrNumber& number)
{
    if (!number.isValid()) {
        return QStringLiteral("%1: invalid: %2").arg(input, number.errorMessage());
    }
    return QStringLiteral("%1: valid CVR number %2").arg(input, number.normalized());
}

} // namespace

int CvrCheckCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (options.positional().isEmpty()) {
        return fail(io, QStringLiteral("cvr check needs at least one CVR number"), Usage);
    }
    const bool json = options.has(QStringLiteral("json"));
    for (const QString& input : options.positional()) {
        const CvrNumber number = CvrNumber::parse(input);
        if (json) {
            printJsonLine(io.out, toJson(input, number));
        } else {
            io.out << describe(input, number) << '\n';
        }
    }
    return Ok;
}

} // namespace akta::cli
