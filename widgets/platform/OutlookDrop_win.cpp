// OutlookDrop on Windows. UNCOMPILED AND UNTESTED: written on Linux without a Windows compiler; build it
// and drag a message and an attachment out of Outlook before relying on it.
//
// Qt's own conversion asks for FileContents as one HGLOBAL without an item index, which Outlook refuses
// (a message is offered as an IStorage, one FORMATETC.lindex per dragged item). So a
// QWindowsMimeConverter (Qt >= 6.5, registered on construction) reads the IDataObject itself: it names
// the drop "application/x-akta-virtual-files" when FileGroupDescriptorW is offered, and when asked for
// that data it writes every item into the folder chosen by saveVirtualFiles() and answers with their
// paths, one per line.

#include <windows.h>

#include <objidl.h>
#include <shlobj.h>

#include "OutlookDrop.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QSaveFile>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

#include <QtGui/QWindowsMimeConverter>

#include <cstddef>
#include <cwchar>

namespace akta::widgets {

namespace {

const QString kMimeType = QStringLiteral("application/x-akta-virtual-files");

// Folder for the next conversion and what went wrong in it; set and read on the GUI thread around the
// QMimeData::data() call of saveVirtualFiles().
QString g_targetDirectory;
QStringList g_errors;

QString safeName(const QString& name, int index)
{
    QString result = QFileInfo(name).fileName();
    for (QChar& c : result) {
        if (QStringLiteral("\\/:*?\"<>|").contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    }
    result = result.trimmed();
    return result.isEmpty() ? QStringLiteral("outlook-%1.msg").arg(index + 1) : result;
}

QString uniquePath(const QDir& directory, const QString& name)
{
    QString path = directory.filePath(name);
    const QFileInfo info(name);
    for (int n = 2; QFileInfo::exists(path); ++n) {
        const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
        path =
            directory.filePath(QStringLiteral("%1 (%2)%3").arg(info.completeBaseName()).arg(n).arg(suffix));
    }
    return path;
}

bool writeBytes(const QString& path, const char* data, qint64 size)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data, size) == size && file.commit();
}

bool writeStream(const QString& path, IStream* stream)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    LARGE_INTEGER start{};
    stream->Seek(start, STREAM_SEEK_SET, nullptr);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        ULONG read = 0;
        const HRESULT result = stream->Read(buffer.data(), ULONG(buffer.size()), &read);
        if (FAILED(result))
            return false;
        if (read == 0)
            break;
        if (file.write(buffer.constData(), read) != qint64(read))
            return false;
    }
    return file.commit();
}

// A message: the IStorage copied into a new compound file, which is the .msg format.
bool writeStorage(const QString& path, IStorage* source)
{
    IStorage* target = nullptr;
    const std::wstring widePath = QDir::toNativeSeparators(path).toStdWString();
    if (FAILED(StgCreateStorageEx(widePath.c_str(), STGM_CREATE | STGM_READWRITE | STGM_SHARE_EXCLUSIVE,
                                  STGFMT_STORAGE, 0, nullptr, nullptr, IID_IStorage,
                                  reinterpret_cast<void**>(&target))))
        return false;
    const bool ok =
        SUCCEEDED(source->CopyTo(0, nullptr, nullptr, target)) && SUCCEEDED(target->Commit(STGC_DEFAULT));
    target->Release();
    if (!ok)
        QFile::remove(path);
    return ok;
}

class VirtualFileConverter final : public QWindowsMimeConverter
{
public:
    VirtualFileConverter()
        : m_descriptor(CLIPFORMAT(RegisterClipboardFormatW(CFSTR_FILEDESCRIPTORW))),
          m_contents(CLIPFORMAT(RegisterClipboardFormatW(CFSTR_FILECONTENTS)))
    {}

    // Akta never offers virtual files itself.
    bool canConvertFromMime(const FORMATETC&, const QMimeData*) const override { return false; }
    bool convertFromMime(const FORMATETC&, const QMimeData*, STGMEDIUM*) const override { return false; }
    QList<FORMATETC> formatsForMime(const QString&, const QMimeData*) const override { return {}; }

    bool canConvertToMime(const QString& mimeType, IDataObject* data) const override
    {
        if (mimeType != kMimeType || !data)
            return false;
        FORMATETC format{m_descriptor, nullptr, DVASPECT_CONTENT, -1, TYMED_HGLOBAL};
        return data->QueryGetData(&format) == S_OK;
    }

