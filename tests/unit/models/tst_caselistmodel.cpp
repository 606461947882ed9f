// Tests of akta::models::CaseListModel on a real store of 450 cases, with its loader thread and an event
// loop.

#include "CaseLabels.h"
#include "CaseListModel.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "parties/PartyRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::CaseKind;
using akta::CaseRecord;
using akta::CaseStatus;
using akta::models::CaseLabels;
using akta::models::CaseListModel;

namespace {

constexpr int kCases = 450;
constexpr int kPage = 200; // the model's default page size
const QString kActor = QStringLiteral("user-actor");
const QString kBuilding = QStringLiteral("Byggetilladelse");

// What the test knows about each case it made.
struct Known
{
    QString id;
    QString number;
    QString title;
    QString status;
};

// Asks for page after page, as a view scrolling down would, until the model has everything. False when the
// model stops answering (still loading after 10 s).
bool loadAll(CaseListModel& model)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (!model.isLoading()) {
            if (!model.canFetchMore({})) {
                return true;
            }
            model.fetchMore({});
        }
        QTest::qWait(5);
    }
    return false;
}

// A model that loads everything in one page. The paging itself is tested on its own; with one page, the
// other tests do not depend on it.
void useOnePage(CaseListModel& model)
{
    model.setPageSize(kCases + 50);
    model.reload();
}

QStringList titlesOf(const CaseListModel& model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row) {
        titles << model.index(row, CaseListModel::TitleColumn).data().toString();
    }
    return titles;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstPageThenAllPages();
    void fetchMoreLoadsOnePageAtATime();
    void totalCount();
    void sortByTitle();
    void sortDescending();
    void filterTextNarrows();
    void staleFirstPageNeverShows();
    void statusFilter();
    void rowOfCase();
    void provisionalNumberIsMarked();
    void columnsShowTheRecord();
    void headers();
    void reloadShowsNewCases();
    void smallerPageSize();
    void brokenDatabaseReportsFailure();
    void offlineCasesAreMarked();

private:
    QString dbPath() const { return m_store->databasePath(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QList<Known> m_known;
    QString m_officialId;
    QString m_partyCaseId;
};

void TestCaseListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    akta::sqlite::Database& db = m_store->database();
    akta::directory::Directory(db).addUser({kActor, QStringLiteral("actor"), QStringLiteral("Anne Actor"),
                                            QString(), QStringLiteral("caseworker")});
    akta::Party party;
    party.identifier = QStringLiteral("0101801234");
    party.name = QStringLiteral("Karen Blixen");
    const QString partyId = akta::parties::PartyRepository(db).upsert(party);

    const QStringList statuses{QStringLiteral("opened"), QStringLiteral("in_progress"),
                               QStringLiteral("decided"), QStringLiteral("closed"),
                               QStringLiteral("archived")};
    akta::cases::CaseRepository repository(db);
    akta::sqlite::Transaction transaction(db);
    for (int i = 0; i < kCases; ++i) {
        akta::cases::NewCase request;
        // Unique titles in mixed case; every ninth is about a building permit.
        const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        request.title = i % 9 == 0   ? kBuilding + QLatin1Char(' ') + number
                        : i % 2 == 0 ? QStringLiteral("sag ") + number
                                     : QStringLiteral("Sag ") + number;
        request.kleSubject = i % 3 == 0 ? QStringLiteral("02.34.02") : QStringLiteral("00.01.00");
        if (i == 1) {
            request.kind = CaseKind::Citizen;
            request.primaryPartyId = partyId;
        }
        const CaseRecord record = repository.create(request, kActor);
        const QString status = statuses.at((i * 7) % statuses.size());
        db.prepare(QStringLiteral("UPDATE cases SET status = ?1 WHERE id = ?2"))
            .bind(1, status)
            .bind(2, record.id)
            .exec();
        m_known.append(Known{record.id, record.caseNumber, record.title, status});
        if (i == 1) {
            m_partyCaseId = record.id;
        }
    }
    // One case whose number the server has made official.
    m_officialId = m_known.at(5).id;
    db.prepare(QStringLiteral("UPDATE cases SET number_provisional = 0 WHERE id = ?1"))
        .bind(1, m_officialId)
        .exec();
    transaction.commit();
}

void TestCaseListModel::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

