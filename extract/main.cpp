// akta-extract --mime MIME FILE
//
// Prints one JSON line on stdout: {"status":"ok"|"none"|"failed","text":"...","error":"..."}
// (plus "truncated":true when the text was cut at 20 Mi characters). The exit code is 0 for every
// document, also a failed one; 2 only for a wrong command line (still with a JSON line).
#include "ExtractedText.h"
#include "ExtractorChoice.h"
#include "HtmlTextExtractor.h"
#include "OfficeTextExtractor.h"
#include "PdfTextExtractor.h"
#include "PlainTextExtractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using akta::extract::ExtractedText;
using akta::extract::ExtractorChoice;

namespace {

void writeAnswer(const ExtractedText& answer)
{
    QJsonObject object{{QStringLiteral("status"), answer.status},
                       {QStringLiteral("text"), answer.text},
                       {QStringLiteral("error"), answer.error}};
    if (answer.truncated) {
        object.insert(QStringLiteral("truncated"), true);
    }
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

// Before any application object exists: the MIME type and file from argv, to know whether the
// file is HTML (which needs a QGuiApplication for QTextDocument).
ExtractorChoice::Kind preliminaryKind(int argc, char* argv[])
{
    QString mime;
    QString file;
    for (int index = 1; index < argc; ++index) {
        const QString argument = QString::fromLocal8Bit(argv[index]);
        if (argument == u"--mime" && index + 1 < argc) {
            mime = QString::fromLocal8Bit(argv[++index]);
        } else if (argument.startsWith(u"--mime=")) {
            mime = argument.mid(7);
        } else {
            file = argument;
        }
    }
    return ExtractorChoice::choose(mime, file);
}

ExtractedText extract(ExtractorChoice::Kind kind, const QString& filePath)
{
    using Kind = ExtractorChoice::Kind;
    using akta::extract::OfficeTextExtractor;
    switch (kind) {
    case Kind::Pdf:
        return akta::extract::PdfTextExtractor::extract(filePath);
    case Kind::Docx:
        return OfficeTextExtractor::extract(filePath, OfficeTextExtractor::Format::Docx);
    case Kind::Odt:
        return OfficeTextExtractor::extract(filePath, OfficeTextExtractor::Format::Odt);
    case Kind::Html:
        return akta::extract::HtmlTextExtractor::extract(filePath);
    case Kind::PlainText:
        return akta::extract::PlainTextExtractor::extract(filePath);
    case Kind::None:
        break;
    }
    return ExtractedText::none();
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (preliminaryKind(argc, argv) == ExtractorChoice::Kind::Html) {
        // QTextDocument needs fonts, hence a QGuiApplication; never a window system.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("akta-extract"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Extracts the text of a document as one JSON line."));
    const QCommandLineOption mimeOption(QStringLiteral("mime"), QStringLiteral("The MIME type of the file."),
                                        QStringLiteral("type"));
    parser.addOption(mimeOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to extract."));
    if (!parser.parse(QCoreApplication::arguments()) || parser.positionalArguments().size() != 1) {
        const QString problem =
            parser.errorText().isEmpty() ? QStringLiteral("exactly one file expected") : parser.errorText();
        writeAnswer(
            ExtractedText::failed(QStringLiteral("usage: akta-extract --mime MIME FILE (%1)").arg(problem)));
        return 2;
    }
    const QString filePath = parser.positionalArguments().constFirst();
    const QString mimeType = parser.value(mimeOption);
    writeAnswer(extract(ExtractorChoice::choose(mimeType, filePath), filePath));
    return 0;
}
