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
};

} // namespace akta::models
