#include "kle/KleEntry.h"

#include <QRegularExpression>

namespace akta::kle {

int KleEntry::levelOf(const QString& number)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("\\d{2}(\\.\\d{2}){0,2}")));
    if (!shape.match(number).hasMatch()) {
        return 0;
    }
    return int(number.count(QLatin1Char('.'))) + 1;
}

} // namespace akta::kle
