#pragma once

#include "SyncController.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace akta::widgets {

// The status bar's sync corner: online / offline / syncing (with progress) / conflicts, a button
// to sync now and one to open the conflicts.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController* controller, QWidget* parent = nullptr);

    QString stateText() const;

signals:
    void conflictsRequested();
    void accountRequested();

private:
    void update(SyncController::State state);
    void showProgress(const QString& phase, qint64 done, qint64 total);

    SyncController* m_controller;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_syncButton;
    QToolButton* m_conflictsButton;
};

} // namespace akta::widgets
