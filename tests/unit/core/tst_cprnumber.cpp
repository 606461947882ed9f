#include "registry/CprNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTranslator>

using akta::registry::CprError;
using akta::registry::CprNumber;

Q_DECLARE_METATYPE(akta::registry::CprError)
Q_DECLARE_METATYPE(akta::registry::CprNumber::Sex)

namespace {

// A "today" late enough that every year the century table can give lies in the past.
const QDate FarFuture(2099, 12, 31);
// The "today" of the future-date tests.
const QDate Today(2025, 6, 15);

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

class TestCprNumber : public QObject
{
    Q_OBJECT

private slots:
    void century_data();
    void century();
    void separators_data();
    void separators();
    void badHyphenPosition_data();
    void badHyphenPosition();
    void wrongLength_data();
    void wrongLength();
    void empty_data();
    void empty();
    void badCharacters_data();
    void badCharacters();
    void existingDates_data();
    void existingDates();
    void noSuchDate_data();
    void noSuchDate();
    void futureDate_data();
    void futureDate();
    void sex_data();
    void sex();
    void modulus11_data();
    void modulus11();
    void replacement_data();
    void replacement();
    void replacementFor_data();
    void replacementFor();
    void replacementForRejects_data();
    void replacementForRejects();
    void replacementForIsUnique();
    void errorMessages_data();
    void errorMessages();
    void localizedErrorMessageUsesClassContext();
    void invalidHasNoData();
    void cliCheckJson();
    void cliCheckWithoutNumbersIsUsageError();
};

void TestCprNumber::century_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("year");

    // The CPR office's table: 7th digit 0-3 -> 1900s; 4 or 9 -> 2000-2036 when YY <= 36, else
    // 1900s; 5-8 -> 2000-2057 when YY <= 57, else 1858-1899.
    struct Row
    {
        int digit;
        int years[6]; // for the YY values below
    };
    static constexpr int twoDigitYears[6] = {0, 36, 37, 57, 58, 99};
    static constexpr Row table[] = {
        {0, {1900, 1936, 1937, 1957, 1958, 1999}}, {1, {1900, 1936, 1937, 1957, 1958, 1999}},
        {2, {1900, 1936, 1937, 1957, 1958, 1999}}, {3, {1900, 1936, 1937, 1957, 1958, 1999}},
        {4, {2000, 2036, 1937, 1957, 1958, 1999}}, {5, {2000, 2036, 2037, 2057, 1858, 1899}},
        {6, {2000, 2036, 2037, 2057, 1858, 1899}}, {7, {2000, 2036, 2037, 2057, 1858, 1899}},
        {8, {2000, 2036, 2037, 2057, 1858, 1899}}, {9, {2000, 2036, 1937, 1957, 1958, 1999}},
    };
    for (const Row& row : table) {
        for (int i = 0; i < 6; ++i) {
            const QString input = QString::asprintf("0101%02d-%d123", twoDigitYears[i], row.digit);
            QTest::addRow("digit %d, YY %02d", row.digit, twoDigitYears[i]) << input << row.years[i];
        }
    }
}

void TestCprNumber::century()
{
    QFETCH(QString, input);
    QFETCH(int, year);
    const CprNumber number = CprNumber::parse(input, FarFuture);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.birthDate(), QDate(year, 1, 1));
    QVERIFY(!number.isReplacement());
}

void TestCprNumber::separators_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("no hyphen") << QStringLiteral("0101901009");
    QTest::newRow("hyphen") << QStringLiteral("010190-1009");
    QTest::newRow("space") << QStringLiteral("010190 1009");
    QTest::newRow("tab") << QStringLiteral("010190\t1009");
    QTest::newRow("surrounding spaces") << QStringLiteral("  010190-1009  ");
    QTest::newRow("surrounding tab and newline") << QStringLiteral("\t0101901009\n");
    QTest::newRow("space and surrounding spaces") << QStringLiteral(" 010190 1009 ");
}

void TestCprNumber::separators()
{
    QFETCH(QString, input);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.error(), CprError::None);
    QCOMPARE(number.normalized(), QStringLiteral("0101901009"));
    QCOMPARE(number.formatted(), QStringLiteral("010190-1009"));
    QCOMPARE(number.birthDate(), QDate(1990, 1, 1));
}