    QString mimeForFormat(const FORMATETC& format) const override
    {
        return format.cfFormat == m_descriptor ? kMimeType : QString();
    }

    QVariant convertToMime(const QString& mimeType, IDataObject* data, QMetaType) const override
    {
        if (!canConvertToMime(mimeType, data) || g_targetDirectory.isEmpty())
            return {};
        const QStringList names = descriptorNames(data);
        QDir directory(g_targetDirectory);
        QStringList paths;
        for (int index = 0; index < names.size(); ++index) {
            const QString path = uniquePath(directory, safeName(names.at(index), index));
            if (saveItem(data, index, path))
                paths.append(path);
            else
                g_errors.append(names.at(index));
        }
        return paths.join(QLatin1Char('\n')).toUtf8();
    }

private:
    QStringList descriptorNames(IDataObject* data) const
    {
        QStringList names;
        FORMATETC format{m_descriptor, nullptr, DVASPECT_CONTENT, -1, TYMED_HGLOBAL};
        STGMEDIUM medium{};
        if (FAILED(data->GetData(&format, &medium)))
            return names;
        if (medium.tymed == TYMED_HGLOBAL) {
            const SIZE_T size = GlobalSize(medium.hGlobal);
            const auto* group = static_cast<const FILEGROUPDESCRIPTORW*>(GlobalLock(medium.hGlobal));
            if (group && size >= sizeof(UINT)) {
                const SIZE_T room = (size - offsetof(FILEGROUPDESCRIPTORW, fgd)) / sizeof(FILEDESCRIPTORW);
                const UINT count = UINT(qMin<SIZE_T>(group->cItems, room));
                for (UINT i = 0; i < count; ++i) {
                    const wchar_t* name = group->fgd[i].cFileName;
                    names.append(QString::fromWCharArray(name, qsizetype(wcsnlen(name, MAX_PATH))));
                }
            }
            if (group)
                GlobalUnlock(medium.hGlobal);
        }
        ReleaseStgMedium(&medium);
        return names;
    }

    bool saveItem(IDataObject* data, int index, const QString& path) const
    {
        FORMATETC format{m_contents, nullptr, DVASPECT_CONTENT, LONG(index),
                         TYMED_HGLOBAL | TYMED_ISTREAM | TYMED_ISTORAGE};
        STGMEDIUM medium{};
        if (FAILED(data->GetData(&format, &medium)))
            return false;
        bool ok = false;
        switch (medium.tymed) {
        case TYMED_ISTORAGE:
            ok = writeStorage(path, medium.pstg);
            break;
        case TYMED_ISTREAM:
            ok = writeStream(path, medium.pstm);
            break;
        case TYMED_HGLOBAL: {
            const auto* bytes = static_cast<const char*>(GlobalLock(medium.hGlobal));
            if (bytes) {
                ok = writeBytes(path, bytes, qint64(GlobalSize(medium.hGlobal)));
                GlobalUnlock(medium.hGlobal);
            }
            break;
        }
        default:
            break;
        }
        ReleaseStgMedium(&medium);
        return ok;
    }

    CLIPFORMAT m_descriptor;
    CLIPFORMAT m_contents;
};

void ensureConverter()
{
    // Registered with Qt on construction; lives as long as the application.
    static auto* converter = new VirtualFileConverter;
    Q_UNUSED(converter);
}

} // namespace

bool OutlookDrop::hasVirtualFiles(const QMimeData* mimeData)
{
    ensureConverter();
    return mimeData && mimeData->hasFormat(kMimeType);
}

QStringList OutlookDrop::saveVirtualFiles(const QMimeData* mimeData, const QString& directory, QString* error)
{
    if (!hasVirtualFiles(mimeData))
        return {};
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        return {};
    }
    g_targetDirectory = directory;
    g_errors.clear();
    const QByteArray answer = mimeData->data(kMimeType);
    g_targetDirectory.clear();
    if (error && !g_errors.isEmpty())
        *error =
            QStringLiteral("could not be read from the drop: %1").arg(g_errors.join(QStringLiteral(", ")));
    QStringList paths;
    for (const QByteArray& line : answer.split('\n')) {
        if (!line.isEmpty())
            paths.append(QString::fromUtf8(line));
    }
    return paths;
}

} // namespace akta::widgets

#else // Qt before 6.5 has no public way to read the drop's IDataObject.

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

#endif
