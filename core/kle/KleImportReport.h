#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace akta::kle {

// What an import of a KLE file did: counts of what the file holds, and which entries were added,
// changed, retired, or are in the plan but missing from the file (reported, never deleted).
struct KleImportReport
{
    QString format; // "emneplan", "facets" or "keywords"
    QString published;
    int mainGroups = 0;
    int groups = 0;
    int subjects = 0;
    int facets = 0;
    int stikord = 0;
    int keywords = 0;
    QStringList added;
    QStringList changed;
    QStringList retired;
    QStringList missing;
    QList<QPair<qint64, QString>> rejectedLines; // line number and reason
};

} // namespace akta::kle
