#include "SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace akta::widgets {

SyncStatusWidget::SyncStatusWidget(SyncController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_syncButton(new QToolButton(this)),
      m_conflictsButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStateLabel"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setAccessibleName(tr("Sync now"));
    m_syncButton->setFocusPolicy(Qt::TabFocus);
    m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
    m_conflictsButton->setAccessibleName(tr("Show conflicts"));
    m_conflictsButton->setFocusPolicy(Qt::TabFocus);
    m_conflictsButton->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_conflictsButton);
    layout->addWidget(m_syncButton);

    connect(m_syncButton, &QToolButton::clicked, this, [this] {
        if (m_controller->state() == SyncController::State::NotConfigured ||
            m_controller->state() == SyncController::State::LoginNeeded) {
            emit accountRequested();
        } else {
            m_controller->syncNow();
        }
    });
    connect(m_conflictsButton, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(m_controller, &SyncController::stateChanged, this, &SyncStatusWidget::update);
    connect(m_controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    update(m_controller->state());
}

QString SyncStatusWidget::stateText() const
{
    return m_label->text();
}

void SyncStatusWidget::update(SyncController::State state)
{
    m_progress->setVisible(state == SyncController::State::Syncing);
    m_conflictsButton->setVisible(state == SyncController::State::Conflicts);
    m_syncButton->setEnabled(state != SyncController::State::Syncing);
    m_syncButton->setText(state == SyncController::State::NotConfigured ||
                                  state == SyncController::State::LoginNeeded
                              ? tr("Log in…")
                              : tr("Sync now"));
    m_syncButton->setAccessibleName(m_syncButton->text());
    switch (state) {
    case SyncController::State::NotConfigured:
        m_label->setText(tr("Not connected to a server"));
        break;
    case SyncController::State::Offline:
        m_label->setText(tr("Offline"));
        m_label->setToolTip(m_controller->lastError());
        break;
    case SyncController::State::Syncing:
        m_label->setText(tr("Syncing…"));
        m_progress->setRange(0, 0);
        break;
    case SyncController::State::Online:
        m_label->setText(tr("Online"));
        m_label->setToolTip(QString());
        break;
    case SyncController::State::Conflicts:
        m_label->setText(tr("Online"));
        m_conflictsButton->setText(tr("%n conflict(s)", nullptr, int(m_controller->conflictCount())));
        break;
    case SyncController::State::LoginNeeded:
        m_label->setText(tr("Login needed"));
        m_label->setToolTip(m_controller->lastError());
        break;
    }
}

void SyncStatusWidget::showProgress(const QString& phase, qint64 done, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * std::min(done, total) / total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_label->setText(phase == QLatin1String("push")   ? tr("Sending changes…")
                     : phase == QLatin1String("pull") ? tr("Receiving changes (%1)…").arg(done)
                                                      : tr("Syncing…"));
}

} // namespace akta::widgets
