#pragma once

#include "email/MsgStorage.h"

typedef struct _GsfInfile GsfInfile;
typedef struct _GsfInput GsfInput;

namespace akta::email {

// MsgStorage on libgsf's OLE2 reader (Linux and other non-Windows systems).
class GsfMsgStorage final : public MsgStorage
{
public:
    // Takes ownership of `storage` (and of `input`, the memory input of the root, when given).
    explicit GsfMsgStorage(GsfInfile* storage, GsfInput* input = nullptr);
    ~GsfMsgStorage() override;

    std::optional<QByteArray> stream(const QByteArray& name, qint64 maxSize) const override;
    bool hasChild(const QByteArray& name) const override;
    QList<QByteArray> childNames(const QByteArray& prefix) const override;
    std::unique_ptr<MsgStorage> child(const QByteArray& name) const override;

private:
    GsfInfile* m_storage;
    GsfInput* m_input;
};

} // namespace akta::email
