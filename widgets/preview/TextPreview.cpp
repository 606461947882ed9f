#include "TextPreview.h"

#include "PreviewTextBrowser.h"

#include <QLabel>
#include <QTextCursor>
#include <QVBoxLayout>

namespace akta::widgets {

TextPreview::TextPreview(QWidget* parent)
    : QWidget(parent), m_note(new QLabel(this)), m_text(new PreviewTextBrowser(this))
{
    setObjectName(QStringLiteral("textPreview"));
    m_note->setObjectName(QStringLiteral("textPreviewNote"));
    m_note->setWordWrap(true);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(6);
    m_note->hide();
    m_text->setObjectName(QStringLiteral("textPreviewText"));
    m_text->setAccessibleName(tr("Document text"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
}

void TextPreview::setText(const QString& text, bool html, const QString& note)
{
    if (html) {
        m_text->setHtml(text);
    } else {
        m_text->setPlainText(text);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool TextPreview::find(const QString& text)
{
    m_text->moveCursor(QTextCursor::Start);
    return !text.isEmpty() && m_text->find(text);
}

QString TextPreview::note() const
{
    return m_note->text();
}

QString TextPreview::plainText() const
{
    return m_text->toPlainText();
}

} // namespace akta::widgets
