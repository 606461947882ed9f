#include "documents/DocumentRepository.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QJsonObject>

namespace akta::documents {

namespace {

const QStringList kKinds{QStringLiteral("file"), QStringLiteral("email"), QStringLiteral("note")};
const QStringList kDirections{QStringLiteral("incoming"), QStringLiteral("outgoing"),
                              QStringLiteral("internal")};
const QStringList kTextStatuses{QStringLiteral("ok"), QStringLiteral("failed"), QStringLiteral("pending"),
                                QStringLiteral("none")};

std::optional<QString> optional(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

void checkContent(const NewVersion& content)
{
    if (content.sha256.size() != 64) {
        throw InvalidDocument("a document version needs the SHA-256 of its stored content");
    }
    if (content.fileName.trimmed().isEmpty()) {
        throw InvalidDocument("a document version needs a file name");
    }
    if (content.mimeType.isEmpty()) {
        throw InvalidDocument("a document version needs a MIME type");
    }
    if (content.size < 0) {
        throw InvalidDocument("a document version cannot have a negative size");
    }
}

DocumentVersion insertVersion(sqlite::Database& db, const QString& documentId, int number,
                              const NewVersion& content, const QString& actorId, const QString& now)
{
    DocumentVersion version;
    version.id = util::newId();
    version.documentId = documentId;
    version.version = number;
    version.sha256 = content.sha256;
    version.fileName = content.fileName;
    version.mimeType = content.mimeType;
    version.size = content.size;
    version.author = actorId;
    version.createdAt = util::fromIso(now);
    db.prepare(QStringLiteral("INSERT INTO document_versions(id, document_id, version, sha256, file_name, "
                              "mime_type, size, author, created_at, text_status) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending')"))
        .bind(1, version.id)
        .bind(2, documentId)
        .bind(3, number)
        .bind(4, content.sha256)
        .bind(5, content.fileName)
        .bind(6, content.mimeType)
        .bind(7, content.size)
        .bind(8, optional(actorId))
        .bind(9, now)
        .exec();
    QJsonObject fields{{QStringLiteral("documentId"), documentId},
                       {QStringLiteral("version"), number},
                       {QStringLiteral("sha256"), content.sha256},
                       {QStringLiteral("fileName"), content.fileName},
                       {QStringLiteral("mimeType"), content.mimeType},
                       {QStringLiteral("size"), content.size},
                       {QStringLiteral("createdAt"), now}};
    sync::Outbox(db).append(QStringLiteral("document_version"), version.id, 0, fields);
    return version;
}

const char* const kSelect =
    "SELECT d.id, d.case_id, d.parent_document_id, d.number, d.title, d.kind, d.direction, d.document_date, "
    "d.status, d.sender, d.recipients, d.rev, d.created_at, d.subject, d.message_id, d.access_class, "
    "(SELECT count(*) FROM document_versions x WHERE x.document_id = d.id), "
    "v.id, v.version, v.sha256, v.file_name, v.mime_type, v.size, v.author, v.created_at, v.text_status, "
    "v.extracted_text, v.text_error "
    "FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id AND v.version = "
    "(SELECT max(version) FROM document_versions y WHERE y.document_id = d.id) ";

DocumentVersion readVersion(const sqlite::Statement& query, int first)
{
    DocumentVersion version;
    version.id = query.columnText(first);
    version.version = query.columnInt(first + 1);
    version.sha256 = query.columnText(first + 2);
    version.fileName = query.columnText(first + 3);
    version.mimeType = query.columnText(first + 4);
    version.size = query.columnInt64(first + 5);
    version.author = query.columnText(first + 6);
    version.createdAt = util::fromIso(query.columnText(first + 7));
    version.textStatus = query.columnText(first + 8);
    version.text = query.columnText(first + 9);
    version.textError = query.columnText(first + 10);
    return version;
}

DocumentDetails readDetails(const sqlite::Statement& query)
{
    DocumentDetails details;
    DocumentRecord& record = details.record;
    record.id = query.columnText(0);
    record.caseId = query.columnText(1);
    record.parentDocumentId = query.columnText(2);
    record.number = query.columnInt(3);
    record.title = query.columnText(4);
    record.kind = query.columnText(5);
    record.direction = query.columnText(6);
    record.documentDate = QDate::fromString(query.columnText(7), Qt::ISODate);
    record.status = query.columnText(8);
    record.sender = query.columnText(9);
    record.recipients = query.columnText(10);
    record.rev = query.columnInt64(11);
    record.createdAt = util::fromIso(query.columnText(12));
    details.subject = query.columnText(13);
    details.messageId = query.columnText(14);
    details.accessClass = query.columnText(15);
    record.versions = query.columnInt(16);
    details.latest = readVersion(query, 17);
    details.latest.documentId = record.id;
    record.fileName = details.latest.fileName;
    record.mimeType = details.latest.mimeType;
    record.size = details.latest.size;
    record.sha256 = details.latest.sha256;
    record.textStatus = details.latest.textStatus;
    record.textError = details.latest.textError;
    return details;
}

} // namespace

DocumentDetails DocumentRepository::add(const NewDocument& document, const QString& actorId)
{
    if (document.caseId.isEmpty()) {
        throw InvalidDocument("a document needs a case");
    }
    if (document.title.trimmed().isEmpty()) {
        throw InvalidDocument("a document needs a title");
    }
    if (!kKinds.contains(document.kind)) {
        throw InvalidDocument("unknown document kind: " + document.kind.toStdString());
    }
    if (!kDirections.contains(document.direction)) {
        throw InvalidDocument("unknown document direction: " + document.direction.toStdString());
    }
    checkContent(document.content);
    if (document.status != QLatin1String("journaled") && document.status != QLatin1String("draft")) {
        throw InvalidDocument("unknown document status: " + document.status.toStdString());
    }

    sqlite::Transaction transaction(m_db);
    {
        auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?1"));
        exists.bind(1, document.caseId);
        if (!exists.step()) {
            throw InvalidDocument("no case " + document.caseId.toStdString());
        }
    }
    if (!document.parentDocumentId.isEmpty()) {
        auto parent = m_db.prepare(QStringLiteral("SELECT case_id FROM documents WHERE id = ?1"));
        parent.bind(1, document.parentDocumentId);
        if (!parent.step() || parent.columnText(0) != document.caseId) {
            throw InvalidDocument("the parent document is not in the same case");
        }
    }
    int number = 1;
    {
        auto next = m_db.prepare(
            QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM documents WHERE case_id = ?1"));
        next.bind(1, document.caseId);
        next.step();
        number = next.columnInt(0);
    }
    const QString id = util::newId();
    const QString now = util::nowIso();
    const QString accessClass =
        document.accessClass.isEmpty() ? QStringLiteral("normal") : document.accessClass;
    const QString date =
        document.documentDate.isValid() ? document.documentDate.toString(Qt::ISODate) : QString();
    m_db.prepare(QStringLiteral(
                     "INSERT INTO documents(id, case_id, parent_document_id, number, title, kind, "
                     "direction, document_date, status, sender, recipients, access_class, created_by, "
                     "created_at, modified_at, subject, message_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                     "?8, ?16, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15)"))
        .bind(1, id)
        .bind(2, document.caseId)
        .bind(3, optional(document.parentDocumentId))
        .bind(4, number)
        .bind(5, document.title.trimmed())
        .bind(6, document.kind)
        .bind(7, document.direction)
        .bind(8, optional(date))
        .bind(9, optional(document.sender))
        .bind(10, optional(document.recipients))
        .bind(11, accessClass)
        .bind(12, optional(actorId))
        .bind(13, now)
        .bind(14, optional(document.subject))
        .bind(15, optional(document.messageId))
        .bind(16, document.status)
        .exec();
    QJsonObject fields{
        {QStringLiteral("caseId"), document.caseId},         {QStringLiteral("number"), number},
        {QStringLiteral("title"), document.title.trimmed()}, {QStringLiteral("kind"), document.kind},
        {QStringLiteral("direction"), document.direction},   {QStringLiteral("status"), document.status},
        {QStringLiteral("accessClass"), accessClass},        {QStringLiteral("createdAt"), now}};
    const auto put = [&fields](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            fields.insert(key, value);
        }
    };
    put(QStringLiteral("parentDocumentId"), document.parentDocumentId);
    put(QStringLiteral("documentDate"), date);
    put(QStringLiteral("sender"), document.sender);
    put(QStringLiteral("recipients"), document.recipients);
    put(QStringLiteral("subject"), document.subject);
    put(QStringLiteral("messageId"), document.messageId);
    sync::Outbox(m_db).append(QStringLiteral("document"), id, 0, fields);
    insertVersion(m_db, id, 1, document.content, actorId, now);
    transaction.commit();
    return *find(id);
}

DocumentVersion DocumentRepository::addVersion(const QString& documentId, const NewVersion& content,
                                               const QString& actorId)
{
    checkContent(content);
    sqlite::Transaction transaction(m_db);
    auto next = m_db.prepare(
        QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM document_versions WHERE document_id = ?1"));
    next.bind(1, documentId);
    next.step();
    const int number = next.columnInt(0);
    if (number == 1) {
        throw InvalidDocument("no document " + documentId.toStdString());
    }
    const QString now = util::nowIso();
    DocumentVersion version = insertVersion(m_db, documentId, number, content, actorId, now);
    m_db.prepare(QStringLiteral("UPDATE documents SET modified_at = ?2 WHERE id = ?1"))
        .bind(1, documentId)
        .bind(2, now)
        .exec();
    transaction.commit();
    return version;
}

void DocumentRepository::setText(const QString& versionId, const QString& status, const QString& text,
                                 const QString& error)
{
    if (!kTextStatuses.contains(status)) {
        throw InvalidDocument("unknown text status: " + status.toStdString());
    }
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE document_versions SET text_status = ?2, extracted_text = ?3, text_error = ?4 WHERE id = ?1"));
    update.bind(1, versionId).bind(2, status).bind(3, optional(text)).bind(4, optional(error)).exec();
    if (m_db.changes() != 1) {
        throw InvalidDocument("no document version " + versionId.toStdString());
    }
}

std::optional<DocumentDetails> DocumentRepository::find(const QString& documentId)
{
    return findWhere(QStringLiteral("d.id = ?1"), {documentId});
}

std::optional<DocumentDetails> DocumentRepository::findByMessageId(const QString& caseId,
                                                                   const QString& messageId)
{
    if (messageId.isEmpty()) {
        return std::nullopt;
    }
    return findWhere(QStringLiteral("d.case_id = ?1 AND d.message_id = ?2"), {caseId, messageId});
}

QList<DocumentDetails> DocumentRepository::children(const QString& documentId)
{
    return listWhere(QStringLiteral("d.parent_document_id = ?1"), {documentId});
}

QList<DocumentVersion> DocumentRepository::versions(const QString& documentId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT v.id, v.version, v.sha256, v.file_name, v.mime_type, v.size, v.author, v.created_at, "
        "v.text_status, v.extracted_text, v.text_error FROM document_versions v WHERE v.document_id = ?1 "
        "ORDER BY v.version"));
    query.bind(1, documentId);
    QList<DocumentVersion> result;
    while (query.step()) {
        DocumentVersion version = readVersion(query, 0);
        version.documentId = documentId;
        result.append(version);
    }
    return result;
}

std::optional<DocumentVersion> DocumentRepository::findVersion(const QString& versionId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT v.id, v.version, v.sha256, v.file_name, v.mime_type, v.size, v.author, v.created_at, "
        "v.text_status, v.extracted_text, v.text_error, v.document_id FROM document_versions v WHERE v.id = "
        "?1"));
    query.bind(1, versionId);
    if (!query.step()) {
        return std::nullopt;
    }
    DocumentVersion version = readVersion(query, 0);
    version.documentId = query.columnText(11);
    return version;
}

QStringList DocumentRepository::pendingTextVersions(int limit)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id FROM document_versions WHERE text_status = 'pending' "
                                             "ORDER BY rowid LIMIT ?1"));
    query.bind(1, limit);
    QStringList result;
    while (query.step()) {
        result.append(query.columnText(0));
    }
    return result;
}

int DocumentRepository::pendingTextCount()
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM document_versions WHERE text_status = 'pending'"));
    query.step();
    return query.columnInt(0);
}

std::optional<DocumentDetails> DocumentRepository::findWhere(const QString& condition,
                                                             const QStringList& values)
{
    const QList<DocumentDetails> found = listWhere(condition, values);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.constFirst();
}

QList<DocumentDetails> DocumentRepository::listWhere(const QString& condition, const QStringList& values)
{
    auto query = m_db.prepare(QString::fromUtf8(kSelect) + QStringLiteral("WHERE ") + condition +
                              QStringLiteral(" ORDER BY d.number"));
    for (int i = 0; i < values.size(); ++i) {
        query.bind(i + 1, values.at(i));
    }
    QList<DocumentDetails> result;
    while (query.step()) {
        result.append(readDetails(query));
    }
    return result;
}

} // namespace akta::documents
