#include "ReviewJson.h"

namespace akta::cli {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject reviewToJson(const review::ReviewItem& item)
{
    return {{QStringLiteral("documentId"), item.documentId},
            {QStringLiteral("title"), item.documentTitle},
            {QStringLiteral("number"), item.documentNumber},
            {QStringLiteral("caseId"), item.caseId},
            {QStringLiteral("caseNumber"), item.caseNumber},
            {QStringLiteral("caseTitle"), item.caseTitle},
            {QStringLiteral("state"), item.state},
            {QStringLiteral("reviewerId"), orNull(item.reviewerId)},
            {QStringLiteral("reviewer"), orNull(item.reviewerName)},
            {QStringLiteral("requestedById"), orNull(item.requestedById)},
            {QStringLiteral("requestedBy"), orNull(item.requestedByName)},
            {QStringLiteral("requestedAt"), orNull(item.requestedAt)},
            {QStringLiteral("comment"), orNull(item.comment)},
            {QStringLiteral("decidedById"), orNull(item.decidedById)},
            {QStringLiteral("decidedBy"), orNull(item.decidedByName)},
            {QStringLiteral("decidedAt"), orNull(item.decidedAt)}};
}

} // namespace akta::cli
