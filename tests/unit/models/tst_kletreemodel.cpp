// Tests of akta::models::KleTreeModel: the official emneplan excerpt and the whole plan of a real store as a
// tree hovedgruppe → gruppe → emne, with indexOf() and parent() round trips and every role.

#include "KleTreeModel.h"
#include "kle/KleEmneplanReader.h"
#include "kle/KleRepository.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using akta::kle::KleEntry;
using akta::models::KleTreeModel;

namespace {

QList<KleEntry> excerptEntries(QHash<QString, QString>* stikordText = nullptr)
{
    QFile file(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the emneplan excerpt");
    }
    QList<KleEntry> entries;
    for (const auto& details : akta::kle::KleEmneplanReader::read(file).entries) {
        entries.append(details.entry);
        if (stikordText) {
            for (const auto& stikord : details.stikord) {
                (*stikordText)[details.entry.number] += QLatin1Char(' ') + stikord.text;
            }
        }
    }
    return entries;
}

int countLevel(const QList<KleEntry>& entries, int level)
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [level](const KleEntry& entry) { return entry.level == level; }));
}

// Walks the whole tree: the number of nodes of each level, and every node's depth matches its level and its
// parent is the entry's parent.
void checkTree(const KleTreeModel& model, const QModelIndex& parent, int depth, QHash<int, int>& counts)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QVERIFY(index.isValid());
        QCOMPARE(model.parent(index), parent);
        const int level = index.data(KleTreeModel::LevelRole).toInt();
        QCOMPARE(level, depth + 1);
        const QString number = index.data(KleTreeModel::NumberRole).toString();
        if (parent.isValid()) {
            QVERIFY2(number.startsWith(parent.data(KleTreeModel::NumberRole).toString() + QLatin1Char('.')),
                     qPrintable(number));
        }
        QCOMPARE(model.indexOf(number), index);
        ++counts[level];
        if (level == 3) {
            QCOMPARE(model.rowCount(index), 0);
        }
        checkTree(model, index, depth + 1, counts);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

} // namespace

class TestKleTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyAtFirst();
    void excerptShape();
    void wholePlanOfAStore();
    void indexOfAndParentRoundTrip();
    void inputOrderDoesNotMatter();
    void roles();
    void searchTextIsCaseFolded();
    void setPlanResets();
    void invalidIndexes();
};

void TestKleTreeModel::emptyAtFirst()
{
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QVERIFY(!model.indexOf(QStringLiteral("00.01.00")).isValid());
}

void TestKleTreeModel::excerptShape()
{
    const QList<KleEntry> entries = excerptEntries();
    QCOMPARE(entries.size(), 41);
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(entries);

    QCOMPARE(model.rowCount(), countLevel(entries, 1));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex main = model.index(0, 0);
    QCOMPARE(main.data(KleTreeModel::NumberRole).toString(), QStringLiteral("00"));
    QCOMPARE(model.rowCount(main), 5);
    const QStringList groups{QStringLiteral("00.01"), QStringLiteral("00.03"), QStringLiteral("00.05"),
                             QStringLiteral("00.06"), QStringLiteral("00.07")};
    for (int row = 0; row < 5; ++row) {
        const QModelIndex group = model.index(row, 0, main);
        QCOMPARE(group.data(KleTreeModel::NumberRole).toString(), groups.at(row));
        const int emner = int(std::count_if(entries.cbegin(), entries.cend(), [&](const KleEntry& entry) {
            return entry.level == 3 && entry.parent == groups.at(row);
        }));
        QCOMPARE(model.rowCount(group), emner);
    }
    QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("00.07"))), 15);
    QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("00.05"))), 10);

    QHash<int, int> counts;
    checkTree(model, {}, 0, counts);
    QCOMPARE(counts.value(1), 1);
    QCOMPARE(counts.value(2), 5);
    QCOMPARE(counts.value(3), 35);

    // Children in number order.
    const QModelIndex besog = model.indexOf(QStringLiteral("00.05"));
    QStringList numbers;
    for (int row = 0; row < model.rowCount(besog); ++row) {
        numbers << model.index(row, 0, besog).data(KleTreeModel::NumberRole).toString();
    }
    QStringList sorted = numbers;
    sorted.sort();
    QCOMPARE(numbers, sorted);
    QCOMPARE(numbers.constFirst(), QStringLiteral("00.05.00"));
    QCOMPARE(numbers.constLast(), QStringLiteral("00.05.15"));
}

