#pragma once

#include "kle/KleDetails.h"

#include <QList>

class QIODevice;

namespace akta::kle {

// The whole official emneplan as read from the KLE-online XML.
struct KleEmneplan
{
    QString published; // UdgivelsesDato
    QList<KleEntryDetails> entries;
};

// Reads the official KLE-online emneplan XML (root KLE-Emneplan). The whole file is read before
// anything is returned; a malformed or truncated file throws KleImportError with the line and reason.
class KleEmneplanReader final
{
public:
    static KleEmneplan read(QIODevice& device);
};

} // namespace akta::kle
