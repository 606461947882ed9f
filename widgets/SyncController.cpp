#include "SyncController.h"

#include "secrets/SecretStore.h"
#include "sync/SyncWorker.h"

#include <QSysInfo>

namespace akta::widgets {

SyncController::SyncController(const QString& storeDirectory, secrets::SecretStore* secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_worker(new sync::SyncWorker(storeDirectory, this))
{
    m_periodic.setInterval(5 * 60 * 1000);
    m_debounce.setInterval(2000);
    m_debounce.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_debounce, &QTimer::timeout, this, &SyncController::syncNow);
    connect(m_worker, &sync::SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &sync::SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &sync::SyncWorker::failed, this, &SyncController::onFailed);
    connect(m_worker, &sync::SyncWorker::deviceRevoked, this, [this](const QString& message) {
        m_lastError = message;
        m_periodic.stop();
        m_token.clear();
        m_secrets->remove(secretKey(m_server, m_user));
        setState(State::Offline);
        emit deviceRevoked(message);
    });
    connect(m_secrets, &secrets::SecretStore::readDone, this, &SyncController::onReadToken);
}

SyncController::~SyncController() = default;

QString SyncController::secretKey(const QUrl& server, const QString& user)
{
    return QStringLiteral("session/%1@%2")
        .arg(user, server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
}

void SyncController::setAccount(const QUrl& server, const QString& user)
{
    m_server = server;
    m_user = user;
    m_token.clear();
    if (m_server.isEmpty()) {
        m_periodic.stop();
        setState(State::NotConfigured);
    } else {
        m_periodic.start();
        setState(State::Offline);
    }
}

void SyncController::connectAccount(const QUrl& server, const QString& user, const QString& password)
{
    setAccount(server, user);
    run(QString(), password);
}

void SyncController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void SyncController::localChange()
{
    if (!m_server.isEmpty()) {
        m_debounce.start();
    }
}

void SyncController::syncNow()
{
    if (m_server.isEmpty()) {
        return;
    }
    if (m_worker->isRunning() || m_readingToken) {
        m_again = true;
        return;
    }
    if (!m_token.isEmpty()) {
        run(m_token, QString());
        return;
    }
    m_readingToken = true;
    m_secrets->read(secretKey(m_server, m_user));
}

void SyncController::onReadToken(const QString& key, const QString& secret, bool found, const QString& error)
{
    if (key != secretKey(m_server, m_user) || !m_readingToken) {
        return;
    }
    m_readingToken = false;
    if (!found || secret.isEmpty()) {
        m_lastError = error.isEmpty() ? tr("Log in to the server to sync.") : error;
        setState(State::LoginNeeded);
        emit loginNeeded(m_lastError);
        emit syncFailed(m_lastError);
        return;
    }
    m_token = secret;
    run(m_token, QString());
}

void SyncController::run(const QString& token, const QString& password)
{
    sync::SyncOptions options;
    options.server = m_server;
    options.username = m_user;
    options.password = password;
    options.token = token;
    options.device = QSysInfo::machineHostName();
    options.keepPasswordVerifier = true; // the idle lock checks the password offline against it
    if (m_worker->start(options)) {
        setState(State::Syncing);
    } else {
        m_again = true;
    }
}

void SyncController::onFinished(const sync::SyncSummary& summary)
{
    m_lastError.clear();
    if (!summary.token.isEmpty() && summary.token != m_token) {
        m_token = summary.token;
        m_secrets->write(secretKey(m_server, m_user), m_token);
    }
    m_conflicts = summary.conflicts;
    setState(m_conflicts > 0 ? State::Conflicts : State::Online);
    if (summary.pulled > 0 || summary.pushed > 0 || summary.conflicts > 0 || summary.fetched > 0) {
        emit storeChanged();
    }
    emit syncFinished(summary);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncController::onFailed(const QString& message, bool authFailed, bool offline)
{
    m_lastError = message;
    if (authFailed) {
        m_token.clear();
        m_secrets->remove(secretKey(m_server, m_user));
        setState(State::LoginNeeded);
        emit loginNeeded(message);
        emit syncFailed(message);
        return;
    }
    Q_UNUSED(offline)
    setState(State::Offline);
    emit syncFailed(message);
    if (m_again) {
        m_again = false;
        m_debounce.start();
    }
}

bool SyncController::fetchOptions(sync::SyncOptions& options) const
{
    if (m_server.isEmpty() || m_token.isEmpty()) {
        return false;
    }
    options.server = m_server;
    options.username = m_user;
    options.token = m_token;
    options.device = QSysInfo::machineHostName();
    return true;
}

} // namespace akta::widgets
