#include "AcceptEncoding.h"

#include <httplib.h>

#include <QByteArray>
#include <QList>

namespace akta::server {

std::string AcceptEncoding::withoutBrotli(const std::string& value)
{
    QList<QByteArray> kept;
    for (const QByteArray& entry : QByteArray::fromStdString(value).split(',')) {
        const QByteArray name = entry.split(';').constFirst().trimmed().toLower();
        if (!name.isEmpty() && name != "br") {
            kept << entry.trimmed();
        }
    }
    return kept.join(", ").toStdString();
}

void AcceptEncoding::dropBrotli(const httplib::Request& request)
{
    auto& headers = const_cast<httplib::Headers&>(request.headers);
    for (auto it = headers.find("Accept-Encoding");
         it != headers.end() && it != headers.upper_bound("Accept-Encoding"); ++it) {
        it->second = withoutBrotli(it->second);
    }
}

} // namespace akta::server
