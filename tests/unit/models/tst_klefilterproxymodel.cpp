// Tests of akta::models::KleFilterProxyModel over a KleTreeModel of the official emneplan excerpt, with the
// stikord in force as search text (as the KLE picker gives them): number prefixes, title words, stikord,
// case folding beyond ASCII, and retired emner. The expected sets were worked out from the XML by hand.

#include "KleFilterProxyModel.h"
#include "KleTreeModel.h"
#include "kle/KleEmneplanReader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using akta::kle::KleEntry;
using akta::models::KleFilterProxyModel;
using akta::models::KleTreeModel;

namespace {

// Every shown node in tree order (depth first), by number.
void collect(const QAbstractItemModel& model, const QModelIndex& parent, QStringList& out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out << index.data(KleTreeModel::NumberRole).toString();
        collect(model, index, out);
    }
}

QStringList shown(const QAbstractItemModel& model)
{
    QStringList numbers;
    collect(model, {}, numbers);
    return numbers;
}

QStringList shownEmner(const QAbstractItemModel& model)
{
    QStringList emner;
    for (const QString& number : shown(model)) {
        if (number.size() == 8) {
            emner << number;
        }
    }
    return emner;
}

} // namespace

class TestKleFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everythingWithoutFilter();
    void filter_data();
    void filter();
    void parentsOfMatchesStay();
    void wordsInAnyOrderAndSeparators();
    void clearingTheFilterShowsEverything();
    void retiredHiddenUnlessAsked();

private:
    void setRetired(const QString& number);

    QList<KleEntry> m_entries;
    QHash<QString, QString> m_searchText;
    std::unique_ptr<KleTreeModel> m_tree;
    std::unique_ptr<KleFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestKleFilterProxyModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const auto& details : akta::kle::KleEmneplanReader::read(file).entries) {
        m_entries.append(details.entry);
        for (const auto& stikord : details.stikord) {
            if (!stikord.retired) {
                m_searchText[details.entry.number] += QLatin1Char(' ') + stikord.text;
            }
        }
    }
    QCOMPARE(m_entries.size(), 41);
}

void TestKleFilterProxyModel::init()
{
    m_tree = std::make_unique<KleTreeModel>();
    m_tree->setPlan(m_entries, m_searchText);
    m_proxy = std::make_unique<KleFilterProxyModel>();
    m_proxy->setSourceModel(m_tree.get());
    m_treeTester = std::make_unique<QAbstractItemModelTester>(
        m_tree.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestKleFilterProxyModel::cleanup()
{
    m_proxyTester.reset();
    m_treeTester.reset();
    m_proxy.reset();
    m_tree.reset();
}

void TestKleFilterProxyModel::setRetired(const QString& number)
{
    QList<KleEntry> entries = m_entries;
    for (KleEntry& entry : entries) {
        if (entry.number == number) {
            entry.retiredAt = QStringLiteral("2025-06-01");
        }
    }
    m_tree->setPlan(entries, m_searchText);
}

void TestKleFilterProxyModel::everythingWithoutFilter()
{
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(shown(*m_proxy).size(), 41);
    QCOMPARE(shownEmner(*m_proxy).size(), 35);
    m_proxy->setFilterWords(QStringLiteral("   "));
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(shown(*m_proxy).size(), 41);
}

void TestKleFilterProxyModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("emner");

    QTest::newRow("number prefix of a gruppe")
        << QStringLiteral("00.05")
        << QStringList{QStringLiteral("00.05.00"), QStringLiteral("00.05.01"), QStringLiteral("00.05.03"),
                       QStringLiteral("00.05.06"), QStringLiteral("00.05.07"), QStringLiteral("00.05.09"),
                       QStringLiteral("00.05.10"), QStringLiteral("00.05.11"), QStringLiteral("00.05.12"),
                       QStringLiteral("00.05.15")};
    QTest::newRow("partial emne number")
        << QStringLiteral("00.07.0")
        << QStringList{QStringLiteral("00.07.00"), QStringLiteral("00.07.01"), QStringLiteral("00.07.02"),
                       QStringLiteral("00.07.03"), QStringLiteral("00.07.04"), QStringLiteral("00.07.05"),
                       QStringLiteral("00.07.06"), QStringLiteral("00.07.07"), QStringLiteral("00.07.08")};
    QTest::newRow("whole emne number")
        << QStringLiteral("00.07.03") << QStringList{QStringLiteral("00.07.03")};
    QTest::newRow("number with spaces around")
        << QStringLiteral("  00.06.02 ") << QStringList{QStringLiteral("00.06.02")};
    QTest::newRow("two title words") << QStringLiteral("aktindsigt forvaltningsprincipper")
                                     << QStringList{QStringLiteral("00.07.03")};
    QTest::newRow("title word, upper case æ")
        << QStringLiteral("HÆDERSBEVISNINGER") << QStringList{QStringLiteral("00.05.07")};
    QTest::newRow("stikord, upper case Æ")
        << QStringLiteral("ÆRESBORGER") << QStringList{QStringLiteral("00.05.07")};
    QTest::newRow("stikord, upper case Å and Ø")
        << QStringLiteral("ÅRETS IDRÆTSUDØVERE") << QStringList{QStringLiteral("00.05.07")};
    QTest::newRow("stikord only") << QStringLiteral("whistleblowerenhed")
                                  << QStringList{QStringLiteral("00.07.45")};
    QTest::newRow("stikord, mixed case")
        << QStringLiteral("DronningeBesøg") << QStringList{QStringLiteral("00.05.11")};
    QTest::newRow("words of title and stikord together")
        << QStringLiteral("borgerrådgiver vejledning")
        << QStringList{QStringLiteral("00.07.02"), QStringLiteral("00.07.06")};
    QTest::newRow("part of a word") << QStringLiteral("EU")
                                    << QStringList{QStringLiteral("00.03.00"), QStringLiteral("00.03.04"),
                                                   QStringLiteral("00.03.08"), QStringLiteral("00.03.10")};
    QTest::newRow("each word matches another emne")
        << QStringLiteral("dronningebesøg receptioner") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList{};
    QTest::newRow("unknown number") << QStringLiteral("27.24") << QStringList{};
}

void TestKleFilterProxyModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, emner);
    m_proxy->setFilterWords(text);
    QVERIFY(m_proxy->isFiltering());
    QCOMPARE(shownEmner(*m_proxy), emner);
    if (emner.isEmpty()) {
        QCOMPARE(m_proxy->rowCount(), 0);
    }
}

