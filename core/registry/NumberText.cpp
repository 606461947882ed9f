#include "registry/NumberText.h"

#include <QCoreApplication>

namespace akta::registry {

QString rejectionMessage(const char* context, const char* source, const QString& detail, bool translated)
{
    if (source == nullptr) {
        return {};
    }
    const QString text =
        translated ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
    return detail.isEmpty() ? text : text.arg(detail);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString describeCharacter(QStringView text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
        return QStringLiteral("'%1'").arg(text.mid(index, 2));
    }
    if (!c.isPrint()) {
        return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
    }
    return QStringLiteral("'%1'").arg(c);
}

} // namespace akta::registry
