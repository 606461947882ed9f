// Tests of akta::util::CsvFile: the bytes Danish Excel expects, quoting, and all-or-nothing writes.

#include "util/CsvFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using akta::util::CsvFile;

class TestCsvFile final : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAreQuotedOnlyWhenNeeded_data();
    void fieldsAreQuotedOnlyWhenNeeded();
    void fileIsUtf8WithBomSemicolonsAndCrlf();
    void unwritableTargetLeavesNothing();
};

void TestCsvFile::fieldsAreQuotedOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Søren Ærø") << QStringLiteral("Søren Ærø");
    QTest::newRow("comma") << QStringLiteral("1,5") << QStringLiteral("1,5");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quote") << QStringLiteral("sagt \"nej\"") << QStringLiteral("\"sagt \"\"nej\"\"\"");
    QTest::newRow("newline") << QStringLiteral("to\nlinjer") << QStringLiteral("\"to\nlinjer\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvFile::fieldsAreQuotedOnlyWhenNeeded()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvFile::field(text), field);
}

void TestCsvFile::fileIsUtf8WithBomSemicolonsAndCrlf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    QCOMPARE(CsvFile::write(path, {{QStringLiteral("Tid"), QStringLiteral("Bruger")},
                                   {QStringLiteral("2026-11-28 10:00"), QStringLiteral("Åse; Øster")}}),
             QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("\xEF\xBB\xBFTid;Bruger\r\n2026-11-28 10:00;\"\xC3\x85se; \xC3\x98ster\"\r\n"));
}

void TestCsvFile::unwritableTargetLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing-folder/log.csv"));
    QVERIFY(!CsvFile::write(path, {{QStringLiteral("a")}}).isEmpty());
    QVERIFY(!QFile::exists(path));
    // An existing file is replaced.
    const QString existing = dir.filePath(QStringLiteral("old.csv"));
    QCOMPARE(CsvFile::write(existing, {{QStringLiteral("gammel")}}), QString());
    QCOMPARE(CsvFile::write(existing, {{QStringLiteral("ny")}}), QString());
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("ny"));
}

QTEST_GUILESS_MAIN(TestCsvFile)
#include "tst_csvfile.moc"
