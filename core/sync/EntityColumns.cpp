#include "sync/EntityColumns.h"

#include <QHash>

namespace akta::sync {

namespace {

using Type = EntityColumn::Type;

EntityColumn text(const char* key, const char* column)
{
    return {QString::fromLatin1(key), QString::fromLatin1(column), Type::Text};
}

EntityColumn integer(const char* key, const char* column)
{
    return {QString::fromLatin1(key), QString::fromLatin1(column), Type::Integer};
}

} // namespace

QString EntityColumns::table(const QString& entity)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("case"), QStringLiteral("cases")},
        {QStringLiteral("party"), QStringLiteral("parties")},
        {QStringLiteral("document"), QStringLiteral("documents")},
        {QStringLiteral("document_version"), QStringLiteral("document_versions")}};
    return tables.value(entity);
}

const QList<EntityColumn>& EntityColumns::columns(const QString& entity)
{
    static const QList<EntityColumn> cases{
        text("caseNumber", "case_number"),
        {QStringLiteral("numberProvisional"), QStringLiteral("number_provisional"), Type::Boolean},
        text("title", "title"),
        text("kleSubject", "kle_subject"),
        text("kleFacet", "kle_facet"),
        text("kind", "kind"),
        text("status", "status"),
        text("accessClass", "access_class"),
        text("responsibleUnit", "responsible_unit"),
        text("caseworker", "caseworker"),
        text("retention", "retention"),
        text("retentionReason", "retention_reason"),
        text("deletion", "deletion"),
        text("followUpDate", "follow_up_date"),
        text("employee", "employee")};
    static const QList<EntityColumn> parties{text("kind", "kind"), text("identifier", "identifier"),
                                             text("name", "name"), text("source", "source")};
    static const QList<EntityColumn> documents{text("caseId", "case_id"),
                                               text("parentDocumentId", "parent_document_id"),
                                               integer("number", "number"),
                                               text("title", "title"),
                                               text("kind", "kind"),
                                               text("direction", "direction"),
                                               text("status", "status"),
                                               text("accessClass", "access_class"),
                                               text("documentDate", "document_date"),
                                               text("sender", "sender"),
                                               text("recipients", "recipients"),
                                               text("subject", "subject"),
                                               text("messageId", "message_id"),
                                               text("createdAt", "created_at"),
                                               text("reviewState", "review_state"),
                                               text("reviewer", "reviewer"),
                                               text("reviewRequestedBy", "review_requested_by"),
                                               text("reviewRequestedAt", "review_requested_at"),
                                               text("reviewComment", "review_comment"),
                                               text("reviewDecidedBy", "review_decided_by"),
                                               text("reviewDecidedAt", "review_decided_at")};
    static const QList<EntityColumn> versions{
        text("documentId", "document_id"), integer("version", "version"),          text("sha256", "sha256"),
        text("fileName", "file_name"),     text("mimeType", "mime_type"),          integer("size", "size"),
        text("createdAt", "created_at"),   text("extractedText", "extracted_text")};
    static const QList<EntityColumn> none;
    if (entity == QLatin1String("case")) {
        return cases;
    }
    if (entity == QLatin1String("party")) {
        return parties;
    }
    if (entity == QLatin1String("document")) {
        return documents;
    }
    if (entity == QLatin1String("document_version")) {
        return versions;
    }
    return none;
}

QJsonObject EntityColumns::insertDefaults(const QString& entity)
{
    if (entity == QLatin1String("case")) {
        return {{QStringLiteral("kleFacet"), QStringLiteral("G01")},
                {QStringLiteral("kind"), QStringLiteral("subject")},
                {QStringLiteral("status"), QStringLiteral("opened")},
                {QStringLiteral("accessClass"), QStringLiteral("normal")},
                {QStringLiteral("numberProvisional"), false}};
    }
    if (entity == QLatin1String("party")) {
        return {{QStringLiteral("kind"), QStringLiteral("person")}};
    }
    if (entity == QLatin1String("document")) {
        return {{QStringLiteral("kind"), QStringLiteral("file")},
                {QStringLiteral("direction"), QStringLiteral("internal")},
                {QStringLiteral("status"), QStringLiteral("journaled")},
                {QStringLiteral("accessClass"), QStringLiteral("normal")}};
    }
    if (entity == QLatin1String("document_version")) {
        return {{QStringLiteral("version"), 1},
                {QStringLiteral("fileName"), QStringLiteral("document")},
                {QStringLiteral("mimeType"), QStringLiteral("application/octet-stream")},
                {QStringLiteral("size"), 0}};
    }
    return {};
}

} // namespace akta::sync