void TestKleFilterProxyModel::parentsOfMatchesStay()
{
    m_proxy->setFilterWords(QStringLiteral("aktindsigt forvaltningsprincipper"));
    QCOMPARE(shown(*m_proxy),
             (QStringList{QStringLiteral("00"), QStringLiteral("00.07"), QStringLiteral("00.07.03")}));
    const QModelIndex emne = m_proxy->mapFromSource(m_tree->indexOf(QStringLiteral("00.07.03")));
    QVERIFY(emne.isValid());
    QCOMPARE(emne.parent().data(KleTreeModel::NumberRole).toString(), QStringLiteral("00.07"));

    // A gruppe that matches by itself is shown; its emner only where they match too.
    m_proxy->setFilterWords(QStringLiteral("Flagning"));
    QCOMPARE(shown(*m_proxy), (QStringList{QStringLiteral("00"), QStringLiteral("00.05")}));
    m_proxy->setFilterWords(QStringLiteral("styrelse"));
    QCOMPARE(shown(*m_proxy),
             (QStringList{QStringLiteral("00"), QStringLiteral("00.01"), QStringLiteral("00.01.00"),
                          QStringLiteral("00.06"), QStringLiteral("00.06.00")}));
}

void TestKleFilterProxyModel::wordsInAnyOrderAndSeparators()
{
    const QStringList expected{QStringLiteral("00.05"), QStringLiteral("00.05.00")};
    for (const QString& text :
         {QStringLiteral("besøg repræsentation"), QStringLiteral("repræsentation besøg"),
          QStringLiteral("Besøg, repræsentation"), QStringLiteral("besøg;repræsentation"),
          QStringLiteral("besøg:  REPRÆSENTATION"), QStringLiteral("\tbesøg\nrepræsentation ")}) {
        m_proxy->setFilterWords(text);
        QStringList numbers = shown(*m_proxy);
        numbers.removeAll(QStringLiteral("00"));
        QVERIFY2(numbers == expected,
                 qPrintable(text + QStringLiteral(": ") + numbers.join(QLatin1Char(' '))));
    }
}

void TestKleFilterProxyModel::clearingTheFilterShowsEverything()
{
    m_proxy->setFilterWords(QStringLiteral("whistleblowerenhed"));
    QCOMPARE(shownEmner(*m_proxy).size(), 1);
    m_proxy->setFilterWords(QString());
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(shown(*m_proxy).size(), 41);
}

void TestKleFilterProxyModel::retiredHiddenUnlessAsked()
{
    setRetired(QStringLiteral("00.05.09"));
    QVERIFY(!shown(*m_proxy).contains(QStringLiteral("00.05.09")));
    QCOMPARE(shownEmner(*m_proxy).size(), 34);

    // Not by its title, its stikord or its number either.
    for (const QString& text : {QStringLiteral("indsamlinger"), QStringLiteral("velgørende formål"),
                                QStringLiteral("00.05.09"), QStringLiteral("00.05.0")}) {
        m_proxy->setFilterWords(text);
        QVERIFY2(!shownEmner(*m_proxy).contains(QStringLiteral("00.05.09")), qPrintable(text));
    }
    m_proxy->setFilterWords(QStringLiteral("indsamlinger"));
    QCOMPARE(m_proxy->rowCount(), 0);

    m_proxy->setShowRetired(true);
    QCOMPARE(shownEmner(*m_proxy), QStringList{QStringLiteral("00.05.09")});
    m_proxy->setFilterWords(QString());
    QCOMPARE(shownEmner(*m_proxy).size(), 35);

    m_proxy->setShowRetired(false);
    QCOMPARE(shownEmner(*m_proxy).size(), 34);
    QVERIFY(!m_proxy->mapFromSource(m_tree->indexOf(QStringLiteral("00.05.09"))).isValid());
}

QTEST_GUILESS_MAIN(TestKleFilterProxyModel)
#include "tst_klefilterproxymodel.moc"
