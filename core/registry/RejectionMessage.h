#pragma once

#include <QString>

namespace akta::registry {

// The text of a CPR/CVR rejection: the English source (for the CLI and logs) or its translation in
// `context` (for the UI), with `detail` filled in for %1 when there is one. Empty for no source.
QString rejectionMessage(const char* context, const char* source, const QString& detail, bool translated);

} // namespace akta::registry
