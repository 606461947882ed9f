#include "registry/CprNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// akta-cli case create / case show / case list --party against a real store with a register.
class TestCaseCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsChildCaseWithParents();
    void refusesDuplicateUnlessAllowed();
    void protectedAddressNeverPrinted();
    void unknownPersonNeedsName();
    void subjectCaseAndBadInput();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(QStringList args);
    QJsonObject createJson(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_child;
    QString m_mother;
    QString m_father;
    QString m_hidden;
};

TestCaseCli::Result TestCaseCli::run(QStringList args)
{
    args.insert(2, QStringLiteral("--store"));
    args.insert(3, m_dir.path());
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestCaseCli::createJson(const QStringList& args)
{
    const Result result =
        run(QStringList{QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--json")} + args);
    if (result.exitCode != 0) {
        qWarning() << result.err;
        return {};
    }
    return QJsonDocument::fromJson(result.out).object();
}

void TestCaseCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_child = akta::registry::CprNumber::replacementFor(QDate(2016, 3, 4), 5, true);
    m_mother = akta::registry::CprNumber::replacementFor(QDate(1985, 6, 7), 6, false);
    m_father = akta::registry::CprNumber::replacementFor(QDate(1983, 8, 9), 7, true);
    m_hidden = akta::registry::CprNumber::replacementFor(QDate(1979, 1, 2), 8, false);
    const QString address =
        QStringLiteral(R"("address": {"street": "Egevej 8", "postalCode": "4600", "city": "Køge"})");
    QStringList lines{
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Noah", "lastName": "Lund", %2, "protected": false, "status": "alive", )"
            R"("relations": [{"type": "parent", "cpr": "%3"}, {"type": "parent", "cpr": "%4"}, )"
            R"({"type": "custody", "cpr": "%3"}]})")
            .arg(m_child, address, m_mother, m_father),
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Lene", "lastName": "Lund", %2, "protected": false, "status": "alive"})")
            .arg(m_mother, address),
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Per", "lastName": "Lund", %2, "protected": false, "status": "alive"})")
            .arg(m_father, address),
        QStringLiteral(
            R"({"cpr": "%1", "firstName": "Vera", "lastName": "Vang", "address": {"street": "Skjultevej 77", )"
            R"("postalCode": "4000", "city": "Roskilde"}, "protected": true, "status": "alive"})")
            .arg(m_hidden),
    };
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("register.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    file.close();
    const Result imported =
        run({QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--json"), file.fileName()});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("persons")).toInt(), 4);
}

void TestCaseCli::createsChildCaseWithParents()
{
    const QJsonObject created =
        createJson({QStringLiteral("--cpr"), m_child, QStringLiteral("--title"),
                    QStringLiteral("PPR-indstilling"), QStringLiteral("--kle"), QStringLiteral("28.06.04"),
                    QStringLiteral("--secondary"), QStringLiteral("parents")});
    QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("citizen"));
    QVERIFY(
        created.value(QStringLiteral("caseNumber")).toString().startsWith(QStringLiteral("28.06.04-G01-")));
    QVERIFY(created.value(QStringLiteral("provisionalNumber")).toBool());
    const QJsonArray parties = created.value(QStringLiteral("parties")).toArray();
    QCOMPARE(parties.size(), 3);
    QStringList secondary;
    for (const auto& value : parties) {
        const QJsonObject party = value.toObject();
        if (party.value(QStringLiteral("role")).toString() == QLatin1String("primary")) {
            QCOMPARE(party.value(QStringLiteral("cpr")).toString(), m_child);
            QCOMPARE(party.value(QStringLiteral("name")).toString(), QStringLiteral("Noah Lund"));
            QVERIFY(party.value(QStringLiteral("replacement")).toBool());
            QCOMPARE(
                party.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
                QStringLiteral("Køge"));
        } else {
            secondary << party.value(QStringLiteral("cpr")).toString();
        }
    }
    secondary.sort();
    QStringList parents{m_mother, m_father};
    parents.sort();
    QCOMPARE(secondary, parents);

    // case show by number gives the same case; case list --party finds it.
    const Result shown = run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--json"),
                              created.value(QStringLiteral("caseNumber")).toString()});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("id")),
             created.value(QStringLiteral("id")));
    const Result listed = run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--party"), m_mother});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
}

