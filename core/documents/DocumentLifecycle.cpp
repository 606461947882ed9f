#include "documents/DocumentLifecycle.h"

#include "documents/DocumentRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QJsonArray>
#include <QJsonObject>

namespace akta::documents {

namespace {

const QStringList kDirections{QStringLiteral("incoming"), QStringLiteral("outgoing"),
                              QStringLiteral("internal")};
const QStringList kAccessClasses{QStringLiteral("normal"), QStringLiteral("confidential"),
                                 QStringLiteral("personnel")};

std::optional<QString> optional(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

struct Current
{
    QString caseId;
    QString status;
    qint64 rev = 0;
    DocumentMetadata metadata;
};

std::optional<Current> readCurrent(sqlite::Database& db, const QString& documentId)
{
    auto query = db.prepare(QStringLiteral("SELECT case_id, status, rev, title, document_date, direction, "
                                           "sender, recipients, access_class FROM documents WHERE id = ?1"));
    query.bind(1, documentId);
    if (!query.step()) {
        return std::nullopt;
    }
    Current current;
    current.caseId = query.columnText(0);
    current.status = query.columnText(1);
    current.rev = query.columnInt64(2);
    current.metadata.title = query.columnText(3);
    current.metadata.documentDate = QDate::fromString(query.columnText(4), Qt::ISODate);
    current.metadata.direction = query.columnText(5);
    current.metadata.sender = query.columnText(6);
    current.metadata.recipients = query.columnText(7);
    current.metadata.accessClass = query.columnText(8);
    auto parties = db.prepare(
        QStringLiteral("SELECT party_id FROM document_parties WHERE document_id = ?1 ORDER BY party_id"));
    parties.bind(1, documentId);
    while (parties.step()) {
        current.metadata.partyIds.append(parties.columnText(0));
    }
    return current;
}

void recordChange(sqlite::Database& db, const QString& documentId, const QString& field,
                  const QString& oldValue, const QString& newValue, const QString& actorId, const QString& at)
{
    db.prepare(QStringLiteral("INSERT INTO document_history(document_id, field, old_value, new_value, actor, "
                              "at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        .bind(1, documentId)
        .bind(2, field)
        .bind(3, optional(oldValue))
        .bind(4, optional(newValue))
        .bind(5, optional(actorId))
        .bind(6, at)
        .exec();
}

} // namespace

DocumentMetadata DocumentLifecycle::metadata(const QString& documentId)
{
    const auto current = readCurrent(m_db, documentId);
    if (!current) {
        throw InvalidDocument("no document " + documentId.toStdString());
    }
    return current->metadata;
}

QStringList DocumentLifecycle::updateMetadata(const QString& documentId, const DocumentMetadata& metadata,
                                              const QString& actorId)
{
    DocumentMetadata wanted = metadata;
    wanted.title = wanted.title.simplified();
    wanted.sender = wanted.sender.trimmed();
    wanted.recipients = wanted.recipients.trimmed();
    wanted.partyIds.removeDuplicates();
    wanted.partyIds.removeAll(QString());
    wanted.partyIds.sort();
    if (wanted.title.isEmpty()) {
        throw InvalidDocument("a document needs a title");
    }
    if (!kDirections.contains(wanted.direction)) {
        throw InvalidDocument("unknown document direction: " + wanted.direction.toStdString());
    }
    if (!kAccessClasses.contains(wanted.accessClass)) {
        throw InvalidDocument("unknown access class: " + wanted.accessClass.toStdString());
    }

    sqlite::Transaction transaction(m_db);
    const auto current = readCurrent(m_db, documentId);
    if (!current) {
        throw InvalidDocument("no document " + documentId.toStdString());
    }
    for (const QString& partyId : std::as_const(wanted.partyIds)) {
        auto ofCase =
            m_db.prepare(QStringLiteral("SELECT 1 FROM case_parties WHERE case_id = ?1 AND party_id = ?2"));
        ofCase.bind(1, current->caseId).bind(2, partyId);
        if (!ofCase.step()) {
            throw InvalidDocument("the party " + partyId.toStdString() + " is not a party of the case");
        }
    }

    const DocumentMetadata& was = current->metadata;
    const auto date = [](const QDate& value) {
        return value.isValid() ? value.toString(Qt::ISODate) : QString();
    };
    struct Field
    {
        QString name;
        QString before;
        QString after;
    };
    const QList<Field> fields{
        {QStringLiteral("title"), was.title, wanted.title},
        {QStringLiteral("documentDate"), date(was.documentDate), date(wanted.documentDate)},
        {QStringLiteral("direction"), was.direction, wanted.direction},
        {QStringLiteral("sender"), was.sender, wanted.sender},
        {QStringLiteral("recipients"), was.recipients, wanted.recipients},
        {QStringLiteral("parties"), was.partyIds.join(QStringLiteral(", ")),
         wanted.partyIds.join(QStringLiteral(", "))},
        {QStringLiteral("accessClass"), was.accessClass, wanted.accessClass},
    };
    QStringList changed;
    QJsonObject operation;
    const QString now = util::nowIso();
    const bool journaled = current->status == QLatin1String("journaled");
    for (const Field& field : fields) {
        if (field.before == field.after) {
            continue;
        }
        changed.append(field.name);
        if (field.name == QLatin1String("parties")) {
            operation.insert(field.name, QJsonArray::fromStringList(wanted.partyIds));
        } else {
            operation.insert(field.name, field.after);
        }
        if (journaled) {
            recordChange(m_db, documentId, field.name, field.before, field.after, actorId, now);
        }
    }
    if (changed.isEmpty()) {
        return changed;
    }
    m_db.prepare(QStringLiteral("UPDATE documents SET title = ?2, document_date = ?3, direction = ?4, "
                                "sender = ?5, recipients = ?6, access_class = ?7, modified_at = ?8 "
                                "WHERE id = ?1"))
        .bind(1, documentId)
        .bind(2, wanted.title)
        .bind(3, optional(date(wanted.documentDate)))
        .bind(4, wanted.direction)
        .bind(5, optional(wanted.sender))
        .bind(6, optional(wanted.recipients))
        .bind(7, wanted.accessClass)
        .bind(8, now)
        .exec();
    if (changed.contains(QStringLiteral("parties"))) {
        m_db.prepare(QStringLiteral("DELETE FROM document_parties WHERE document_id = ?1"))
            .bind(1, documentId)
            .exec();
        for (const QString& partyId : std::as_const(wanted.partyIds)) {
            m_db.prepare(
                    QStringLiteral("INSERT INTO document_parties(document_id, party_id) VALUES (?1, ?2)"))
                .bind(1, documentId)
                .bind(2, partyId)
                .exec();
        }
    }
    sync::Outbox(m_db).append(QStringLiteral("document"), documentId, current->rev, operation);
    transaction.commit();
    return changed;
}

void DocumentLifecycle::journalize(const QString& documentId, const QString& actorId)
{
    sqlite::Transaction transaction(m_db);
    const auto current = readCurrent(m_db, documentId);
    if (!current) {
        throw InvalidDocument("no document " + documentId.toStdString());
    }
    if (current->status != QLatin1String("draft")) {
        throw InvalidDocument("the document is journaled already");
    }
    const QString now = util::nowIso();
    m_db.prepare(QStringLiteral("UPDATE documents SET status = 'journaled', modified_at = ?2 WHERE id = ?1"))
        .bind(1, documentId)
        .bind(2, now)
        .exec();
    recordChange(m_db, documentId, QStringLiteral("status"), QStringLiteral("draft"),
                 QStringLiteral("journaled"), actorId, now);
    sync::Outbox(m_db).append(QStringLiteral("document"), documentId, current->rev,
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("journaled")}});
    transaction.commit();
}

QList<DocumentChange> DocumentLifecycle::history(const QString& documentId)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT field, old_value, new_value, actor, at FROM document_history "
                                    "WHERE document_id = ?1 ORDER BY id"));
    query.bind(1, documentId);
    QList<DocumentChange> result;
    while (query.step()) {
        result.append({query.columnText(0), query.columnText(1), query.columnText(2), query.columnText(3),
                       util::fromIso(query.columnText(4))});
    }
    return result;
}

} // namespace akta::documents
