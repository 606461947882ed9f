#pragma once

#include <QStringList>

namespace akta::server {

// The commands of akta-server:
//   akta-server --data DIR [--db URL] --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--config FILE]
//   akta-server user add --data DIR [--db URL] --user NAME --password-file FILE --unit PATH
//       [--role caseworker|leader|hr|dpo|admin] [--cpr CPR]
//   akta-server register import --data DIR [--db URL] FILE
//   akta-server kle import --data DIR [--db URL] FILE
//   akta-server grant add --data DIR [--db URL] --case NUMBER --to USER_OR_UNIT --access read|write
//       [--until YYYY-MM-DD]
//   akta-server audit verify --data DIR [--db URL] [--json]     exit 0 intact, 1 broken
//   akta-server device list --data DIR [--db URL] [--json]
//   akta-server device revoke --data DIR [--db URL] --device ID  (its requests get 403 device_revoked)
//   akta-server --version
// Exit codes: 0 done, 1 failed, 2 usage error. One JSON line on stdout for the admin commands.
class ServerCommandLine final
{
public:
    static int run(const QStringList& args);

private:
    static int serve(const QStringList& args);
    static int addUser(const QStringList& args);
    static int importRegister(const QStringList& args);
    static int importKle(const QStringList& args);
    static int addGrant(const QStringList& args);
    static int verifyAudit(const QStringList& args);
    static int listDevices(const QStringList& args);
    static int revokeDevice(const QStringList& args);
};

} // namespace akta::server
