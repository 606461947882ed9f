// Drives the real KLE picker by keyboard on a real store (temporary folder) with the official emneplan
// excerpt and the facet test file imported, and a classifier built by KleClassifierLoader from that store.

#include "KlePickerWidget.h"
#include "kle/KleClassifier.h"
#include "kle/KleClassifierLoader.h"
#include "kle/KlePlanImporter.h"
#include "kle/KleRepository.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using akta::kle::KleClassifier;
using akta::kle::KleClassifierLoader;
using akta::kle::KlePlanImporter;
using akta::widgets::KlePickerWidget;

namespace {

constexpr int NumberRole = Qt::UserRole + 1; // KleTreeModel::NumberRole and KleSuggestionModel::NumberRole
constexpr int LevelRole = Qt::UserRole + 3;  // KleTreeModel::LevelRole

QString excerptPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml");
}

// The first emne of a tree model in depth-first order, as the tree shows it.
QString firstEmne(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(LevelRole).toInt() == 3) {
            return index.data(NumberRole).toString();
        }
        const QString below = firstEmne(model, index);
        if (!below.isEmpty()) {
            return below;
        }
    }
    return {};
}

QStringList emner(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(LevelRole).toInt() == 3) {
            result << index.data(NumberRole).toString();
        }
        result << emner(model, index);
    }
    return result;
}

} // namespace

class TestKlePickerWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void caseTextFillsSuggestionsAndChoosesTheTop();
    void withoutClassifierNothingIsSuggested();
    void typingAnExactNumberChoosesIt();
    void typingWordsFiltersTheTreeAndChoosesTheFirstMatch();
    void downFromTheFilterGoesToTheSuggestions();
    void downFromTheFilterGoesToTheTreeWhenTyping();
    void tabbingPastTheSuggestionsKeepsTheChoice();
    void detailsShowRetentionGuidanceAndLegalReferences();
    void facetDefaultsToG01();
    void retiredEmneCannotBeChosen();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    // A picker in a shown, active window, with the focus in its filter field.
    KlePickerWidget* showPicker(bool withClassifier = true);
    template <typename T> T* child(const char* name)
    {
        auto* widget = m_window->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qWarning("no child %s", name);
        }
        return widget;
    }
    void retire(const QString& number);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    std::shared_ptr<KleClassifier> m_classifier;
    std::unique_ptr<QWidget> m_window;
};

void TestKlePickerWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(excerptPath()));
}

void TestKlePickerWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    KlePlanImporter importer(m_store->database());
    importer.importFile(excerptPath());
    importer.importFile(QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml"));
    m_classifier = KleClassifierLoader::load(m_store->database());
}

void TestKlePickerWidget::cleanup()
{
    m_window.reset();
    m_classifier.reset();
    m_store.reset();
    m_dir.reset();
}

KlePickerWidget* TestKlePickerWidget::showPicker(bool withClassifier)
{
    m_window = std::make_unique<QWidget>();
    auto* picker = new KlePickerWidget(m_store->database(), m_window.get());
    auto* layout = new QVBoxLayout(m_window.get());
    layout->addWidget(picker);
    if (withClassifier) {
        picker->setClassifier(m_classifier);
    }
    m_window->resize(1000, 700);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("the window did not become active");
    }
    picker->setFocus();
    return picker;
}

