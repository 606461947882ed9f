#pragma once

#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace akta::search {

// A query that cannot be run; message() says what is wrong, translated.
class SearchQueryError final : public std::invalid_argument
{
public:
    explicit SearchQueryError(const QString& message)
        : std::invalid_argument(message.toStdString()), m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// Parses the query language of the search field and `akta-cli search`:
//   words              all must match (stemmed; compounds found by their parts)
//   "a phrase"         the words in this order
//   -word, -"phrase"   must not match
//   a OR b             either (OR binds tighter than the implicit AND: "x a OR b" is x AND (a OR b))
//   prefix*            words starting with it (at least two letters)
//   kle:27.24 facet:G01 status:afsluttet sagsbeh:NAME enhed:NAME part:CPR|CVR|NAME
//   dato:2025-01-01..2025-06-30 (also dato:2025, dato:2025-03, dato:..2025-06-30) type:mail|notat|fil|sag
// A filter value with spaces is quoted: status:"under behandling". A text that is only a case number or
// a CPR/CVR number is a direct look-up. Throws SearchQueryError for a malformed query.
class SearchQueryParser final
{
public:
    // Messages are translated in the context "akta::search::SearchQueryParser".
    static QString tr(const char* source, const char* disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate("akta::search::SearchQueryParser", source, disambiguation, n);
    }

    // `prefixLastWord`: the last plain word is a prefix (search as you type).
    static SearchQuery parse(const QString& text, bool prefixLastWord = false);
};

} // namespace akta::search
