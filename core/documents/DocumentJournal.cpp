#include "documents/DocumentJournal.h"

#include "blobs/BlobStore.h"
#include "documents/DocumentRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/StoreMeta.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryFile>

namespace akta::documents {

namespace {

// An e-mail larger than this is journaled as a plain file rather than parsed in memory.
constexpr qint64 kMaxEmailBytes = 128LL * 1024 * 1024;
constexpr qint64 kHeadBytes = 8192;

const QByteArray kOle2Signature = QByteArray::fromHex("d0cf11e0a1b11ae1");

QString cleanText(const QString& value)
{
    QString result = value;
    for (QChar& c : result) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = QLatin1Char(' ');
        }
    }
    return result.simplified();
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

QString mimeTypeFor(const QString& fileName, const QString& path = {})
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("eml")) {
        return QStringLiteral("message/rfc822");
    }
    if (suffix == QLatin1String("msg")) {
        return QStringLiteral("application/vnd.ms-outlook");
    }
    QMimeDatabase mimes;
    const QMimeType type = path.isEmpty() ? mimes.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension)
                                          : mimes.mimeTypeForFile(path);
    return type.isValid() ? type.name() : QStringLiteral("application/octet-stream");
}

} // namespace

DocumentJournal::DocumentJournal(sqlite::Database& db, const blobs::BlobStore& blobs, EmailParse parse,
                                 Extract extract, QString actorId)
    : m_db(db), m_blobs(blobs), m_parse(std::move(parse)), m_extract(std::move(extract)),
      m_actorId(std::move(actorId))
{}

QString DocumentJournal::titleFromFileName(const QString& fileName)
{
    const QFileInfo info(fileName);
    QString title = cleanText(info.completeBaseName());
    if (title.isEmpty()) {
        title = cleanText(info.fileName());
    }
    return title.isEmpty() ? QStringLiteral("(uden titel)") : title;
}

bool DocumentJournal::looksLikeEmail(const QByteArray& head)
{
    if (head.startsWith(kOle2Signature)) {
        return true;
    }
    // RFC 5322 headers up to the first empty line, with at least From and one of Date/Subject/Message-ID.
    const qsizetype end = head.indexOf("\n\n") >= 0 ? head.indexOf("\n\n") : head.indexOf("\r\n\r\n");
    const QByteArray headers = (end < 0 ? head : head.left(end)).toLower();
    const QList<QByteArray> lines = headers.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    const QByteArray& first = lines.constFirst();
    const qsizetype colon = first.indexOf(':');
    if (colon <= 0 || first.left(colon).contains(' ')) {
        return false;
    }
    bool from = false;
    bool other = false;
    for (const QByteArray& line : lines) {
        from = from || line.startsWith("from:");
        other = other || line.startsWith("date:") || line.startsWith("subject:") ||
                line.startsWith("message-id:");
    }
    return from && other;
}

QStringList DocumentJournal::mailDomains()
{
    QStringList domains;
    const QString setting = store::StoreMeta(m_db).value(QStringLiteral("mail_domains"));
    for (const QString& part : setting.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString domain = part.trimmed().toLower();
        if (!domain.isEmpty()) {
            domains.append(domain.startsWith(QLatin1Char('@')) ? domain.mid(1) : domain);
        }
    }
    return domains;
}

void DocumentJournal::checkReadable(const QString& filePath, QFile& file)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        throw JournalError("no such file");
    }
    if (info.isDir()) {
        throw JournalError("a folder, not a file");
    }
    file.setFileName(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw JournalError("cannot read the file: " + file.errorString().toStdString());
    }
    if (file.size() == 0) {
        throw JournalError("the file is empty");
    }
}

