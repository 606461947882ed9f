// Tests of akta::models::KleSuggestionModel with hand-made suggestions and with real ones from a classifier
// loaded from a store with the official emneplan excerpt imported.

#include "KleSuggestionModel.h"
#include "kle/KleClassifier.h"
#include "kle/KleClassifierLoader.h"
#include "kle/KlePlanImporter.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::kle::KleSuggestion;
using akta::models::KleSuggestionModel;

namespace {

QList<KleSuggestion> handMade()
{
    return {KleSuggestion{QStringLiteral("00.07.45"), QStringLiteral("Whistleblowerordning"), 3.5,
                          QStringLiteral("\"Whistleblower, ordning\" (stikord)")},
            KleSuggestion{QStringLiteral("00.07.03"), QStringLiteral("Aktindsigt - forvaltningsprincipper"),
                          1.25,
                          QStringLiteral("learned from 2 earlier cases like \"Aktindsigt i byggesag\"")}};
}

} // namespace

class TestKleSuggestionModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyAtFirst();
    void roles();
    void setSuggestionsResets();
    void invalidIndexes();
    void suggestionsOfARealClassifier();
};

void TestKleSuggestionModel::emptyAtFirst()
{
    KleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.suggestions().isEmpty());
}

void TestKleSuggestionModel::roles()
{
    KleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSuggestions(handMade());
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(KleSuggestionModel::NumberRole).toString(), QStringLiteral("00.07.45"));
    QCOMPARE(first.data(KleSuggestionModel::TitleRole).toString(), QStringLiteral("Whistleblowerordning"));
    QCOMPARE(first.data(KleSuggestionModel::ScoreRole).toDouble(), 3.5);
    QCOMPARE(first.data(KleSuggestionModel::ReasonRole).toString(),
             QStringLiteral("Because of: \"Whistleblower, ordning\" (stikord)"));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), first.data(KleSuggestionModel::ReasonRole).toString());
    QCOMPARE(first.data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("\"Whistleblower, ordning\" (stikord)"));
    // Number and title on the first line, the reason on the second.
    const QStringList lines = first.data().toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("00.07.45 Whistleblowerordning"));
    QCOMPARE(lines.at(1).trimmed(), QStringLiteral("Because of: \"Whistleblower, ordning\" (stikord)"));
    QVERIFY(!first.data(Qt::DecorationRole).isValid());

    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data(KleSuggestionModel::NumberRole).toString(), QStringLiteral("00.07.03"));
    QCOMPARE(second.data(KleSuggestionModel::ScoreRole).toDouble(), 1.25);
    QVERIFY(
        second.data(KleSuggestionModel::ReasonRole).toString().contains(QStringLiteral("learned from 2")));
    QCOMPARE(model.suggestions().size(), 2);
    QCOMPARE(model.suggestions().at(1).title, QStringLiteral("Aktindsigt - forvaltningsprincipper"));
}

void TestKleSuggestionModel::setSuggestionsResets()
{
    KleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSuggestions(handMade());
    QCOMPARE(reset.size(), 1);
    model.setSuggestions({handMade().at(1)});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(KleSuggestionModel::NumberRole).toString(), QStringLiteral("00.07.03"));
    model.setSuggestions({});
    QCOMPARE(reset.size(), 3);
    QCOMPARE(model.rowCount(), 0);
}

void TestKleSuggestionModel::invalidIndexes()
{
    KleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSuggestions(handMade());
    QVERIFY(!model.index(2, 0).isValid());
    QVERIFY(!model.index(-1, 0).isValid());
    QVERIFY(!model.index(0, 1).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestKleSuggestionModel::suggestionsOfARealClassifier()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    akta::store::LocalStore store(dir.path());
    akta::kle::KlePlanImporter(store.database())
        .importFile(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    const auto classifier = akta::kle::KleClassifierLoader::load(store.database());
    const QList<KleSuggestion> suggestions =
        classifier->suggest(QStringLiteral("Whistleblower indberetning"), 6);
    QVERIFY(suggestions.size() > 1);

    KleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSuggestions(suggestions);
    QCOMPARE(model.rowCount(), int(suggestions.size()));
    QCOMPARE(model.index(0, 0).data(KleSuggestionModel::NumberRole).toString(), QStringLiteral("00.07.45"));
    double previous = model.index(0, 0).data(KleSuggestionModel::ScoreRole).toDouble();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(KleSuggestionModel::NumberRole).toString(), suggestions.at(row).emne);
        QCOMPARE(index.data(KleSuggestionModel::TitleRole).toString(), suggestions.at(row).title);
        QVERIFY(!index.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        const double score = index.data(KleSuggestionModel::ScoreRole).toDouble();
        QVERIFY(score > 0 && score <= previous);
        previous = score;
    }
}

QTEST_GUILESS_MAIN(TestKleSuggestionModel)
#include "tst_klesuggestionmodel.moc"
