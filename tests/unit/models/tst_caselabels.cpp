// Tests of akta::models::CaseLabels::retention() and deletion(): the labels of the retention codes and of the
// ISO-8601 deletion periods the KLE plan gives (no translator installed: the source texts).

#include "CaseLabels.h"

#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using akta::models::CaseLabels;

namespace {

// Records the plural number Qt hands to the translator for every %n text.
class NumerusSpy final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        if (n >= 0) {
            numbers.append(n);
            return QStringLiteral("[%1]")
                .arg(QString::fromUtf8(sourceText))
                .replace(QStringLiteral("%n"), QString::number(n));
        }
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QList<int> numbers;
};

} // namespace

class TestCaseLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void retention_data();
    void retention();
    void everyCodeHasItsOwnLabel();
    void deletion_data();
    void deletion();
    void deletionGarbage_data();
    void deletionGarbage();
    void deletionPassesThePluralNumber();
};

void TestCaseLabels::retention_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("B") << QStringLiteral("B") << QStringLiteral("B – preserved (bevares)");
    QTest::newRow("K") << QStringLiteral("K") << QStringLiteral("K – discarded (kasseres)");
    QTest::newRow("K5") << QStringLiteral("K5") << QStringLiteral("K5 – discarded after 5 years");
    QTest::newRow("K10") << QStringLiteral("K10") << QStringLiteral("K10 – discarded after 10 years");
    QTest::newRow("empty") << QString() << QStringLiteral("Not set");
    QTest::newRow("unknown code") << QStringLiteral("X7") << QStringLiteral("X7");
    QTest::newRow("lower case is not a code") << QStringLiteral("b") << QStringLiteral("b");
}

void TestCaseLabels::retention()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QCOMPARE(CaseLabels::retention(code), label);
}

void TestCaseLabels::everyCodeHasItsOwnLabel()
{
    QStringList labels;
    for (const char* code : {"B", "K", "K5", "K10", ""}) {
        const QString label = CaseLabels::retention(QString::fromLatin1(code));
        QVERIFY(!label.isEmpty());
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels << label;
    }
}

void TestCaseLabels::deletion_data()
{
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("label");
    QTest::newRow("P1825D is 5 years")
        << QStringLiteral("P1825D") << QStringLiteral("deleted 5 year(s) after the case is closed");
    QTest::newRow("P365D is 1 year") << QStringLiteral("P365D")
                                     << QStringLiteral("deleted 1 year(s) after the case is closed");
    QTest::newRow("P3650D is 10 years")
        << QStringLiteral("P3650D") << QStringLiteral("deleted 10 year(s) after the case is closed");
    QTest::newRow("P30D") << QStringLiteral("P30D")
                          << QStringLiteral("deleted 30 day(s) after the case is closed");
    QTest::newRow("P1D") << QStringLiteral("P1D")
                         << QStringLiteral("deleted 1 day(s) after the case is closed");
    QTest::newRow("P5Y") << QStringLiteral("P5Y")
                         << QStringLiteral("deleted 5 year(s) after the case is closed");
    QTest::newRow("P10Y") << QStringLiteral("P10Y")
                          << QStringLiteral("deleted 10 year(s) after the case is closed");
    QTest::newRow("empty") << QString() << QString();
}

void TestCaseLabels::deletion()
{
    QFETCH(QString, duration);
    QFETCH(QString, label);
    QCOMPARE(CaseLabels::deletion(duration), label);
}

void TestCaseLabels::deletionGarbage_data()
{
    QTest::addColumn<QString>("duration");
    for (const char* text :
         {"garbage", "P", "PD", "PY", "P5", "5Y", "1825D", "P1.5Y", "PxD", "P5M", "P1Y6M", "P-365D", "p5y"}) {
        QTest::newRow(text) << QString::fromLatin1(text);
    }
}

// Anything else is shown as it is, never as a number of years or days.
void TestCaseLabels::deletionGarbage()
{
    QFETCH(QString, duration);
    const QString label = CaseLabels::deletion(duration);
    // Regression test (bug found and fixed; models/CaseLabels.cpp:99-105 and :108-110): a negative number
    // passes toInt(), and tr() with a negative %n leaves "%n" unreplaced, so "P-365D" is shown as the raw
    // source text "deleted %n year(s) after the case is closed". Fix: use the number only when ok && days >=
    // 0 (and years >= 0); otherwise fall through to "deleted after %1".
    QCOMPARE(label, QStringLiteral("deleted after %1").arg(duration));
}

void TestCaseLabels::deletionPassesThePluralNumber()
{
    NumerusSpy spy;
    QVERIFY(QCoreApplication::installTranslator(&spy));
    const QString years = CaseLabels::deletion(QStringLiteral("P1825D"));
    const QString days = CaseLabels::deletion(QStringLiteral("P30D"));
    const QString plainYears = CaseLabels::deletion(QStringLiteral("P2Y"));
    QCoreApplication::removeTranslator(&spy);
    QCOMPARE(spy.numbers, (QList<int>{5, 30, 2}));
    QCOMPARE(years, QStringLiteral("[deleted 5 year(s) after the case is closed]"));
    QCOMPARE(days, QStringLiteral("[deleted 30 day(s) after the case is closed]"));
    QCOMPARE(plainYears, QStringLiteral("[deleted 2 year(s) after the case is closed]"));
}

QTEST_GUILESS_MAIN(TestCaseLabels)
#include "tst_caselabels.moc"
