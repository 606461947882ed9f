#pragma once

#include "email/EmailMessage.h"

namespace akta::email {

// Reads an RFC 5322/MIME message with GMime. Throws EmailParseError on input that is not an e-mail.
class GmimeMessageReader final
{
public:
    static EmailMessage read(const QByteArray& data);
};

} // namespace akta::email