void TestKleTreeModel::wholePlanOfAStore()
{
    QTemporaryDir dir;
    akta::store::LocalStore store(dir.path());
    const QList<KleEntry> entries = akta::kle::KleRepository(store.database()).allEntries();
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(entries);
    QCOMPARE(model.rowCount(), countLevel(entries, 1));
    QHash<int, int> counts;
    checkTree(model, {}, 0, counts);
    QCOMPARE(counts.value(1), countLevel(entries, 1));
    QCOMPARE(counts.value(2), countLevel(entries, 2));
    QCOMPARE(counts.value(3), countLevel(entries, 3));
    QCOMPARE(counts.value(1) + counts.value(2) + counts.value(3), int(entries.size()));
    QCOMPARE(counts.value(3), 2390);
}

void TestKleTreeModel::indexOfAndParentRoundTrip()
{
    const QList<KleEntry> entries = excerptEntries();
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(entries);
    for (const KleEntry& entry : entries) {
        const QModelIndex index = model.indexOf(entry.number);
        QVERIFY2(index.isValid(), qPrintable(entry.number));
        QCOMPARE(index.model(), &model);
        QCOMPARE(index.column(), 0);
        QCOMPARE(index.data(KleTreeModel::NumberRole).toString(), entry.number);
        QCOMPARE(index.data(KleTreeModel::TitleRole).toString(), entry.title);
        const QModelIndex parent = model.parent(index);
        if (entry.level == 1) {
            QVERIFY(!parent.isValid());
        } else {
            QCOMPARE(parent, model.indexOf(entry.parent));
            QCOMPARE(parent.data(KleTreeModel::NumberRole).toString(), entry.parent);
        }
        QCOMPARE(model.index(index.row(), 0, parent), index);
        QCOMPARE(index.parent(), parent);
    }
    QVERIFY(!model.indexOf(QStringLiteral("99.99.99")).isValid());
    QVERIFY(!model.indexOf(QString()).isValid());
    QVERIFY(!model.indexOf(QStringLiteral("00.07.03 ")).isValid());
}

void TestKleTreeModel::inputOrderDoesNotMatter()
{
    const QList<KleEntry> entries = excerptEntries();
    QList<KleEntry> reversed(entries.crbegin(), entries.crend()); // emner before their grupper
    KleTreeModel ordered;
    ordered.setPlan(entries);
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(reversed);
    QHash<int, int> counts;
    checkTree(model, {}, 0, counts);
    QCOMPARE(counts.value(3), 35);
    for (const KleEntry& entry : entries) {
        const QModelIndex a = ordered.indexOf(entry.number);
        const QModelIndex b = model.indexOf(entry.number);
        QCOMPARE(b.row(), a.row());
        QCOMPARE(b.parent().data(KleTreeModel::NumberRole), a.parent().data(KleTreeModel::NumberRole));
    }
}