void TestCaseCli::refusesDuplicateUnlessAllowed()
{
    const QStringList args{QStringLiteral("case"),
                           QStringLiteral("create"),
                           QStringLiteral("--json"),
                           QStringLiteral("--cpr"),
                           m_child,
                           QStringLiteral("--title"),
                           QStringLiteral("Igen"),
                           QStringLiteral("--kle"),
                           QStringLiteral("28.06.04")};
    const Result refused = run(args);
    QCOMPARE(refused.exitCode, 3);
    const QJsonArray existing = QJsonDocument::fromJson(refused.out).array();
    QVERIFY(!existing.isEmpty());
    QCOMPARE(existing.at(0).toObject().value(QStringLiteral("kleSubject")).toString(),
             QStringLiteral("28.06.04"));
    QVERIFY(refused.err.contains("--allow-duplicate"));
    const Result allowed = run(args + QStringList{QStringLiteral("--allow-duplicate")});
    QCOMPARE(allowed.exitCode, 0);
    // Another emne is no duplicate.
    QVERIFY(!createJson({QStringLiteral("--cpr"), m_child, QStringLiteral("--title"), QStringLiteral("Anden"),
                         QStringLiteral("--kle"), QStringLiteral("02.34.02")})
                 .isEmpty());
}

void TestCaseCli::protectedAddressNeverPrinted()
{
    const QStringList create{QStringLiteral("case"),
                             QStringLiteral("create"),
                             QStringLiteral("--json"),
                             QStringLiteral("--cpr"),
                             m_hidden,
                             QStringLiteral("--title"),
                             QStringLiteral("Sag"),
                             QStringLiteral("--kle"),
                             QStringLiteral("28.06.04")};
    const Result created = run(create);
    QCOMPARE(created.exitCode, 0);
    QVERIFY(!created.out.contains("Skjultevej"));
    QVERIFY(!created.out.contains("Roskilde"));
    const QJsonObject party = QJsonDocument::fromJson(created.out)
                                  .object()
                                  .value(QStringLiteral("parties"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QVERIFY(party.value(QStringLiteral("protected")).toBool());
    QVERIFY(party.value(QStringLiteral("address")).isNull());
    for (const QStringList& args :
         {QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--json"),
                      m_hidden}}) {
        const Result result = run(args);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains("Skjultevej"));
    }
    // Nor in the store's files.
    for (const QString& name : {QStringLiteral("akta.db"), QStringLiteral("akta.db-wal")}) {
        QFile file(QDir(m_dir.path()).filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            QVERIFY2(!file.readAll().contains("Skjultevej"), qPrintable(name));
        }
    }
}

void TestCaseCli::unknownPersonNeedsName()
{
    const QString unknown = QStringLiteral("0101801235"); // valid, not in the register
    const Result noName = run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--json"),
                               QStringLiteral("--cpr"), unknown, QStringLiteral("--title"),
                               QStringLiteral("X"), QStringLiteral("--kle"), QStringLiteral("02.34.02")});
    QCOMPARE(noName.exitCode, 1);
    QVERIFY(noName.err.contains("--name"));
    const QJsonObject named =
        createJson({QStringLiteral("--cpr"), unknown, QStringLiteral("--title"), QStringLiteral("X"),
                    QStringLiteral("--kle"), QStringLiteral("02.34.02"), QStringLiteral("--name"),
                    QStringLiteral("Åse Ørsted")});
    const QJsonObject party = named.value(QStringLiteral("parties")).toArray().at(0).toObject();
    QCOMPARE(party.value(QStringLiteral("name")).toString(), QStringLiteral("Åse Ørsted"));
    QCOMPARE(party.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
    QVERIFY(!party.value(QStringLiteral("replacement")).toBool());
}

void TestCaseCli::subjectCaseAndBadInput()
{
    const QJsonObject subject =
        createJson({QStringLiteral("--no-party"), QStringLiteral("--title"), QStringLiteral("Budget 2027"),
                    QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    QCOMPARE(subject.value(QStringLiteral("kind")).toString(), QStringLiteral("subject"));
    QVERIFY(subject.value(QStringLiteral("parties")).toArray().isEmpty());

    const Result badCpr =
        run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--json"),
             QStringLiteral("--cpr"), QStringLiteral("310299-1234"), QStringLiteral("--title"),
             QStringLiteral("X"), QStringLiteral("--kle"), QStringLiteral("02.34.02")});
    QCOMPARE(badCpr.exitCode, 2);
    QVERIFY(badCpr.err.contains("does not exist"));
    QVERIFY(badCpr.out.isEmpty());
    const Result badKle = run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--json"),
                               QStringLiteral("--no-party"), QStringLiteral("--title"), QStringLiteral("X"),
                               QStringLiteral("--kle"), QStringLiteral("99.99.99")});
    QCOMPARE(badKle.exitCode, 1);
    QVERIFY(badKle.err.contains("99.99.99"));
    const Result twoParties = run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--cpr"),
                                   m_child, QStringLiteral("--no-party"), QStringLiteral("--title"),
                                   QStringLiteral("X"), QStringLiteral("--kle"), QStringLiteral("02.34.02")});
    QCOMPARE(twoParties.exitCode, 2);
    const Result missing = run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--json"),
                                QStringLiteral("no-such-case")});
    QCOMPARE(missing.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCaseCli)
#include "tst_casecli.moc"