// Regression test (bug found and fixed in models/CaseListModel.cpp:181-195, onPageLoaded): m_pending is
// cleared and m_more set *before* beginInsertRows(). QAbstractItemModelTester (like any client of
// rowsAboutToBeInserted) calls fetchMore() from that signal; canFetchMore() is then true while m_rows is
// still empty, so a page for offset 0 is requested, its answer is dropped as "offset != m_rows.size()", and
// m_pending stays true for ever: the model never loads a second page (isLoading() stays true, canFetchMore()
// false). Suggested fix: insert the rows first and set m_more / clear m_pending after endInsertRows() (and
// let onPageLoaded clear m_pending for a current-generation answer whose offset no longer fits).
void TestCaseListModel::firstPageThenAllPages()
{
    CaseListModel model(dbPath());
    QSignalSpy firstPage(&model, &CaseListModel::firstPageLoaded);
    QList<std::pair<int, int>> inserts;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&inserts](const QModelIndex&, int first, int last) {
                inserts.append({first, last});
            });
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTRY_COMPARE(firstPage.size(), 1);
    QVERIFY(model.rowCount() >= kPage);
    QVERIFY2(loadAll(model), "the model stopped loading before it had every case");
    QCOMPARE(model.rowCount(), kCases);
    // Page by page, in order, each page exactly the page size but the last.
    QCOMPARE(inserts,
             (QList<std::pair<int, int>>{{0, kPage - 1}, {kPage, 2 * kPage - 1}, {2 * kPage, kCases - 1}}));
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QCOMPARE(firstPage.size(), 1);
    // Every case once.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(CaseListModel::IdRole).toString());
    }
    QCOMPARE(ids.size(), kCases);
    // And nothing more arrives.
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), kCases);
}

void TestCaseListModel::fetchMoreLoadsOnePageAtATime()
{
    // No tester here: it calls fetchMore() itself on every change, which is what this test must not do
    // (and it runs into the bug documented at firstPageThenAllPages).
    CaseListModel model(dbPath());
    QSignalSpy firstPage(&model, &CaseListModel::firstPageLoaded);
    QTRY_COMPARE(firstPage.size(), 1);
    QCOMPARE(model.rowCount(), kPage);
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), kPage); // nothing without being asked
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one request at a time
    model.fetchMore({});              // ignored while loading
    QTRY_COMPARE(model.rowCount(), 2 * kPage);
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 2 * kPage);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), kCases);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), kCases);
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table: rows have no children
}

void TestCaseListModel::totalCount()
{
    CaseListModel model(dbPath());
    QSignalSpy spy(&model, &CaseListModel::totalCountChanged);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), qint64(kCases));
    QCOMPARE(model.totalCount(), qint64(kCases));
    // The count is known with the first page, and does not change with paging.
    QCOMPARE(model.rowCount(), kPage);
    QVERIFY(loadAll(model));
    QCOMPARE(spy.size(), 1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setStatusFilter(QStringLiteral("closed"));
    const auto closed = std::count_if(m_known.begin(), m_known.end(),
                                      [](const Known& k) { return k.status == QLatin1String("closed"); });
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), qint64(closed));
    QCOMPARE(model.totalCount(), qint64(closed));
}

void TestCaseListModel::sortByTitle()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), kCases);
    QSignalSpy firstPage(&model, &CaseListModel::firstPageLoaded);
    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 0); // starts over
    QTRY_COMPARE(firstPage.size(), 1);
    QTRY_COMPARE(model.rowCount(), kCases);

    QStringList expected;
    for (const Known& k : std::as_const(m_known)) {
        expected << k.title;
    }
    // ASCII titles, unique ignoring case: the case-insensitive order is fully determined.
    std::sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(titlesOf(model), expected);
}

void TestCaseListModel::sortDescending()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(CaseListModel::TitleColumn, Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), kCases);
    QStringList expected;
    for (const Known& k : std::as_const(m_known)) {
        expected << k.title;
    }
    std::sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
        return QString::compare(a, b, Qt::CaseInsensitive) > 0;
    });
    QCOMPARE(titlesOf(model), expected);

    // Sorting by number: the first page is already in order.
    model.sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model.rowCount(), kCases);
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row) {
        numbers << model.caseAt(row)->caseNumber;
    }
    // Running numbers compare as numbers: ...-2-26 before ...-10-26.
    QStringList sortedNumbers = numbers;
    QCollator numeric(QLocale(QLocale::Danish, QLocale::Denmark));
    numeric.setNumericMode(true);
    std::sort(sortedNumbers.begin(), sortedNumbers.end(), numeric);
    QCOMPARE(numbers, sortedNumbers);
    model.sort(-1); // out of range: ignored
    model.sort(CaseListModel::ColumnCount);
    QCOMPARE(model.rowCount(), kCases);
}

