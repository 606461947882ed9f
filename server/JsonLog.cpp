#include "JsonLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "akta.server")
Q_LOGGING_CATEGORY(lcHttp, "akta.server.http")

namespace akta::server {

namespace {

QMutex& outputMutex()
{
    static QMutex mutex;
    return mutex;
}

void writeLine(QJsonObject object)
{
    object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker locker(&outputMutex());
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    writeLine(
        QJsonObject{{QStringLiteral("level"), levelName(type)},
                    {QStringLiteral("category"), QString::fromUtf8(context.category ? context.category : "")},
                    {QStringLiteral("message"), message}});
}

} // namespace

void JsonLog::install()
{
    qInstallMessageHandler(handler);
}

void JsonLog::event(const QString& name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    writeLine(fields);
}

} // namespace akta::server
