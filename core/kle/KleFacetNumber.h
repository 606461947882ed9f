#pragma once

#include <QString>

namespace akta::kle {

// True for a handlingsfacet number: one capital letter (Æ, Ø, Å included) and two digits, e.g. G01, Ø34.
bool isFacetNumber(const QString& number);

} // namespace akta::kle
