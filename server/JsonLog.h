#pragma once

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace akta::server {

// Structured logs: one JSON object per line on stderr, {"time", "level", "category", "message"} for
// Qt's log messages (install()) and {"time", "event", ...} for events such as requests.
class JsonLog final
{
public:
    static void install();
    static void event(const QString& name, QJsonObject fields);
};

} // namespace akta::server
