#include "CprCheckCommand.h"

#include "Options.h"
#include "registry/CprNumber.h"

#include <QJsonObject>

namespace akta::cli {

namespace {

using registry::CprNumber;

QString sexName(CprNumber::Sex sex)
{
    return sex == CprNumber::Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

QJsonObject toJson(const QString& input, const CprNumber& number)
{
    QJsonObject object;
    object.insert(QStringLiteral("input"), input);
    object.insert(QStringLiteral("valid"), number.isValid());
    object.insert(QStringLiteral("replacement"), number.isReplacement());
    if (number.isValid()) {
        object.insert(QStringLiteral("normalized"), number.normalized());
        object.insert(QStringLiteral("birthDate"), number.birthDate().toString(Qt::ISODate));
        object.insert(QStringLiteral("sex"), sexName(*number.sex()));
        object.insert(QStringLiteral("mod11"), number.passesModulus11());
        object.insert(QStringLiteral("error"), QJsonValue::Null);
    } else {
        object.insert(QStringLiteral("normalized"), QJsonValue::Null);
        object.insert(QStringLiteral("birthDate"), QJsonValue::Null);
        object.insert(QStringLiteral("sex"), QJsonValue::Null);
        object.insert(QStringLiteral("mod11"), QJsonValue::Null);
        object.insert(QStringLiteral("error"), number.errorMessage());
    }
    return object;
}

// e.g. "010190-1234: valid CPR number 010190-1234, born 1990-01-01, female, modulus 11: no"
QString describe(const QString& input, const CprNumber& number)
{
    if (!number.isValid()) {
        return QStringLiteral("%1: invalid: %2").arg(input, number.errorMessage());
    }
    const QString kind = number.isReplacement()
                             ? QStringLiteral("replacement number (erstatningspersonnummer)")
                             : QStringLiteral("CPR number");
    return QStringLiteral("%1: valid %2 %3, born %4, %5, modulus 11: %6")
        .arg(input, kind, number.formatted(), number.birthDate().toString(Qt::ISODate),
             sexName(*number.sex()), number.passesModulus11() ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace

int CprCheckCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (options.positional().isEmpty()) {
        return fail(io, QStringLiteral("cpr check needs at least one CPR number"), Usage);
    }
    const bool json = options.has(QStringLiteral("json"));
    const QDate today = QDate::currentDate();
    for (const QString& input : options.positional()) {
        const CprNumber number = CprNumber::parse(input, today);
        if (json) {
            printJsonLine(io.out, toJson(input, number));
        } else {
            io.out << describe(input, number) << '\n';
        }
    }
    return Ok;
}

} // namespace akta::cli
