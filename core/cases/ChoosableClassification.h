#pragma once

#include "kle/KleEntry.h"

namespace akta::kle {
class KleRepository;
}

namespace akta::cases {

// The emne a case may be given now (created or reclassified): an emne of the plan that is in force,
// with a facet of the right shape. Throws InvalidCase saying what is wrong.
kle::KleEntry requireChoosableClassification(kle::KleRepository& plan, const QString& subject,
                                             const QString& facet);

} // namespace akta::cases
