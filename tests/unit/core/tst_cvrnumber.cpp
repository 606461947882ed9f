#include "registry/CvrNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTranslator>

using akta::registry::CvrError;
using akta::registry::CvrNumber;

Q_DECLARE_METATYPE(akta::registry::CvrError)

namespace {

// Answers every lookup with "<context>|<source>", to show which context a message is looked up in.
class EchoTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        return QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCvrNumber : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void errorMessages_data();
    void errorMessages();
    void localizedErrorMessageUsesClassContext();
    void cliCheckJson();
    void cliCheckWithoutNumbersIsUsageError();
};

void TestCvrNumber::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");

    // Weights 2,7,6,5,4,3,2,1; the weighted sum must be divisible by 11.
    // 1*2+2*7+3*6+4*5+5*4+6*3+7*2+4*1 = 110 = 10*11
    QTest::newRow("12345674, sum 110") << QStringLiteral("12345674") << QStringLiteral("12345674");
    // 2*2+7*1 = 11
    QTest::newRow("20000007, sum 11") << QStringLiteral("20000007") << QStringLiteral("20000007");
    // 3*2+5*1 = 11
    QTest::newRow("30000005, sum 11") << QStringLiteral("30000005") << QStringLiteral("30000005");
    // 1*2+9*1 = 11
    QTest::newRow("10000009, sum 11") << QStringLiteral("10000009") << QStringLiteral("10000009");
    // 4*2+5*7+6*6+7*5+8*4+9*3+0*2+3*1 = 176 = 16*11
    QTest::newRow("45678903, sum 176") << QStringLiteral("45678903") << QStringLiteral("45678903");
    // 9*2+9*7+9*6+9*5+9*4+9*3+9*2+3*1 = 264 = 24*11
    QTest::newRow("99999993, sum 264") << QStringLiteral("99999993") << QStringLiteral("99999993");

    QTest::newRow("DK prefix") << QStringLiteral("DK12345674") << QStringLiteral("12345674");
    QTest::newRow("dk prefix") << QStringLiteral("dk12345674") << QStringLiteral("12345674");
    QTest::newRow("Dk prefix and space") << QStringLiteral("Dk 12345674") << QStringLiteral("12345674");
    QTest::newRow("dK prefix, spaced digits")
        << QStringLiteral("dK12 34 56 74") << QStringLiteral("12345674");
    QTest::newRow("DK prefix, groups of four")
        << QStringLiteral("DK 1234 5674") << QStringLiteral("12345674");
    QTest::newRow("spaced digits") << QStringLiteral("12 34 56 74") << QStringLiteral("12345674");
    QTest::newRow("surrounding white space")
        << QStringLiteral("  12345674\t\n") << QStringLiteral("12345674");
}

void TestCvrNumber::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const CvrNumber number = CvrNumber::parse(input);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.error(), CvrError::None);
    QCOMPARE(number.normalized(), normalized);
    QVERIFY(number.errorMessage().isEmpty());
    QVERIFY(number.localizedErrorMessage().isEmpty());
}

void TestCvrNumber::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<CvrError>("error");

    QTest::newRow("empty") << QString() << CvrError::Empty;
    QTest::newRow("white space") << QStringLiteral(" \t ") << CvrError::Empty;
    // 1*2+2*7+3*6+4*5+5*4+6*3+7*2+8*1 = 114 = 10*11 + 4
    QTest::newRow("12345678, sum 114") << QStringLiteral("12345678") << CvrError::Mod11Failed;
    // 1*2+2*7+3*6+4*5+5*4+6*3+7*2+5*1 = 111 = 10*11 + 1
    QTest::newRow("12345675, sum 111") << QStringLiteral("12345675") << CvrError::Mod11Failed;
    // Two digits swapped: 1*2+2*7+3*6+5*5+4*4+6*3+7*2+4*1 = 111
    QTest::newRow("12354674, swapped") << QStringLiteral("12354674") << CvrError::Mod11Failed;
    QTest::newRow("DK, check fails") << QStringLiteral("DK 1234 5678") << CvrError::Mod11Failed;
    QTest::newRow("leading zero") << QStringLiteral("01234567") << CvrError::LeadingZero;
    // The sum 0 is divisible by 11, but the leading zero rules it out.
    QTest::newRow("all zeros") << QStringLiteral("00000000") << CvrError::LeadingZero;
    QTest::newRow("DK, leading zero") << QStringLiteral("DK01234567") << CvrError::LeadingZero;
    QTest::newRow("7 digits") << QStringLiteral("1234567") << CvrError::WrongLength;
    QTest::newRow("9 digits") << QStringLiteral("123456745") << CvrError::WrongLength;
    QTest::newRow("CPR length") << QStringLiteral("0101901009") << CvrError::WrongLength;
    QTest::newRow("DK only") << QStringLiteral("DK") << CvrError::WrongLength;
    QTest::newRow("DK twice") << QStringLiteral("DK DK12345674") << CvrError::BadCharacters;
    QTest::newRow("hyphen") << QStringLiteral("12-345674") << CvrError::BadCharacters;
    QTest::newRow("DK and hyphen") << QStringLiteral("DK-12345674") << CvrError::BadCharacters;
    QTest::newRow("letter") << QStringLiteral("1234567a") << CvrError::BadCharacters;
    QTest::newRow("DK suffix") << QStringLiteral("12345674DK") << CvrError::BadCharacters;
    QTest::newRow("other country") << QStringLiteral("SE12345674") << CvrError::BadCharacters;
}

