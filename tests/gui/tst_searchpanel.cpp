// GUI test of akta::widgets::SearchPanel driven by the keyboard on a real store: results as you type,
// each keystroke replacing the query before it, hits grouped by case with marked snippets, Down/Enter
// to open a hit, filter chips, sorting, saved searches and a malformed query's message.

#include "SearchPanel.h"
#include "SearchResultModel.h"
#include "store/LocalStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using akta::models::SearchResultModel;
using akta::widgets::SearchPanel;

class TestSearchPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resultsAsYouType();
    void keyboardOpensHits();
    void directCaseNumber();
    void directCprNumber();
    void filterChips();
    void sortByDate();
    void savedSearches();
    void badQueryShowsMessage();
    void tabOrderAsSeen();

private:
    void type(const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    std::unique_ptr<SearchPanel> m_panel;
};

void TestSearchPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AktaSearchPanelTest"));
    m_store = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("store")));
    m_store->database().exec(QStringLiteral(
        "INSERT INTO cases(id, case_number, number_provisional, title, kle_subject, kind, status, "
        "access_class, "
        "created_at, modified_at) VALUES "
        "('c1', '02.34.02-G01-1-25', 0, 'Tilbygning på Aabenraavej 3', '02.34.02', 'citizen', 'in_progress', "
        "'normal', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'), "
        "('c2', '02.34.02-G01-2-25', 0, 'Carport', '02.34.02', 'citizen', 'closed', 'normal', "
        "'2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z');"
        "INSERT INTO documents(id, case_id, number, title, kind, direction, document_date, status, "
        "created_at, "
        "modified_at) VALUES "
        "('d1', 'c1', 1, 'Ansøgning om byggetilladelse', 'file', 'incoming', '2025-01-02', 'journaled', "
        "'2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z'), "
        "('d2', 'c1', 2, 'Afgørelse', 'file', 'outgoing', '2025-02-02', 'journaled', '2025-02-02T00:00:00Z', "
        "'2025-02-02T00:00:00Z'), "
        "('d3', 'c2', 1, 'Svar om carport', 'email', 'outgoing', '2025-03-05', 'journaled', "
        "'2025-03-05T00:00:00Z', '2025-03-05T00:00:00Z');"
        "INSERT INTO document_versions(id, document_id, version, sha256, file_name, mime_type, size, "
        "created_at, "
        "text_status, extracted_text) VALUES "
        "('v1', 'd1', 1, 'x', 'a.pdf', 'application/pdf', 1, '2025-01-02T00:00:00Z', 'ok', "
        "'Vi søger om byggetilladelse til en tilbygning.'), "
        "('v2', 'd2', 1, 'x', 'b.pdf', 'application/pdf', 1, '2025-02-02T00:00:00Z', 'ok', "
        "'Byggetilladelsen er givet på vilkår.'), "
        "('v3', 'd3', 1, 'x', 'c.eml', 'message/rfc822', 1, '2025-03-05T00:00:00Z', 'ok', "
        "'Carporten kræver ingen byggetilladelse.');"
        "INSERT INTO parties(id, kind, identifier, name) VALUES ('p1', 'person', '0101901234', 'Karen "
        "Hansen'), "
        "('p2', 'person', '0202802345', 'Peter Olsen');"
        "INSERT INTO case_parties(case_id, party_id, role) VALUES ('c1', 'p1', 'primary'), "
        "('c2', 'p2', 'primary');"));
}