void TestCprNumber::badHyphenPosition_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("after 5 digits") << QStringLiteral("01019-01009");
    QTest::newRow("after 7 digits") << QStringLiteral("0101901-009");
    QTest::newRow("leading") << QStringLiteral("-0101901009");
    QTest::newRow("trailing") << QStringLiteral("0101901009-");
    QTest::newRow("date with hyphens") << QStringLiteral("01-01-90-1009");
    QTest::newRow("two hyphens") << QStringLiteral("010190--1009");
    QTest::newRow("space and hyphen") << QStringLiteral("010190 -1009");
    QTest::newRow("two spaces") << QStringLiteral("010190  1009");
    QTest::newRow("space in the date") << QStringLiteral("0101 901009");
}

void TestCprNumber::badHyphenPosition()
{
    QFETCH(QString, input);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), CprError::BadHyphenPosition);
}

void TestCprNumber::wrongLength_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("digits");

    QTest::newRow("9 digits") << QStringLiteral("010190100") << 9;
    QTest::newRow("11 digits") << QStringLiteral("01019010090") << 11;
    QTest::newRow("9 digits with hyphen") << QStringLiteral("010190-100") << 9;
    QTest::newRow("11 digits with hyphen") << QStringLiteral("010190-10090") << 11;
    QTest::newRow("1 digit") << QStringLiteral("1") << 1;
    QTest::newRow("only a hyphen") << QStringLiteral("-") << 0;
    QTest::newRow("date only") << QStringLiteral("010190") << 6;
}

void TestCprNumber::wrongLength()
{
    QFETCH(QString, input);
    QFETCH(int, digits);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), CprError::WrongLength);
    QCOMPARE(number.errorMessage(),
             QStringLiteral("A CPR number has 10 digits; this one has %1.").arg(digits));
}

void TestCprNumber::empty_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
}

void TestCprNumber::empty()
{
    QFETCH(QString, input);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), CprError::Empty);
}

void TestCprNumber::badCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");

    QTest::newRow("letter O for zero") << QStringLiteral("01019O-1009") << QStringLiteral("'O'");
    QTest::newRow("letters only") << QStringLiteral("abcdef-ghij") << QStringLiteral("'a'");
    QTest::newRow("letter at the end") << QStringLiteral("010190-100x") << QStringLiteral("'x'");
    QTest::newRow("letter after 10 digits") << QStringLiteral("0101901009a") << QStringLiteral("'a'");
    QTest::newRow("underscore") << QStringLiteral("010190_1009") << QStringLiteral("'_'");
    QTest::newRow("slash") << QStringLiteral("010190/1009") << QStringLiteral("'/'");
    QTest::newRow("en dash") << QStringLiteral("010190\u20131009") << QStringLiteral("'\u2013'");
    QTest::newRow("plus") << QStringLiteral("+4501019010") << QStringLiteral("'+'");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0660\u0660\u0669")
        << QStringLiteral("'\u0660'");
    QTest::newRow("control character") << QStringLiteral("010190\u00011009") << QStringLiteral("U+0001");
}

void TestCprNumber::badCharacters()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), CprError::BadCharacters);
    QCOMPARE(number.errorMessage(),
             QStringLiteral("The CPR number contains %1, which is not a digit.").arg(shown));
}

void TestCprNumber::existingDates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("birthDate");

    QTest::newRow("29 Feb 2000") << QStringLiteral("290200-4009") << QDate(2000, 2, 29);
    QTest::newRow("29 Feb 1996") << QStringLiteral("290296-1009") << QDate(1996, 2, 29);
    QTest::newRow("29 Feb 2004") << QStringLiteral("290204-4009") << QDate(2004, 2, 29);
    QTest::newRow("29 Feb 1896") << QStringLiteral("290296-5009") << QDate(1896, 2, 29);
    QTest::newRow("28 Feb 1900") << QStringLiteral("280200-0009") << QDate(1900, 2, 28);
    QTest::newRow("30 April") << QStringLiteral("300490-1009") << QDate(1990, 4, 30);
    QTest::newRow("31 December") << QStringLiteral("311290-1009") << QDate(1990, 12, 31);
    QTest::newRow("1 January 1900") << QStringLiteral("010100-0009") << QDate(1900, 1, 1);
    QTest::newRow("1 January 1858") << QStringLiteral("010158-5009") << QDate(1858, 1, 1);
}

