#include "SqlLiteralBinding.h"

#include <QSqlDriver>
#include <QSqlField>

#include <stdexcept>

namespace akta::server {

QString SqlLiteralBinding::bind(const QString& sql, const QVariantList& values, const QSqlDriver& driver)
{
    QString bound;
    bound.reserve(sql.size() + 32 * values.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            // Inside '...' or "...": a doubled quote is an escaped one and ends nothing for long.
            if (c == quote) {
                quote = QChar();
            }
            bound += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            bound += c;
            continue;
        }
        if (c != QLatin1Char('?')) {
            bound += c;
            continue;
        }
        if (next >= values.size()) {
            throw std::invalid_argument("more placeholders than values in: " + sql.toStdString());
        }
        const QVariant& value = values.at(next++);
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().contains(QChar(0))) {
            throw std::invalid_argument("a text value with a NUL character");
        }
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        bound += driver.formatValue(field);
    }
    if (!quote.isNull()) {
        throw std::invalid_argument("an unterminated quote in: " + sql.toStdString());
    }
    if (next != values.size()) {
        throw std::invalid_argument("more values than placeholders in: " + sql.toStdString());
    }
    return bound;
}

} // namespace akta::server
