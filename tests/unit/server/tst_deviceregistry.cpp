// Tests of akta::server::DeviceRegistry with AuthService on a real SQLite server database: a login with a
// device id records the device; a revoked device's sessions and new logins get 403 device_revoked while the
// user's other devices go on; a device id of another user is refused; the list shows who, when and revoked.

#include "ApiError.h"
#include "AuthService.h"
#include "DeviceRegistry.h"
#include "ServerDatabase.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace akta::server;

class TestDeviceRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void revokedDeviceIsRefusedOthersGoOn();
    void deviceOfAnotherUserRefused();
    void revokeUnknownAndTwice();

private:
    static int statusOf(const std::function<void()>& call, QString* code = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
};

void TestDeviceRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ServerDatabase>(m_dir->path(), QString());
    m_db->migrate();
    UserDirectory users(*m_db);
    users.addUser(QStringLiteral("anna"), "password1", QStringLiteral("PPR"), QStringLiteral("caseworker"),
                  {});
    users.addUser(QStringLiteral("bo"), "password1", QStringLiteral("PPR"), QStringLiteral("caseworker"), {});
}

void TestDeviceRegistry::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestDeviceRegistry::statusOf(const std::function<void()>& call, QString* code)
{
    try {
        call();
    } catch (const ApiError& error) {
        if (code) {
            *code = error.code();
        }
        return error.status();
    }
    return 200;
}

void TestDeviceRegistry::revokedDeviceIsRefusedOthersGoOn()
{
    AuthService auth(*m_db, 30);
    const QString laptop = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString office = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString laptopToken =
        auth.login(QStringLiteral("anna"), "password1", QStringLiteral("laptop"), laptop)
            .value(QStringLiteral("token"))
            .toString();
    const QString officeToken =
        auth.login(QStringLiteral("anna"), "password1", QStringLiteral("office"), office)
            .value(QStringLiteral("token"))
            .toString();
    // A script without a device id.
    const QString scriptToken = auth.login(QStringLiteral("anna"), "password1", QStringLiteral("script"))
                                    .value(QStringLiteral("token"))
                                    .toString();
    QCOMPARE(auth.authenticate(QStringLiteral("Bearer ") + laptopToken).username, QStringLiteral("anna"));

    DeviceRegistry devices(*m_db);
    QJsonArray listed = devices.list();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue& value : listed) {
        QCOMPARE(value.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
        QVERIFY(value.toObject().value(QStringLiteral("revokedAt")).isNull());
    }

    QVERIFY(devices.revoke(laptop));
    QString code;
    QCOMPARE(statusOf([&] { auth.authenticate(QStringLiteral("Bearer ") + laptopToken); }, &code), 403);
    QCOMPARE(code, QStringLiteral("device_revoked"));
    code.clear();
    QCOMPARE(
        statusOf([&] { auth.login(QStringLiteral("anna"), "password1", QStringLiteral("laptop"), laptop); },
                 &code),
        403);
    QCOMPARE(code, QStringLiteral("device_revoked"));
    // A wrong password from the revoked device is still just a wrong password.
    QCOMPARE(statusOf([&] { auth.login(QStringLiteral("anna"), "wrong", QStringLiteral("laptop"), laptop); }),
             401);

    QCOMPARE(auth.authenticate(QStringLiteral("Bearer ") + officeToken).username, QStringLiteral("anna"));
    QCOMPARE(auth.authenticate(QStringLiteral("Bearer ") + scriptToken).username, QStringLiteral("anna"));
    bool found = false;
    for (const QJsonValue& value : devices.list()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == laptop) {
            found = !value.toObject().value(QStringLiteral("revokedAt")).toString().isEmpty();
        }
    }
    QVERIFY(found);
}

void TestDeviceRegistry::deviceOfAnotherUserRefused()
{
    AuthService auth(*m_db, 30);
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auth.login(QStringLiteral("anna"), "password1", QStringLiteral("laptop"), device);
    QString code;
    QCOMPARE(
        statusOf([&] { auth.login(QStringLiteral("bo"), "password1", QStringLiteral("laptop"), device); },
                 &code),
        403);
    QCOMPARE(code, QStringLiteral("device_other_user"));
    QCOMPARE(DeviceRegistry(*m_db).list().size(), 1);
}

void TestDeviceRegistry::revokeUnknownAndTwice()
{
    AuthService auth(*m_db, 30);
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auth.login(QStringLiteral("anna"), "password1", QStringLiteral("laptop"), device);
    DeviceRegistry devices(*m_db);
    QVERIFY(!devices.revoke(QStringLiteral("no-such-device")));
    QVERIFY(devices.revoke(device));
    const QString first = devices.list().at(0).toObject().value(QStringLiteral("revokedAt")).toString();
    QVERIFY(devices.revoke(device));
    QCOMPARE(devices.list().at(0).toObject().value(QStringLiteral("revokedAt")).toString(), first);
}

QTEST_GUILESS_MAIN(TestDeviceRegistry)
#include "tst_deviceregistry.moc"