void TestKlePickerWidget::retire(const QString& number)
{
    QFile file(excerptPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    const qsizetype start = xml.indexOf("<EmneNr>" + number.toUtf8() + "</EmneNr>");
    QVERIFY(start > 0);
    const qsizetype adminEnd = xml.indexOf("</EmneAdministrativInfo>", start);
    QVERIFY(adminEnd > start && adminEnd < xml.indexOf("</Emne>", start));
    xml.insert(adminEnd, "<Historisk><UdgaaetDato>2025-06-01</UdgaaetDato></Historisk>");
    const QString path = m_dir->filePath(QStringLiteral("retired.xml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(xml), xml.size());
    out.close();
    QCOMPARE(KlePlanImporter(m_store->database()).importFile(path).retired, QStringList{number});
}

void TestKlePickerWidget::caseTextFillsSuggestionsAndChoosesTheTop()
{
    KlePickerWidget* picker = showPicker();
    QVERIFY(picker->chosenSubject().isEmpty());
    auto* suggestions = child<QListView>("kleSuggestions");
    QVERIFY(suggestions);
    QCOMPARE(suggestions->model()->rowCount(), 0);
    QSignalSpy chosenChanged(picker, &KlePickerWidget::chosenChanged);

    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    const int rows = suggestions->model()->rowCount();
    QVERIFY(rows > 1);
    QVERIFY(rows <= 6);
    const QString top = suggestions->model()->index(0, 0).data(NumberRole).toString();
    QCOMPARE(top, QStringLiteral("00.07.45"));
    QCOMPARE(picker->chosenSubject(), top);
    QVERIFY(chosenChanged.size() >= 1);
    QVERIFY2(child<QLabel>("kleChosen")->text().contains(QStringLiteral("00.07.45 Whistleblowerordning")),
             qPrintable(child<QLabel>("kleChosen")->text()));
    // The suggestions are the classifier's, in its order, with its reasons.
    const auto expected = m_classifier->suggest(QStringLiteral("Indberetning til whistleblowerordningen"), 6);
    QCOMPARE(rows, int(expected.size()));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = suggestions->model()->index(row, 0);
        QCOMPARE(index.data(NumberRole).toString(), expected.at(row).emne);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(expected.at(row).reason));
    }

    // Another title: the new top one is chosen, as long as the caseworker has not chosen.
    picker->setCaseText(QStringLiteral("Dronningebesøg"));
    QCOMPARE(suggestions->model()->index(0, 0).data(NumberRole).toString(), QStringLiteral("00.05.11"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.05.11"));

    // Once the caseworker has chosen, a new title changes the suggestions but not the choice.
    picker->setChosen(QStringLiteral("00.06.02"), QStringLiteral("G01"));
    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    QCOMPARE(suggestions->model()->index(0, 0).data(NumberRole).toString(), QStringLiteral("00.07.45"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.06.02"));
}

void TestKlePickerWidget::withoutClassifierNothingIsSuggested()
{
    KlePickerWidget* picker = showPicker(false);
    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    QCOMPARE(child<QListView>("kleSuggestions")->model()->rowCount(), 0);
    QVERIFY(picker->chosenSubject().isEmpty());
    // When the classifier arrives, the suggestions for the text already given follow.
    picker->setClassifier(m_classifier);
    QVERIFY(child<QListView>("kleSuggestions")->model()->rowCount() > 0);
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.45"));
}

void TestKlePickerWidget::typingAnExactNumberChoosesIt()
{
    KlePickerWidget* picker = showPicker();
    QCOMPARE(QApplication::focusWidget(), picker->filterEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("00.07.03"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.03"));
    auto* tree = child<QTreeView>("kleTree");
    QCOMPARE(tree->currentIndex().data(NumberRole).toString(), QStringLiteral("00.07.03"));
    QVERIFY(child<QLabel>("kleChosen")->text().contains(QStringLiteral("00.07.03")));

    // A gruppe number is not an emne: the first emne under it is highlighted.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.06"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.06.00"));
    // An emne number from the built-in plan.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("02.34.02"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("02.34.02"));
    // A number that is no emne chooses nothing.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("99.99.99"));
    QVERIFY(picker->chosenSubject().isEmpty());
    QVERIFY(child<QLabel>("kleChosen")->text().contains(QStringLiteral("No emne")));
}

void TestKlePickerWidget::typingWordsFiltersTheTreeAndChoosesTheFirstMatch()
{
    KlePickerWidget* picker = showPicker();
    auto* tree = child<QTreeView>("kleTree");
    const int allEmner = int(emner(*tree->model()).size());
    QCOMPARE(allEmner, 2390);

    QTest::keyClicks(picker->filterEdit(), QStringLiteral("aktindsigt forvaltningsprincipper"));
    QCOMPARE(emner(*tree->model()), QStringList{QStringLiteral("00.07.03")});
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.03"));

    // A stikord word, in capitals: several emner, the first one shown is chosen.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("BORGERRÅDGIVER VEJLEDNING"));
    QCOMPARE(emner(*tree->model()), (QStringList{QStringLiteral("00.07.02"), QStringLiteral("00.07.06")}));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.02"));
    QCOMPARE(picker->chosenSubject(), firstEmne(*tree->model()));
    // The matches are expanded so that the chosen one is visible.
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));

    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("Æresborger"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.05.07"));

    // Nothing matches: nothing is chosen.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("xyzzyq"));
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(picker->chosenSubject().isEmpty());

    // Clearing the filter shows the whole plan again.
    picker->filterEdit()->clear();
    QCOMPARE(int(emner(*tree->model()).size()), allEmner);
}

void TestKlePickerWidget::downFromTheFilterGoesToTheSuggestions()
{
    KlePickerWidget* picker = showPicker();
    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    auto* suggestions = child<QListView>("kleSuggestions");
    const QString first = suggestions->model()->index(0, 0).data(NumberRole).toString();
    const QString second = suggestions->model()->index(1, 0).data(NumberRole).toString();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(QApplication::focusWidget(), picker->filterEdit());

    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), suggestions);
    QCOMPARE(suggestions->currentIndex().row(), 0);
    QCOMPARE(picker->chosenSubject(), first);

    QTest::keyClick(suggestions, Qt::Key_Down);
    QCOMPARE(suggestions->currentIndex().row(), 1);
    QCOMPARE(picker->chosenSubject(), second);
    QTest::keyClick(suggestions, Qt::Key_Up);
    QCOMPARE(picker->chosenSubject(), first);
}

void TestKlePickerWidget::downFromTheFilterGoesToTheTreeWhenTyping()
{
    KlePickerWidget* picker = showPicker();
    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.07.0"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.00"));

    auto* tree = child<QTreeView>("kleTree");
    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(tree->currentIndex().data(NumberRole).toString(), QStringLiteral("00.07.00"));
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.01"));
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.02"));
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.01"));
    QTest::keyClick(tree, Qt::Key_End);
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.08"));
}

void TestKlePickerWidget::tabbingPastTheSuggestionsKeepsTheChoice()
{
    KlePickerWidget* picker = showPicker();
    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.45"));
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.06.02"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.06.02"));

    // Tab, Tab, Tab: through the suggestions and the tree to the facet, as a caseworker does to pick a facet.
    QStringList focusOrder;
    QStringList chosen;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focusOrder << QApplication::focusWidget()->objectName();
        chosen << picker->chosenSubject();
    }
    QCOMPARE(focusOrder, (QStringList{QStringLiteral("kleSuggestions"), QStringLiteral("kleTree"),
                                      QStringLiteral("kleFacet")}));
    // Regression test (bug found and fixed; widgets/KlePickerWidget.cpp:111-118 with
    // QAbstractItemView::focusInEvent): when Tab brings the focus to the suggestions, the view makes its
    // first row current, and the currentChanged handler (which only asks m_suggestions->hasFocus()) chooses
    // it: the typed 00.06.02 is silently replaced by the top suggestion 00.07.45 on the way to the facet.
    // Fix: choose from the suggestions only on a user move, e.g. ignore currentChanged while the view is
    // receiving focus (check the previous index is valid, or set the current index in the Down handler and
    // react to keyboard/mouse activation only).
    QCOMPARE(chosen, (QStringList{QStringLiteral("00.06.02"), QStringLiteral("00.06.02"),
                                  QStringLiteral("00.06.02")}));
}

