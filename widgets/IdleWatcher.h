#pragma once

#include <QObject>
#include <QTimer>

namespace akta::widgets {

// Tells when the user has not touched keyboard or mouse for a while: watches the input events of the whole
// application and emits idle() once per idle period.
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(int timeoutMs, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int timeoutMs);
    int timeout() const { return m_timer.interval(); }
    int remainingMs() const { return m_timer.remainingTime(); }
    // Starts counting from now (after an unlock).
    void restart() { m_timer.start(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace akta::widgets
