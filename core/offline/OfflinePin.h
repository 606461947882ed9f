#pragma once

#include <QString>

#include <optional>
#include <stdexcept>

namespace akta::offline {

// Raised when a pin cannot be made: an unknown case, an invalid CPR number, a malformed search.
class OfflineError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One thing this desktop keeps offline: a case (value: its id), all cases of a person (value: the CPR
// number, 10 digits) or a saved search (value: the query).
struct OfflinePin
{
    enum class Kind
    {
        Case,
        Person,
        Search
    };

    Kind kind = Kind::Case;
    QString value;
    QString label; // what the user named it by: the case number, the CPR number, the query
    QString addedAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
};

} // namespace akta::offline
