#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace akta::documents {

// A template for a common journal note: a proposed title and a body of headed sections and labelled
// fields for the caseworker to fill in.
struct NoteTemplate
{
    QString id;           // stable, e.g. "phone"
    QString name;         // shown in the template list
    QString title;        // proposed note title
    QStringList fields;   // "Label:" lines at the top
    QStringList sections; // headings, each followed by an empty bullet

    // The body as simple HTML (paragraphs, bold labels, bullet lists) for a rich-text editor.
    QString html() const;
};

// The built-in note templates (telefonnotat, mødereferat, partshøring, aktindsigt, samtale med borger
// and a blank note), translated into the UI language at the time of the call.
class NoteTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(NoteTemplates)

public:
    static QList<NoteTemplate> all();
    // The template with `id`, or the blank one.
    static NoteTemplate byId(const QString& id);
};

} // namespace akta::documents
