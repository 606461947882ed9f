#include "extraction/TextExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QStringList>

namespace akta::extraction {

namespace {

QString helperFileName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("akta-extract.exe");
#else
    return QStringLiteral("akta-extract");
#endif
}

// AKTA_EXTRACT_PATH, else akta-extract beside the running executable, else (the build tree) in
// ../extract/ beside it. When none exists, the first candidate, so the error names a real place.
QString defaultHelperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("AKTA_EXTRACT_PATH");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString applicationDir =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    const QString beside = QDir(applicationDir).filePath(helperFileName());
    const QString buildTree =
        QDir::cleanPath(QDir(applicationDir).filePath(QStringLiteral("../extract/") + helperFileName()));
    for (const QString& candidate : {beside, buildTree}) {
        if (QFileInfo(candidate).isExecutable()) {
            return candidate;
        }
    }
    return beside;
}

ExtractionResult failed(QString error)
{
    return {QStringLiteral("failed"), {}, std::move(error)};
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

// The end of the helper's stderr, for a failure message.
QString stderrTail(QProcess& process)
{
    const QString text = QString::fromUtf8(process.readAllStandardError()).trimmed();
    constexpr qsizetype maxChars = 300;
    return text.size() > maxChars ? text.right(maxChars) : text;
}

} // namespace

TextExtractor::TextExtractor(QString helperPath, int timeoutMs)
    : m_helperPath(helperPath.isEmpty() ? defaultHelperPath() : std::move(helperPath)),
      m_timeoutMs(timeoutMs > 0 ? timeoutMs : 60000)
{}

ExtractionResult TextExtractor::extract(const QString& filePath, const QString& mimeType) const
{
    QProcess process;
    process.setProgram(m_helperPath);
    process.setArguments({QStringLiteral("--mime"), mimeType, filePath});
    process.setStandardInputFile(QProcess::nullDevice());

    QElapsedTimer timer;
    timer.start();
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(m_timeoutMs)) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
            return failed(
                QStringLiteral("the extractor did not finish within %1 s").arg(seconds(m_timeoutMs)));
        }
        return failed(QStringLiteral("the extractor could not be started (%1: %2)")
                          .arg(QDir::toNativeSeparators(m_helperPath), process.errorString()));
    }
    const int remaining = int(qMax<qint64>(1, m_timeoutMs - timer.elapsed()));
    if (!waitForHelper(process, remaining)) {
        process.kill();
        process.waitForFinished(5000);
        if (cancelled()) {
            return {QStringLiteral("cancelled"), {}, QStringLiteral("text extraction was stopped")};
        }
        return failed(QStringLiteral("the extractor did not finish within %1 s").arg(seconds(m_timeoutMs)));
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        // On Unix the exit code of a crashed process is the signal that ended it.
        const QString tail = stderrTail(process);
        QString reason = QStringLiteral("exit code %1").arg(process.exitCode());
#ifndef Q_OS_WIN
        reason = QStringLiteral("signal %1").arg(process.exitCode());
#endif
        if (!tail.isEmpty()) {
            reason += QStringLiteral(": ") + tail;
        }
        return failed(QStringLiteral("the extractor crashed (%1)").arg(reason));
    }

    const QByteArray output = process.readAllStandardOutput().trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    const QJsonObject answer = document.object();
    const QString status = answer.value(QStringLiteral("status")).toString();
    const bool known = status == u"ok" || status == u"none" || status == u"failed";
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !known) {
        QString detail = process.exitCode() != 0 ? QStringLiteral("exit code %1").arg(process.exitCode())
                                                 : QStringLiteral("no valid JSON answer");
        const QString tail = stderrTail(process);
        if (!tail.isEmpty()) {
            detail += QStringLiteral(": ") + tail;
        }
        return failed(QStringLiteral("the extractor gave no valid answer (%1)").arg(detail));
    }
    ExtractionResult result{status, answer.value(QStringLiteral("text")).toString(),
                            answer.value(QStringLiteral("error")).toString()};
    if (result.status == u"failed" && result.error.isEmpty()) {
        result.error = QStringLiteral("the extractor gave no reason");
    }
    if (result.status != u"ok") {
        result.text.clear();
    }
    return result;
}

bool TextExtractor::waitForHelper(QProcess& process, int timeoutMs) const
{
    if (m_cancel == nullptr) {
        return process.waitForFinished(timeoutMs);
    }
    constexpr int sliceMs = 100;
    QElapsedTimer timer;
    timer.start();
    while (!cancelled()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            return false;
        }
        if (process.waitForFinished(int(qMin<qint64>(left, sliceMs)))) {
            return true;
        }
        if (process.state() == QProcess::NotRunning) {
            return true;
        }
    }
    return false;
}

} // namespace akta::extraction
