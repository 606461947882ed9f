#pragma once

#include <QStringList>

#include <optional>

namespace akta::cli {

// Parses the small option language every command shares: `--name value`, `--name=value` and flags.
// Unknown options and missing values are errors with a message.
class Options final
{
public:
    // `withValue` names the options that take a value, `flags` those that do not.
    Options(const QStringList& args, const QStringList& withValue, const QStringList& flags);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool has(const QString& name) const;
    QString value(const QString& name, const QString& fallback = {}) const;
    const QStringList& positional() const { return m_positional; }

private:
    QStringList m_withValue;
    QStringList m_flags;
    QList<std::pair<QString, QString>> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace akta::cli
