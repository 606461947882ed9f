#include "documents/DocumentJson.h"

#include "documents/DocumentRepository.h"
#include "util/Ids.h"

#include <QJsonArray>

namespace akta::documents {

namespace {

QJsonValue orNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject documentToJson(DocumentRepository& repository, const DocumentDetails& document, bool withText)
{
    const DocumentRecord& record = document.record;
    QJsonArray recipients;
    for (const QString& recipient : record.recipients.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        recipients.append(recipient);
    }
    QJsonObject json{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("caseId"), record.caseId},
        {QStringLiteral("parentId"), orNull(record.parentDocumentId)},
        {QStringLiteral("number"), record.number},
        {QStringLiteral("title"), record.title},
        {QStringLiteral("kind"), record.kind},
        {QStringLiteral("direction"), record.direction},
        {QStringLiteral("status"), record.status},
        {QStringLiteral("accessClass"), document.accessClass},
        {QStringLiteral("documentDate"), record.documentDate.isValid()
                                             ? QJsonValue(record.documentDate.toString(Qt::ISODate))
                                             : QJsonValue()},
        {QStringLiteral("sender"), orNull(record.sender)},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("subject"), orNull(document.subject)},
        {QStringLiteral("messageId"), orNull(document.messageId)},
        {QStringLiteral("version"), document.latest.version},
        {QStringLiteral("fileName"), document.latest.fileName},
        {QStringLiteral("mimeType"), document.latest.mimeType},
        {QStringLiteral("size"), document.latest.size},
        {QStringLiteral("sha256"), document.latest.sha256},
        {QStringLiteral("textStatus"), document.latest.textStatus},
        {QStringLiteral("textLength"), document.latest.text.size()},
        {QStringLiteral("textError"), orNull(document.latest.textError)},
        {QStringLiteral("createdAt"), util::toIso(record.createdAt)},
    };
    if (withText) {
        json.insert(QStringLiteral("text"), document.latest.text);
        QJsonArray versions;
        for (const DocumentVersion& version : repository.versions(record.id)) {
            versions.append(QJsonObject{{QStringLiteral("version"), version.version},
                                        {QStringLiteral("fileName"), version.fileName},
                                        {QStringLiteral("mimeType"), version.mimeType},
                                        {QStringLiteral("size"), version.size},
                                        {QStringLiteral("sha256"), version.sha256},
                                        {QStringLiteral("textStatus"), version.textStatus},
                                        {QStringLiteral("createdAt"), util::toIso(version.createdAt)}});
        }
        json.insert(QStringLiteral("versions"), versions);
    }
    QJsonArray attachments;
    for (const DocumentDetails& child : repository.children(record.id)) {
        attachments.append(documentToJson(repository, child, withText));
    }
    json.insert(QStringLiteral("attachments"), attachments);
    return json;
}

} // namespace akta::documents
