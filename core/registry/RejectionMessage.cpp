#include "registry/RejectionMessage.h"

#include <QCoreApplication>

namespace akta::registry {

QString rejectionMessage(const char* context, const char* source, const QString& detail, bool translated)
{
    if (source == nullptr) {
        return {};
    }
    const QString text =
        translated ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
    return detail.isEmpty() ? text : text.arg(detail);
}

} // namespace akta::registry