void TestKlePickerWidget::detailsShowRetentionGuidanceAndLegalReferences()
{
    KlePickerWidget* picker = showPicker();
    auto* details = child<QTextBrowser>("kleDetails");
    QVERIFY(details);
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.07.03"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.03"));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("00.07.03 Aktindsigt - forvaltningsprincipper")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("B – preserved (bevares)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("deleted 5 year(s) after the case is closed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("organisering og procedurer ifm aktindsigtsbehandling")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Se facet A53 vedrørende konkrete sager om aktindsigt")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Forvaltningsloven, § 9-16")), qPrintable(text));
    const QString html = details->toHtml();
    QVERIFY2(
        html.contains(QStringLiteral("href=\"https://www.retsinformation.dk/eli/accn/B20130157505#P1\"")),
        qPrintable(html));
    QVERIFY(
        html.contains(QStringLiteral("href=\"https://www.retsinformation.dk/eli/accn/A20140043329#P9\"")));
    QVERIFY(details->openExternalLinks());

    // A K emne without deletion, by the arrow keys in the tree.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.05.07"));
    const QString k = details->toPlainText();
    QVERIFY2(k.contains(QStringLiteral("K – discarded (kasseres)")), qPrintable(k));
    QVERIFY(!k.contains(QStringLiteral("deleted")));
    QVERIFY2(k.contains(QStringLiteral("Æresborger")), qPrintable(k)); // its stikord
}