void TestSearchPanel::init()
{
    QSettings().clear();
    m_panel = std::make_unique<SearchPanel>(m_store->databasePath());
    m_panel->resize(700, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->focusSearch();
}

void TestSearchPanel::cleanup()
{
    m_panel.reset();
}

void TestSearchPanel::type(const QString& text)
{
    QSignalSpy shown(m_panel.get(), &SearchPanel::resultShown);
    QTest::keyClicks(m_panel->searchField(), text);
    QTRY_VERIFY(!shown.isEmpty());
}

void TestSearchPanel::resultsAsYouType()
{
    auto* model = m_panel->resultModel();
    // Each keystroke queries; only the answer to the last one is shown.
    type(QStringLiteral("byggetill"));
    QTRY_COMPARE(model->result().terms, QStringList{QStringLiteral("byggetill")});
    QCOMPARE(model->rowCount(),
             2); // two cases, both hits themselves (their KLE emne is about building permits)
    QCOMPARE(model->hitCount(), 5);
    const QModelIndex firstDocument = model->index(0, 0, model->index(0, 0));
    QVERIFY(firstDocument.data(SearchResultModel::SnippetRole).toString().contains(QStringLiteral("<mark>")));
    auto* status = m_panel->findChild<QLabel*>(QStringLiteral("searchStatus"));
    QCOMPARE(status->text(), QStringLiteral("5 hit(s)"));
    // Clearing the field clears the results.
    QTest::keyClick(m_panel->searchField(), Qt::Key_Escape);
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestSearchPanel::keyboardOpensHits()
{
    type(QStringLiteral("tilladelse"));
    QTRY_VERIFY(m_panel->resultModel()->hitCount() == 5);
    auto* results = m_panel->findChild<QTreeView*>(QStringLiteral("searchResults"));
    QTest::keyClick(m_panel->searchField(), Qt::Key_Down);
    QVERIFY(results->hasFocus());
    QVERIFY(results->currentIndex().data(SearchResultModel::IsCaseRole).toBool());
    QSignalSpy caseSpy(m_panel.get(), &SearchPanel::openCaseRequested);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(caseSpy.size(), 1);
    QSignalSpy documentSpy(m_panel.get(), &SearchPanel::openDocumentRequested);
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(documentSpy.size(), 1);
    QCOMPARE(documentSpy.front().at(0).toString(),
             results->currentIndex().data(SearchResultModel::CaseIdRole).toString());
    QVERIFY(!documentSpy.front().at(1).toString().isEmpty());
    QCOMPARE(documentSpy.front().at(2).toStringList(), QStringList{QStringLiteral("tilladelse")});
    // Up from the first row goes back to the field.
    QTest::keyClick(results, Qt::Key_Up);
    QTest::keyClick(results, Qt::Key_Up);
    QVERIFY(m_panel->searchField()->hasFocus());
}

void TestSearchPanel::directCaseNumber()
{
    type(QStringLiteral("02.34.02-G01-2-25"));
    QTRY_COMPARE(m_panel->resultModel()->rowCount(), 1);
    QSignalSpy caseSpy(m_panel.get(), &SearchPanel::openCaseRequested);
    QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
    QCOMPARE(caseSpy.size(), 1);
    QCOMPARE(caseSpy.front().at(0).toString(), QStringLiteral("c2"));
}

void TestSearchPanel::directCprNumber()
{
    // A typed CPR number (with or without its hyphen) goes straight to the person on Enter.
    type(QStringLiteral("010190-1234"));
    QTRY_COMPARE(m_panel->resultModel()->rowCount(), 1);
    QSignalSpy personSpy(m_panel.get(), &SearchPanel::openPersonRequested);
    QSignalSpy caseSpy(m_panel.get(), &SearchPanel::openCaseRequested);
    QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
    QCOMPARE(personSpy.size(), 1);
    QCOMPARE(personSpy.takeFirst().at(0).toString(), QStringLiteral("p1"));
    QVERIFY(caseSpy.isEmpty());

    // Typed over, Enter before the new answer has come: the old person is not opened.
    QSignalSpy shown(m_panel.get(), &SearchPanel::resultShown);
    QTest::keyClicks(m_panel->searchField(), QStringLiteral(" carport"));
    QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!shown.isEmpty());
    QTRY_COMPARE(m_panel->searchField()->text(), QStringLiteral("010190-1234 carport"));
    QVERIFY(personSpy.isEmpty());

    // Another number and Enter at once: the person opens when the answer comes.
    m_panel->searchField()->clear();
    QTest::keyClicks(m_panel->searchField(), QStringLiteral("0202802345"));
    QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
    QTRY_COMPARE(personSpy.size(), 1);
    QCOMPARE(personSpy.front().at(0).toString(), QStringLiteral("p2"));
    QVERIFY(caseSpy.isEmpty());
}

void TestSearchPanel::filterChips()
{
    type(QStringLiteral("byggetilladelse type:mail"));
    QTRY_COMPARE(m_panel->resultModel()->hitCount(), 1);
    const auto chips = m_panel->findChildren<QToolButton*>(QStringLiteral("searchChip"));
    QCOMPARE(chips.size(), 1);
    QCOMPARE(chips.front()->accessibleName(), QStringLiteral("Remove filter type:mail"));
    QSignalSpy shown(m_panel.get(), &SearchPanel::resultShown);
    chips.front()->click();
    QCOMPARE(m_panel->searchField()->text(), QStringLiteral("byggetilladelse "));
    QTRY_COMPARE(m_panel->resultModel()->hitCount(), 5);
    QVERIFY(m_panel->findChildren<QToolButton*>(QStringLiteral("searchChip")).isEmpty());
}

void TestSearchPanel::sortByDate()
{
    type(QStringLiteral("byggetilladelse"));
    QTRY_COMPARE(m_panel->resultModel()->hitCount(), 5);
    auto* sort = m_panel->findChild<QComboBox*>(QStringLiteral("searchSort"));
    QSignalSpy shown(m_panel.get(), &SearchPanel::resultShown);
    sort->setFocus();
    QTest::keyClick(sort, Qt::Key_Down);
    QTRY_VERIFY(!shown.isEmpty());
    const auto& hits = m_panel->resultModel()->result().hits;
    QCOMPARE(hits.size(), 5);
    QCOMPARE(hits.front().documentId, QStringLiteral("d3")); // the newest
}

void TestSearchPanel::savedSearches()
{
    type(QStringLiteral("carport"));
    auto* saved = m_panel->findChild<QToolButton*>(QStringLiteral("savedSearches"));
    saved->menu()->actions().front()->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("search/saved")).toStringList(),
             QStringList{QStringLiteral("carport")});
    QTest::keyClick(m_panel->searchField(), Qt::Key_Escape);
    QVERIFY(m_panel->searchField()->text().isEmpty());
    const auto actions = saved->menu()->actions();
    const auto found = std::find_if(actions.begin(), actions.end(),
                                    [](QAction* a) { return a->text() == QLatin1String("carport"); });
    QVERIFY(found != actions.end());
    (*found)->trigger();
    QCOMPARE(m_panel->searchField()->text(), QStringLiteral("carport"));
    QTRY_VERIFY(m_panel->resultModel()->hitCount() > 0);
}

void TestSearchPanel::badQueryShowsMessage()
{
    type(QStringLiteral("status:glad"));
    auto* status = m_panel->findChild<QLabel*>(QStringLiteral("searchStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("Unknown status")));
}

void TestSearchPanel::tabOrderAsSeen()
{
    // Tab from the field goes through the controls as they are laid out: Filter, sort, Saved, results.
    QStringList order;
    QWidget* widget = m_panel->findChild<QLineEdit*>(QStringLiteral("searchField"));
    for (int i = 0; i < 4; ++i) {
        widget = widget->nextInFocusChain();
        while (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_panel.get())) {
            widget = widget->nextInFocusChain();
        }
        order.append(widget->objectName());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("searchAddFilter"), QStringLiteral("searchSort"),
                                 QStringLiteral("savedSearches"), QStringLiteral("searchResults")}));
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
