#include "cases/CaseCreation.h"
#include "directory/Directory.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akta;

// Runs the real akta-cli executable against real stores.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void version();
    void unknownCommandIsUsageError();
    void caseListPrintsJsonArray();
    void caseListWithoutStoreFails();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList& args);
};

TestCli::Result TestCli::run(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::version()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("akta-cli "));
}

void TestCli::unknownCommandIsUsageError()
{
    const Result result = run({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.err.contains("frobnicate"));
}

void TestCli::caseListPrintsJsonArray()
{
    QTemporaryDir dir;
    {
        store::LocalStore store(dir.path());
        directory::Directory directory(store.database());
        directory.addUnit({QStringLiteral("u"), QString(), QStringLiteral("PPR")});
        directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Ida Holm"),
                           QStringLiteral("u"), QStringLiteral("caseworker")});
        cases::NewCase first;
        first.kind = CaseKind::Citizen;
        first.title = QStringLiteral("Pædagogisk-psykologisk vurdering");
        first.kleSubject = QStringLiteral("28.06.04");
        cases::createCase(
            store.database(), first,
            cases::PartyInput{Party::Kind::Person, QStringLiteral("7201152345"), QStringLiteral("Åse Ørum")},
            QStringLiteral("me"));
        cases::NewCase second;
        second.kind = CaseKind::Subject;
        second.title = QStringLiteral("Budget");
        second.kleSubject = QStringLiteral("00.01.00");
        cases::createCase(store.database(), second, std::nullopt, QStringLiteral("me"));
    }
    Result result = run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"),
                         dir.path(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray cases = document.array();
    QCOMPARE(cases.size(), 2);
    QSet<QString> titles;
    for (const auto& value : cases) {
        const QJsonObject object = value.toObject();
        titles << object.value(QStringLiteral("title")).toString();
        QVERIFY(!object.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(object.value(QStringLiteral("caseNumber")).toString().contains(QStringLiteral("-G01-1-")));
        QCOMPARE(object.value(QStringLiteral("caseworker")).toString(), QStringLiteral("Ida Holm"));
    }
    QCOMPARE(titles,
             (QSet<QString>{QStringLiteral("Pædagogisk-psykologisk vurdering"), QStringLiteral("Budget")}));

    result = run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"), dir.path(),
                  QStringLiteral("--json"), QStringLiteral("--party"), QStringLiteral("720115-2345")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray filtered = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.at(0).toObject().value(QStringLiteral("primaryParty")).toString(),
             QStringLiteral("Åse Ørum"));
}

void TestCli::caseListWithoutStoreFails()
{
    const Result result = run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("--store"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
