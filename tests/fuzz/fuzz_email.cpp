// libFuzzer target: EmailParser must either parse or throw EmailParseError, never crash, hang or leak.
#include "email/EmailParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const akta::email::EmailMessage message = akta::email::EmailParser::parse(input);
        // Touch the results so that lazily decoded data is materialised.
        volatile qsizetype total = message.subject.size() + message.textBody.size() + message.htmlBody.size();
        for (const akta::email::EmailAttachment& attachment : message.attachments)
            total = total + attachment.data.size() + attachment.fileName.size();
    } catch (const akta::email::EmailParseError&) {
        // Rejected input is fine.
    }
    return 0;
}
