#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace akta::demo {

// A town with its postal code.
struct DemoTown
{
    QString postalCode;
    QString city;
    int weight = 1; // how many inhabitants the demo municipality puts there, relatively
};

// A line of business for a demo company: the register's industry text and how its names are built.
struct DemoIndustry
{
    QString industry; // e.g. "Tømrer- og bygningssnedkervirksomhed"
    QString nameWord; // e.g. "Tømrer" in "Hansens Tømrer ApS"
};

// The word lists the demo municipality is made of: common Danish first names and surnames, street
// names and towns. All of it is data (Danish by nature), none of it is shown as program text.
class DemoNames final
{
public:
    static const QStringList& maleFirstNames();
    static const QStringList& femaleFirstNames();
    // Surnames, the most common ones repeated so that a uniform pick gives a realistic spread.
    static const QStringList& surnames();
    static const QStringList& streets();
    static const QList<DemoTown>& towns();
    static const QList<DemoIndustry>& industries();
    static const QStringList& companySuffixes(); // ApS, A/S, I/S, ...
    // Schools, day-care centres, doctors and other senders of letters about citizens.
    static const QStringList& schools();
    static const QStringList& dayCares();
    static const QStringList& institutions();
    // The municipality's own staff functions, for cases about the municipality itself.
    static const QStringList& departments();
    // Lower-case ASCII for user names and e-mail addresses: æ -> ae, ø -> oe, å -> aa, accents
    // dropped, anything else between words becomes one '-'.
    static QString asciiFolded(const QString& text);
};

} // namespace akta::demo
