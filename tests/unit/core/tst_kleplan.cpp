// Tests of akta::kle::KlePlan and KleEntry.

#include "kle/KleEntry.h"
#include "kle/KlePlan.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using akta::kle::KleEntry;
using akta::kle::KlePlan;

namespace {

// One reference file read on its own: the first column of every data line, and the rest of its fields.
QList<QStringList> readReferenceRows(const char* file)
{
    QFile tsv(QStringLiteral(AKTA_SHARED_DIR "/data/kle/") + QLatin1String(file));
    if (!tsv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal("cannot read %s", file);
    }
    tsv.readLine(); // header
    QList<QStringList> rows;
    while (!tsv.atEnd()) {
        const QString line = QString::fromUtf8(tsv.readLine()).trimmed();
        if (!line.isEmpty()) {
            rows.append(line.split(QLatin1Char('\t')));
        }
    }
    return rows;
}

} // namespace

class TestKlePlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void builtInCountsPerLevel();
    void builtInNumbersAndTitlesMatchReference();
    void builtInParentsExist();
    void builtInIsOneInstance();
    void fromTsvSmallInput();
    void fromTsvSkipsShortRowsAndBlankLines();
    void fromTsvGroupWithoutTitleUsesNumber();
    void fromTsvEmpty();
    void countOfUnknownLevel();
    void levelOf_data();
    void levelOf();
    void levelOfRejectsTrailingNewline();
    void levelOfRejectsNonAsciiDigits();
    void isRetired();

private:
    QList<QStringList> m_mainGroups;
    QList<QStringList> m_groups;
    QList<QStringList> m_subjects;
};

void TestKlePlan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_mainGroups = readReferenceRows("kle_hovedgrupper.tsv");
    m_groups = readReferenceRows("kle_grupper.tsv");
    m_subjects = readReferenceRows("kle_emner.tsv");
}

void TestKlePlan::builtInCountsPerLevel()
{
    const KlePlan& plan = KlePlan::builtIn();
    QCOMPARE(plan.count(1), int(m_mainGroups.size()));
    QCOMPARE(plan.count(2), int(m_groups.size()));
    QCOMPARE(plan.count(3), int(m_subjects.size()));
    QCOMPARE(plan.entries().size(), m_mainGroups.size() + m_groups.size() + m_subjects.size());
    // The sizes the data README states, as a check of the reading above.
    QCOMPARE(m_mainGroups.size(), 37);
    QCOMPARE(m_groups.size(), 498);
    QCOMPARE(m_subjects.size(), 2390);
}

void TestKlePlan::builtInNumbersAndTitlesMatchReference()
{
    QHash<QString, KleEntry> byNumber;
    for (const KleEntry& entry : KlePlan::builtIn().entries()) {
        QVERIFY2(!byNumber.contains(entry.number), qPrintable(QStringLiteral("duplicate ") + entry.number));
        byNumber.insert(entry.number, entry);
    }
    for (const QStringList& row : std::as_const(m_mainGroups)) {
        const KleEntry entry = byNumber.value(row.at(0));
        QCOMPARE(entry.level, 1);
        QCOMPARE(entry.title, row.at(1));
        QVERIFY(entry.parent.isEmpty());
    }
    for (const QStringList& row : std::as_const(m_groups)) {
        const KleEntry entry = byNumber.value(row.at(0));
        QCOMPARE(entry.level, 2);
        QCOMPARE(entry.parent, row.at(1));
        QVERIFY2(!entry.title.isEmpty(), qPrintable(row.at(0))); // even 82.08, whose title is blank
    }
    for (const QStringList& row : std::as_const(m_subjects)) {
        const KleEntry entry = byNumber.value(row.at(0));
        QCOMPARE(entry.level, 3);
        QCOMPARE(entry.parent, row.at(1));
        QCOMPARE(entry.title, row.at(3));
        QVERIFY(!entry.isRetired());
    }
    // Spot checks with Danish letters.
    QCOMPARE(byNumber.value(QStringLiteral("01")).title,
             QStringLiteral("Fysisk planlægning og naturbeskyttelse"));
}

