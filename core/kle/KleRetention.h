#pragma once

#include "kle/KleDetails.h"

#include <optional>

namespace akta::kle {

// The retention a case gets from its classification: the emne's bevaring (B, K, K5, K10) and deletion
// duration, unless the handlingsfacet says otherwise, in which case the facet's bevaring applies.
struct KleRetention
{
    QString retention;
    QString deletion;

    static KleRetention forCase(const KleEntry& subject, const std::optional<KleFacet>& facet);
    static bool isValidCode(const QString& code);
};

} // namespace akta::kle
