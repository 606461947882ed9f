// Runs the real akta-cli executable: `kle import` of the official emneplan excerpt, the facet test file and
// the OS2KLE keyword file, a refused truncated file, `kle show`, and usage errors.

#include "kle/Os2KleKeywordFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString excerptPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml");
}

QString keywordPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/OS2KLE-train.txt");
}

QString facetPath()
{
    return QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml");
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        result << item.toString();
    }
    return result;
}

} // namespace

class TestKleCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importEmneplanPrintsOneJsonObject();
    void importWithoutJsonPrintsASummary();
    void importFacets();
    void importKeywords();
    void truncatedImportIsRefused();
    void showPrintsEveryField();
    void showBuiltInEntryBeforeAnyImport();
    void showUnknownNumberFails();
    void importMissingFileFails();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList& args);
    // Runs `args` with --json, expects success and exactly one line holding one JSON object.
    static QJsonObject runJson(const QStringList& args);
    QString store() const { return m_dir->filePath(QStringLiteral("store")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestKleCli::Result TestKleCli::run(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestKleCli::runJson(const QStringList& args)
{
    const Result result = run(args);
    if (result.exitCode != 0 || !result.err.isEmpty()) {
        qWarning("akta-cli %s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), result.exitCode,
                 result.err.constData());
        return {};
    }
    if (result.out.count('\n') != 1 || !result.out.endsWith('\n')) {
        qWarning("not exactly one line: %s", result.out.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object: %s", result.out.constData());
        return {};
    }
    return document.object();
}

void TestKleCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(AKTA_CLI_PATH)).isExecutable(), AKTA_CLI_PATH);
    QVERIFY(QFileInfo::exists(excerptPath()));
    QVERIFY(QFileInfo::exists(keywordPath()));
    QVERIFY(QFileInfo::exists(facetPath()));
}

void TestKleCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestKleCli::cleanup()
{
    m_dir.reset();
}

void TestKleCli::importEmneplanPrintsOneJsonObject()
{
    const QJsonObject report =
        runJson({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                 QStringLiteral("--json"), excerptPath()});
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("emneplan"));
    QCOMPARE(report.value(QStringLiteral("published")).toString(), QStringLiteral("2025-05-01"));
    QCOMPARE(report.value(QStringLiteral("hovedgrupper")).toInt(-1), 1);
    QCOMPARE(report.value(QStringLiteral("grupper")).toInt(-1), 5);
    QCOMPARE(report.value(QStringLiteral("emner")).toInt(-1), 35);
    QCOMPARE(report.value(QStringLiteral("stikord")).toInt(-1), 241);
    QCOMPARE(report.value(QStringLiteral("keywords")).toInt(-1), 0);
    QCOMPARE(report.value(QStringLiteral("facets")).toInt(-1), 0);
    for (const char* key : {"added", "changed", "retired", "missing", "rejectedLines"}) {
        QVERIFY2(report.value(QLatin1String(key)).isArray(), key);
    }
    // Against the built-in plan of a new store: nothing added, all 41 entries of the file changed (they bring
    // stikord and retention), the other 2,925 - 41 entries are missing from the file.
    QVERIFY(report.value(QStringLiteral("added")).toArray().isEmpty());
    const QStringList changed = strings(report.value(QStringLiteral("changed")));
    QCOMPARE(changed.size(), 41);
    QCOMPARE(changed.constFirst(), QStringLiteral("00"));
    QVERIFY(changed.contains(QStringLiteral("00.07.45")));
    QVERIFY(report.value(QStringLiteral("retired")).toArray().isEmpty());
    const QStringList missing = strings(report.value(QStringLiteral("missing")));
    QCOMPARE(missing.size(), 2925 - 41);
    QVERIFY(!missing.contains(QStringLiteral("00.01.00")));
    QVERIFY(missing.contains(QStringLiteral("00.13.00")));
    QVERIFY(report.value(QStringLiteral("rejectedLines")).toArray().isEmpty());
    QCOMPARE(report.size(), 13);

    // Again: nothing added or changed.
    const QJsonObject again =
        runJson({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                 QStringLiteral("--json"), excerptPath()});
    QCOMPARE(again.value(QStringLiteral("emner")).toInt(-1), 35);
    QVERIFY(again.value(QStringLiteral("added")).toArray().isEmpty());
    QVERIFY(again.value(QStringLiteral("changed")).toArray().isEmpty());
    QCOMPARE(strings(again.value(QStringLiteral("missing"))), missing);
}

