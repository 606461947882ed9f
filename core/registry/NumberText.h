#pragma once

#include <QString>
#include <QStringView>

namespace akta::registry {

// Text helpers shared by CPR and CVR numbers. The text of a rejection: the English source (for the CLI and
// logs) or its translation in `context` (for the UI), with `detail` filled in for %1 when there is one. Empty
// for no source.
QString rejectionMessage(const char* context, const char* source, const QString& detail, bool translated);

bool isAsciiDigit(QChar c);
// The character at `index` as a message shows it: quoted when printable, else as U+XXXX.
QString describeCharacter(QStringView text, qsizetype index);

} // namespace akta::registry