void TestCaseListModel::filterTextNarrows()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), kCases);

    const auto expected = std::count_if(m_known.begin(), m_known.end(),
                                        [](const Known& k) { return k.title.startsWith(kBuilding); });
    QVERIFY(expected > 0 && expected < kPage);
    QSignalSpy total(&model, &CaseListModel::totalCountChanged);
    model.setFilterText(QStringLiteral("byggetilladelse"));
    QTRY_COMPARE(model.rowCount(), int(expected));
    for (const QString& title : titlesOf(model)) {
        QVERIFY2(title.startsWith(kBuilding), qPrintable(title));
    }
    QTRY_COMPARE(total.size(), 1);
    QCOMPARE(total.at(0).at(0).toLongLong(), qint64(expected));
    QVERIFY(!model.canFetchMore({}));

    // The same filter again changes nothing; an empty one shows everything.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilterText(QStringLiteral("byggetilladelse"));
    QCOMPARE(resets.size(), 0);
    model.setFilterText(QString());
    QCOMPARE(resets.size(), 1);
    QTRY_COMPARE(model.rowCount(), kCases);

    // A case number finds its case.
    model.setFilterText(m_known.at(100).number);
    QTRY_COMPARE(model.totalCount(), qint64(1));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseAt(0)->id, m_known.at(100).id);
}

void TestCaseListModel::staleFirstPageNeverShows()
{
    CaseListModel model(dbPath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList everShown;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&model, &everShown](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    everShown << model.index(row, CaseListModel::TitleColumn).data().toString();
                }
            });
    QSignalSpy firstPage(&model, &CaseListModel::firstPageLoaded);
    QSignalSpy total(&model, &CaseListModel::totalCountChanged);
    // The unfiltered first page and count are already on their way; the filter changes before they arrive.
    model.setFilterText(kBuilding);

    const auto expected = std::count_if(m_known.begin(), m_known.end(),
                                        [](const Known& k) { return k.title.startsWith(kBuilding); });
    QTRY_COMPARE(model.rowCount(), int(expected));
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(100); // anything still queued has arrived by now
    QCOMPARE(model.rowCount(), int(expected));
    QCOMPARE(firstPage.size(), 1);
    QCOMPARE(everShown.size(), int(expected));
    for (const QString& title : std::as_const(everShown)) {
        QVERIFY2(title.startsWith(kBuilding), qPrintable(QStringLiteral("a stale row was shown: ") + title));
    }
    // The count of the stale query (450) was never reported either.
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.at(0).at(0).toLongLong(), qint64(expected));
}

void TestCaseListModel::statusFilter()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStatusFilter(QStringLiteral("decided"));
    QSet<QString> expected;
    for (const Known& k : std::as_const(m_known)) {
        if (k.status == QLatin1String("decided")) {
            expected.insert(k.id);
        }
    }
    QTRY_COMPARE(model.rowCount(), int(expected.size()));
    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown.insert(model.caseAt(row)->id);
        QCOMPARE(model.caseAt(row)->status, CaseStatus::Decided);
        QCOMPARE(model.index(row, CaseListModel::StatusColumn).data().toString(),
                 CaseLabels::status(CaseStatus::Decided));
    }
    QCOMPARE(shown, expected);

    // Together with a text filter.
    model.setFilterText(kBuilding);
    int both = 0;
    for (const Known& k : std::as_const(m_known)) {
        both += k.status == QLatin1String("decided") && k.title.startsWith(kBuilding) ? 1 : 0;
    }
    QTRY_COMPARE(model.totalCount(), qint64(both));
    QTRY_COMPARE(model.rowCount(), both);

    model.setStatusFilter(QString());
    model.setFilterText(QString());
    QTRY_COMPARE(model.rowCount(), kCases);
}

void TestCaseListModel::offlineCasesAreMarked()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), kCases);
    const QString offline = m_known.at(3).id;
    const int row = model.rowOfCase(offline);
    const int other = model.rowOfCase(m_known.at(4).id);
    QVERIFY(!model.index(row, CaseListModel::NumberColumn).data(CaseListModel::OfflineRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime synced(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    model.setOfflineCases({offline}, synced);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.isOffline(offline));
    QVERIFY(model.index(row, CaseListModel::NumberColumn).data(CaseListModel::OfflineRole).toBool());
    QVERIFY(!model.index(other, CaseListModel::NumberColumn).data(CaseListModel::OfflineRole).toBool());
    const QString tip = model.index(row, CaseListModel::NumberColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("offline")), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(synced.toLocalTime(), QLocale::ShortFormat)), qPrintable(tip));
    model.setOfflineCases({offline}, QDateTime());
    QVERIFY(model.index(row, CaseListModel::NumberColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not synchronised")));
}

void TestCaseListModel::rowOfCase()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), kCases);
    for (int i : {0, 1, 199, 200, 333, kCases - 1}) {
        const QString id = m_known.at(i).id;
        const int row = model.rowOfCase(id);
        QVERIFY(row >= 0 && row < kCases);
        QCOMPARE(model.caseAt(row)->id, id);
        QCOMPARE(model.index(row, CaseListModel::TitleColumn).data(CaseListModel::IdRole).toString(), id);
        QCOMPARE(model.index(row, CaseListModel::TitleColumn).data().toString(), m_known.at(i).title);
    }
    QCOMPARE(model.rowOfCase(QStringLiteral("no-such-case")), -1);
    QVERIFY(model.caseAt(-1) == nullptr);
    QVERIFY(model.caseAt(kCases) == nullptr);

    // A case not loaded yet has no row.
    CaseListModel paged(dbPath());
    QTRY_COMPARE(paged.rowCount(), kPage);
    int unloaded = 0;
    for (const Known& k : std::as_const(m_known)) {
        unloaded += paged.rowOfCase(k.id) < 0 ? 1 : 0;
    }
    QCOMPARE(unloaded, kCases - kPage);
}

