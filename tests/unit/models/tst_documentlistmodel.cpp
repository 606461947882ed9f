// Tests of akta::models::DocumentListModel.

#include "CaseLabels.h"
#include "DocumentListModel.h"
#include "cases/CaseRepository.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::DocumentRecord;
using akta::models::CaseLabels;
using akta::models::DocumentListModel;

namespace {

DocumentRecord document(const QString& id, int number, const QString& title, const QString& kind,
                        const QString& direction, const QString& status, const QDate& date,
                        const QString& fileName)
{
    DocumentRecord record;
    record.id = id;
    record.number = number;
    record.title = title;
    record.kind = kind;
    record.direction = direction;
    record.status = status;
    record.documentDate = date;
    record.fileName = fileName;
    return record;
}

QList<DocumentRecord> threeDocuments()
{
    return {
        document(QStringLiteral("d1"), 1, QStringLiteral("Ansøgning om byggetilladelse"),
                 QStringLiteral("file"), QStringLiteral("incoming"), QStringLiteral("journaled"),
                 QDate(2026, 1, 15), QStringLiteral("ansoegning.pdf")),
        document(QStringLiteral("d2"), 2, QStringLiteral("Svar til ansøger"), QStringLiteral("email"),
                 QStringLiteral("outgoing"), QStringLiteral("journaled"), QDate(2026, 2, 3),
                 QStringLiteral("svar.eml")),
        document(QStringLiteral("d3"), 3, QStringLiteral("Notat om besigtigelse"), QStringLiteral("note"),
                 QStringLiteral("internal"), QStringLiteral("draft"), QDate(), QString()),
    };
}

} // namespace

class TestDocumentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void emptyAtFirst();
    void setDocumentsResets();
    void columns();
    void labelsDifferByKindDirectionAndStatus();
    void idAndToolTipRoles();
    void invalidIndexes();
    void headers();
    void documentsFromAStore();
    void textStatusColumnAndBackgroundUpdate();
};

void TestDocumentListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentListModel::emptyAtFirst()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
}

void TestDocumentListModel::setDocumentsResets()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDocuments(threeDocuments());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.setDocuments(threeDocuments().mid(1));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data().toString(),
             QStringLiteral("Svar til ansøger"));
    model.setDocuments({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDocumentListModel::columns()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<DocumentRecord> documents = threeDocuments();
    model.setDocuments(documents);
    for (int row = 0; row < documents.size(); ++row) {
        const DocumentRecord& d = documents.at(row);
        auto cell = [&model, row](int column) { return model.index(row, column).data(); };
        QCOMPARE(cell(DocumentListModel::NumberColumn).toInt(), d.number);
        QCOMPARE(cell(DocumentListModel::TitleColumn).toString(), d.title);
        QCOMPARE(cell(DocumentListModel::KindColumn).toString(), CaseLabels::documentKind(d.kind));
        QCOMPARE(cell(DocumentListModel::DirectionColumn).toString(), CaseLabels::direction(d.direction));
        QCOMPARE(cell(DocumentListModel::DateColumn).toString(),
                 QLocale().toString(d.documentDate, QLocale::ShortFormat));
        QVERIFY(!cell(DocumentListModel::StatusColumn).toString().isEmpty());
    }
    // A document without a date shows no date.
    QVERIFY(model.index(2, DocumentListModel::DateColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, DocumentListModel::DateColumn).data().toString().isEmpty());
}

void TestDocumentListModel::labelsDifferByKindDirectionAndStatus()
{
    DocumentListModel model;
    model.setDocuments(threeDocuments());
    auto column = [&model](int col) {
        QSet<QString> values;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString value = model.index(row, col).data().toString();
            if (!value.isEmpty()) {
                values.insert(value);
            }
        }
        return values.size();
    };
    QCOMPARE(column(DocumentListModel::KindColumn), 3);      // file, email, note
    QCOMPARE(column(DocumentListModel::DirectionColumn), 3); // incoming, outgoing, internal
    QCOMPARE(column(DocumentListModel::StatusColumn), 2);    // journaled, draft
    // The labels are display names, not wire names.
    QVERIFY(model.index(1, DocumentListModel::KindColumn).data().toString() != QLatin1String("email"));
    QCOMPARE(model.index(0, DocumentListModel::StatusColumn).data(),
             model.index(1, DocumentListModel::StatusColumn).data());
}

