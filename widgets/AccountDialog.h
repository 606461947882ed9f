#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace akta::widgets {

// Account setup: the server's address, the user name and the password for the first login. The
// password is only handed to the sync that logs in; what is kept is the session token, in the
// keychain. Plain http is accepted only for a server on this machine.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(QWidget* parent = nullptr);

    void setServer(const QString& server);
    void setUser(const QString& user);
    // Shown under the fields, e.g. why the last login failed.
    void showError(const QString& message);

    QUrl server() const;
    QString user() const;
    QString password() const;

    void accept() override;
    // Empty when the address can be used, else what is wrong with it.
    static QString checkServer(const QString& text);

private:
    void updateButton();

    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace akta::widgets
