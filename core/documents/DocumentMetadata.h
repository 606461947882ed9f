#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace akta::documents {

// The metadata of a document that may change after it is journaled (its content may not).
struct DocumentMetadata
{
    QString title;
    QDate documentDate;
    QString direction; // incoming, outgoing, internal
    QString sender;
    QString recipients;
    QStringList partyIds; // parties of the case that the document concerns
    QString accessClass;  // normal, confidential, personnel
};

// One recorded change of a journaled document: field (title, documentDate, direction, sender,
// recipients, parties, accessClass, status), the values before and after, who and when.
struct DocumentChange
{
    QString field;
    QString oldValue;
    QString newValue;
    QString actor;
    QDateTime at;
};

} // namespace akta::documents
