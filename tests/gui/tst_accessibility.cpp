#include "CaseDetailWidget.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CreateCaseDialog.h"
#include "RetentionDialog.h"
#include "cases/CaseCreation.h"
#include "directory/Directory.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;

// Every interactive widget a caseworker can reach must have a name a screen reader can say: its own
// accessible name, the text of a button, or a label that is its buddy.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFocusableWidgetIsNamed_data();
    void everyFocusableWidgetIsNamed();

private:
    static QStringList unnamed(QWidget* root);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_caseId;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>(m_dir->path());
    directory::Directory directory(m_store->database());
    directory.addUnit({QStringLiteral("u"), QString(), QStringLiteral("PPR")});
    directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Ib Holm"),
                       QStringLiteral("u"), QStringLiteral("caseworker")});
    cases::NewCase request;
    request.title = QStringLiteral("Budget");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = cases::createCase(m_store->database(), request, std::nullopt, QStringLiteral("me")).id;
}

void TestAccessibility::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestAccessibility::unnamed(QWidget* root)
{
    QSet<const QWidget*> buddies;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy()) {
            buddies.insert(label->buddy());
        }
    }
    QStringList missing;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLabel*>(widget)) {
            continue;
        }
        if (widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue; // Qt's own inner parts (scroll bars, viewports)
        }
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const bool named = !widget->accessibleName().isEmpty() || buddies.contains(widget) ||
                           (button && !button->text().isEmpty());
        if (!named) {
            missing << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
        }
    }
    return missing;
}

void TestAccessibility::everyFocusableWidgetIsNamed_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("case list") << 0;
    QTest::newRow("case view") << 1;
    QTest::newRow("create case") << 2;
    QTest::newRow("retention") << 3;
}

void TestAccessibility::everyFocusableWidgetIsNamed()
{
    QFETCH(int, which);
    std::unique_ptr<QWidget> widget;
    models::CaseListModel model(m_store->databasePath());
    switch (which) {
    case 0:
        widget = std::make_unique<widgets::CaseListView>(&model);
        break;
    case 1: {
        auto detail =
            std::make_unique<widgets::CaseDetailWidget>(m_store->databasePath(), m_store->blobStore());
        detail->showCase(m_caseId);
        QTRY_COMPARE(detail->currentCaseId(), m_caseId);
        widget = std::move(detail);
        break;
    }
    case 2:
        widget = std::make_unique<widgets::CreateCaseDialog>(m_store->database(), QStringLiteral("me"));
        break;
    default:
        widget =
            std::make_unique<widgets::RetentionDialog>(m_store->database(), m_caseId, QStringLiteral("me"));
        break;
    }
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QTest::qWait(200); // the case view fills in from a worker thread
    const QStringList missing = unnamed(widget.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
