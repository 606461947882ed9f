#pragma once

#include "email/EmailMessage.h"

#include <stdexcept>

namespace akta::email {

// A message that cannot be read; the message says why (truncated, not MIME, empty, ...).
class EmailParseError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses RFC 5322/MIME messages (.eml) with GMime, and Outlook .msg files (OLE2 compound files) with
// libgsf (Linux) or structured storage (Windows). Throws EmailParseError on input it cannot read.
class EmailParser final
{
public:
    static EmailMessage parseEml(const QByteArray& data);
    static EmailMessage parseMsg(const QByteArray& data);
    // Recognises the format by content (OLE2 signature or MIME headers).
    static EmailMessage parse(const QByteArray& data);
    static bool looksLikeMsg(const QByteArray& data);
};

} // namespace akta::email
