#pragma once

#include <QString>

#include <stdexcept>

namespace akta::kle {

// A KLE file that cannot be imported: where (line and column, 0 when unknown) and why.
class KleImportError final : public std::runtime_error
{
public:
    KleImportError(qint64 line, qint64 column, const QString& reason)
        : std::runtime_error(
              QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(reason).toStdString()),
          m_line(line), m_column(column), m_reason(reason)
    {}

    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }
    const QString& reason() const { return m_reason; }

private:
    qint64 m_line;
    qint64 m_column;
    QString m_reason;
};

} // namespace akta::kle
