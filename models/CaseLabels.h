#pragma once

#include "domain/CaseEnums.h"

#include <QCoreApplication>
#include <QString>

namespace akta::models {

// The Danish (translated) display names of case kinds, statuses and access classes.
class CaseLabels final
{
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)

public:
    static QString kind(CaseKind kind);
    static QString status(CaseStatus status);
    static QString access(AccessClass access);
    static QString direction(const QString& wireName);
    static QString documentKind(const QString& wireName);
    // "B – bevares", "K5 – kasseres efter 5 år", ...; the code itself when unknown.
    static QString retention(const QString& code);
    // An ISO-8601 duration from case closure, e.g. P1825D → "slettes 5 år efter sagens afslutning".
    static QString deletion(const QString& isoDuration);
};

} // namespace akta::models
