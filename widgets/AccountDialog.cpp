#include "AccountDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace akta::widgets {

AccountDialog::AccountDialog(QWidget* parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Connect to the server"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("https://akta.example.dk"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    auto* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    // Wide enough for a whole address and its placeholder (a line edit's own size hint is ~17
    // characters, which cut the placeholder off).
    const QFontMetrics metrics = m_server->fontMetrics();
    const int width =
        std::max(metrics.horizontalAdvance(m_server->placeholderText()),
                 metrics.horizontalAdvance(QStringLiteral("https://akta.kommune.example.dk:8443"))) +
        4 * metrics.averageCharWidth();
    for (QLineEdit* edit : {m_server, m_user, m_password}) {
        edit->setMinimumWidth(width);
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateButton);
    }

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QLineEdit* edit) {
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    addRow(tr("&Server:"), m_server);
    addRow(tr("&User name:"), m_user);
    addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateButton();
}

void AccountDialog::setServer(const QString& server)
{
    m_server->setText(server);
}

void AccountDialog::setUser(const QString& user)
{
    m_user->setText(user);
}

void AccountDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QUrl AccountDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString AccountDialog::user() const
{
    return m_user->text().trimmed();
}

QString AccountDialog::password() const
{
    return m_password->text();
}

QString AccountDialog::checkServer(const QString& text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return tr("Enter the server's address, e.g. https://akta.example.dk.");
    }
    if (url.scheme() == QLatin1String("https")) {
        return {};
    }
    if (url.scheme() == QLatin1String("http")) {
        const QHostAddress host(url.host());
        if (url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback())) {
            return {};
        }
        return tr("Use https: a password may only travel unencrypted to a server on this computer.");
    }
    return tr("The address must start with https://.");
}

void AccountDialog::updateButton()
{
    m_buttons->buttons().constFirst()->setEnabled(!m_server->text().trimmed().isEmpty() &&
                                                  !user().isEmpty() && !m_password->text().isEmpty());
}

void AccountDialog::accept()
{
    const QString problem = checkServer(m_server->text());
    if (!problem.isEmpty()) {
        showError(problem);
        m_server->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace akta::widgets
