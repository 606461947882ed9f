#include "ExtractorChoice.h"

#include <QFileInfo>

namespace akta::extract {

ExtractorChoice::Kind ExtractorChoice::fromMimeType(const QString& mimeType)
{
    const QString mime = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (mime == u"application/pdf" || mime == u"application/x-pdf") {
        return Kind::Pdf;
    }
    if (mime == u"application/vnd.openxmlformats-officedocument.wordprocessingml.document" ||
        mime == u"application/vnd.openxmlformats-officedocument.wordprocessingml.template" ||
        mime == u"application/vnd.ms-word.document.macroenabled.12" ||
        mime == u"application/vnd.ms-word.template.macroenabled.12") {
        return Kind::Docx;
    }
    if (mime == u"application/vnd.oasis.opendocument.text" ||
        mime == u"application/vnd.oasis.opendocument.text-template") {
        return Kind::Odt;
    }
    if (mime == u"text/html" || mime == u"application/xhtml+xml") {
        return Kind::Html;
    }
    if (mime.startsWith(u"text/") || mime == u"application/json" || mime == u"application/xml" ||
        mime == u"application/csv") {
        return Kind::PlainText;
    }
    return Kind::None;
}

ExtractorChoice::Kind ExtractorChoice::fromExtension(const QString& filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"pdf") {
        return Kind::Pdf;
    }
    if (suffix == u"docx" || suffix == u"docm" || suffix == u"dotx" || suffix == u"dotm") {
        return Kind::Docx;
    }
    if (suffix == u"odt" || suffix == u"ott") {
        return Kind::Odt;
    }
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") {
        return Kind::Html;
    }
    if (suffix == u"txt" || suffix == u"text" || suffix == u"csv" || suffix == u"tsv" || suffix == u"md" ||
        suffix == u"log" || suffix == u"xml" || suffix == u"json") {
        return Kind::PlainText;
    }
    return Kind::None;
}

ExtractorChoice::Kind ExtractorChoice::choose(const QString& mimeType, const QString& filePath)
{
    const Kind byMime = fromMimeType(mimeType);
    if (byMime != Kind::None) {
        return byMime;
    }
    const QString mime = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (mime.startsWith(u"image/") || mime.startsWith(u"audio/") || mime.startsWith(u"video/")) {
        return Kind::None; // the MIME type says so; the extension does not overrule it
    }
    return fromExtension(filePath);
}

} // namespace akta::extract
