#include "PreviewTextBrowser.h"

#include <QImage>
#include <QUrl>

namespace akta::widgets {

PreviewTextBrowser::PreviewTextBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant PreviewTextBrowser::loadResource(int type, const QUrl& name)
{
    if (name.scheme() == QLatin1String("cid") && type == QTextDocument::ImageResource) {
        const QByteArray bytes = m_inlineParts.value(name.path());
        if (!bytes.isEmpty()) {
            return QImage::fromData(bytes);
        }
    }
    ++m_blocked;
    return {};
}

} // namespace akta::widgets