void TestCprNumber::existingDates()
{
    QFETCH(QString, input);
    QFETCH(QDate, birthDate);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.birthDate(), birthDate);
}

void TestCprNumber::noSuchDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");

    QTest::newRow("29 Feb 1900") << QStringLiteral("290200-0009") << QStringLiteral("1900-02-29");
    QTest::newRow("29 Feb 1997") << QStringLiteral("290297-1009") << QStringLiteral("1997-02-29");
    QTest::newRow("29 Feb 2001") << QStringLiteral("290201-4009") << QStringLiteral("2001-02-29");
    QTest::newRow("29 Feb 1858") << QStringLiteral("290258-5009") << QStringLiteral("1858-02-29");
    QTest::newRow("30 Feb") << QStringLiteral("300290-1009") << QStringLiteral("1990-02-30");
    QTest::newRow("31 Feb 1925") << QStringLiteral("310225-1009") << QStringLiteral("1925-02-31");
    QTest::newRow("31 April") << QStringLiteral("310490-1009") << QStringLiteral("1990-04-31");
    QTest::newRow("day 00") << QStringLiteral("000190-1009") << QStringLiteral("1990-01-00");
    QTest::newRow("day 32") << QStringLiteral("320190-1009") << QStringLiteral("1990-01-32");
    QTest::newRow("day 60") << QStringLiteral("600190-1009") << QStringLiteral("1990-01-60");
    QTest::newRow("month 00") << QStringLiteral("010090-1009") << QStringLiteral("1990-00-01");
    QTest::newRow("month 13") << QStringLiteral("011390-1009") << QStringLiteral("1990-13-01");
}

void TestCprNumber::noSuchDate()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    const CprNumber number = CprNumber::parse(input, FarFuture);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), CprError::NoSuchDate);
    QCOMPARE(number.errorMessage(), QStringLiteral("The birth date %1 does not exist.").arg(shown));
}

void TestCprNumber::futureDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("shown");

    // Today is 2025-06-15.
    QTest::newRow("born today") << QStringLiteral("150625-4009") << true << QString();
    QTest::newRow("born yesterday") << QStringLiteral("140625-4009") << true << QString();
    QTest::newRow("born tomorrow") << QStringLiteral("160625-4009") << false << QStringLiteral("2025-06-16");
    QTest::newRow("2030") << QStringLiteral("010130-4009") << false << QStringLiteral("2030-01-01");
    QTest::newRow("1930, same YY") << QStringLiteral("010130-0009") << true << QString();
    QTest::newRow("2057") << QStringLiteral("010157-5009") << false << QStringLiteral("2057-01-01");
    QTest::newRow("replacement, tomorrow")
        << QStringLiteral("760625-4009") << false << QStringLiteral("2025-06-16");
}

void TestCprNumber::futureDate()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, shown);
    const CprNumber number = CprNumber::parse(input, Today);
    QCOMPARE(number.isValid(), valid);
    if (valid) {
        QCOMPARE(number.error(), CprError::None);
        QVERIFY(number.errorMessage().isEmpty());
    } else {
        QCOMPARE(number.error(), CprError::FutureDate);
        QCOMPARE(number.errorMessage(), QStringLiteral("The birth date %1 lies in the future.").arg(shown));
    }
}

void TestCprNumber::sex_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<CprNumber::Sex>("sex");

    for (int digit = 0; digit <= 9; ++digit) {
        QTest::addRow("last digit %d", digit)
            << QString::asprintf("010190-100%d", digit)
            << (digit % 2 == 1 ? CprNumber::Sex::Male : CprNumber::Sex::Female);
    }
    QTest::newRow("replacement, male") << QStringLiteral("610190-1001") << CprNumber::Sex::Male;
    QTest::newRow("replacement, female") << QStringLiteral("610190-1002") << CprNumber::Sex::Female;
}

