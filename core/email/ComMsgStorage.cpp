// Windows only (see core/CMakeLists.txt). UNCOMPILED AND UNTESTED: written on Linux without a Windows
// compiler; build and run tst_emailparser on Windows before relying on it.
//
// The .msg is opened from memory: CreateILockBytesOnHGlobal holds a copy of the bytes and
// StgOpenStorageOnILockBytes opens the compound file on it (StgOpenStorageEx takes a path, and the data
// of a dropped or attached message need not be a file). Element names in a compound file are UTF-16;
// the MAPI stream names of a .msg ("__substg1.0_0037001F") are ASCII, so they convert losslessly.

#include "email/ComMsgStorage.h"

#include "email/EmailParser.h"

#include <QString>

#include <windows.h>

#include <objbase.h>
#include <objidl.h>

#include <algorithm>

using Microsoft::WRL::ComPtr;

namespace akta::email {

// COM on this thread while the message is read. Compound files work in either apartment; a thread
// already in the other mode (RPC_E_CHANGED_MODE) is used as it is and not uninitialised.
class ComApartment final
{
public:
    ComApartment() : m_result(CoInitializeEx(nullptr, COINIT_MULTITHREADED)) {}
    ~ComApartment()
    {
        if (SUCCEEDED(m_result))
            CoUninitialize();
    }
    ComApartment(const ComApartment&) = delete;
    ComApartment& operator=(const ComApartment&) = delete;

private:
    HRESULT m_result;
};

namespace {

std::wstring wide(const QByteArray& name)
{
    return QString::fromLatin1(name).toStdWString();
}

QString hresultText(HRESULT result)
{
    return QStringLiteral("0x%1").arg(quint32(result), 8, 16, QLatin1Char('0'));
}

} // namespace

std::unique_ptr<MsgStorage> MsgStorage::open(const QByteArray& data)
{
    auto apartment = std::make_unique<ComApartment>();
    ComPtr<ILockBytes> bytes;
    HRESULT result = CreateILockBytesOnHGlobal(nullptr, TRUE, &bytes);
    if (FAILED(result))
        throw EmailParseError(
            QStringLiteral("cannot hold the message in memory (%1)").arg(hresultText(result)).toStdString());
    ULONG written = 0;
    ULARGE_INTEGER offset{};
    result = bytes->WriteAt(offset, data.constData(), ULONG(data.size()), &written);
    if (FAILED(result) || written != ULONG(data.size()))
        throw EmailParseError(
            QStringLiteral("cannot hold the message in memory (%1)").arg(hresultText(result)).toStdString());
    if (StgIsStorageILockBytes(bytes.Get()) != S_OK)
        throw EmailParseError("the OLE2 compound file is damaged or truncated (not a compound file)");
    ComPtr<IStorage> root;
    result = StgOpenStorageOnILockBytes(bytes.Get(), nullptr, STGM_READ | STGM_SHARE_DENY_WRITE, nullptr, 0,
                                        &root);
    if (FAILED(result))
        throw EmailParseError(QStringLiteral("the OLE2 compound file is damaged or truncated (%1)")
                                  .arg(hresultText(result))
                                  .toStdString());
    // The storage keeps its own reference to `bytes`.
    return std::make_unique<ComMsgStorage>(std::move(root), std::move(apartment));
}

ComMsgStorage::ComMsgStorage(ComPtr<IStorage> storage, std::unique_ptr<ComApartment> apartment)
    : m_apartment(std::move(apartment)), m_storage(std::move(storage))
{}

ComMsgStorage::~ComMsgStorage()
{
    m_storage.Reset(); // before COM goes
}

std::optional<QByteArray> ComMsgStorage::stream(const QByteArray& name, qint64 maxSize) const
{
    ComPtr<IStream> stream;
    const std::wstring streamName = wide(name);
    if (FAILED(
            m_storage->OpenStream(streamName.c_str(), nullptr, STGM_READ | STGM_SHARE_EXCLUSIVE, 0, &stream)))
        return std::nullopt;
    STATSTG stat{};
    if (FAILED(stream->Stat(&stat, STATFLAG_NONAME)))
        return std::nullopt;
    const quint64 size = stat.cbSize.QuadPart;
    if (size > quint64(maxSize))
        return std::nullopt;
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        ULONG read = 0;
        const ULONG wanted = ULONG(std::min<qsizetype>(bytes.size() - done, 1 << 20));
        const HRESULT result = stream->Read(bytes.data() + done, wanted, &read);
        if (FAILED(result) || read == 0)
            return std::nullopt; // shorter than its directory entry says: damaged
        done += qsizetype(read);
    }
    return bytes;
}

bool ComMsgStorage::hasChild(const QByteArray& name) const
{
    ComPtr<IEnumSTATSTG> elements;
    if (FAILED(m_storage->EnumElements(0, nullptr, 0, &elements)))
        return false;
    const std::wstring wanted = wide(name);
    STATSTG stat{};
    ULONG fetched = 0;
    bool found = false;
    while (!found && elements->Next(1, &stat, &fetched) == S_OK && fetched == 1) {
        found = stat.pwcsName && wanted == stat.pwcsName;
        CoTaskMemFree(stat.pwcsName);
    }
    return found;
}

QList<QByteArray> ComMsgStorage::childNames(const QByteArray& prefix) const
{
    QList<QByteArray> names;
    ComPtr<IEnumSTATSTG> elements;
    if (FAILED(m_storage->EnumElements(0, nullptr, 0, &elements)))
        return names;
    STATSTG stat{};
    ULONG fetched = 0;
    while (elements->Next(1, &stat, &fetched) == S_OK && fetched == 1) {
        if (stat.pwcsName) {
            const QByteArray name = QString::fromWCharArray(stat.pwcsName).toLatin1();
            if (name.startsWith(prefix))
                names.append(name);
        }
        CoTaskMemFree(stat.pwcsName);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::unique_ptr<MsgStorage> ComMsgStorage::child(const QByteArray& name) const
{
    ComPtr<IStorage> child;
    const std::wstring childName = wide(name);
    if (FAILED(m_storage->OpenStorage(childName.c_str(), nullptr, STGM_READ | STGM_SHARE_EXCLUSIVE, nullptr,
                                      0, &child)))
        return nullptr;
    return std::make_unique<ComMsgStorage>(std::move(child));
}

} // namespace akta::email
