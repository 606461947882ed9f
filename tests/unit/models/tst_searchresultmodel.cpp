// Tests of akta::models::SearchResultModel: hits grouped by case in the order of each case's best hit,
// a case hit on its case's row, the roles, and the model's consistency (QAbstractItemModelTester).

#include "SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using akta::models::SearchResultModel;
using akta::search::SearchHit;
using akta::search::SearchResult;

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsByCase();
    void caseHitOnCaseRow();
    void emptyAndReset();

private:
    static SearchHit hit(const QString& caseId, const QString& documentId, const QString& title);
};

SearchHit TestSearchResultModel::hit(const QString& caseId, const QString& documentId, const QString& title)
{
    SearchHit h;
    h.caseId = caseId;
    h.caseNumber = QStringLiteral("27.24.00-G01-%1-26").arg(caseId.right(1));
    h.caseTitle = QStringLiteral("Sag ") + caseId;
    h.documentId = documentId;
    h.title = title;
    h.snippet = QStringLiteral("om <mark>%1</mark>").arg(title);
    h.kind = documentId.isEmpty() ? QStringLiteral("case") : QStringLiteral("file");
    h.date = QDate(2026, 1, 2);
    return h;
}

void TestSearchResultModel::groupsByCase()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchResult result;
    result.hits = {hit(QStringLiteral("c1"), QStringLiteral("d1"), QStringLiteral("Brev")),
                   hit(QStringLiteral("c2"), QStringLiteral("d2"), QStringLiteral("Notat")),
                   hit(QStringLiteral("c1"), QStringLiteral("d3"), QStringLiteral("Svar"))};
    result.terms = {QStringLiteral("brev")};
    model.setResult(result);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(SearchResultModel::CaseIdRole).toString(), QStringLiteral("c1"));
    QCOMPARE(first.data(SearchResultModel::IsCaseRole).toBool(), true);
    QCOMPARE(first.data().toString(), QStringLiteral("27.24.00-G01-1-26  Sag c1"));
    QVERIFY(first.data(SearchResultModel::SnippetRole).toString().isEmpty()); // the case itself did not match
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.index(1, 0, first).data().toString(), QStringLiteral("Svar"));
    QCOMPARE(model.index(1, 0, first).data(SearchResultModel::DocumentIdRole).toString(),
             QStringLiteral("d3"));
    QCOMPARE(model.index(1, 0, first).parent(), first);
    QCOMPARE(model.rowCount(model.index(0, 0, first)), 0);
    QCOMPARE(model.index(0, 0, model.index(1, 0)).data(SearchResultModel::SnippetRole).toString(),
             QStringLiteral("om <mark>Notat</mark>"));
    QCOMPARE(model.hitCount(), 3);
    QCOMPARE(model.result().terms, QStringList{QStringLiteral("brev")});
}

void TestSearchResultModel::caseHitOnCaseRow()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchResult result;
    result.hits = {hit(QStringLiteral("c1"), QStringLiteral("d1"), QStringLiteral("Brev")),
                   hit(QStringLiteral("c1"), QString(), QStringLiteral("Sag c1"))};
    model.setResult(result);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex caseRow = model.index(0, 0);
    QCOMPARE(caseRow.data(SearchResultModel::SnippetRole).toString(),
             QStringLiteral("om <mark>Sag c1</mark>"));
    QCOMPARE(caseRow.data(SearchResultModel::KindRole).toString(), QStringLiteral("case"));
    QCOMPARE(model.rowCount(caseRow), 1);
}

void TestSearchResultModel::emptyAndReset()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    SearchResult result;
    result.hits = {hit(QStringLiteral("c1"), QStringLiteral("d1"), QStringLiteral("Brev"))};
    model.setResult(result);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
