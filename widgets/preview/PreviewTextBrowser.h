#pragma once

#include <QByteArray>
#include <QHash>
#include <QTextBrowser>

namespace akta::widgets {

// A read-only text view for bodies and notes that never fetches anything: remote images and style
// sheets in an HTML e-mail are not loaded (no tracking pixels, no network from the preview), links
// are not followed, and only the message's own inline images (cid:) are shown.
class PreviewTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewTextBrowser)

public:
    explicit PreviewTextBrowser(QWidget* parent = nullptr);

    void setInlineParts(const QHash<QString, QByteArray>& parts) { m_inlineParts = parts; }
    int blockedRequests() const { return m_blocked; }

    QVariant loadResource(int type, const QUrl& name) override;

private:
    QHash<QString, QByteArray> m_inlineParts;
    int m_blocked = 0;
};

} // namespace akta::widgets
