#pragma once

#include "kle/KleDetails.h"

#include <QList>

class QIODevice;

namespace akta::kle {

// Reads the official KLE-online handlingsfacetter XML (root KLE-Handlingsfacetter). A malformed or
// truncated file throws KleImportError with the line and reason.
class KleFacetReader final
{
public:
    static QList<KleFacet> read(QIODevice& device, QString* published = nullptr);
};

} // namespace akta::kle
