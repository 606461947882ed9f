// Runs the real akta-cli executable: `kle suggest` on a store with the OS2KLE keyword file imported, for one
// text and for a batch file, and its usage errors.

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString keywordPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/OS2KLE-train.txt");
}

} // namespace

class TestKleSuggestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void topThreeForPartistoettelov();
    void defaultIsTenAtMost();
    void wordsAreOneText();
    void batchGivesOneLinePerInputLine();
    void batchWithWindowsLineEndsAndNoFinalNewline();
    void missingBatchFileFails();
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
    // `kle suggest --store <store> <args>`, expected to succeed with one line per text.
    Result suggest(const QStringList& args);
    // Checks that `line` is a JSON array of well-formed suggestions, best first, and returns it.
    static QJsonArray suggestions(const QByteArray& line);
    QString writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

TestKleSuggestCli::Result TestKleSuggestCli::run(const QStringList& args)
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

TestKleSuggestCli::Result TestKleSuggestCli::suggest(const QStringList& args)
{
    return run(
        QStringList{QStringLiteral("kle"), QStringLiteral("suggest"), QStringLiteral("--store"), m_store} +
        args);
}

QJsonArray TestKleSuggestCli::suggestions(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning("not a JSON array: %s", line.constData());
        return {};
    }
    static const QRegularExpression emneShape(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d$"));
    const QJsonArray array = document.array();
    double previous = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QStringList keys = object.keys();
        const bool wellFormed = keys == QStringList{QStringLiteral("emne"), QStringLiteral("reason"),
                                                    QStringLiteral("score"), QStringLiteral("title")} &&
                                emneShape.match(object.value(QStringLiteral("emne")).toString()).hasMatch() &&
                                !object.value(QStringLiteral("title")).toString().isEmpty() &&
                                !object.value(QStringLiteral("reason")).toString().trimmed().isEmpty() &&
                                object.value(QStringLiteral("score")).isDouble() &&
                                object.value(QStringLiteral("score")).toDouble() > 0 &&
                                (i == 0 || object.value(QStringLiteral("score")).toDouble() <= previous);
        if (!wellFormed) {
            qWarning("not a well-formed suggestion at %d: %s", int(i), line.constData());
            return {};
        }
        previous = object.value(QStringLiteral("score")).toDouble();
    }
    return array;
}

QString TestKleSuggestCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestKleSuggestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(AKTA_CLI_PATH)).isExecutable(), AKTA_CLI_PATH);
    QVERIFY(QFileInfo::exists(keywordPath()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("store"));
    const Result import = run({QStringLiteral("kle"), QStringLiteral("import"), QStringLiteral("--store"),
                               m_store, QStringLiteral("--json"), keywordPath()});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QVERIFY(import.out.contains("\"format\":\"keywords\""));
}

void TestKleSuggestCli::cleanupTestCase()
{
    m_dir.reset();
}

