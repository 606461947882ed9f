#include "CitizenOverviewDialog.h"

#include "CaseListModel.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace akta::widgets {

CitizenOverviewDialog::CitizenOverviewDialog(const QString& databasePath, const QString& identifier,
                                             const QString& name, QWidget* parent)
    : QDialog(parent), m_model(new models::CaseListModel(databasePath, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("citizenOverview"));
    const QString shown =
        identifier.size() == 10 ? identifier.left(6) + QLatin1Char('-') + identifier.mid(6) : identifier;
    setWindowTitle(tr("Cases of %1").arg(name));
    resize(1000, 480);

    m_model->setPageSize(1000);
    m_model->setPartyFilter(identifier);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("Cases of the party"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::CaseListModel::ModifiedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(models::CaseListModel::PartyColumn, true);
    m_table->setWordWrap(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const char* sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 16;
    };
    m_table->setColumnWidth(models::CaseListModel::NumberColumn,
                            widthOf("00.00.00-G01-0000-00 (foreløbigt)"));
    m_table->setColumnWidth(models::CaseListModel::KleColumn, widthOf("00.00.00"));
    m_table->setColumnWidth(models::CaseListModel::StatusColumn, widthOf("Under behandling"));
    m_table->setColumnWidth(models::CaseListModel::CaseworkerColumn, widthOf("Marianne Jørgensen"));
    m_table->setColumnWidth(models::CaseListModel::ModifiedColumn, widthOf("00.00.0000"));
    m_table->setColumnWidth(models::CaseListModel::UnitColumn, widthOf("Familieafdelingen"));
    m_table->horizontalHeader()->setSectionResizeMode(models::CaseListModel::TitleColumn,
                                                      QHeaderView::Stretch);

    auto* heading = new QLabel(tr("%1 (%2) is a party to these cases:").arg(name, shown), this);
    heading->setObjectName(QStringLiteral("overviewHeading"));
    auto* count = new QLabel(this);
    connect(m_model, &models::CaseListModel::totalCountChanged, count,
            [count](qint64 total) { count->setText(tr("%n case(s)", nullptr, int(total))); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open case"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCaseButton"));
    open->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto openCurrent = [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            m_chosenCaseId = current.data(models::CaseListModel::IdRole).toString();
            accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, this, openCurrent);
    connect(m_table, &QAbstractItemView::activated, this, openCurrent);
    connect(m_model, &models::CaseListModel::firstPageLoaded, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) {
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    m_table->setFocus();
}

} // namespace akta::widgets