void TestKleCli::importWithoutJsonPrintsASummary()
{
    const Result result = run(
        {QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(), excerptPath()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY2(result.out.startsWith("Imported emneplan from "), result.out.constData());
    QVERIFY2(result.out.contains(
                 "1 hovedgrupper, 5 grupper, 35 emner, 0 facets, 241 stikord, 0 keywords; 0 added, 41 "
                 "changed, 0 retired, 2884 not in the file"),
             result.out.constData());
}

void TestKleCli::importFacets()
{
    const QJsonObject report =
        runJson({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                 QStringLiteral("--json"), facetPath()});
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("facets"));
    QCOMPARE(report.value(QStringLiteral("published")).toString(), QStringLiteral("2024-12-01"));
    QCOMPARE(report.value(QStringLiteral("facets")).toInt(-1), 5);
    QCOMPARE(report.value(QStringLiteral("emner")).toInt(-1), 0);
    QCOMPARE(report.value(QStringLiteral("stikord")).toInt(-1), 0);
    QCOMPARE(report.value(QStringLiteral("keywords")).toInt(-1), 0);
    QCOMPARE(strings(report.value(QStringLiteral("added"))),
             (QStringList{QStringLiteral("A00"), QStringLiteral("A99"), QStringLiteral("K02"),
                          QStringLiteral("Ø34")}));
    QVERIFY(report.value(QStringLiteral("changed"))
                .toArray()
                .isEmpty()); // G01 is in the file as the store preinstalls it
    QCOMPARE(strings(report.value(QStringLiteral("retired"))), QStringList{QStringLiteral("A99")});
    QVERIFY(report.value(QStringLiteral("missing")).toArray().isEmpty());
}

void TestKleCli::importKeywords()
{
    const akta::kle::Os2KleKeywordFile file = akta::kle::Os2KleKeywordFile::read(keywordPath());
    QVERIFY(file.keywordCount() > 25000);
    QSet<QString> withKeywords;
    for (const auto& subject : file.subjects()) {
        if (!subject.keywords.isEmpty()) {
            withKeywords.insert(subject.number);
        }
    }
    const QJsonObject report =
        runJson({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                 QStringLiteral("--json"), keywordPath()});
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("keywords"));
    QCOMPARE(report.value(QStringLiteral("keywords")).toInt(-1), file.keywordCount());
    QCOMPARE(report.value(QStringLiteral("emner")).toInt(-1), int(withKeywords.size()));
    QCOMPARE(report.value(QStringLiteral("stikord")).toInt(-1), 0);
    QCOMPARE(report.value(QStringLiteral("facets")).toInt(-1), 0);
    QVERIFY(report.value(QStringLiteral("published")).isNull());
    const QJsonArray rejected = report.value(QStringLiteral("rejectedLines")).toArray();
    QCOMPARE(rejected.size(), file.issues().size());
    for (qsizetype i = 0; i < rejected.size(); ++i) {
        QCOMPARE(rejected.at(i).toObject().value(QStringLiteral("line")).toInt(), file.issues().at(i).line);
    }
}

