#include "JournalNoteDialog.h"

#include "blobs/BlobStore.h"
#include "documents/DocumentJournal.h"
#include "documents/NoteTemplates.h"
#include "sqlite/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::widgets {

JournalNoteDialog::JournalNoteDialog(Context context, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_template(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_editor(new QTextEdit(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("journalNoteDialog"));
    setWindowTitle(tr("New journal note"));
    resize(720, 640);

    auto* caseLabel = new QLabel(m_context.caseLabel, this);
    caseLabel->setObjectName(QStringLiteral("noteCase"));
    caseLabel->setWordWrap(true);
    auto* author = new QLabel(m_context.authorName, this);
    author->setObjectName(QStringLiteral("noteAuthor"));

    for (const documents::NoteTemplate& note : documents::NoteTemplates::all()) {
        m_template->addItem(note.name, note.id);
    }
    m_template->setObjectName(QStringLiteral("noteTemplate"));
    m_template->setAccessibleName(tr("Template"));
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(500);
    m_date->setObjectName(QStringLiteral("noteDate"));
    m_date->setAccessibleName(tr("Date of the note"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setAcceptRichText(true);
    m_editor->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("noteError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("noteFormatBar"));
    toolbar->setAccessibleName(tr("Text format"));
    m_toolbar = toolbar;
    m_bold = addFormatAction(tr("Bold"), QStringLiteral("noteBold"), QKeySequence::Bold);
    m_italic = addFormatAction(tr("Italic"), QStringLiteral("noteItalic"), QKeySequence::Italic);
    m_bullets = addFormatAction(tr("Bullet list"), QStringLiteral("noteBullets"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QFont boldFont = toolbar->widgetForAction(m_bold)->font();
    boldFont.setBold(true);
    toolbar->widgetForAction(m_bold)->setFont(boldFont);
    QFont italicFont = toolbar->widgetForAction(m_italic)->font();
    italicFont.setItalic(true);
    toolbar->widgetForAction(m_italic)->setFont(italicFont);
    connect(m_bold, &QAction::triggered, this, &JournalNoteDialog::toggleBold);
    connect(m_italic, &QAction::triggered, this, &JournalNoteDialog::toggleItalic);
    connect(m_bullets, &QAction::triggered, this, &JournalNoteDialog::toggleBullets);
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, &JournalNoteDialog::updateFormatActions);
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &JournalNoteDialog::updateFormatActions);

    auto* save = m_buttons->addButton(tr("&Journal"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("journalNoteButton"));
    save->setToolTip(tr("Journal the note into the case (Ctrl+Return)"));
    auto* draft = m_buttons->addButton(tr("Save as d&raft"), QDialogButtonBox::ActionRole);
    draft->setObjectName(QStringLiteral("saveDraftButton"));
    draft->setToolTip(
        tr("Keep the note as a draft (kladde) that can still be changed, and journal it later"));
    connect(draft, &QPushButton::clicked, this, &JournalNoteDialog::saveDraft);
    auto* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelNoteButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JournalNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JournalNoteDialog::reject);
    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(saveShortcut, &QAction::triggered, this, &JournalNoteDialog::accept);
    addAction(saveShortcut);

    connect(m_title, &QLineEdit::textChanged, this, &JournalNoteDialog::updateSaveButton);
    connect(m_editor, &QTextEdit::textChanged, this, &JournalNoteDialog::updateSaveButton);
    connect(m_template, &QComboBox::activated, this, [this](int index) {
        if (hasTypedText() &&
            QMessageBox::question(this, tr("Use the template?"),
                                  tr("Replace the text you have written with the template?")) !=
                QMessageBox::Yes) {
            return;
        }
        applyTemplate(m_template->itemData(index).toString());
    });
    connect(&m_save, &QFutureWatcher<SaveResult>::finished, this, &JournalNoteDialog::finishSave);

    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), caseLabel);
    auto* templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, m_template);
    auto* titleLabel = new QLabel(tr("T&itle:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    form->addRow(tr("Author:"), author);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(toolbar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    applyTemplate(QStringLiteral("blank"));
    m_title->setFocus();
}

QAction* JournalNoteDialog::addFormatAction(const QString& text, const QString& objectName,
                                            const QKeySequence& key)
{
    auto* toolbar = static_cast<QToolBar*>(m_toolbar);
    QAction* action = toolbar->addAction(text);
    action->setObjectName(objectName + QStringLiteral("Action"));
    action->setCheckable(true);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    QWidget* button = toolbar->widgetForAction(action);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    return action;
}

void JournalNoteDialog::applyTemplate(const QString& templateId)
{
    const documents::NoteTemplate note = documents::NoteTemplates::byId(templateId);
    m_template->setCurrentIndex(qMax(0, m_template->findData(note.id)));
    m_title->setText(note.title);

    // Built block by block rather than from HTML, so that the empty places to write in survive and
    // what is typed there is plain text, not the bold of the label before it.
    m_editor->clear();
    QTextCursor cursor(m_editor->document());
    QTextCharFormat plain;
    plain.setFontWeight(QFont::Normal);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(6);
    bool first = true;
    const auto newBlock = [&cursor, &first](const QTextBlockFormat& format, const QTextCharFormat& chars) {
        if (first) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(chars);
            first = false;
        } else {
            cursor.insertBlock(format, chars);
        }
    };
    int firstField = -1;
    for (const QString& field : note.fields) {
        newBlock(paragraph, plain);
        cursor.insertText(field, bold);
        cursor.insertText(QStringLiteral(" "), plain);
        if (firstField < 0) {
            firstField = cursor.position();
        }
    }
    for (const QString& section : note.sections) {
        newBlock(paragraph, plain);
        cursor.insertText(section, bold);
        cursor.insertBlock(QTextBlockFormat(), plain);
        cursor.createList(QTextListFormat::ListDisc);
    }
    m_editor->document()->setModified(false);
    QTextCursor start(m_editor->document());
    if (firstField >= 0) {
        start.setPosition(firstField); // after the first label: the caseworker types at once
    }
    m_editor->setTextCursor(start);
    m_editor->setCurrentCharFormat(plain);
    updateSaveButton();
}

void JournalNoteDialog::toggleBold(bool on)
{
    QTextCharFormat format;
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    m_editor->mergeCurrentCharFormat(format);
    m_editor->setFocus();
}

void JournalNoteDialog::toggleItalic(bool on)
{
    QTextCharFormat format;
    format.setFontItalic(on);
    m_editor->mergeCurrentCharFormat(format);
    m_editor->setFocus();
}

void JournalNoteDialog::toggleBullets(bool on)
{
    QTextCursor cursor = m_editor->textCursor();
    QTextList* list = cursor.currentList();
    if (on && !list) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (!on && list) {
        const QTextBlock block = cursor.block();
        list->remove(block);
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    }
    m_editor->setFocus();
    updateFormatActions();
}

void JournalNoteDialog::updateFormatActions()
{
    const QTextCharFormat format = m_editor->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    m_bullets->setChecked(m_editor->textCursor().currentList() != nullptr);
}

void JournalNoteDialog::updateSaveButton()
{
    const bool ready =
        !m_saving && !m_title->text().simplified().isEmpty() && !m_editor->toPlainText().trimmed().isEmpty();
    for (const char* name : {"journalNoteButton", "saveDraftButton"}) {
        m_buttons->findChild<QPushButton*>(QLatin1String(name))->setEnabled(ready);
    }
}

bool JournalNoteDialog::hasTypedText() const
{
    return m_editor->document()->isModified() || m_title->isModified();
}

void JournalNoteDialog::accept()
{
    save(false);
}

void JournalNoteDialog::saveDraft()
{
    save(true);
}

void JournalNoteDialog::save(bool draft)
{
    if (m_saving) {
        return;
    }
    const QString title = m_title->text().simplified();
    if (title.isEmpty() || m_editor->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("A note needs a title and some text."));
        m_error->show();
        return;
    }
    m_saving = true;
    m_draft = draft;
    m_error->hide();
    updateSaveButton();
    m_editor->setReadOnly(true);
    const Context context = m_context;
    const QByteArray html = m_editor->toHtml().toUtf8();
    const QDate date = m_date->date();
    m_save.setFuture(QtConcurrent::run([context, title, html, date, draft]() -> SaveResult {
        try {
            sqlite::Database db(context.databasePath);
            // No extractor here: the text of the note is filled in by the extraction queue.
            documents::DocumentJournal journal(db, context.blobs, {}, {}, context.actorId);
            const documents::JournalOutcome outcome =
                journal.journalNote(context.caseId, title, html, QStringLiteral("text/html"), date, draft);
            return {outcome.document.record.id, {}};
        } catch (const std::exception& error) {
            return {{}, QString::fromUtf8(error.what())};
        }
    }));
}

void JournalNoteDialog::finishSave()
{
    m_saving = false;
    const SaveResult result = m_save.result();
    if (result.documentId.isEmpty()) {
        m_editor->setReadOnly(false);
        m_error->setText(tr("The note could not be journaled: %1").arg(result.error));
        m_error->show();
        updateSaveButton();
        return;
    }
    m_documentId = result.documentId;
    QDialog::accept();
}

void JournalNoteDialog::reject()
{
    if (m_saving) {
        return; // the note is being written; it cannot be half-discarded
    }
    if (hasTypedText()) {
        QMessageBox box(QMessageBox::Question, tr("Discard the note?"),
                        tr("The note has not been journaled. Discard what you have written?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardNoteBox"));
        QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardNoteButton"));
        QPushButton* keep = box.addButton(tr("&Keep writing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepWritingButton"));
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard) {
            m_editor->setFocus();
            return;
        }
    }
    QDialog::reject();
}

} // namespace akta::widgets
