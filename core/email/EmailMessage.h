#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace akta::email {

// One attachment (bilag) of an e-mail, decoded. Nested messages (message/rfc822) are attachments too,
// with mimeType "message/rfc822" and their raw bytes as data.
struct EmailAttachment
{
    QString fileName; // decoded (RFC 2047/2231, any charset); never a path
    QString mimeType;
    QByteArray data;
    bool isInline = false; // e.g. an image referenced from the HTML body
    QString contentId;
};

// An e-mail as Akta journals it: decoded headers, the bodies and the attachments.
struct EmailMessage
{
    QString subject;
    QString from;        // "Name <address>"
    QString fromAddress; // address only, lower case
    QStringList to;
    QStringList cc;
    QDateTime date;
    QString messageId; // without angle brackets
    QString textBody;
    QString htmlBody;
    QList<EmailAttachment> attachments;
};

} // namespace akta::email
