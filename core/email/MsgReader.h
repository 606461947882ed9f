#pragma once

#include "email/EmailMessage.h"

namespace akta::email {

// Reads an Outlook .msg file (an OLE2 compound file of MAPI property streams) through MsgStorage:
// libgsf on Linux, the structured storage API on Windows. Throws EmailParseError on input it cannot read.
class MsgReader final
{
public:
    static EmailMessage read(const QByteArray& data);
};

} // namespace akta::email
