#pragma once

#include <QString>

namespace akta::kle {

// One node of the KLE plan: hovedgruppe (level 1, "27"), gruppe (level 2, "27.24") or emne
// (level 3, "27.24.00").
struct KleEntry
{
    QString number;
    int level = 3;
    QString parent;
    QString title;
    QString retention; // B, K, K5, K10 or empty when unknown
    QString deletion;  // ISO-8601 duration, e.g. P1825D
    QString retiredAt; // ISO date, empty while in force

    bool isRetired() const { return !retiredAt.isEmpty(); }
    // The level a KLE number has from its shape, or 0 when it is not a KLE number.
    static int levelOf(const QString& number);
};

} // namespace akta::kle