void TestKlePlan::builtInParentsExist()
{
    const QList<KleEntry>& entries = KlePlan::builtIn().entries();
    QHash<QString, int> levelOf;
    for (const KleEntry& entry : entries) {
        levelOf.insert(entry.number, entry.level);
    }
    for (const KleEntry& entry : entries) {
        QCOMPARE(KleEntry::levelOf(entry.number), entry.level);
        if (entry.level == 1) {
            QVERIFY(entry.parent.isEmpty());
            continue;
        }
        QVERIFY2(levelOf.contains(entry.parent),
                 qPrintable(entry.number + QStringLiteral(" has a missing parent ") + entry.parent));
        QCOMPARE(levelOf.value(entry.parent), entry.level - 1);
        // The number starts with its parent's number.
        QVERIFY2(entry.number.startsWith(entry.parent + QLatin1Char('.')), qPrintable(entry.number));
    }
}

void TestKlePlan::builtInIsOneInstance()
{
    QCOMPARE(&KlePlan::builtIn(), &KlePlan::builtIn());
}

void TestKlePlan::fromTsvSmallInput()
{
    const QByteArray mainGroups = "hovedgruppe_nr\thovedgruppe_titel\tkilde\n"
                                  "27\tUdlændinge\tBilag A\n"
                                  "00\tKommunens styrelse\tBilag A\n";
    const QByteArray groups = "gruppe_nr\thovedgruppe_nr\tgruppe_titel_afledt\tafledning\n"
                              "27.24\t27\tPartistøtte\tx\n"
                              "00.01\t00\tKommunens styrelse\ty\n";
    const QByteArray subjects = "emne_nr\tgruppe_nr\thovedgruppe_nr\temne_titel\n"
                                "27.24.00\t27.24\t27\tPartistøtte i almindelighed\n"
                                "27.24.02\t27.24\t27\tTilskud til lokale partier\n"
                                "00.01.00\t00.01\t00\tKommunens styrelse i almindelighed\n";
    const KlePlan plan = KlePlan::fromTsv(mainGroups, groups, subjects);
    QCOMPARE(plan.count(1), 2);
    QCOMPARE(plan.count(2), 2);
    QCOMPARE(plan.count(3), 3);
    QCOMPARE(plan.entries().size(), 7);

    QHash<QString, KleEntry> byNumber;
    for (const KleEntry& entry : plan.entries()) {
        byNumber.insert(entry.number, entry);
    }
    QCOMPARE(byNumber.value(QStringLiteral("27")).title, QStringLiteral("Udlændinge"));
    QCOMPARE(byNumber.value(QStringLiteral("27")).level, 1);
    QCOMPARE(byNumber.value(QStringLiteral("27.24")).parent, QStringLiteral("27"));
    QCOMPARE(byNumber.value(QStringLiteral("27.24")).title, QStringLiteral("Partistøtte"));
    const KleEntry emne = byNumber.value(QStringLiteral("27.24.02"));
    QCOMPARE(emne.level, 3);
    QCOMPARE(emne.parent, QStringLiteral("27.24"));
    QCOMPARE(emne.title, QStringLiteral("Tilskud til lokale partier"));
    QVERIFY(emne.retention.isEmpty());
    QVERIFY(emne.deletion.isEmpty());
    QVERIFY(!emne.isRetired());
    // The header lines are not entries.
    QVERIFY(!byNumber.contains(QStringLiteral("emne_nr")));
    QVERIFY(!byNumber.contains(QStringLiteral("hovedgruppe_nr")));
}

void TestKlePlan::fromTsvSkipsShortRowsAndBlankLines()
{
    // Windows line ends, blank lines, padding around fields and rows with too few fields.
    const QByteArray mainGroups = "nr\ttitel\r\n\r\n 27 \t Udlændinge \r\nlonely\r\n";
    const QByteArray groups = "nr\tparent\ttitel\r\n27.24\t27\tPartistøtte\r\n27.25\r\n\n";
    const QByteArray subjects = "nr\tgruppe\thoved\ttitel\r\n"
                                "27.24.00\t27.24\t27\tPartistøtte i almindelighed\r\n"
                                "27.24.03\t27.24\t27\r\n"
                                "\n";
    const KlePlan plan = KlePlan::fromTsv(mainGroups, groups, subjects);
    QCOMPARE(plan.count(1), 1);
    QCOMPARE(plan.count(2), 1);
    QCOMPARE(plan.count(3), 1);
    QCOMPARE(plan.entries().at(0).number, QStringLiteral("27"));
    QCOMPARE(plan.entries().at(0).title, QStringLiteral("Udlændinge"));
    for (const KleEntry& entry : plan.entries()) {
        QVERIFY2(!entry.title.endsWith(QLatin1Char('\r')), qPrintable(entry.number));
        QCOMPARE(KleEntry::levelOf(entry.number), entry.level);
    }
    QCOMPARE(plan.entries().at(2).title, QStringLiteral("Partistøtte i almindelighed"));
}

