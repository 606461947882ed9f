#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace akta::widgets {

// Covers a window while Akta is locked: "Akta is locked", a password field and an Unlock button on an opaque
// background, over everything the window shows (menus, docks, status bar included). While locked, the
// covered widgets are disabled (out of the tab order), no shortcut of the window runs and Akta's other
// windows (dialogs, document windows) are hidden.
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* covered);
    ~LockScreen() override;

    bool isLocked() const { return m_locked; }
    void lock(const QString& user);
    void unlock();
    // While the password is checked: the field and button wait.
    void setChecking(bool checking);
    void showError(const QString& message);

signals:
    void unlockRequested(const QString& password);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();

    QLabel* m_title;
    QLabel* m_hint;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QLabel* m_error;
    QList<QPointer<QWidget>> m_disabled;
    QList<QPointer<QWidget>> m_hidden;
    bool m_locked = false;
};

} // namespace akta::widgets
