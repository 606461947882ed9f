#include "PreviewFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace akta::widgets {

PreviewFindBar::PreviewFindBar(QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_status(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("previewFindBar"));
    m_field->setObjectName(QStringLiteral("previewFindField"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    m_previous->setObjectName(QStringLiteral("previewFindPrevious"));
    m_previous->setText(tr("Previous"));
    m_previous->setAccessibleName(tr("Previous hit"));
    m_previous->setToolTip(tr("Previous hit (Shift+F3)"));
    m_next->setObjectName(QStringLiteral("previewFindNext"));
    m_next->setText(tr("Next"));
    m_next->setAccessibleName(tr("Next hit"));
    m_next->setToolTip(tr("Next hit (F3)"));
    m_status->setObjectName(QStringLiteral("previewFindStatus"));
    m_close->setObjectName(QStringLiteral("previewFindClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::returnPressed, this, &PreviewFindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &PreviewFindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &PreviewFindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

QString PreviewFindBar::text() const
{
    return m_field->text().trimmed();
}

void PreviewFindBar::setText(const QString& text)
{
    m_field->setText(text);
}

void PreviewFindBar::setStatus(const QString& status)
{
    m_status->setText(status);
}

void PreviewFindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void PreviewFindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace akta::widgets
