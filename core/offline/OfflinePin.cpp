#include "offline/OfflinePin.h"

namespace akta::offline {

QString OfflinePin::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Case:
        return QStringLiteral("case");
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Search:
        return QStringLiteral("search");
    }
    return {};
}

std::optional<OfflinePin::Kind> OfflinePin::kindFromName(const QString& name)
{
    for (const Kind kind : {Kind::Case, Kind::Person, Kind::Search}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace akta::offline