void TestCprNumber::sex()
{
    QFETCH(QString, input);
    QFETCH(CprNumber::Sex, sex);
    const CprNumber number = CprNumber::parse(input, Today);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QVERIFY(number.sex().has_value());
    QCOMPARE(*number.sex(), sex);
}

void TestCprNumber::modulus11_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("passes");

    // Weights 4,3,2,7,6,5,4,3,2,1.
    // 0*4+1*3+0*2+1*7+9*6+0*5+1*4+0*3+0*2+9*1 = 77 = 7*11
    QTest::newRow("0101901009, sum 77") << QStringLiteral("010190-1009") << true;
    // 0*4+1*3+0*2+1*7+9*6+0*5+1*4+0*3+1*2+7*1 = 77 = 7*11
    QTest::newRow("0101901017, sum 77") << QStringLiteral("010190-1017") << true;
    // 1*4+5*3+0*2+6*7+2*6+5*5+1*4+0*3+0*2+8*1 = 110 = 10*11
    QTest::newRow("1506251008, sum 110") << QStringLiteral("150625-1008") << true;
    // 0*4+1*3+0*2+1*7+9*6+0*5+1*4+2*3+3*2+4*1 = 84 = 7*11 + 7: valid all the same (issued since 2007)
    QTest::newRow("0101901234, sum 84") << QStringLiteral("010190-1234") << false;
    // 0*4+1*3+0*2+1*7+9*6+0*5+1*4+0*3+1*2+0*1 = 70 = 6*11 + 4
    QTest::newRow("0101901010, sum 70") << QStringLiteral("010190-1010") << false;
}

void TestCprNumber::modulus11()
{
    QFETCH(QString, input);
    QFETCH(bool, passes);
    const CprNumber number = CprNumber::parse(input, Today);
    // Modulus 11 is information only, never a reason to reject.
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.passesModulus11(), passes);
}

void TestCprNumber::replacement_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<CprError>("error");
    QTest::addColumn<QDate>("birthDate");

    QTest::newRow("day 31, not a replacement")
        << QStringLiteral("310190-1009") << true << CprError::None << QDate(1990, 1, 31);
    QTest::newRow("day 61") << QStringLiteral("610190-1009") << true << CprError::None << QDate(1990, 1, 1);
    QTest::newRow("day 75") << QStringLiteral("750590 1009") << true << CprError::None << QDate(1990, 5, 15);
    QTest::newRow("day 88 in February")
        << QStringLiteral("880290-1009") << true << CprError::None << QDate(1990, 2, 28);
    QTest::newRow("day 89 in February 2000")
        << QStringLiteral("890200-4009") << true << CprError::None << QDate(2000, 2, 29);
    QTest::newRow("day 91") << QStringLiteral("9101901009") << true << CprError::None << QDate(1990, 1, 31);
    QTest::newRow("day 92") << QStringLiteral("920190-1009") << false << CprError::NoSuchDate << QDate();
    QTest::newRow("day 89 in February 1990")
        << QStringLiteral("890290-1009") << false << CprError::NoSuchDate << QDate();
    QTest::newRow("day 91 in April") << QStringLiteral("910490-1009") << false << CprError::NoSuchDate
                                     << QDate();
}

void TestCprNumber::replacement()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(CprError, error);
    QFETCH(QDate, birthDate);
    const CprNumber number = CprNumber::parse(input, Today);
    QCOMPARE(number.isValid(), valid);
    QCOMPARE(number.error(), error);
    QCOMPARE(number.birthDate(), birthDate);
    const bool isReplacementDay = input.left(2).toInt() > 60;
    QCOMPARE(number.isReplacement(), valid && isReplacementDay);
    if (valid) {
        // The number itself keeps the day field as written.
        QCOMPARE(number.normalized().left(2), input.left(2));
    }
}

