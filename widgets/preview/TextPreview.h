#pragma once

#include <QWidget>

class QLabel;

namespace akta::widgets {

class PreviewTextBrowser;

// Plain text, HTML notes and the extracted text of DOCX/ODT files, with a note above the text when
// there is something to say about it (still being extracted, extraction failed, cut short).
class TextPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextPreview)

public:
    explicit TextPreview(QWidget* parent = nullptr);

    void setText(const QString& text, bool html, const QString& note);
    // Selects the first occurrence of `text` and scrolls to it; false when there is none.
    bool find(const QString& text);
    QString note() const;
    QString plainText() const;

private:
    QLabel* m_note;
    PreviewTextBrowser* m_text;
};

} // namespace akta::widgets
