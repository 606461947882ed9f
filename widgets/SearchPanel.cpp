#include "SearchPanel.h"

#include "SearchHitDelegate.h"
#include "SearchResultModel.h"
#include "search/SearchWorker.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSearchPanel, "akta.widgets.search")

namespace akta::widgets {

namespace {

const char* const kSavedKey = "search/saved";

const QRegularExpression& filterPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|\\s)((?:kle|facet|status|sagsbeh|enhed|part|dato|type):(?:\"[^\"]*\"|\\S+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

SearchPanel::SearchPanel(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_sort(new QComboBox(this)),
      m_saved(new QToolButton(this)), m_chips(new QWidget(this)), m_chipLayout(new QHBoxLayout(m_chips)),
      m_results(new QTreeView(this)), m_status(new QLabel(this)),
      m_model(new models::SearchResultModel(this)), m_worker(new search::SearchWorker(databasePath))
{
    setObjectName(QStringLiteral("searchPanel"));
    setMinimumWidth(420);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search all cases and documents"));
    m_field->setPlaceholderText(
        tr("Search cases and documents (Ctrl+K), e.g. byggetilladelse kle:02 dato:2025"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_sort->setObjectName(QStringLiteral("searchSort"));
    m_sort->setAccessibleName(tr("Sort search results"));
    m_sort->addItem(tr("Best match"));
    m_sort->addItem(tr("Newest first"));

    auto* addFilter = new QToolButton(this);
    addFilter->setObjectName(QStringLiteral("searchAddFilter"));
    addFilter->setAccessibleName(tr("Add a filter"));
    addFilter->setText(tr("Filter"));
    addFilter->setPopupMode(QToolButton::InstantPopup);
    auto* filterMenu = new QMenu(addFilter);
    const QList<std::pair<QString, QString>> filters{
        {tr("E-mails"), QStringLiteral("type:mail")},
        {tr("Journal notes"), QStringLiteral("type:notat")},
        {tr("Cases only"), QStringLiteral("type:sag")},
        {tr("Under way"), QStringLiteral("status:\"under behandling\"")},
        {tr("Closed cases"), QStringLiteral("status:afsluttet")},
        {tr("The last 12 months"),
         QStringLiteral("dato:%1..").arg(QDate::currentDate().addYears(-1).toString(Qt::ISODate))},
    };
    for (const auto& [label, filter] : filters) {
        filterMenu->addAction(label, this, [this, filter = filter] {
            setQuery(m_field->text().trimmed() + QLatin1Char(' ') + filter + QLatin1Char(' '));
            m_field->setFocus();
        });
    }
    addFilter->setMenu(filterMenu);

    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setText(tr("Saved"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    rebuildSavedMenu();

    m_chips->setObjectName(QStringLiteral("searchChips"));
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setHeaderHidden(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    // The field gets the whole width; the buttons a row of their own (beside it they were cut off in a
    // dock of the panel's minimum width).
    auto* row = new QHBoxLayout;
    row->addWidget(addFilter);
    row->addWidget(m_sort);
    row->addWidget(m_saved);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addLayout(row);
    layout->addWidget(m_chips);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    m_chips->hide();
    // Tab goes through the controls in the order they are seen (they were made in another).
    setTabOrder(m_field, addFilter);
    setTabOrder(addFilter, m_sort);
    setTabOrder(m_sort, m_saved);
    setTabOrder(m_saved, m_results);

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &search::SearchWorker::finished, this, &SearchPanel::showResult);
    connect(m_worker, &search::SearchWorker::failed, this, &SearchPanel::showError);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();

    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::openFirst);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);
    connect(m_results, &QTreeView::activated, this, &SearchPanel::openIndex);
}

SearchPanel::~SearchPanel()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::setQuery(const QString& text)
{
    m_field->setText(text);
}

void SearchPanel::runSearch()
{
    updateChips();
    // What is shown no longer answers what is typed: Enter must not open its case or person.
    m_directCaseId.clear();
    m_directPartyId.clear();
    m_openWhenShown = false;
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        m_worker->cancel();
        m_latest = 0;
        m_model->clear();
        m_status->clear();
        return;
    }
    search::SearchEngine::Request request;
    request.text = text;
    request.limit = 50;
    request.prefixLastWord = true;
    request.sort = m_sort->currentIndex() == 1 ? search::SearchEngine::Sort::Date
                                               : search::SearchEngine::Sort::Relevance;
    m_latest = m_worker->search(request);
}

void SearchPanel::showResult(quint64 generation, const search::SearchResult& result)
{
    if (generation != m_latest) {
        return; // an answer to a query typed over since
    }
    m_shown = generation;
    m_directCaseId = result.directCaseId;
    m_directPartyId = result.directPartyId;
    m_model->setResult(result);
    m_results->expandAll();
    m_status->setStyleSheet(QString());
    if (result.hits.isEmpty()) {
        m_status->setText(tr("No hits."));
    } else if (result.totalEstimated) {
        m_status->setText(tr("About %L1 hits; the best of the newest are shown.").arg(result.total));
    } else {
        m_status->setText(tr("%n hit(s)", nullptr, int(result.total)));
    }
    emit resultShown(int(result.hits.size()));
    if (m_openWhenShown) {
        m_openWhenShown = false;
        openFirst();
    }
}

void SearchPanel::showError(quint64 generation, const QString& message)
{
    if (generation != m_latest) {
        return;
    }
    m_shown = generation;
    m_openWhenShown = false;
    qCDebug(lcSearchPanel) << "query refused:" << message;
    m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    m_status->setText(message);
    emit resultShown(0);
}

void SearchPanel::openIndex(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const QString caseId = index.data(models::SearchResultModel::CaseIdRole).toString();
    const QString documentId = index.data(models::SearchResultModel::DocumentIdRole).toString();
    if (documentId.isEmpty()) {
        emit openCaseRequested(caseId);
    } else {
        emit openDocumentRequested(caseId, documentId, m_model->result().terms);
    }
}

void SearchPanel::openFirst()
{
    if (m_latest == 0) {
        return; // an empty field
    }
    if (m_shown != m_latest) {
        m_openWhenShown = true; // the answer to what is typed is still coming
        return;
    }
    if (!m_directPartyId.isEmpty()) {
        emit openPersonRequested(m_directPartyId);
    } else if (!m_directCaseId.isEmpty()) {
        emit openCaseRequested(m_directCaseId);
    } else if (m_model->rowCount() > 0) {
        const QModelIndex first = m_model->index(0, 0);
        m_results->setFocus(Qt::OtherFocusReason);
        m_results->setCurrentIndex(first);
    }
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_field && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            m_results->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (watched == m_field && key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Up &&
            m_results->currentIndex() == m_model->index(0, 0)) {
            m_field->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::updateChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem* item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QString text = m_field->text();
    auto matches = filterPattern().globalMatch(text);
    int position = 0;
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString filter = match.captured(1);
        auto* chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("searchChip"));
        chip->setText(filter + QStringLiteral("  ✕"));
        chip->setAccessibleName(tr("Remove filter %1").arg(filter));
        chip->setAutoRaise(false);
        const qsizetype start = match.capturedStart(1);
        const qsizetype length = match.capturedLength(1);
        connect(chip, &QToolButton::clicked, this, [this, start, length] {
            QString changed = m_field->text();
            changed.remove(start, length);
            m_field->setText(changed.simplified() + QLatin1Char(' '));
            m_field->setFocus();
        });
        m_chipLayout->insertWidget(position++, chip);
    }
    m_chips->setVisible(position > 0);
}

void SearchPanel::rebuildSavedMenu()
{
    QMenu* menu = m_saved->menu();
    menu->clear();
    menu->addAction(tr("Save this search"), this, &SearchPanel::saveCurrentSearch);
    const QStringList saved = QSettings().value(QString::fromLatin1(kSavedKey)).toStringList();
    if (!saved.isEmpty()) {
        menu->addSeparator();
    }
    for (const QString& query : saved) {
        menu->addAction(query, this, [this, query] { setQuery(query); });
    }
    if (!saved.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Forget saved searches"), this, [this] {
            QSettings().remove(QString::fromLatin1(kSavedKey));
            rebuildSavedMenu();
        });
    }
}

void SearchPanel::saveCurrentSearch()
{
    const QString query = m_field->text().simplified();
    if (query.isEmpty()) {
        return;
    }
    QSettings settings;
    QStringList saved = settings.value(QString::fromLatin1(kSavedKey)).toStringList();
    saved.removeAll(query);
    saved.prepend(query);
    settings.setValue(QString::fromLatin1(kSavedKey), saved.mid(0, 20));
    rebuildSavedMenu();
}

} // namespace akta::widgets
