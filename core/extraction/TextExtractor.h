#pragma once

#include "extraction/ExtractionResult.h"

namespace akta::extraction {

// Extracts the text of a file in a separate helper process (akta-extract), because parsing hostile
// files can crash a library: a crash or a hang becomes status "failed" with a reason, never a crash of
// the caller. Blocking; call it from a worker thread or a background queue.
class TextExtractor final
{
public:
    // `helperPath` empty: akta-extract beside the running executable (or AKTA_EXTRACT_PATH).
    explicit TextExtractor(QString helperPath = {}, int timeoutMs = 60000);

    ExtractionResult extract(const QString& filePath, const QString& mimeType) const;

private:
    QString m_helperPath;
    int m_timeoutMs;
};

} // namespace akta::extraction
