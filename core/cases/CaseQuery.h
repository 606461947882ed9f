#pragma once

#include <QString>

namespace akta::cases {

// What the case list asks for: an optional text filter (case number, title or party name), an
// optional status, a sort column and one page of rows.
struct CaseQuery
{
    enum class Sort
    {
        CaseNumber,
        Title,
        KleSubject,
        Status,
        Caseworker,
        Modified,
        Unit
    };

    QString text;
    QString status; // wire name, empty for all
    QString partyIdentifier;
    Sort sort = Sort::Modified;
    bool ascending = false;
    int offset = 0;
    int limit = 200;
};

} // namespace akta::cases
