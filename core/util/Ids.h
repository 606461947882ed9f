#pragma once

#include <QDateTime>
#include <QString>

namespace akta::util {

// A new random UUID without braces, the identity of every entity.
QString newId();
// The current time as ISO-8601 UTC with milliseconds, the form every timestamp is stored in.
QString nowIso();
QString toIso(const QDateTime& time);
QDateTime fromIso(const QString& text);

} // namespace akta::util