void TestCprNumber::replacementFor_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("serial");
    QTest::addColumn<bool>("male");
    QTest::addColumn<QString>("expected"); // empty: only check that it parses back

    QTest::newRow("1990, first serial, male")
        << QDate(1990, 1, 1) << 0 << true << QStringLiteral("6101900001");
    QTest::newRow("1990, last serial, female")
        << QDate(1990, 1, 31) << 499 << false << QStringLiteral("9101900998");
    QTest::newRow("2000 leap day") << QDate(2000, 2, 29) << 7 << false << QString();
    QTest::newRow("1936") << QDate(1936, 12, 31) << 42 << true << QString();
    QTest::newRow("1937") << QDate(1937, 1, 1) << 42 << true << QString();
    QTest::newRow("1999") << QDate(1999, 12, 31) << 3 << false << QString();
    QTest::newRow("2036") << QDate(2036, 12, 31) << 123 << true << QString();
    QTest::newRow("2037") << QDate(2037, 1, 1) << 124 << false << QString();
    QTest::newRow("2057") << QDate(2057, 6, 15) << 250 << false << QString();
    QTest::newRow("1858") << QDate(1858, 1, 1) << 1 << true << QString();
    QTest::newRow("1899") << QDate(1899, 12, 31) << 2 << false << QString();
}

void TestCprNumber::replacementFor()
{
    QFETCH(QDate, birth);
    QFETCH(int, serial);
    QFETCH(bool, male);
    QFETCH(QString, expected);
    const QString text = CprNumber::replacementFor(birth, serial, male);
    if (!expected.isEmpty()) {
        QCOMPARE(text, expected);
    }
    const CprNumber number = CprNumber::parse(text, FarFuture);
    QVERIFY2(number.isValid(), qPrintable(text + QLatin1Char(' ') + number.errorMessage()));
    QVERIFY(number.isReplacement());
    QCOMPARE(number.normalized(), text);
    QCOMPARE(number.birthDate(), birth);
    QCOMPARE(*number.sex(), male ? CprNumber::Sex::Male : CprNumber::Sex::Female);
}

void TestCprNumber::replacementForRejects_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("serial");

    QTest::newRow("invalid date") << QDate() << 0;
    QTest::newRow("before 1858") << QDate(1857, 12, 31) << 0;
    QTest::newRow("after 2057") << QDate(2058, 1, 1) << 0;
    QTest::newRow("negative serial") << QDate(1990, 1, 1) << -1;
    QTest::newRow("serial too large") << QDate(1990, 1, 1) << CprNumber::ReplacementSerialCount;
}

void TestCprNumber::replacementForRejects()
{
    QFETCH(QDate, birth);
    QFETCH(int, serial);
    QVERIFY(CprNumber::replacementFor(birth, serial, true).isEmpty());
    QVERIFY(CprNumber::replacementFor(birth, serial, false).isEmpty());
}

void TestCprNumber::replacementForIsUnique()
{
    const QDate birth(1990, 5, 17);
    QSet<QString> seen;
    for (int serial = 0; serial < CprNumber::ReplacementSerialCount; ++serial) {
        for (const bool male : {true, false}) {
            const QString text = CprNumber::replacementFor(birth, serial, male);
            QVERIFY(CprNumber::parse(text, Today).isValid());
            seen.insert(text);
        }
    }
    QCOMPARE(seen.size(), 2 * CprNumber::ReplacementSerialCount);
}

void TestCprNumber::errorMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<CprError>("error");
    QTest::addColumn<QString>("message");

    QTest::newRow("valid") << QStringLiteral("010190-1009") << CprError::None << QString();
    QTest::newRow("empty") << QString() << CprError::Empty << QStringLiteral("No CPR number was given.");
    QTest::newRow("bad characters") << QStringLiteral("01019x-1009") << CprError::BadCharacters
                                    << QStringLiteral("The CPR number contains 'x', which is not a digit.");
    QTest::newRow("wrong length") << QStringLiteral("010190-100") << CprError::WrongLength
                                  << QStringLiteral("A CPR number has 10 digits; this one has 9.");
    QTest::newRow("bad hyphen position")
        << QStringLiteral("0101901-009") << CprError::BadHyphenPosition
        << QStringLiteral("The hyphen must come after the first six digits (DDMMYY-SSSS).");
    QTest::newRow("no such date") << QStringLiteral("310225-1009") << CprError::NoSuchDate
                                  << QStringLiteral("The birth date 1925-02-31 does not exist.");
    QTest::newRow("future date") << QStringLiteral("160625-4009") << CprError::FutureDate
                                 << QStringLiteral("The birth date 2025-06-16 lies in the future.");
}

