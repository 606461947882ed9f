#include "PasswordHasher.h"

#include <QSet>
#include <QTest>

using akta::server::PasswordHasher;

class TestPasswordHasher final : public QObject
{
    Q_OBJECT

private slots:
    void argon2id();
    void tokens();
};

void TestPasswordHasher::argon2id()
{
    const QString hash = PasswordHasher::hash("kodeord med æøå");
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(QStringLiteral("kodeord")));
    QVERIFY(PasswordHasher::verify(hash, "kodeord med æøå"));
    QVERIFY(!PasswordHasher::verify(hash, "kodeord med aeoa"));
    QVERIFY(!PasswordHasher::verify(hash, ""));
    // Salted: the same password hashes differently.
    QVERIFY(PasswordHasher::hash("kodeord med æøå") != hash);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), "x"));
    QVERIFY(!PasswordHasher::verify(QString(500, QLatin1Char('$')), "x"));
}

void TestPasswordHasher::tokens()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString token = PasswordHasher::newToken();
        QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(!token.contains(QLatin1Char('+')) && !token.contains(QLatin1Char('/')));
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 100);
    const QString token = PasswordHasher::newToken();
    QCOMPARE(PasswordHasher::tokenHash(token), PasswordHasher::tokenHash(token));
    QCOMPARE(PasswordHasher::tokenHash(token).size(), 64);
    QVERIFY(PasswordHasher::tokenHash(token) != PasswordHasher::tokenHash(PasswordHasher::newToken()));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
