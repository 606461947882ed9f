#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace akta::search {

// The filters of a query (kle: facet: status: sagsbeh: enhed: part: dato: type:); empty means any.
struct SearchFilters
{
    QString kle;          // an emne, group or main group number: "27.24", "27.24.00"
    QString facet;        // "G01"
    QStringList statuses; // wire names: opened, in_progress, decided, closed, archived
    QString caseworker;   // user name or part of a full name
    QString unit;         // part of a unit's name
    QString party;        // a CPR or CVR number (digits only) or part of a name
    QDate from;           // document date (case: creation date) on or after
    QDate to;             // ... on or before
    QString type;         // file, email, note, case

    bool isEmpty() const
    {
        return kle.isEmpty() && facet.isEmpty() && statuses.isEmpty() && caseworker.isEmpty() &&
               unit.isEmpty() && party.isEmpty() && !from.isValid() && !to.isValid() && type.isEmpty();
    }
};

// A parsed query: the FTS5 expression for the index, the words to highlight, the filters, and
// whether the whole text was a case number or a CPR/CVR number to go straight to.
struct SearchQuery
{
    enum class Direct
    {
        None,
        CaseNumber,
        Party
    };

    QString match;     // FTS5 MATCH expression; empty when the query is only filters
    QStringList terms; // the words and phrases searched for, as typed (for highlighting elsewhere)
    SearchFilters filters;
    Direct direct = Direct::None;
    QString directValue; // the case number, or the CPR/CVR digits
};

} // namespace akta::search