void TestCprNumber::errorMessages()
{
    QFETCH(QString, input);
    QFETCH(CprError, error);
    QFETCH(QString, message);
    const CprNumber number = CprNumber::parse(input, Today);
    QCOMPARE(number.error(), error);
    QCOMPARE(number.errorMessage(), message);
    // Without a translator the UI message is the English source.
    QCOMPARE(number.localizedErrorMessage(), message);
}

void TestCprNumber::localizedErrorMessageUsesClassContext()
{
    EchoTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const CprNumber number = CprNumber::parse(u"310225-1009", Today);
    const QString localized = number.localizedErrorMessage();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(localized,
             QStringLiteral("akta::registry::CprNumber|The birth date 1925-02-31 does not exist."));
    QCOMPARE(CprNumber::parse(u"010190-1009", Today).localizedErrorMessage(), QString());
}

void TestCprNumber::invalidHasNoData()
{
    const CprNumber number = CprNumber::parse(u"310225-1009", Today);
    QVERIFY(!number.isValid());
    QVERIFY(number.normalized().isEmpty());
    QVERIFY(number.formatted().isEmpty());
    QVERIFY(!number.birthDate().isValid());
    QVERIFY(!number.sex().has_value());
    QVERIFY(!number.passesModulus11());
    QVERIFY(!number.isReplacement());

    const CprNumber defaultConstructed;
    QVERIFY(!defaultConstructed.isValid());
    QCOMPARE(defaultConstructed.error(), CprError::Empty);
}

void TestCprNumber::cliCheckJson()
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH),
                  {QStringLiteral("cpr"), QStringLiteral("check"), QStringLiteral("--json"),
                   QStringLiteral("010190 1009"), QStringLiteral("310225-1234")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);

    QJsonParseError parseError;
    const QJsonObject valid = QJsonDocument::fromJson(lines.at(0), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(valid.size(), 8);
    QCOMPARE(valid.value(QStringLiteral("input")).toString(), QStringLiteral("010190 1009"));
    QCOMPARE(valid.value(QStringLiteral("valid")), QJsonValue(true));
    QCOMPARE(valid.value(QStringLiteral("normalized")).toString(), QStringLiteral("0101901009"));
    QCOMPARE(valid.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1990-01-01"));
    QCOMPARE(valid.value(QStringLiteral("sex")).toString(), QStringLiteral("male"));
    QCOMPARE(valid.value(QStringLiteral("mod11")), QJsonValue(true));
    QCOMPARE(valid.value(QStringLiteral("replacement")), QJsonValue(false));
    QVERIFY(valid.value(QStringLiteral("error")).isNull());

    const QJsonObject invalid = QJsonDocument::fromJson(lines.at(1), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(invalid.size(), 8);
    QCOMPARE(invalid.value(QStringLiteral("input")).toString(), QStringLiteral("310225-1234"));
    QCOMPARE(invalid.value(QStringLiteral("valid")), QJsonValue(false));
    QVERIFY(invalid.value(QStringLiteral("normalized")).isNull());
    QVERIFY(invalid.value(QStringLiteral("birthDate")).isNull());
    QVERIFY(invalid.value(QStringLiteral("sex")).isNull());
    QVERIFY(invalid.value(QStringLiteral("mod11")).isNull());
    QCOMPARE(invalid.value(QStringLiteral("replacement")), QJsonValue(false));
    QCOMPARE(invalid.value(QStringLiteral("error")).toString(),
             QStringLiteral("The birth date 1925-02-31 does not exist."));
}

void TestCprNumber::cliCheckWithoutNumbersIsUsageError()
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH),
                  {QStringLiteral("cpr"), QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray error = process.readAllStandardError();
    QVERIFY(error.startsWith("akta-cli: "));
    QCOMPARE(error.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCprNumber)
#include "tst_cprnumber.moc"
