// OutlookDrop on systems without OLE virtual files (everything but Windows): nothing to do.

#include "OutlookDrop.h"

namespace akta::widgets {

bool OutlookDrop::hasVirtualFiles(const QMimeData*)
{
    return false;
}

QStringList OutlookDrop::saveVirtualFiles(const QMimeData*, const QString&, QString*)
{
    return {};
}

} // namespace akta::widgets
