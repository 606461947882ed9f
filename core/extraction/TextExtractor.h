#pragma once

#include "extraction/ExtractionResult.h"

#include <QAtomicInt>

class QProcess;

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

    // While `*flag` is non-zero, a running helper is killed and extract() returns status "cancelled"
    // at once (the flag must outlive the extractor). Used to stop a background queue on shutdown.
    void setCancelFlag(const QAtomicInt* flag) { m_cancel = flag; }

private:
    bool cancelled() const { return m_cancel != nullptr && m_cancel->loadRelaxed() != 0; }
    // Waits for the helper in short slices so that a cancel is seen; false on timeout or cancel.
    bool waitForHelper(QProcess& process, int timeoutMs) const;

    QString m_helperPath;
    int m_timeoutMs;
    const QAtomicInt* m_cancel = nullptr;
};

} // namespace akta::extraction