void TestKlePickerWidget::facetDefaultsToG01()
{
    KlePickerWidget* picker = showPicker();
    auto* facet = child<QComboBox>("kleFacet");
    QVERIFY(facet);
    QStringList numbers;
    for (int i = 0; i < facet->count(); ++i) {
        numbers << facet->itemData(i).toString();
    }
    // The facets in force, in number order; A99 is retired.
    QCOMPARE(numbers, (QStringList{QStringLiteral("A00"), QStringLiteral("G01"), QStringLiteral("K02"),
                                   QStringLiteral("Ø34")}));
    QCOMPARE(facet->currentData().toString(), QStringLiteral("G01"));
    QCOMPARE(picker->chosenFacet(), QStringLiteral("G01"));
    QVERIFY(facet->currentText().contains(QStringLiteral("Generelle sager")));

    // By keyboard: the facet follows the combo, the emne stays.
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.07.03"));
    facet->setFocus();
    QTest::keyClick(facet, Qt::Key_Down);
    QCOMPARE(picker->chosenFacet(), QStringLiteral("K02"));
    QCOMPARE(picker->chosenSubject(), QStringLiteral("00.07.03"));
    const QString summary = child<QLabel>("kleChosen")->text();
    QVERIFY(summary.contains(QStringLiteral("00.07.03")));

    // setChosen() with a facet the store does not know adds it and chooses it.
    picker->setChosen(QStringLiteral("00.07.03"), QStringLiteral("B07"));
    QCOMPARE(picker->chosenFacet(), QStringLiteral("B07"));

    // Regression test (bug found and fixed; widgets/KlePickerWidget.cpp:131-134): changing the facet only
    // refreshes the details and emits chosenChanged(); the "Chosen: … · <facet>" summary is written in
    // choose() alone, so it keeps saying "G01 Generelle sager" while K02 is chosen. Fix: in the
    // currentIndexChanged handler, call choose(m_chosen) (or update m_chosenLabel) instead of only
    // showDetails().
    QVERIFY2(summary.contains(QStringLiteral("K02")), qPrintable(summary));
}

void TestKlePickerWidget::retiredEmneCannotBeChosen()
{
    retire(QStringLiteral("00.05.09"));
    m_classifier = KleClassifierLoader::load(m_store->database());
    KlePickerWidget* picker = showPicker();
    auto* tree = child<QTreeView>("kleTree");
    QVERIFY(!emner(*tree->model()).contains(QStringLiteral("00.05.09")));

    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.05.09"));
    QVERIFY(picker->chosenSubject().isEmpty());
    QVERIFY(child<QLabel>("kleChosen")->text().contains(QStringLiteral("No emne")));

    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("Indsamlinger"));
    QVERIFY(!emner(*tree->model()).contains(QStringLiteral("00.05.09")));
    QVERIFY(picker->chosenSubject() != QStringLiteral("00.05.09"));

    picker->setChosen(QStringLiteral("00.05.09"), QStringLiteral("G01"));
    QVERIFY(picker->chosenSubject().isEmpty());

    // Walking the whole gruppe by keyboard never lands on it.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("00.05"));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), tree);
    QStringList visited;
    for (int i = 0; i < 12; ++i) {
        visited << picker->chosenSubject();
        QTest::keyClick(tree, Qt::Key_Down);
    }
    QVERIFY(visited.contains(QStringLiteral("00.05.07")));
    QVERIFY(visited.contains(QStringLiteral("00.05.10")));
    QVERIFY(!visited.contains(QStringLiteral("00.05.09")));
}

void TestKlePickerWidget::everyInteractiveWidgetHasAnAccessibleName()
{
    KlePickerWidget* picker = showPicker();
    picker->setCaseText(QStringLiteral("Indberetning til whistleblowerordningen"));
    int checked = 0;
    for (QWidget* widget : picker->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(picker) || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(
                     QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
    }
    QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
    for (const char* name : {"kleFilter", "kleSuggestions", "kleTree", "kleDetails", "kleFacet"}) {
        auto* widget = child<QWidget>(name);
        QVERIFY2(widget, name);
        QVERIFY2(widget->focusPolicy() != Qt::NoFocus, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

QTEST_MAIN(TestKlePickerWidget)
#include "tst_klepickerwidget.moc"