JournalOutcome DocumentJournal::journalFile(const QString& caseId, const QString& filePath)
{
    const QFileInfo info(filePath);
    QFile file(filePath);
    checkReadable(filePath, file);
    const QString fileName = info.fileName();
    const QString suffix = info.suffix().toLower();
    const QByteArray head = file.peek(kHeadBytes);
    const bool namedAsEmail = suffix == QLatin1String("eml") || suffix == QLatin1String("msg");
    const bool emailCandidate = namedAsEmail || (suffix.isEmpty() && looksLikeEmail(head));

    Text failedParse;
    if (emailCandidate && m_parse) {
        if (file.size() > kMaxEmailBytes) {
            failedParse = {QStringLiteral("failed"), {}, QStringLiteral("too large to read as an e-mail")};
        } else {
            const QByteArray data = file.readAll();
            if (data.size() != file.size()) {
                throw JournalError("cannot read the file: " + file.errorString().toStdString());
            }
            QString parseError;
            const QString mimeType = head.startsWith(kOle2Signature)
                                         ? QStringLiteral("application/vnd.ms-outlook")
                                         : QStringLiteral("message/rfc822");
            if (auto outcome = journalEmail(caseId, fileName, mimeType, data, &parseError)) {
                return *outcome;
            }
            if (namedAsEmail) {
                failedParse = {QStringLiteral("failed"),
                               {},
                               QStringLiteral("not a readable e-mail: %1").arg(parseError)};
            }
        }
        file.seek(0);
    }

    const blobs::BlobStore::Stored stored = m_blobs.put(file);
    NewDocument document;
    document.caseId = caseId;
    document.title = titleFromFileName(fileName);
    document.kind = QStringLiteral("file");
    document.direction = QStringLiteral("incoming");
    document.documentDate = QDate::currentDate();
    document.content = {stored.sha256, fileName, mimeTypeFor(fileName, filePath), stored.size};
    DocumentRepository repository(m_db);
    const DocumentDetails details = repository.add(document, m_actorId);
    storeText(details.latest.id,
              failedParse.status.isEmpty() ? extractFile(filePath, details.latest.mimeType) : failedParse);
    return {*repository.find(details.record.id), false};
}

DocumentVersion DocumentJournal::journalVersion(const QString& documentId, const QString& filePath)
{
    QFile file(filePath);
    checkReadable(filePath, file);
    DocumentRepository repository(m_db);
    if (!repository.find(documentId)) {
        throw JournalError("no such document");
    }
    const QString fileName = QFileInfo(filePath).fileName();
    const blobs::BlobStore::Stored stored = m_blobs.put(file);
    const DocumentVersion version = repository.addVersion(
        documentId, {stored.sha256, fileName, mimeTypeFor(fileName, filePath), stored.size}, m_actorId);
    storeText(version.id, extractFile(filePath, version.mimeType));
    return repository.versions(documentId).constLast();
}

