#pragma once

#include <QString>

namespace akta::cases {

// The title a new case is offered from its emne and party ("Byggetilladelse – Emma Nielsen"), so
// that the caseworker edits rather than types, and cases of one kind are named alike.
QString proposeCaseTitle(const QString& emneTitle, const QString& partyName);

} // namespace akta::cases