void TestDocumentListModel::idAndToolTipRoles()
{
    DocumentListModel model;
    model.setDocuments(threeDocuments());
    for (int column = 0; column < DocumentListModel::ColumnCount; ++column) {
        QCOMPARE(model.index(1, column).data(DocumentListModel::IdRole).toString(), QStringLiteral("d2"));
    }
    QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("ansoegning.pdf"));
    QVERIFY(!model.index(0, DocumentListModel::NumberColumn).data(Qt::ToolTipRole).isValid());
}

void TestDocumentListModel::invalidIndexes()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocuments(threeDocuments());
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(!model.index(0, DocumentListModel::ColumnCount).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
}

void TestDocumentListModel::headers()
{
    DocumentListModel model;
    QSet<QString> names;
    for (int column = 0; column < DocumentListModel::ColumnCount; ++column) {
        const QString name = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(DocumentListModel::ColumnCount));
    QVERIFY(!model.headerData(DocumentListModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestDocumentListModel::documentsFromAStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    akta::store::LocalStore store(dir.path());
    akta::cases::NewCase request;
    request.title = QStringLiteral("Sag med akter");
    request.kleSubject = QStringLiteral("00.01.00");
    const QString caseId =
        akta::cases::CaseRepository(store.database()).create(request, QStringLiteral("u")).id;
    store.database().exec(
        QStringLiteral(
            "INSERT INTO documents(id, case_id, number, title, kind, direction, status, document_date, "
            "created_at, modified_at) VALUES "
            "('b', '%1', 2, 'Anden akt', 'email', 'outgoing', 'journaled', '2026-03-01', 'x', 'x'), "
            "('a', '%1', 1, 'Første akt', 'file', 'incoming', 'journaled', NULL, 'x', 'x')")
            .arg(caseId));
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocuments(akta::cases::CaseRepository(store.database()).documents(caseId));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data().toString(), QStringLiteral("Første akt"));
    QCOMPARE(model.index(1, DocumentListModel::NumberColumn).data().toInt(), 2);
    QCOMPARE(model.index(1, DocumentListModel::DateColumn).data().toString(),
             QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
}

void TestDocumentListModel::textStatusColumnAndBackgroundUpdate()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<DocumentRecord> documents = threeDocuments();
    documents[0].textStatus = QStringLiteral("ok");
    documents[1].textStatus = QStringLiteral("pending");
    documents[2].textStatus = QStringLiteral("none");
    model.setDocuments(documents);
    QSet<QString> labels;
    for (int row = 0; row < 3; ++row) {
        labels.insert(model.index(row, DocumentListModel::TextColumn).data().toString());
    }
    QCOMPARE(labels.size(), 3);
    QCOMPARE(model.index(1, DocumentListModel::TextColumn).data(DocumentListModel::TextStatusRole).toString(),
             QStringLiteral("pending"));
    // Screen readers get words, not signs.
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row, DocumentListModel::TextColumn).data(Qt::AccessibleTextRole).toString(),
                 DocumentListModel::textLabel(documents.at(row).textStatus));
        QVERIFY(!model.index(row, DocumentListModel::TextColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    // The queue reports a crash of the helper: only that cell changes, and the reason is in the tooltip.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTextStatus(QStringLiteral("d2"), QStringLiteral("failed"),
                        QStringLiteral("the extractor crashed (signal 11)"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, DocumentListModel::TextColumn));
    const QString label = model.index(1, DocumentListModel::TextColumn).data().toString();
    QVERIFY(!labels.contains(label));
    QVERIFY(model.index(1, DocumentListModel::TextColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("the extractor crashed (signal 11)")));
    QCOMPARE(model.index(1, DocumentListModel::TextColumn).data(DocumentListModel::TextStatusRole).toString(),
             QStringLiteral("failed"));
    // An unknown document (another case) changes nothing.
    model.setTextStatus(QStringLiteral("elsewhere"), QStringLiteral("ok"), {});
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