std::optional<JournalOutcome> DocumentJournal::journalEmail(const QString& caseId, const QString& fileName,
                                                            const QString& mimeType, const QByteArray& data,
                                                            QString* parseError)
{
    email::EmailMessage message;
    try {
        message = m_parse(data);
    } catch (const std::exception& error) {
        *parseError = QString::fromUtf8(error.what());
        return std::nullopt;
    }
    DocumentRepository repository(m_db);
    const QString messageId = message.messageId.trimmed();
    if (auto existing = repository.findByMessageId(caseId, messageId)) {
        return JournalOutcome{*existing, true};
    }
    const blobs::BlobStore::Stored stored = m_blobs.putData(data);

    const QString senderDomain = domainOf(message.fromAddress.isEmpty() ? message.from : message.fromAddress);
    bool ours = false;
    for (const QString& domain : mailDomains()) {
        ours = ours || (!senderDomain.isEmpty() &&
                        (senderDomain == domain || senderDomain.endsWith(QLatin1Char('.') + domain)));
    }
    const QString subject = cleanText(message.subject);

    NewDocument document;
    document.caseId = caseId;
    document.title = subject.isEmpty() ? titleFromFileName(fileName) : subject;
    document.kind = QStringLiteral("email");
    document.direction = ours ? QStringLiteral("outgoing") : QStringLiteral("incoming");
    document.documentDate = message.date.isValid() ? message.date.toLocalTime().date() : QDate::currentDate();
    document.sender = message.from.trimmed();
    document.recipients = (message.to + message.cc).join(QStringLiteral("; "));
    document.subject = subject;
    document.messageId = messageId;
    document.content = {stored.sha256, fileName, mimeType, stored.size};

    struct Pending
    {
        QString versionId;
        QString sha256;
        QString mimeType;
        QByteArray data;
    };
    QList<Pending> attachments;
    DocumentDetails details;
    {
        sqlite::Transaction transaction(m_db);
        if (auto existing = repository.findByMessageId(caseId, messageId)) {
            return JournalOutcome{*existing, true};
        }
        details = repository.add(document, m_actorId);
        int index = 0;
        for (const email::EmailAttachment& attachment : message.attachments) {
            ++index;
            if (attachment.isInline) {
                continue; // kept in the message itself
            }
            const blobs::BlobStore::Stored part = m_blobs.putData(attachment.data);
            const QString name = QFileInfo(attachment.fileName).fileName().trimmed();
            NewDocument child;
            child.caseId = caseId;
            child.parentDocumentId = details.record.id;
            child.title = name.isEmpty() ? QStringLiteral("Bilag %1").arg(index) : titleFromFileName(name);
            child.kind = QStringLiteral("file");
            child.direction = document.direction;
            child.documentDate = document.documentDate;
            child.sender = document.sender;
            child.recipients = document.recipients;
            const QString childName = name.isEmpty() ? QStringLiteral("bilag-%1").arg(index) : name;
            child.content = {part.sha256, childName,
                             attachment.mimeType.isEmpty() ? mimeTypeFor(childName)
                                                           : attachment.mimeType.toLower(),
                             part.size};
            const DocumentDetails added = repository.add(child, m_actorId);
            attachments.append({added.latest.id, part.sha256, added.latest.mimeType, attachment.data});
        }
        transaction.commit();
    }

    storeText(details.latest.id, emailBody(message));
    for (const Pending& attachment : attachments) {
        // The blob files are encrypted: the extractor gets the content itself.
        storeText(attachment.versionId, extractData(attachment.data, attachment.mimeType));
    }
    return JournalOutcome{*repository.find(details.record.id), false};
}

DocumentJournal::Text DocumentJournal::emailBody(const email::EmailMessage& message) const
{
    // The text of the message is its body; an HTML-only body is converted by the extractor.
    if (!message.textBody.trimmed().isEmpty()) {
        return {QStringLiteral("ok"), message.textBody, {}};
    }
    if (!message.htmlBody.trimmed().isEmpty()) {
        return extractData(message.htmlBody.toUtf8(), QStringLiteral("text/html"));
    }
    return {QStringLiteral("none"), {}, {}};
}

QString DocumentJournal::completeText(const QString& versionId)
{
    DocumentRepository repository(m_db);
    const std::optional<DocumentVersion> version = repository.findVersion(versionId);
    if (!version) {
        throw JournalError("no such document version");
    }
    const bool email = version->mimeType == QLatin1String("message/rfc822") ||
                       version->mimeType == QLatin1String("application/vnd.ms-outlook");
    Text text;
    if (!m_blobs.contains(version->sha256)) {
        text = {QStringLiteral("failed"), {}, QStringLiteral("the stored content is missing")};
    } else if (email && m_parse && version->size <= kMaxEmailBytes) {
        QByteArray data;
        try {
            data = m_blobs.open(version->sha256)->readAll();
        } catch (const std::exception& error) {
            text = {QStringLiteral("failed"), {}, QString::fromUtf8(error.what())};
        }
        if (text.status.isEmpty()) {
            try {
                text = emailBody(m_parse(data));
            } catch (const std::exception& error) {
                text = {QStringLiteral("failed"),
                        {},
                        QStringLiteral("not a readable e-mail: %1").arg(QString::fromUtf8(error.what()))};
            }
        }
    } else {
        text = extractBlob(version->sha256, version->mimeType);
    }
    storeText(versionId, text);
    return text.status;
}

