#pragma once

#include "email/EmailMessage.h"

namespace akta::email {

// Reads an Outlook .msg file (an OLE2 compound file of MAPI property streams) with libgsf. Throws
// EmailParseError on input it cannot read. Not yet available on Windows.
class MsgReader final
{
public:
    static EmailMessage read(const QByteArray& data);
};

} // namespace akta::email