void TestKleCli::truncatedImportIsRefused()
{
    QVERIFY(!runJson({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                      QStringLiteral("--json"), excerptPath()})
                 .isEmpty());
    const QStringList numbers{QStringLiteral("00"), QStringLiteral("00.01.00"), QStringLiteral("00.07.03"),
                              QStringLiteral("00.07.45"), QStringLiteral("00.13.00")};
    const auto showAll = [&] {
        QByteArray shown;
        for (const QString& number : numbers) {
            const Result result = run({QStringLiteral("kle"), QStringLiteral("show"),
                                       QStringLiteral("--store"), store(), QStringLiteral("--json"), number});
            shown += QByteArray::number(result.exitCode) + ' ' + result.out + result.err;
        }
        return shown;
    };
    const QByteArray before = showAll();
    QVERIFY(before.contains("Kommunestyrelsesloven"));

    QFile excerpt(excerptPath());
    QVERIFY(excerpt.open(QIODevice::ReadOnly));
    const QByteArray content = excerpt.readAll();
    // Cut inside the start tag "<EmneNr>" of emne 00.07.03, on line 1309 of the file.
    const QByteArray cut = content.left(content.indexOf("<EmneNr>00.07.03") + 5);
    QCOMPARE(cut.count('\n') + 1, 1309);
    const QString path = m_dir->filePath(QStringLiteral("cut.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(cut), cut.size());
    file.close();

    const Result result = run({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"),
                               store(), QStringLiteral("--json"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.err.endsWith('\n'));
    QVERIFY2(result.err.contains("line 1309"), result.err.constData());
    QVERIFY2(result.err.contains("truncated"), result.err.constData());

    QCOMPARE(showAll(), before);
}

void TestKleCli::showPrintsEveryField()
{
    QVERIFY(!runJson({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
                      QStringLiteral("--json"), excerptPath()})
                 .isEmpty());
    const auto show = [&](const QString& number) {
        return runJson({QStringLiteral("kle"), QStringLiteral("show"), QStringLiteral("--store"), store(),
                        QStringLiteral("--json"), number});
    };

    // Lines 97-134 of the excerpt.
    const QJsonObject emne = show(QStringLiteral("00.01.00"));
    QVERIFY(!emne.isEmpty());
    QCOMPARE(emne.value(QStringLiteral("number")).toString(), QStringLiteral("00.01.00"));
    QCOMPARE(emne.value(QStringLiteral("level")).toInt(), 3);
    QCOMPARE(emne.value(QStringLiteral("parent")).toString(), QStringLiteral("00.01"));
    QCOMPARE(emne.value(QStringLiteral("title")).toString(),
             QStringLiteral("Kommunens styrelse i almindelighed"));
    QCOMPARE(emne.value(QStringLiteral("retention")).toString(), QStringLiteral("B"));
    QCOMPARE(emne.value(QStringLiteral("deletion")).toString(), QStringLiteral("P1825D"));
    QVERIFY(emne.value(QStringLiteral("retiredAt")).isNull());
    const QString guidance = emne.value(QStringLiteral("guidance")).toString();
    QVERIFY(!guidance.isEmpty());
    QVERIFY2(guidance.startsWith(QStringLiteral("<p>Emnet dækker:</p>")), qPrintable(guidance));
    QVERIFY(guidance.contains(QStringLiteral("<li>")));
    QCOMPARE(emne.value(QStringLiteral("createdOn")).toString(), QStringLiteral("2004-02-01"));
    QCOMPARE(emne.value(QStringLiteral("changedOn")).toString(), QStringLiteral("2011-05-01"));
    QCOMPARE(emne.value(QStringLiteral("uuid")).toString(),
             QStringLiteral("15b97b4f-08c6-42fc-9a37-3ec048d8d01b"));
    const QJsonArray legal = emne.value(QStringLiteral("legalReferences")).toArray();
    QCOMPARE(legal.size(), 1);
    const QJsonObject reference = legal.at(0).toObject();
    QCOMPARE(reference.value(QStringLiteral("title")).toString(), QStringLiteral("Kommunestyrelsesloven"));
    QVERIFY(reference.value(QStringLiteral("paragraph")).isNull());
    QCOMPARE(reference.value(QStringLiteral("accession")).toString(), QStringLiteral("A20240006929"));
    QVERIFY(reference.value(QStringLiteral("url"))
                .toString()
                .startsWith(QStringLiteral("https://www.retsinformation.dk/")));
    QCOMPARE(reference.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://www.retsinformation.dk/eli/accn/A20240006929"));
    const QJsonArray stikord = emne.value(QStringLiteral("stikord")).toArray();
    QCOMPARE(stikord.size(), 1);
    const QJsonObject title = stikord.at(0).toObject();
    QCOMPARE(title.value(QStringLiteral("text")).toString(),
             QStringLiteral("Kommunens styrelse i almindelighed"));
    QVERIFY(title.value(QStringLiteral("facet")).isNull());
    QCOMPARE(title.value(QStringLiteral("retired")), QJsonValue(false));
    QCOMPARE(title.value(QStringLiteral("title")), QJsonValue(true));
    QCOMPARE(emne.size(), 13);

    // A paragraph (line 1210) and facet-linked stikord (lines 163-182).
    const QJsonObject inhabilitet = show(QStringLiteral("00.07.01"));
    QCOMPARE(inhabilitet.value(QStringLiteral("legalReferences"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("paragraph")),
             QJsonValue(QStringLiteral("§ 3-6")));
    const QJsonArray tvaers = show(QStringLiteral("00.01.10")).value(QStringLiteral("stikord")).toArray();
    QCOMPARE(tvaers.size(), 6);
    QCOMPARE(tvaers.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Børn- og ungepolitik"));
    QCOMPARE(tvaers.at(1).toObject().value(QStringLiteral("facet")).toString(), QStringLiteral("P22"));
    QCOMPARE(tvaers.at(1).toObject().value(QStringLiteral("title")), QJsonValue(false));

    // The hovedgruppe: no parent, no retention.
    const QJsonObject main = show(QStringLiteral("00"));
    QCOMPARE(main.value(QStringLiteral("level")).toInt(), 1);
    QVERIFY(main.value(QStringLiteral("parent")).isNull());
    QVERIFY(main.value(QStringLiteral("retention")).isNull());
    QCOMPARE(main.value(QStringLiteral("stikord")).toArray().size(), 2);

    // Text output names the entry and its retention.
    const Result text = run({QStringLiteral("kle"), QStringLiteral("show"), QStringLiteral("--store"),
                             store(), QStringLiteral("00.01.00")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("00.01.00 Kommunens styrelse i almindelighed\n"), text.out.constData());
    QVERIFY(text.out.contains("Retention: B P1825D"));
}

void TestKleCli::showBuiltInEntryBeforeAnyImport()
{
    const QJsonObject entry =
        runJson({QStringLiteral("kle"), QStringLiteral("show"), QStringLiteral("--store"), store(),
                 QStringLiteral("--json"), QStringLiteral("00.05.10")});
    QVERIFY(!entry.isEmpty());
    // The built-in title from the TSV, and no details yet.
    QCOMPARE(entry.value(QStringLiteral("title")).toString(),
             QStringLiteral("Gaver til og fra kommunen / institutionen"));
    QVERIFY(entry.value(QStringLiteral("guidance")).isNull());
    QVERIFY(entry.value(QStringLiteral("retention")).isNull());
    QVERIFY(entry.value(QStringLiteral("stikord")).toArray().isEmpty());
}

void TestKleCli::showUnknownNumberFails()
{
    for (const QString& number :
         {QStringLiteral("99.99.99"), QStringLiteral("00.01.99"), QStringLiteral("abc")}) {
        const Result result = run({QStringLiteral("kle"), QStringLiteral("show"), QStringLiteral("--store"),
                                   store(), QStringLiteral("--json"), number});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(number.toUtf8()), result.err.constData());
    }
}

void TestKleCli::importMissingFileFails()
{
    const Result result =
        run({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"), store(),
             QStringLiteral("--json"), m_dir->filePath(QStringLiteral("no-such-file.xml"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("no-such-file.xml"), result.err.constData());
}

void TestKleCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString dir = QStringLiteral("@STORE@");
    const QString file = excerptPath();
    const QString kle = QStringLiteral("kle");
    const QString import = QStringLiteral("import");
    const QString show = QStringLiteral("show");
    const QString storeOption = QStringLiteral("--store");
    QTest::newRow("import without arguments") << QStringList{kle, import};
    QTest::newRow("import without a file") << QStringList{kle, import, storeOption, dir};
    QTest::newRow("import without --store") << QStringList{kle, import, QStringLiteral("--json"), file};
    QTest::newRow("import with two files") << QStringList{kle, import, storeOption, dir, file, file};
    QTest::newRow("import with an unknown option")
        << QStringList{kle, import, storeOption, dir, QStringLiteral("--force"), file};
    QTest::newRow("import with --store and no value") << QStringList{kle, import, file, storeOption};
    QTest::newRow("show without a number")
        << QStringList{kle, show, storeOption, dir, QStringLiteral("--json")};
    QTest::newRow("show without --store") << QStringList{kle, show, QStringLiteral("00.01.00")};
    QTest::newRow("show with two numbers")
        << QStringList{kle, show, storeOption, dir, QStringLiteral("00.01.00"), QStringLiteral("00.01.10")};
    QTest::newRow("show with an unknown option")
        << QStringList{kle, show, storeOption, dir, QStringLiteral("--xml"), QStringLiteral("00.01.00")};
}

void TestKleCli::usageErrors()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("@STORE@"), store());
    const Result result = run(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QCOMPARE(result.err.count('\n'), 1);
    // A usage error does nothing, not even create the store.
    QVERIFY(!QFileInfo::exists(store()));
}

QTEST_GUILESS_MAIN(TestKleCli)
#include "tst_klecli.moc"
