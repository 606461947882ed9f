#pragma once

#include <QString>
#include <QVariantList>

class QSqlDriver;

namespace akta::server {

// Puts the values of a statement's `?` placeholders into its text as SQL literals quoted by the
// driver (QSqlDriver::formatValue: the quoting Qt's PostgreSQL driver itself applies to the
// parameters of every EXECUTE). With QPSQL a prepared QSqlQuery costs three round trips (PREPARE,
// EXECUTE, DEALLOCATE); the bound text is one. A `?` inside a quoted literal or identifier is text,
// not a placeholder. Throws std::invalid_argument when the placeholders and values do not match.
class SqlLiteralBinding final
{
public:
    static QString bind(const QString& sql, const QVariantList& values, const QSqlDriver& driver);
};

} // namespace akta::server