JournalOutcome DocumentJournal::journalNote(const QString& caseId, const QString& title,
                                            const QByteArray& content, const QString& mimeType,
                                            const QDate& documentDate, bool draft)
{
    const QString cleanTitle = cleanText(title);
    if (cleanTitle.isEmpty()) {
        throw JournalError("a note needs a title");
    }
    if (content.trimmed().isEmpty()) {
        throw JournalError("the note is empty");
    }
    const bool html = mimeType == QLatin1String("text/html");
    const blobs::BlobStore::Stored stored = m_blobs.putData(content);
    NewDocument document;
    document.caseId = caseId;
    document.title = cleanTitle;
    document.kind = QStringLiteral("note");
    document.direction = QStringLiteral("internal");
    document.documentDate = documentDate.isValid() ? documentDate : QDate::currentDate();
    document.status = draft ? QStringLiteral("draft") : QStringLiteral("journaled");
    document.content = {stored.sha256, html ? QStringLiteral("notat.html") : QStringLiteral("notat.txt"),
                        html ? QStringLiteral("text/html") : QStringLiteral("text/plain"), stored.size};
    DocumentRepository repository(m_db);
    const DocumentDetails details = repository.add(document, m_actorId);
    storeText(details.latest.id, html ? extractData(content, document.content.mimeType)
                                      : Text{QStringLiteral("ok"), QString::fromUtf8(content), {}});
    return {*repository.find(details.record.id), false};
}

DocumentJournal::Text DocumentJournal::extractFile(const QString& path, const QString& mimeType) const
{
    if (!m_extract) {
        return {QStringLiteral("pending"), {}, {}};
    }
    try {
        const extraction::ExtractionResult result = m_extract(path, mimeType);
        if (result.status == QLatin1String("cancelled")) {
            return {QStringLiteral("pending"), {}, {}};
        }
        static const QStringList known{QStringLiteral("ok"), QStringLiteral("none"),
                                       QStringLiteral("failed")};
        if (!known.contains(result.status)) {
            return {QStringLiteral("failed"),
                    {},
                    result.error.isEmpty() ? QStringLiteral("text extraction gave no result") : result.error};
        }
        return {result.status, result.text, result.error};
    } catch (const std::exception& error) {
        return {QStringLiteral("failed"), {}, QString::fromUtf8(error.what())};
    }
}

DocumentJournal::Text DocumentJournal::extractData(const QByteArray& data, const QString& mimeType) const
{
    if (!m_extract) {
        return {QStringLiteral("pending"), {}, {}};
    }
    QTemporaryFile file;
    if (!file.open() || file.write(data) != data.size() || !file.flush()) {
        return {QStringLiteral("failed"),
                {},
                QStringLiteral("cannot write a temporary file: %1").arg(file.errorString())};
    }
    file.close();
    return extractFile(file.fileName(), mimeType);
}

DocumentJournal::Text DocumentJournal::extractBlob(const QString& sha256, const QString& mimeType) const
{
    if (!m_extract) {
        return {QStringLiteral("pending"), {}, {}};
    }
    QTemporaryFile file;
    if (!file.open()) {
        return {QStringLiteral("failed"),
                {},
                QStringLiteral("cannot write a temporary file: %1").arg(file.errorString())};
    }
    try {
        const std::unique_ptr<QIODevice> content = m_blobs.open(sha256);
        QByteArray chunk(int(blobs::BlobCipher::kChunkBytes), Qt::Uninitialized);
        while (!content->atEnd()) {
            const qint64 read = content->read(chunk.data(), chunk.size());
            if (read < 0) {
                if (content->atEnd()) {
                    break;
                }
                return {QStringLiteral("failed"),
                        {},
                        QStringLiteral("the stored content cannot be read: %1").arg(content->errorString())};
            }
            if (file.write(chunk.constData(), read) != read) {
                return {QStringLiteral("failed"),
                        {},
                        QStringLiteral("cannot write a temporary file: %1").arg(file.errorString())};
            }
        }
    } catch (const std::exception& error) {
        return {QStringLiteral("failed"), {}, QString::fromUtf8(error.what())};
    }
    if (!file.flush()) {
        return {QStringLiteral("failed"),
                {},
                QStringLiteral("cannot write a temporary file: %1").arg(file.errorString())};
    }
    file.close();
    return extractFile(file.fileName(), mimeType);
}

void DocumentJournal::storeText(const QString& versionId, const Text& text)
{
    DocumentRepository(m_db).setText(versionId, text.status,
                                     text.status == QLatin1String("ok") ? text.text : QString(), text.error);
}

} // namespace akta::documents
