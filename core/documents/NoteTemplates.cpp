#include "documents/NoteTemplates.h"

namespace akta::documents {

QString NoteTemplate::html() const
{
    QString body;
    for (const QString& field : fields) {
        body += QStringLiteral("<p><b>%1</b> </p>").arg(field.toHtmlEscaped());
    }
    for (const QString& section : sections) {
        body += QStringLiteral("<p><b>%1</b></p><ul><li></li></ul>").arg(section.toHtmlEscaped());
    }
    return body.isEmpty() ? QStringLiteral("<p></p>") : body;
}

QList<NoteTemplate> NoteTemplates::all()
{
    return {
        {QStringLiteral("blank"), tr("Blank note"), QString(), {}, {}},
        {QStringLiteral("phone"),
         tr("Phone note"),
         tr("Phone note"),
         {tr("Conversation with:"), tr("Phone number:"), tr("Called by:")},
         {tr("What was said"), tr("Guidance given"), tr("Agreed next steps")}},
        {QStringLiteral("meeting"),
         tr("Minutes of meeting"),
         tr("Minutes of meeting"),
         {tr("Participants:"), tr("Place:")},
         {tr("Agenda"), tr("Discussion"), tr("Decisions"), tr("Follow-up (who, what, when)")}},
        {QStringLiteral("hearing"),
         tr("Note on consultation of a party"),
         tr("Note on consultation of a party (partshøring)"),
         {tr("Party consulted:"), tr("Sent on:"), tr("Deadline for comments:")},
         {tr("Information the party was consulted on"), tr("The party's comments"),
          tr("How the comments were taken into account")}},
        {QStringLiteral("access"),
         tr("Note on access to documents"),
         tr("Note on access to documents (aktindsigt)"),
         {tr("Requested by:"), tr("Request received on:"), tr("Legal basis:")},
         {tr("Documents covered by the request"), tr("Decision (full, partial or refused access)"),
          tr("Reasons for withheld information")}},
        {QStringLiteral("citizen"),
         tr("Conversation with a citizen"),
         tr("Conversation with a citizen"),
         {tr("Participants:"), tr("Place:")},
         {tr("The citizen's information"), tr("Guidance given"), tr("Agreements")}},
    };
}

NoteTemplate NoteTemplates::byId(const QString& id)
{
    const QList<NoteTemplate> templates = all();
    for (const NoteTemplate& note : templates) {
        if (note.id == id) {
            return note;
        }
    }
    return templates.constFirst();
}

} // namespace akta::documents
