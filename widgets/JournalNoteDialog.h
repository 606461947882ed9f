#pragma once

#include "blobs/BlobStore.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>

class QAction;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace akta::widgets {

// Writes a journal note (journalnotat) in a small rich-text editor (bold, italic, bullet lists) with a
// title, the current user as author, a date and templates for common notes, and journals it into the
// case on save through DocumentJournal::journalNote (as `akta-cli note add` does), on a worker thread.
// Esc asks before discarding typed text.
class JournalNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        QString databasePath;
        blobs::BlobStore blobs;
        QString caseId;
        QString caseLabel; // number and title, shown for orientation
        QString actorId;
        QString authorName;
    };

    explicit JournalNoteDialog(Context context, QWidget* parent = nullptr);

    // The document made on save (empty until then).
    QString journaledDocumentId() const { return m_documentId; }
    void applyTemplate(const QString& templateId);

    // Journals the note (Journal, Ctrl+Return).
    void accept() override;
    // Stores the note as a kladde, journaled later from its properties.
    void saveDraft();
    void reject() override;
    bool savedAsDraft() const { return m_draft; }

private:
    struct SaveResult
    {
        QString documentId;
        QString error;
    };

    QAction* addFormatAction(const QString& text, const QString& objectName, const QKeySequence& key);
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleBullets(bool on);
    void updateFormatActions();
    void updateSaveButton();
    bool hasTypedText() const;
    void finishSave();
    void save(bool draft);

    Context m_context;
    QComboBox* m_template;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QTextEdit* m_editor;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QAction* m_bold = nullptr;
    QAction* m_italic = nullptr;
    QAction* m_bullets = nullptr;
    QWidget* m_toolbar = nullptr;
    QFutureWatcher<SaveResult> m_save;
    QString m_documentId;
    bool m_saving = false;
    bool m_draft = false;
};

} // namespace akta::widgets
