#include "Options.h"

namespace akta::cli {

Options::Options(const QStringList& args, const QStringList& withValue, const QStringList& flags)
    : m_withValue(withValue), m_flags(flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--")) {
            m_positional += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (m_flags.contains(name) && !inlineValue) {
            m_values.append({name, QString()});
        } else if (m_withValue.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("--%1 needs a value").arg(name);
                    return;
                }
                value = args.at(++i);
            }
            m_values.append({name, value});
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

bool Options::has(const QString& name) const
{
    return std::any_of(m_values.begin(), m_values.end(),
                       [&](const auto& entry) { return entry.first == name; });
}

QString Options::value(const QString& name, const QString& fallback) const
{
    for (auto it = m_values.crbegin(); it != m_values.crend(); ++it) {
        if (it->first == name) {
            return it->second;
        }
    }
    return fallback;
}

} // namespace akta::cli
