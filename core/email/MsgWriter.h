#pragma once

#include "email/EmailMessage.h"

namespace akta::email {

// Writes a minimal Outlook .msg (OLE2 compound file with MAPI property streams, MS-OXMSG) for an
// EmailMessage: subject, sender, recipients, submit time, bodies and attachments. Used to build test fixtures
// for MsgReader. Throws EmailParseError where libgsf is unavailable (Windows).
class MsgWriter final
{
public:
    static QByteArray write(const EmailMessage& message);
};

} // namespace akta::email
