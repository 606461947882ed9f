#pragma once

#include <QDateTime>
#include <QString>

namespace akta {

// A party of a case: a person by CPR (or replacement number) or a company by CVR.
// Master data from the register; `isProtected` means the address must never be shown.
struct Party
{
    enum class Kind
    {
        Person,
        Company
    };

    QString id;
    Kind kind = Kind::Person;
    QString identifier; // CPR as 10 digits, or CVR as 8 digits
    QString name;
    QString street;
    QString postalCode;
    QString city;
    bool isProtected = false;
    QString status = QStringLiteral("alive");
    QString source;
    QDateTime fetchedAt;
    qint64 rev = 0;
};

} // namespace akta
