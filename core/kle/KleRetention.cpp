#include "kle/KleRetention.h"

#include <QStringList>

namespace akta::kle {

KleRetention KleRetention::forCase(const KleEntry& subject, const std::optional<KleFacet>& facet)
{
    KleRetention result{subject.retention, subject.deletion};
    if (facet && !facet->retention.isEmpty()) {
        result.retention = facet->retention;
    }
    return result;
}

bool KleRetention::isValidCode(const QString& code)
{
    static const QStringList codes{QStringLiteral("B"), QStringLiteral("K"), QStringLiteral("K5"),
                                   QStringLiteral("K10")};
    return codes.contains(code);
}

} // namespace akta::kle