void TestKleTreeModel::roles()
{
    QList<KleEntry> entries = excerptEntries();
    for (KleEntry& entry : entries) {
        if (entry.number == QLatin1String("00.05.09")) {
            entry.retiredAt = QStringLiteral("2025-06-01");
        }
    }
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(entries);

    const QModelIndex emne = model.indexOf(QStringLiteral("00.05.07"));
    QCOMPARE(emne.data().toString(), QStringLiteral("00.05.07 Hædersbevisninger, priser og prisuddelinger"));
    QCOMPARE(emne.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Hædersbevisninger, priser og prisuddelinger"));
    QCOMPARE(emne.data(KleTreeModel::NumberRole).toString(), QStringLiteral("00.05.07"));
    QCOMPARE(emne.data(KleTreeModel::TitleRole).toString(),
             QStringLiteral("Hædersbevisninger, priser og prisuddelinger"));
    QCOMPARE(emne.data(KleTreeModel::LevelRole).toInt(), 3);
    QCOMPARE(emne.data(KleTreeModel::RetiredRole).toBool(), false);
    QVERIFY(!emne.data(Qt::DecorationRole).isValid());

    const QModelIndex group = model.indexOf(QStringLiteral("00.05"));
    QCOMPARE(group.data().toString(), QStringLiteral("00.05 Besøg, repræsentation mv."));
    QCOMPARE(group.data(KleTreeModel::LevelRole).toInt(), 2);
    QCOMPARE(model.indexOf(QStringLiteral("00")).data(KleTreeModel::LevelRole).toInt(), 1);

    const QModelIndex retired = model.indexOf(QStringLiteral("00.05.09"));
    QVERIFY(retired.isValid());
    QCOMPARE(retired.data(KleTreeModel::RetiredRole).toBool(), true);
    QVERIFY2(retired.data().toString().startsWith(QStringLiteral("00.05.09 Indsamlinger")),
             qPrintable(retired.data().toString()));
    QVERIFY2(retired.data().toString().contains(QStringLiteral("retired")),
             qPrintable(retired.data().toString()));
    QCOMPARE(retired.data(KleTreeModel::TitleRole).toString(), QStringLiteral("Indsamlinger"));
}

void TestKleTreeModel::searchTextIsCaseFolded()
{
    QHash<QString, QString> stikord;
    const QList<KleEntry> entries = excerptEntries(&stikord);
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(entries, stikord);
    const QString text =
        model.indexOf(QStringLiteral("00.05.07")).data(KleTreeModel::SearchTextRole).toString();
    QVERIFY(text.startsWith(QStringLiteral("00.05.07 hædersbevisninger, priser og prisuddelinger")));
    QVERIFY2(text.contains(QStringLiteral("æresborger")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("årets idrætsudøvere")), qPrintable(text));
    QCOMPARE(text, text.toCaseFolded());
    // Without search text, only number and title.
    KleTreeModel plain;
    plain.setPlan(entries);
    QCOMPARE(
        plain.indexOf(QStringLiteral("00.05.07")).data(KleTreeModel::SearchTextRole).toString().trimmed(),
        QStringLiteral("00.05.07 hædersbevisninger, priser og prisuddelinger"));
}

void TestKleTreeModel::setPlanResets()
{
    const QList<KleEntry> entries = excerptEntries();
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPlan(entries);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(aboutToReset.size(), 1);

    // Only gruppe 00.07 and its emner, under their hovedgruppe.
    QList<KleEntry> smaller;
    for (const KleEntry& entry : entries) {
        if (entry.number == QLatin1String("00") || entry.number.startsWith(QLatin1String("00.07"))) {
            smaller.append(entry);
        }
    }
    model.setPlan(smaller);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("00.07"))), 15);
    QVERIFY(!model.indexOf(QStringLiteral("00.05.07")).isValid());

    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOf(QStringLiteral("00.07")).isValid());
}

void TestKleTreeModel::invalidIndexes()
{
    KleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(excerptEntries());
    const QModelIndex main = model.index(0, 0);
    QVERIFY(!model.index(-1, 0).isValid());
    QVERIFY(!model.index(1, 0).isValid());
    QVERIFY(!model.index(0, 1).isValid());
    QVERIFY(!model.index(5, 0, main).isValid());
    QVERIFY(!model.parent(QModelIndex()).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0, model.indexOf(QStringLiteral("00.07")))), 0);
    QCOMPARE(model.columnCount(main), 1);
}

QTEST_GUILESS_MAIN(TestKleTreeModel)
#include "tst_kletreemodel.moc"
