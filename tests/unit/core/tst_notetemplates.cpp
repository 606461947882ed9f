// Tests of akta::documents::NoteTemplates: the built-in journal note templates.

#include "documents/NoteTemplates.h"

#include <QSet>
#include <QTest>

using akta::documents::NoteTemplate;
using akta::documents::NoteTemplates;

class TestNoteTemplates : public QObject
{
    Q_OBJECT

private slots:
    void theCommonNotesAreThere();
    void htmlHasTheFieldsAndSections();
    void htmlEscapesText();
    void unknownIdGivesTheBlankNote();
};

void TestNoteTemplates::theCommonNotesAreThere()
{
    const QList<NoteTemplate> templates = NoteTemplates::all();
    QSet<QString> ids;
    QSet<QString> names;
    for (const NoteTemplate& note : templates) {
        QVERIFY(!note.id.isEmpty());
        QVERIFY(!note.name.isEmpty());
        ids.insert(note.id);
        names.insert(note.name);
        // Every template but the blank one proposes a title and has something to fill in.
        if (note.id != QLatin1String("blank")) {
            QVERIFY(!note.title.isEmpty());
            QVERIFY(!note.fields.isEmpty() || !note.sections.isEmpty());
        }
    }
    QCOMPARE(ids.size(), templates.size());
    QCOMPARE(names.size(), templates.size());
    for (const char* id : {"blank", "phone", "meeting", "hearing", "access", "citizen"}) {
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    }
    QCOMPARE(templates.constFirst().id, QStringLiteral("blank"));
}

void TestNoteTemplates::htmlHasTheFieldsAndSections()
{
    const NoteTemplate phone = NoteTemplates::byId(QStringLiteral("phone"));
    const QString html = phone.html();
    for (const QString& text : phone.fields + phone.sections) {
        QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(text)), qPrintable(text));
    }
    QCOMPARE(html.count(QStringLiteral("<ul>")), phone.sections.size());
    QCOMPARE(NoteTemplates::byId(QStringLiteral("blank")).html(), QStringLiteral("<p></p>"));
}

void TestNoteTemplates::htmlEscapesText()
{
    const NoteTemplate note{
        QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("X"), {QStringLiteral("A & B <c>:")}, {}};
    QCOMPARE(note.html(), QStringLiteral("<p><b>A &amp; B &lt;c&gt;:</b> </p>"));
}

void TestNoteTemplates::unknownIdGivesTheBlankNote()
{
    QCOMPARE(NoteTemplates::byId(QStringLiteral("no-such")).id, QStringLiteral("blank"));
    QCOMPARE(NoteTemplates::byId(QStringLiteral("access")).id, QStringLiteral("access"));
}

QTEST_GUILESS_MAIN(TestNoteTemplates)
#include "tst_notetemplates.moc"
