#pragma once

#include <QtGlobal>

namespace akta::util {

// The peak resident memory of this process in KiB, or -1 where the platform does not tell.
// Platform file: Linux reads /proc, Windows asks the process API.
qint64 peakResidentKiB();

} // namespace akta::util
