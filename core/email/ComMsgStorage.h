#pragma once

// Windows only (see core/CMakeLists.txt): MsgStorage on the structured storage API (IStorage).

#include "email/MsgStorage.h"

#include <wrl/client.h>

struct IStorage;

namespace akta::email {

// COM initialised on the opening thread for as long as the root storage lives.
class ComApartment;

class ComMsgStorage final : public MsgStorage
{
public:
    // `apartment` is given to the root storage only.
    explicit ComMsgStorage(Microsoft::WRL::ComPtr<IStorage> storage,
                           std::unique_ptr<ComApartment> apartment = nullptr);
    ~ComMsgStorage() override;

    std::optional<QByteArray> stream(const QByteArray& name, qint64 maxSize) const override;
    bool hasChild(const QByteArray& name) const override;
    QList<QByteArray> childNames(const QByteArray& prefix) const override;
    std::unique_ptr<MsgStorage> child(const QByteArray& name) const override;

private:
    std::unique_ptr<ComApartment> m_apartment; // destroyed after m_storage is released
    Microsoft::WRL::ComPtr<IStorage> m_storage;
};

} // namespace akta::email