void TestKleSuggestCli::topThreeForPartistoettelov()
{
    const Result result =
        suggest({QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("partistøttelov")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.out.count('\n'), 1);
    QVERIFY(result.out.endsWith('\n'));
    const QJsonArray array = suggestions(result.out);
    QCOMPARE(array.size(), 3);
    QStringList emner;
    for (const QJsonValue& value : array) {
        emner << value.toObject().value(QStringLiteral("emne")).toString();
    }
    QVERIFY2(emner.contains(QStringLiteral("00.01.00")) || emner.contains(QStringLiteral("84.00.10")),
             result.out.constData());
    QCOMPARE(emner.removeDuplicates(), 0);
    // --top=3 is the same.
    QCOMPARE(suggest({QStringLiteral("--top=3"), QStringLiteral("partistøttelov")}).out, result.out);
}

void TestKleSuggestCli::defaultIsTenAtMost()
{
    const Result result = suggest({QStringLiteral("byggetilladelse")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    QCOMPARE(suggestions(result.out).size(), 10);
    const Result hundred =
        suggest({QStringLiteral("--top"), QStringLiteral("100"), QStringLiteral("byggetilladelse")});
    QCOMPARE(hundred.exitCode, 0);
    const QJsonArray many = suggestions(hundred.out);
    QVERIFY(many.size() > 10 && many.size() <= 100);
    // The first ten of a longer list are the default list.
    const QJsonArray ten = suggestions(result.out);
    for (qsizetype i = 0; i < ten.size(); ++i) {
        QCOMPARE(many.at(i).toObject().value(QStringLiteral("emne")),
                 ten.at(i).toObject().value(QStringLiteral("emne")));
    }
}

void TestKleSuggestCli::wordsAreOneText()
{
    const Result words = suggest({QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("ansøgning"),
                                  QStringLiteral("om"), QStringLiteral("byggetilladelse")});
    const Result one = suggest(
        {QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("ansøgning om byggetilladelse")});
    QCOMPARE(words.exitCode, 0);
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(words.out.count('\n'), 1);
    QVERIFY(!suggestions(words.out).isEmpty());
    QCOMPARE(words.out, one.out);
}

void TestKleSuggestCli::batchGivesOneLinePerInputLine()
{
    const QStringList texts{QStringLiteral("partistøttelov"), QString(),
                            QStringLiteral("Byggetilladelse til carport")};
    const QString batch =
        writeFile(QStringLiteral("batch.txt"), texts.join(QLatin1Char('\n')).toUtf8() + '\n');
    const Result result =
        suggest({QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--batch"), batch});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.endsWith('\n'));
    const QList<QByteArray> lines = result.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QByteArray("[]"));
    // In input order: each line is what the text alone gives.
    for (int i : {0, 2}) {
        const Result alone = suggest({QStringLiteral("--top"), QStringLiteral("3"), texts.at(i)});
        QCOMPARE(alone.exitCode, 0);
        QCOMPARE(lines.at(i) + '\n', alone.out);
        QCOMPARE(suggestions(lines.at(i)).size(), 3);
    }
    QVERIFY(lines.at(0) != lines.at(2));
}

void TestKleSuggestCli::batchWithWindowsLineEndsAndNoFinalNewline()
{
    const QString unix =
        writeFile(QStringLiteral("unix.txt"), "partistøttelov\n\nByggetilladelse til carport\n");
    const QString windows =
        writeFile(QStringLiteral("windows.txt"), "partistøttelov\r\n\r\nByggetilladelse til carport");
    const Result a = suggest({QStringLiteral("--top"), QStringLiteral("2"), QStringLiteral("--batch"), unix});
    const Result b =
        suggest({QStringLiteral("--batch"), windows, QStringLiteral("--top"), QStringLiteral("2")});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(a.out.count('\n'), 3);
    QCOMPARE(b.out, a.out);
    for (const QByteArray& line : a.out.chopped(1).split('\n')) {
        QVERIFY(suggestions(line).size() <= 2);
    }
    // An empty batch file gives no lines.
    const Result empty =
        suggest({QStringLiteral("--batch"), writeFile(QStringLiteral("empty.txt"), QByteArray())});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.isEmpty());
}

void TestKleSuggestCli::missingBatchFileFails()
{
    const Result result =
        suggest({QStringLiteral("--batch"), m_dir->filePath(QStringLiteral("no-such-file.txt"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("no-such-file.txt"), result.err.constData());
}

void TestKleSuggestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args"); // after "kle suggest"; "STORE" is replaced by the store
    const QString store = QStringLiteral("STORE");
    const QString text = QStringLiteral("partistøttelov");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("no store") << QStringList{text};
    QTest::newRow("no text") << QStringList{QStringLiteral("--store"), store};
    QTest::newRow("text and batch") << QStringList{
        QStringLiteral("--store"), store, QStringLiteral("--batch"), QStringLiteral("batch.txt"), text};
    QTest::newRow("--top 0") << QStringList{QStringLiteral("--store"), store, QStringLiteral("--top"),
                                            QStringLiteral("0"), text};
    QTest::newRow("--top -1") << QStringList{QStringLiteral("--store"), store, QStringLiteral("--top=-1"),
                                             text};
    QTest::newRow("--top 101") << QStringList{QStringLiteral("--store"), store, QStringLiteral("--top"),
                                              QStringLiteral("101"), text};
    QTest::newRow("--top abc") << QStringList{QStringLiteral("--store"), store, QStringLiteral("--top"),
                                              QStringLiteral("abc"), text};
    QTest::newRow("--top 2.5") << QStringList{QStringLiteral("--store"), store, QStringLiteral("--top"),
                                              QStringLiteral("2.5"), text};
    QTest::newRow("--top without value")
        << QStringList{QStringLiteral("--store"), store, text, QStringLiteral("--top")};
    QTest::newRow("--store without value") << QStringList{text, QStringLiteral("--store")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--store"), store,
                                                   QStringLiteral("--frobnicate"), text};
}

void TestKleSuggestCli::usageErrors()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^STORE$")), m_store);
    const Result result = run(QStringList{QStringLiteral("kle"), QStringLiteral("suggest")} + args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.startsWith("akta-cli: "), result.err.constData());
}

QTEST_GUILESS_MAIN(TestKleSuggestCli)
#include "tst_klesuggestcli.moc"
