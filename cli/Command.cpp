#include "Command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace akta::cli {

void Command::printJsonLine(QTextStream& out, const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray()) {
        document = QJsonDocument(value.toArray());
    } else {
        document = QJsonDocument(value.toObject());
    }
    out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

int Command::fail(CommandIo& io, const QString& message, int code)
{
    io.err << "akta-cli: " << message << '\n';
    io.err.flush();
    return code;
}

} // namespace akta::cli
