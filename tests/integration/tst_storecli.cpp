// akta-cli store verify against real encrypted stores: a sound store passes (exit 0), a damaged blob fails
// (exit 1, named in the JSON), a wrong key is refused with every file unchanged, usage errors exit 2.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStoreCli : public QObject
{
    Q_OBJECT

private slots:
    void verifySoundDamagedAndWrongKey();
    void usageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList& args, const QString& keyFile = {});
};

TestStoreCli::Result TestStoreCli::run(const QStringList& args, const QString& keyFile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!keyFile.isEmpty()) {
        environment.insert(QStringLiteral("AKTA_KEY_FILE"), keyFile);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestStoreCli::verifySoundDamagedAndWrongKey()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    const QString key = dir.filePath(QStringLiteral("store.key"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"), store,
                  QStringLiteral("--cases"), QStringLiteral("10")},
                 key)
                 .exitCode,
             0);
    Result verified = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--store"),
                           store, QStringLiteral("--json")},
                          key);
    QCOMPARE(verified.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(verified.out).object();
    QVERIFY(json.value(QStringLiteral("ok")).toBool());
    QVERIFY(json.value(QStringLiteral("blobs")).toInt() > 5);
    QVERIFY(json.value(QStringLiteral("pages")).toInt() > 10);

    // A wrong key: refused, every file unchanged.
    const auto digest = [&] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& name : QDir(store).entryList(QDir::Files, QDir::Name)) {
            QFile file(QDir(store).filePath(name));
            file.open(QIODevice::ReadOnly);
            hash.addData(file.readAll());
        }
        return hash.result();
    };
    const QByteArray before = digest();
    const QString wrong = dir.filePath(QStringLiteral("wrong.key"));
    {
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64, 'e'));
    }
    const Result refused =
        run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--store"), store}, wrong);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("key does not open"), refused.err.constData());
    QCOMPARE(digest(), before);

    // A damaged blob: exit 1 and its name in the report.
    QStringList blobs;
    for (const QString& sub :
         QDir(store + QStringLiteral("/blobs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& name : QDir(store + QStringLiteral("/blobs/") + sub).entryList(QDir::Files)) {
            blobs << store + QStringLiteral("/blobs/") + sub + QLatin1Char('/') + name;
        }
    }
    QVERIFY(!blobs.isEmpty());
    QFile damaged(blobs.constFirst());
    damaged.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek(damaged.size() - 3));
    char byte = 0;
    QVERIFY(damaged.getChar(&byte));
    QVERIFY(damaged.seek(damaged.size() - 3));
    QVERIFY(damaged.putChar(char(byte ^ 0x01)));
    damaged.close();
    verified = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--store"), store,
                    QStringLiteral("--json")},
                   key);
    QCOMPARE(verified.exitCode, 1);
    json = QJsonDocument::fromJson(verified.out).object();
    QVERIFY(!json.value(QStringLiteral("ok")).toBool());
    QCOMPARE(json.value(QStringLiteral("damagedBlobs")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("damagedBlobs")).toArray().at(0).toString(),
             QFileInfo(blobs.constFirst()).fileName());
}

void TestStoreCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("store"), QStringLiteral("verify")}).exitCode, 2);
    QTemporaryDir dir;
    const Result missing = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--store"),
                                dir.filePath(QStringLiteral("none"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no store"));
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
