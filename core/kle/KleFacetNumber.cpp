#include "kle/KleFacetNumber.h"

#include <QRegularExpression>

namespace akta::kle {

bool isFacetNumber(const QString& number)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-ZÆØÅ]\\d{2}")));
    return shape.match(number).hasMatch();
}

} // namespace akta::kle
