#pragma once

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>

namespace akta::email {

// One storage of an OLE2 compound file (the root of an Outlook .msg, or a recipient or attachment
// storage inside it), read-only. Two implementations: libgsf on Linux (GsfMsgStorage) and the Windows
// structured storage API (ComMsgStorage); MsgReader reads the MAPI properties through this interface.
class MsgStorage
{
public:
    virtual ~MsgStorage() = default;

    // Opens the compound file in `data` (which must outlive the storage). Throws EmailParseError when it
    // is not a readable OLE2 file.
    static std::unique_ptr<MsgStorage> open(const QByteArray& data);

    // The bytes of the child stream `name`, or nullopt when there is no such stream or it is larger
    // than `maxSize`.
    virtual std::optional<QByteArray> stream(const QByteArray& name, qint64 maxSize) const = 0;
    virtual bool hasChild(const QByteArray& name) const = 0;
    // Names of the direct children (streams and storages) starting with `prefix`, sorted.
    virtual QList<QByteArray> childNames(const QByteArray& prefix) const = 0;
    // The child storage `name`, or null when it is missing or a stream.
    virtual std::unique_ptr<MsgStorage> child(const QByteArray& name) const = 0;

protected:
    MsgStorage() = default;
    MsgStorage(const MsgStorage&) = delete;
    MsgStorage& operator=(const MsgStorage&) = delete;
};

} // namespace akta::email