void TestCaseListModel::provisionalNumberIsMarked()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), kCases);

    const int official = model.rowOfCase(m_officialId);
    QVERIFY(official >= 0);
    const CaseRecord* officialCase = model.caseAt(official);
    QVERIFY(!officialCase->numberProvisional);
    const QModelIndex officialIndex = model.index(official, CaseListModel::NumberColumn);
    QCOMPARE(officialIndex.data().toString(), officialCase->caseNumber);
    QVERIFY(!officialIndex.data(Qt::ToolTipRole).isValid());

    const int provisional = model.rowOfCase(m_known.at(6).id);
    const CaseRecord* provisionalCase = model.caseAt(provisional);
    QVERIFY(provisionalCase->numberProvisional);
    const QModelIndex provisionalIndex = model.index(provisional, CaseListModel::NumberColumn);
    const QString shown = provisionalIndex.data().toString();
    QVERIFY2(shown.contains(provisionalCase->caseNumber), qPrintable(shown));
    QVERIFY2(shown != provisionalCase->caseNumber, "a provisional number needs a marker");
    QVERIFY(!provisionalIndex.data(Qt::ToolTipRole).toString().isEmpty());
    // The marker is on the number only.
    QCOMPARE(model.index(provisional, CaseListModel::TitleColumn).data().toString(), provisionalCase->title);
}

void TestCaseListModel::columnsShowTheRecord()
{
    CaseListModel model(dbPath());
    useOnePage(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), kCases);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    const int row = model.rowOfCase(m_partyCaseId);
    QVERIFY(row >= 0);
    auto cell = [&model, row](int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(CaseListModel::TitleColumn), m_known.at(1).title);
    QCOMPARE(cell(CaseListModel::PartyColumn), QStringLiteral("Karen Blixen"));
    QCOMPARE(cell(CaseListModel::KleColumn), QStringLiteral("00.01.00"));
    QCOMPARE(cell(CaseListModel::CaseworkerColumn), QStringLiteral("Anne Actor"));
    QCOMPARE(cell(CaseListModel::StatusColumn), CaseLabels::status(model.caseAt(row)->status));
    QVERIFY(!cell(CaseListModel::ModifiedColumn).isEmpty());
    // An emnesag has no party.
    QVERIFY(model.index(model.rowOfCase(m_known.at(2).id), CaseListModel::PartyColumn)
                .data()
                .toString()
                .isEmpty());
}

void TestCaseListModel::headers()
{
    CaseListModel model(dbPath());
    QSet<QString> names;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        const QString name = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(CaseListModel::ColumnCount));
    QVERIFY(!model.headerData(CaseListModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestCaseListModel::reloadShowsNewCases()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    akta::store::LocalStore store(dir.path());
    akta::cases::CaseRepository repository(store.database());
    akta::cases::NewCase request;
    request.title = QStringLiteral("Første");
    request.kleSubject = QStringLiteral("00.01.00");
    repository.create(request, kActor);

    CaseListModel model(store.databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.totalCount(), qint64(1));
    request.title = QStringLiteral("Anden");
    const QString added = repository.create(request, kActor).id;
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 1); // not by itself
    model.reload();
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.totalCount(), qint64(2));
    QVERIFY(model.rowOfCase(added) >= 0);
}

void TestCaseListModel::smallerPageSize()
{
    CaseListModel model(dbPath());
    QCOMPARE(model.pageSize(), kPage);
    model.setPageSize(0);
    QCOMPARE(model.pageSize(), 1); // at least one row
    model.setPageSize(100);
    model.reload();
    QList<int> inserted;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&inserted](const QModelIndex&, int first, int last) { inserted.append(last - first + 1); });
    QSignalSpy firstPage(&model, &CaseListModel::firstPageLoaded);
    QTRY_COMPARE(firstPage.size(), 1);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), kCases);
    QCOMPARE(inserted, (QList<int>{100, 100, 100, 100, 50}));
}

void TestCaseListModel::brokenDatabaseReportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaseListModel model(dir.filePath(QStringLiteral("missing/akta.db")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &CaseListModel::loadFailed);
    QTRY_VERIFY(failed.size() >= 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