void TestCvrNumber::invalid()
{
    QFETCH(QString, input);
    QFETCH(CvrError, error);
    const CvrNumber number = CvrNumber::parse(input);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), error);
    QVERIFY(number.normalized().isEmpty());
    QVERIFY(!number.errorMessage().isEmpty());
}

void TestCvrNumber::errorMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << QStringLiteral("No CVR number was given.");
    QTest::newRow("bad characters") << QStringLiteral("1234567a")
                                    << QStringLiteral("The CVR number contains 'a', which is not a digit.");
    QTest::newRow("control character")
        << QStringLiteral("1234\u00075674")
        << QStringLiteral("The CVR number contains U+0007, which is not a digit.");
    QTest::newRow("wrong length") << QStringLiteral("DK 1234 567")
                                  << QStringLiteral("A CVR number has 8 digits; this one has 7.");
    QTest::newRow("leading zero") << QStringLiteral("01234567")
                                  << QStringLiteral("A CVR number cannot begin with 0.");
    QTest::newRow("modulus 11")
        << QStringLiteral("12345678")
        << QStringLiteral("The CVR number fails the modulus 11 check; a digit is probably wrong.");
}

void TestCvrNumber::errorMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const CvrNumber number = CvrNumber::parse(input);
    QCOMPARE(number.errorMessage(), message);
    // Without a translator the UI message is the English source.
    QCOMPARE(number.localizedErrorMessage(), message);
}

void TestCvrNumber::localizedErrorMessageUsesClassContext()
{
    EchoTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString localized = CvrNumber::parse(u"1234567").localizedErrorMessage();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(localized,
             QStringLiteral("akta::registry::CvrNumber|A CVR number has 8 digits; this one has 7."));
}

void TestCvrNumber::cliCheckJson()
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH),
                  {QStringLiteral("cvr"), QStringLiteral("check"), QStringLiteral("--json"),
                   QStringLiteral("DK 1234 5674"), QStringLiteral("01234567")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);

    QJsonParseError parseError;
    const QJsonObject valid = QJsonDocument::fromJson(lines.at(0), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(valid.size(), 4);
    QCOMPARE(valid.value(QStringLiteral("input")).toString(), QStringLiteral("DK 1234 5674"));
    QCOMPARE(valid.value(QStringLiteral("valid")), QJsonValue(true));
    QCOMPARE(valid.value(QStringLiteral("normalized")).toString(), QStringLiteral("12345674"));
    QVERIFY(valid.value(QStringLiteral("error")).isNull());

    const QJsonObject invalid = QJsonDocument::fromJson(lines.at(1), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(invalid.size(), 4);
    QCOMPARE(invalid.value(QStringLiteral("input")).toString(), QStringLiteral("01234567"));
    QCOMPARE(invalid.value(QStringLiteral("valid")), QJsonValue(false));
    QVERIFY(invalid.value(QStringLiteral("normalized")).isNull());
    QCOMPARE(invalid.value(QStringLiteral("error")).toString(),
             QStringLiteral("A CVR number cannot begin with 0."));
}

void TestCvrNumber::cliCheckWithoutNumbersIsUsageError()
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), {QStringLiteral("cvr"), QStringLiteral("check")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray error = process.readAllStandardError();
    QVERIFY(error.startsWith("akta-cli: "));
    QCOMPARE(error.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCvrNumber)
#include "tst_cvrnumber.moc"
