#include "cases/CaseRepository.h"

#include "cases/CaseNumberAllocator.h"
#include "cases/ChoosableClassification.h"
#include "directory/Directory.h"
#include "kle/KleRepository.h"
#include "kle/KleRetention.h"
#include "parties/PartyRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace akta::cases {

namespace {

const char* const kCaseSelect =
    "SELECT c.id, c.case_number, c.number_provisional, c.title, c.kle_subject, c.kle_facet, c.kind, "
    "c.status, "
    "c.access_class, c.responsible_unit, un.name, c.caseworker, us.full_name, pp.party_id, p.name, "
    "c.retention, "
    "c.follow_up_date, c.rev, c.created_by, c.created_at, c.modified_by, c.modified_at, c.deletion, "
    "c.retention_reason "
    "FROM cases c "
    "LEFT JOIN units un ON un.id = c.responsible_unit "
    "LEFT JOIN users us ON us.id = c.caseworker "
    "LEFT JOIN case_parties pp ON pp.case_id = c.id AND pp.role = 'primary' "
    "LEFT JOIN parties p ON p.id = pp.party_id ";

CaseRecord readCase(const sqlite::Statement& row)
{
    CaseRecord record;
    record.id = row.columnText(0);
    record.caseNumber = row.columnText(1);
    record.numberProvisional = row.columnInt(2) != 0;
    record.title = row.columnText(3);
    record.kleSubject = row.columnText(4);
    record.kleFacet = row.columnText(5);
    record.kind = caseKindFromWireName(row.columnText(6)).value_or(CaseKind::Subject);
    record.status = caseStatusFromWireName(row.columnText(7)).value_or(CaseStatus::Opened);
    record.accessClass = accessClassFromWireName(row.columnText(8)).value_or(AccessClass::Normal);
    record.responsibleUnitId = row.columnText(9);
    record.responsibleUnitName = row.columnText(10);
    record.caseworkerId = row.columnText(11);
    record.caseworkerName = row.columnText(12);
    record.primaryPartyId = row.columnText(13);
    record.primaryPartyName = row.columnText(14);
    record.retention = row.columnText(15);
    record.followUpDate = QDate::fromString(row.columnText(16), Qt::ISODate);
    record.rev = row.columnInt64(17);
    record.createdBy = row.columnText(18);
    record.createdAt = util::fromIso(row.columnText(19));
    record.modifiedBy = row.columnText(20);
    record.modifiedAt = util::fromIso(row.columnText(21));
    record.deletion = row.columnText(22);
    record.retentionReason = row.columnText(23);
    return record;
}

// The ORDER BY keys of a sort, most significant first; the id always comes last so the order is total.
QStringList orderKeys(CaseQuery::Sort sort)
{
    switch (sort) {
    case CaseQuery::Sort::CaseNumber:
        // EMNE-FACET-NUMBER-YY: by emne, facet, year, then the running number as a number.
        return {QStringLiteral("c.kle_subject"), QStringLiteral("c.kle_facet"),
                QStringLiteral("substr(c.case_number, -2)"),
                QStringLiteral("CAST(substr(c.case_number, 14, length(c.case_number) - 16) AS INTEGER)")};
    case CaseQuery::Sort::Title:
        return {QStringLiteral("c.title COLLATE DANISH")};
    case CaseQuery::Sort::KleSubject:
        return {QStringLiteral("c.kle_subject")};
    case CaseQuery::Sort::Status:
        // In the order a case lives through them, not alphabetically.
        return {QStringLiteral(
            "CASE c.status WHEN 'opened' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'decided' THEN 2 "
            "WHEN 'closed' THEN 3 ELSE 4 END")};
    case CaseQuery::Sort::Caseworker:
        return {QStringLiteral("us.full_name COLLATE DANISH")};
    case CaseQuery::Sort::Unit:
        return {QStringLiteral("un.name COLLATE DANISH")};
    case CaseQuery::Sort::Modified:
        break;
    }
    return {QStringLiteral("c.modified_at")};
}

// The WHERE clause for a query, with its parameters numbered from 1 in the order bindFilter() binds them.
QString whereClause(const CaseQuery& query)
{
    QStringList conditions;
    if (!query.text.trimmed().isEmpty()) {
        // akta_fold() folds case beyond ASCII (Æ/æ, Å/å), which LIKE alone does not.
        conditions << QStringLiteral(
            "(c.case_number LIKE ?1 ESCAPE '\\' OR akta_fold(c.title) LIKE ?1 ESCAPE '\\' "
            "OR akta_fold(p.name) LIKE ?1 ESCAPE '\\')");
    }
    if (!query.status.isEmpty()) {
        conditions << QStringLiteral("c.status = ?2");
    }
    if (!query.partyIdentifier.isEmpty()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM case_parties cp JOIN parties x ON x.id = cp.party_id "
            "WHERE cp.case_id = c.id AND x.identifier = ?3)");
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(sqlite::Statement& statement, const CaseQuery& query)
{
    if (!query.text.trimmed().isEmpty()) {
        QString pattern = query.text.trimmed().toCaseFolded();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        statement.bind(1, QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (!query.status.isEmpty()) {
        statement.bind(2, query.status);
    }
    if (!query.partyIdentifier.isEmpty()) {
        statement.bind(3, query.partyIdentifier);
    }
}

} // namespace

CaseRecord CaseRepository::create(const NewCase& request, const QString& actorId)
{
    const QString title = request.title.simplified();
    if (title.isEmpty()) {
        throw InvalidCase("a case needs a title");
    }
    kle::KleRepository plan(m_db);
    const kle::KleEntry subject = requireChoosableClassification(plan, request.kleSubject, request.kleFacet);
    if (request.kind == CaseKind::Subject &&
        (!request.primaryPartyId.isEmpty() || !request.secondaryPartyIds.isEmpty())) {
        throw InvalidCase("an emnesag has no party");
    }
    if ((request.kind == CaseKind::Citizen || request.kind == CaseKind::Company) &&
        request.primaryPartyId.isEmpty()) {
        throw InvalidCase("a borgersag or virksomhedssag needs a party");
    }

    directory::Directory directory(m_db);
    const auto actor = directory.user(actorId);
    const QString unitId = !request.responsibleUnitId.isEmpty() ? request.responsibleUnitId
                           : actor                              ? actor->unitId
                                                                : QString();
    const QString caseworkerId = !request.caseworkerId.isEmpty() ? request.caseworkerId : actorId;
    const AccessClass access = request.accessClass.value_or(defaultAccessFor(request.kind));

    sqlite::Transaction transaction(m_db);
    const QString id = util::newId();
    const QString now = util::nowIso();
    const QString number =
        CaseNumberAllocator(m_db).next(request.kleSubject, request.kleFacet, QDate::currentDate().year());

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO cases(id, case_number, number_provisional, title, kle_subject, kle_facet, kind, status, "
        "access_class, responsible_unit, caseworker, retention, deletion, created_by, created_at, "
        "modified_by, "
        "modified_at) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, 'opened', ?7, ?8, ?9, ?10, ?13, ?11, ?12, ?11, "
        "?12)"));
    insert.bind(1, id).bind(2, number).bind(3, title).bind(4, request.kleSubject).bind(5, request.kleFacet);
    insert.bind(6, toWireName(request.kind)).bind(7, toWireName(access));
    unitId.isEmpty() ? insert.bindNull(8) : insert.bind(8, unitId);
    caseworkerId.isEmpty() || !directory.user(caseworkerId) ? insert.bindNull(9)
                                                            : insert.bind(9, caseworkerId);
    const kle::KleRetention retention = kle::KleRetention::forCase(subject, plan.facet(request.kleFacet));
    retention.retention.isEmpty() ? insert.bindNull(10) : insert.bind(10, retention.retention);
    retention.deletion.isEmpty() ? insert.bindNull(13) : insert.bind(13, retention.deletion);
    insert.bind(11, actorId).bind(12, now).exec();
    if (!request.employee.isEmpty()) {
        m_db.prepare(QStringLiteral("UPDATE cases SET employee = ?2 WHERE id = ?1"))
            .bind(1, id)
            .bind(2, request.employee)
            .exec();
    }

    QJsonArray partyFields;
    auto addParty =
        m_db.prepare(QStringLiteral("INSERT INTO case_parties(case_id, party_id, role) VALUES (?1, ?2, ?3)"));
    auto link = [&](const QString& partyId, const char* role) {
        if (!parties::PartyRepository(m_db).find(partyId)) {
            throw InvalidCase("unknown party " + partyId.toStdString());
        }
        addParty.bind(1, id).bind(2, partyId).bind(3, role).exec();
        partyFields.append(QJsonObject{{QStringLiteral("partyId"), partyId},
                                       {QStringLiteral("role"), QString::fromLatin1(role)}});
    };
    if (!request.primaryPartyId.isEmpty()) {
        link(request.primaryPartyId, "primary");
    }
    for (const QString& partyId : request.secondaryPartyIds) {
        if (partyId != request.primaryPartyId) {
            link(partyId, "secondary");
        }
    }

    QJsonObject fields{{QStringLiteral("caseNumber"), number},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("kleSubject"), request.kleSubject},
                       {QStringLiteral("kleFacet"), request.kleFacet},
                       {QStringLiteral("kind"), toWireName(request.kind)},
                       {QStringLiteral("status"), QStringLiteral("opened")},
                       {QStringLiteral("accessClass"), toWireName(access)},
                       {QStringLiteral("responsibleUnit"), unitId},
                       {QStringLiteral("caseworker"), caseworkerId},
                       {QStringLiteral("parties"), partyFields}};
    if (!request.employee.isEmpty()) {
        fields.insert(QStringLiteral("employee"), request.employee);
    }
    // The retention the KLE plan gives goes with the case, so every desktop shows the same.
    if (!retention.retention.isEmpty()) {
        fields.insert(QStringLiteral("retention"), retention.retention);
    }
    if (!retention.deletion.isEmpty()) {
        fields.insert(QStringLiteral("deletion"), retention.deletion);
    }
    sync::Outbox(m_db).append(QStringLiteral("case"), id, 0, fields);
    transaction.commit();
    return *find(id);
}

std::optional<CaseRecord> CaseRepository::find(const QString& idOrNumber)
{
    auto query = m_db.prepare(QLatin1String(kCaseSelect) +
                              QStringLiteral("WHERE c.id = ?1 OR c.case_number = ?1 LIMIT 1"));
    query.bind(1, idOrNumber.trimmed());
    return query.step() ? std::optional<CaseRecord>(readCase(query)) : std::nullopt;
}

QList<CaseRecord> CaseRepository::list(const CaseQuery& query)
{
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys = orderKeys(query.sort);
    keys << QStringLiteral("c.id");
    for (QString& key : keys) {
        key += direction;
    }
    auto statement =
        m_db.prepare(QLatin1String(kCaseSelect) + whereClause(query) + QStringLiteral(" ORDER BY ") +
                     keys.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ?4 OFFSET ?5"));
    bindFilter(statement, query);
    statement.bind(4, query.limit).bind(5, query.offset);
    QList<CaseRecord> result;
    while (statement.step()) {
        result.append(readCase(statement));
    }
    return result;
}

qint64 CaseRepository::count(const CaseQuery& query)
{
    // Only the text filter looks at the primary party's name; without it, no join is needed and
    // SQLite counts from the smallest index.
    const QString joins =
        query.text.trimmed().isEmpty()
            ? QString()
            : QStringLiteral("LEFT JOIN case_parties pp ON pp.case_id = c.id AND pp.role = 'primary' "
                             "LEFT JOIN parties p ON p.id = pp.party_id ");
    auto statement =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM cases c ") + joins + whereClause(query));
    bindFilter(statement, query);
    statement.step();
    return statement.columnInt64(0);
}

QList<CaseParty> CaseRepository::parties(const QString& caseId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT party_id, role FROM case_parties WHERE case_id = ?1 ORDER BY role = 'secondary', rowid"));
    query.bind(1, caseId);
    QList<CaseParty> result;
    parties::PartyRepository repository(m_db);
    while (query.step()) {
        if (auto party = repository.find(query.columnText(0))) {
            result.append(CaseParty{*party, query.columnText(1)});
        }
    }
    return result;
}

QList<DocumentRecord> CaseRepository::documents(const QString& caseId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.case_id, d.parent_document_id, d.number, d.title, d.kind, d.direction, "
        "d.document_date, "
        "d.status, d.sender, d.recipients, v.file_name, v.mime_type, v.size, v.sha256, "
        "(SELECT count(*) FROM document_versions x WHERE x.document_id = d.id), d.rev, d.created_at, "
        "v.text_status, v.text_error, d.review_state FROM documents d LEFT JOIN document_versions v ON "
        "v.document_id = d.id "
        "AND v.version = "
        "(SELECT max(version) FROM document_versions y WHERE y.document_id = d.id) "
        "WHERE d.case_id = ?1 ORDER BY d.number"));
    query.bind(1, caseId);
    QList<DocumentRecord> result;
    while (query.step()) {
        DocumentRecord document;
        document.id = query.columnText(0);
        document.caseId = query.columnText(1);
        document.parentDocumentId = query.columnText(2);
        document.number = query.columnInt(3);
        document.title = query.columnText(4);
        document.kind = query.columnText(5);
        document.direction = query.columnText(6);
        document.documentDate = QDate::fromString(query.columnText(7), Qt::ISODate);
        document.status = query.columnText(8);
        document.sender = query.columnText(9);
        document.recipients = query.columnText(10);
        document.fileName = query.columnText(11);
        document.mimeType = query.columnText(12);
        document.size = query.columnInt64(13);
        document.sha256 = query.columnText(14);
        document.versions = query.columnInt(15);
        document.rev = query.columnInt64(16);
        document.createdAt = util::fromIso(query.columnText(17));
        document.textStatus = query.columnText(18);
        document.textError = query.columnText(19);
        document.reviewState = query.columnText(20);
        result.append(document);
    }
    return result;
}

} // namespace akta::cases
