#include "LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace akta::widgets {

LockScreen::LockScreen(QWidget* covered)
    : QWidget(covered), m_title(new QLabel(tr("Akta is locked"), this)), m_hint(new QLabel(this)),
      m_password(new QLineEdit(this)), m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Akta is locked"));
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, background.color(QPalette::Base));
    setPalette(background);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("lockHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setAccessibleName(tr("Unlock message"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);

    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_hint);
    column->addSpacing(12);
    column->addWidget(m_password);
    column->addWidget(m_unlock, 0, Qt::AlignHCenter);
    column->addWidget(m_error);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    covered->installEventFilter(this);
    hide();
}

LockScreen::~LockScreen()
{
    if (m_locked) {
        QApplication::instance()->removeEventFilter(this);
    }
}

void LockScreen::lock(const QString& user)
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    QWidget* covered = parentWidget();
    m_disabled.clear();
    for (QObject* child : covered->children()) {
        auto* widget = qobject_cast<QWidget*>(child);
        if (widget && widget != this && !widget->isWindow() && widget->isEnabled()) {
            widget->setEnabled(false);
            m_disabled << widget;
        }
    }
    // Other windows of Akta (a dialog, a document window) are hidden until the unlock.
    m_hidden.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window != covered->window() && window->isVisible() && !(window->windowType() == Qt::Popup)) {
            window->hide();
            m_hidden << window;
        }
    }
    m_hint->setText(user.isEmpty() ? tr("Enter your password to continue.")
                                   : tr("Enter the password of %1 to continue.").arg(user));
    m_error->clear();
    m_password->clear();
    setChecking(false);
    setGeometry(covered->rect());
    show();
    raise();
    m_password->setFocus(Qt::OtherFocusReason);
    QApplication::instance()->installEventFilter(this);
}

void LockScreen::unlock()
{
    if (!m_locked) {
        return;
    }
    m_locked = false;
    QApplication::instance()->removeEventFilter(this);
    m_password->clear();
    hide();
    for (const QPointer<QWidget>& widget : std::as_const(m_disabled)) {
        if (widget) {
            widget->setEnabled(true);
        }
    }
    m_disabled.clear();
    for (const QPointer<QWidget>& window : std::as_const(m_hidden)) {
        if (window) {
            window->show();
        }
    }
    m_hidden.clear();
}

void LockScreen::setChecking(bool checking)
{
    m_password->setEnabled(!checking);
    m_unlock->setEnabled(!checking);
    if (checking) {
        m_error->setText(tr("Checking the password…"));
    } else {
        m_password->setFocus(Qt::OtherFocusReason);
    }
}

void LockScreen::showError(const QString& message)
{
    setChecking(false);
    m_error->setText(message);
    m_password->selectAll();
}

void LockScreen::submit()
{
    if (!m_locked || !m_unlock->isEnabled()) {
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    const QString password = m_password->text();
    setChecking(true);
    emit unlockRequested(password);
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
    }
    // While locked, no shortcut of the window runs (search, new case, sync...).
    if (m_locked && event->type() == QEvent::Shortcut && watched != m_unlock) {
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace akta::widgets
