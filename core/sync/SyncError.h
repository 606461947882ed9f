#pragma once

#include <stdexcept>

namespace akta::sync {

// Raised when a sync cannot go on. `Transient` failures (no network, a timeout, a 5xx answer) are
// retried with backoff and leave the store as it was; `Auth` means the login was refused; `Protocol`
// means the server answered something this client cannot use; `Cancelled` that the caller stopped it;
// `DeviceRevoked` that an administrator revoked this device (403 device_revoked): the store must be wiped.
class SyncError final : public std::runtime_error
{
public:
    enum class Kind
    {
        Transient,
        Auth,
        Protocol,
        Cancelled,
        DeviceRevoked
    };

    SyncError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}

    Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

} // namespace akta::sync
