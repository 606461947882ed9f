#pragma once

#include <QList>
#include <QString>

namespace akta::registry {

// A person as the register (CPR or replacement number) knows them. A protected person's address is
// never filled in on the desktop.
struct PersonRecord
{
    struct Relation
    {
        QString type; // parent, child, custody, spouse
        QString cpr;
    };

    QString cpr; // 10 digits
    QString firstName;
    QString lastName;
    QString street;
    QString postalCode;
    QString city;
    bool isProtected = false;
    QString status = QStringLiteral("alive"); // alive, deceased, emigrated
    QList<Relation> relations;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).simplified(); }
};

// A company as the register (CVR) knows it.
struct CompanyRecord
{
    QString cvr; // 8 digits
    QString name;
    QString street;
    QString postalCode;
    QString city;
    QString industry;
    QString status;
};

} // namespace akta::registry
