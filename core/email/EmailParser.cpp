#include "email/EmailParser.h"

#include "email/GmimeMessageReader.h"
#include "email/MsgReader.h"

namespace akta::email {

namespace {

const char Ole2Signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

} // namespace

EmailMessage EmailParser::parseEml(const QByteArray& data)
{
    return GmimeMessageReader::read(data);
}

EmailMessage EmailParser::parseMsg(const QByteArray& data)
{
    if (data.isEmpty())
        throw EmailParseError("the message is empty");
    if (!looksLikeMsg(data))
        throw EmailParseError("not an Outlook .msg file: the OLE2 signature is missing");
    return MsgReader::read(data);
}

EmailMessage EmailParser::parse(const QByteArray& data)
{
    return looksLikeMsg(data) ? parseMsg(data) : parseEml(data);
}

bool EmailParser::looksLikeMsg(const QByteArray& data)
{
    return data.startsWith(QByteArrayView(Ole2Signature, 8));
}

} // namespace akta::email
