#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace akta::widgets {

// Files dragged out of Outlook (messages and attachments) are virtual: the drop carries their names
// (FileGroupDescriptorW) and their content (FileContents, a compound file for a message) but no path.
// On Windows these are written into a folder as real files (.msg for messages) so that they can be
// journaled like any other file; elsewhere there are no virtual files and both functions do nothing.
// Implemented in platform/OutlookDrop_win.cpp (Windows) and platform/OutlookDrop_other.cpp.
class OutlookDrop final
{
public:
    static bool hasVirtualFiles(const QMimeData* mimeData);
    // Writes the virtual files into `directory` (created when missing) and returns their paths; what
    // could not be read is described in `error`.
    static QStringList saveVirtualFiles(const QMimeData* mimeData, const QString& directory, QString* error);
};

} // namespace akta::widgets
