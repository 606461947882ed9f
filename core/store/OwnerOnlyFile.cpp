#include "store/OwnerOnlyFile.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <aclapi.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace akta::store {

#ifdef Q_OS_WIN

namespace {

// A security descriptor whose DACL grants the current user full access and inherits nothing.
bool ownerOnlyAttributes(SECURITY_ATTRIBUTES* attributes, PSECURITY_DESCRIPTOR descriptor, PACL* acl)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        return false;
    }
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), '\0');
    const bool gotUser = GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    if (!gotUser) {
        return false;
    }
    EXPLICIT_ACCESS_W access{};
    access.grfAccessPermissions = GENERIC_READ | GENERIC_WRITE | DELETE;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = static_cast<LPWSTR>(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid);
    if (SetEntriesInAclW(1, &access, nullptr, acl) != ERROR_SUCCESS) {
        return false;
    }
    if (!InitializeSecurityDescriptor(descriptor, SECURITY_DESCRIPTOR_REVISION) ||
        !SetSecurityDescriptorDacl(descriptor, TRUE, *acl, FALSE) ||
        !SetSecurityDescriptorControl(descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED)) {
        return false;
    }
    attributes->nLength = sizeof(SECURITY_ATTRIBUTES);
    attributes->lpSecurityDescriptor = descriptor;
    attributes->bInheritHandle = FALSE;
    return true;
}

} // namespace

bool OwnerOnlyFile::createExclusive(const QString& path, const QByteArray& content, QString* error)
{
    SECURITY_DESCRIPTOR descriptor;
    SECURITY_ATTRIBUTES attributes;
    PACL acl = nullptr;
    if (!ownerOnlyAttributes(&attributes, &descriptor, &acl)) {
        *error = QStringLiteral("cannot make an owner-only security descriptor");
        return false;
    }
    const std::wstring name = path.toStdWString();
    HANDLE handle =
        CreateFileW(name.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    LocalFree(acl);
    if (handle == INVALID_HANDLE_VALUE) {
        *error = QStringLiteral("cannot create the file (error %1)").arg(GetLastError());
        return false;
    }
    DWORD written = 0;
    const bool ok = WriteFile(handle, content.constData(), DWORD(content.size()), &written, nullptr) &&
                    written == DWORD(content.size()) && FlushFileBuffers(handle);
    CloseHandle(handle);
    if (!ok) {
        DeleteFileW(name.c_str());
        *error = QStringLiteral("cannot write the file");
    }
    return ok;
}

#else

bool OwnerOnlyFile::createExclusive(const QString& path, const QByteArray& content, QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, std::size_t(content.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            ::unlink(name.constData());
            return false;
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(name.constData());
    }
    return synced;
}

#endif

} // namespace akta::store
