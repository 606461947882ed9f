#include "CaseListView.h"

#include "CaseLabels.h"
#include "CaseListModel.h"
#include "OfflineMarkDelegate.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace akta::widgets {

namespace {
constexpr int kFilterDelayMs = 200;
}

CaseListView::CaseListView(models::CaseListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("caseListView"));

    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setPlaceholderText(tr("Filter cases by number, title or party"));
    m_filter->setAccessibleName(tr("Filter cases"));
    m_filter->setClearButtonEnabled(true);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"), QString());
    for (CaseStatus status : {CaseStatus::Opened, CaseStatus::InProgress, CaseStatus::Decided,
                              CaseStatus::Closed, CaseStatus::Archived}) {
        m_status->addItem(models::CaseLabels::status(status), toWireName(status));
    }

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(models::CaseListModel::NumberColumn, new OfflineMarkDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::CaseListModel::ModifiedColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Column widths from what the columns hold; the title takes the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const char* sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 16;
    };
    m_table->setColumnWidth(models::CaseListModel::NumberColumn, widthOf("00.00.00-G01-0000-00"));
    m_table->setColumnWidth(models::CaseListModel::PartyColumn, widthOf("Marianne Jørgensen"));
    m_table->setColumnWidth(models::CaseListModel::KleColumn, widthOf("00.00.00"));
    m_table->setColumnWidth(models::CaseListModel::StatusColumn, widthOf("Under behandl"));
    m_table->setColumnWidth(models::CaseListModel::CaseworkerColumn, widthOf("Marianne Jensen"));
    m_table->setColumnWidth(models::CaseListModel::ModifiedColumn, widthOf("00.00.0000"));
    header->setSectionResizeMode(models::CaseListModel::TitleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(models::CaseListModel::UnitColumn, widthOf("Familieafdelingen"));
    m_table->setColumnHidden(models::CaseListModel::UnitColumn, true); // the citizen overview shows it
    header->setMinimumSectionSize(widthOf("00.00.00"));

    m_count->setObjectName(QStringLiteral("caseCount"));

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    emit caseSelected(current.data(models::CaseListModel::IdRole).toString());
                }
            });
    connect(m_model, &models::CaseListModel::totalCountChanged, this, &CaseListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListView::applyPendingSelection);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_table);
}

void CaseListView::updateCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(total < 0 ? QString() : tr("%n case(s)", nullptr, int(total)));
}

void CaseListView::selectCase(const QString& id)
{
    m_pendingSelection = id;
    applyPendingSelection();
}

void CaseListView::applyPendingSelection()
{
    if (m_pendingSelection.isEmpty()) {
        return;
    }
    const int row = m_model->rowOfCase(m_pendingSelection);
    if (row < 0) {
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

} // namespace akta::widgets