void TestKlePlan::fromTsvGroupWithoutTitleUsesNumber()
{
    const KlePlan plan = KlePlan::fromTsv(
        "h\tt\n82\tDrift\n", "g\tp\tt\td\n82.08\t82\t\tikke afledt\n82.09\t82\n", "e\tg\th\tt\n");
    QCOMPARE(plan.count(2), 2);
    for (const KleEntry& entry : plan.entries()) {
        if (entry.level == 2) {
            QCOMPARE(entry.title, entry.number);
        }
    }
}

void TestKlePlan::fromTsvEmpty()
{
    const KlePlan plan = KlePlan::fromTsv({}, {}, {});
    QVERIFY(plan.entries().isEmpty());
    QCOMPARE(plan.count(3), 0);
    const KlePlan headersOnly = KlePlan::fromTsv("a\tb\n", "a\tb\tc\n", "a\tb\tc\td\n");
    QVERIFY(headersOnly.entries().isEmpty());
}

void TestKlePlan::countOfUnknownLevel()
{
    QCOMPARE(KlePlan::builtIn().count(0), 0);
    QCOMPARE(KlePlan::builtIn().count(4), 0);
    QCOMPARE(KlePlan().count(1), 0);
}

void TestKlePlan::levelOf_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("level");
    QTest::newRow("hovedgruppe") << QStringLiteral("27") << 1;
    QTest::newRow("hovedgruppe 00") << QStringLiteral("00") << 1;
    QTest::newRow("gruppe") << QStringLiteral("27.24") << 2;
    QTest::newRow("emne") << QStringLiteral("27.24.00") << 3;
    QTest::newRow("emne 99") << QStringLiteral("99.99.99") << 3;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("one digit") << QStringLiteral("2") << 0;
    QTest::newRow("three digits") << QStringLiteral("271") << 0;
    QTest::newRow("short gruppe") << QStringLiteral("27.2") << 0;
    QTest::newRow("long gruppe") << QStringLiteral("27.241") << 0;
    QTest::newRow("four levels") << QStringLiteral("27.24.00.01") << 0;
    QTest::newRow("trailing dot") << QStringLiteral("27.") << 0;
    QTest::newRow("trailing dot 2") << QStringLiteral("27.24.") << 0;
    QTest::newRow("leading dot") << QStringLiteral(".27") << 0;
    QTest::newRow("double dot") << QStringLiteral("27..24") << 0;
    QTest::newRow("dash") << QStringLiteral("27-24-00") << 0;
    QTest::newRow("letters") << QStringLiteral("ab.cd") << 0;
    QTest::newRow("leading space") << QStringLiteral(" 27.24") << 0;
    QTest::newRow("trailing space") << QStringLiteral("27.24 ") << 0;
    QTest::newRow("case number") << QStringLiteral("27.24.00-G01-17-26") << 0;
}

void TestKlePlan::levelOf()
{
    QFETCH(QString, number);
    QFETCH(int, level);
    QCOMPARE(KleEntry::levelOf(number), level);
}

// Regression test (bug found and fixed in core/kle/KleEntry.cpp:9): the pattern ends in `$`, which in PCRE
// also matches before a final newline, so "27.24.00\n" passes as an emne. Use
// QRegularExpression::anchoredPattern() or `\z`.
void TestKlePlan::levelOfRejectsTrailingNewline()
{
    QCOMPARE(KleEntry::levelOf(QStringLiteral("27.24.00\n")), 0);
    QCOMPARE(KleEntry::levelOf(QStringLiteral("27\n")), 0);
}

// Only ASCII digits make a KLE number.
void TestKlePlan::levelOfRejectsNonAsciiDigits()
{
    QCOMPARE(KleEntry::levelOf(QStringLiteral("２７.２４")), 0); // full-width digits
    QCOMPARE(KleEntry::levelOf(QStringLiteral("٢٧")), 0);        // Arabic-Indic digits
}

void TestKlePlan::isRetired()
{
    KleEntry entry;
    QVERIFY(!entry.isRetired());
    entry.retiredAt = QStringLiteral("2025-01-01");
    QVERIFY(entry.isRetired());
}

QTEST_GUILESS_MAIN(TestKlePlan)
#include "tst_kleplan.moc"
