#include "ReviewQueueWidget.h"

#include "ReviewQueueModel.h"
#include "review/DocumentReview.h"
#include "sqlite/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::widgets {

ReviewQueueWidget::ReviewQueueWidget(const QString& databasePath, const QString& userId, QWidget* parent)
    : QWidget(parent), m_databasePath(databasePath), m_userId(userId),
      m_model(new models::ReviewQueueModel(databasePath, userId, this)), m_table(new QTableView(this)),
      m_empty(new QLabel(tr("Nothing waits for your review."), this)), m_comment(new QPlainTextEdit(this)),
      m_open(new QPushButton(tr("&Open"), this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_reject(new QPushButton(tr("&Reject"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewQueue"));
    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setAccessibleName(tr("Documents waiting for review"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::ReviewQueueModel::DocumentColumn,
                                                      QHeaderView::Stretch);
    setMinimumWidth(400);
    setFocusProxy(m_table);
    m_table->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("reviewQueueEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setAccessibleName(tr("Comment on the decision"));
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    m_open->setObjectName(QStringLiteral("reviewOpenButton"));
    m_open->setAccessibleName(tr("Open the document"));
    m_approve->setObjectName(QStringLiteral("reviewApproveButton"));
    m_approve->setAccessibleName(tr("Approve the document"));
    m_reject->setObjectName(QStringLiteral("reviewRejectButton"));
    m_reject->setAccessibleName(tr("Reject the document"));
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_open, &QPushButton::clicked, this, &ReviewQueueWidget::openCurrent);
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueWidget::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReviewQueueWidget::reject);
    connect(m_table, &QTableView::activated, this, &ReviewQueueWidget::openCurrent);
    connect(m_model, &models::ReviewQueueModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && currentRow() < 0) {
            m_table->selectRow(0);
        }
        updateState();
    });
    connect(m_model, &models::ReviewQueueModel::loadFailed, m_message, &QLabel::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueueWidget::updateState);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReviewQueueWidget::onDecided);
    updateState();
}

ReviewQueueWidget::~ReviewQueueWidget()
{
    m_watcher.waitForFinished();
}

void ReviewQueueWidget::reload()
{
    m_model->reload();
}

int ReviewQueueWidget::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReviewQueueWidget::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    const bool chosen = currentRow() >= 0 && !m_watcher.isRunning();
    m_open->setEnabled(chosen);
    m_approve->setEnabled(chosen);
    m_reject->setEnabled(chosen);
    m_comment->setEnabled(any);
}

void ReviewQueueWidget::openCurrent()
{
    const int row = currentRow();
    if (row >= 0) {
        const review::ReviewItem item = m_model->item(row);
        emit openDocumentRequested(item.caseId, item.documentId);
    }
}

void ReviewQueueWidget::decide(bool approve)
{
    const int row = currentRow();
    if (row < 0 || m_watcher.isRunning()) {
        return;
    }
    const QString path = m_databasePath;
    const QString user = m_userId;
    const QString documentId = m_model->item(row).documentId;
    const QString comment = m_comment->toPlainText();
    m_message->clear();
    m_watcher.setFuture(QtConcurrent::run([path, user, documentId, comment, approve] {
        Outcome outcome{documentId, approve, {}};
        try {
            sqlite::Database db(path);
            review::DocumentReview(db).decide(documentId, approve, comment, user);
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
    updateState();
}

void ReviewQueueWidget::onDecided()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        m_message->setText(outcome.error);
        emit decisionFailed(outcome.error);
    } else {
        m_comment->clear();
        m_message->setText(outcome.approved ? tr("Approved.") : tr("Rejected."));
        emit decided(outcome.documentId, outcome.approved);
    }
    m_model->reload();
    updateState();
}

} // namespace akta::widgets
