#pragma once

#include "kle/KleEntry.h"

#include <QList>
#include <QString>

namespace akta::kle {

// A whole KLE plan in memory. The built-in plan (KLE February 2026: numbers and titles of every
// hovedgruppe, gruppe and emne) is compiled in as a resource and used until an official plan is imported.
class KlePlan final
{
public:
    KlePlan() = default;
    explicit KlePlan(QList<KleEntry> entries) : m_entries(std::move(entries)) {}

    static const KlePlan& builtIn();
    // Reads the three tab-separated files (hovedgrupper, grupper, emner) with a header line each.
    static KlePlan fromTsv(const QByteArray& mainGroups, const QByteArray& groups,
                           const QByteArray& subjects);

    const QList<KleEntry>& entries() const { return m_entries; }
    int count(int level) const;

private:
    QList<KleEntry> m_entries;
};

} // namespace akta::kle
