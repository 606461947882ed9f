#include "KlePickerWidget.h"

#include "CaseLabels.h"
#include "KleFilterProxyModel.h"
#include "KleSuggestionModel.h"
#include "KleTreeModel.h"
#include "kle/KleClassifier.h"
#include "kle/KleRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace akta::widgets {

namespace {
constexpr int kSuggestionCount = 6;
}

KlePickerWidget::KlePickerWidget(sqlite::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_filter(new QLineEdit(this)),
      m_suggestionsLabel(new QLabel(tr("S&uggestions from the title"), this)),
      m_suggestions(new QListView(this)), m_tree(new QTreeView(this)), m_details(new QTextBrowser(this)),
      m_facet(new QComboBox(this)), m_chosenLabel(new QLabel(this)),
      m_treeModel(new models::KleTreeModel(this)), m_proxy(new models::KleFilterProxyModel(this)),
      m_suggestionModel(new models::KleSuggestionModel(this))
{
    setObjectName(QStringLiteral("klePicker"));

    m_filter->setObjectName(QStringLiteral("kleFilter"));
    m_filter->setAccessibleName(tr("Find KLE emne"));
    m_filter->setPlaceholderText(tr("Number, title or stikord, e.g. 02.34.02 or byggetilladelse"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_suggestions->setObjectName(QStringLiteral("kleSuggestions"));
    m_suggestions->setAccessibleName(tr("KLE suggestions"));
    m_suggestions->setModel(m_suggestionModel);
    m_suggestions->setWordWrap(true);
    m_suggestions->setMaximumHeight(m_suggestions->fontMetrics().height() * 2 * 4 + 12);
    m_suggestionsLabel->setBuddy(m_suggestions);

    m_proxy->setSourceModel(m_treeModel);
    m_tree->setObjectName(QStringLiteral("kleTree"));
    m_tree->setAccessibleName(tr("KLE plan"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    auto* treeLabel = new QLabel(tr("KLE &plan"), this);
    treeLabel->setBuddy(m_tree);

    m_details->setObjectName(QStringLiteral("kleDetails"));
    m_details->setAccessibleName(tr("Guidance for the emne"));
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(260);

    m_facet->setObjectName(QStringLiteral("kleFacet"));
    m_facet->setAccessibleName(tr("Handlingsfacet"));
    auto* facetLabel = new QLabel(tr("Handlings&facet:"), this);
    facetLabel->setBuddy(m_facet);

    m_chosenLabel->setObjectName(QStringLiteral("kleChosen"));
    m_chosenLabel->setWordWrap(true);

    auto* filterLabel = new QLabel(tr("&KLE emne:"), this);
    filterLabel->setBuddy(m_filter);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_suggestionsLabel);
    leftLayout->addWidget(m_suggestions);
    leftLayout->addWidget(treeLabel);
    leftLayout->addWidget(m_tree, 1);
    auto* facetRow = new QHBoxLayout;
    facetRow->addWidget(facetLabel);
    facetRow->addWidget(m_facet, 1);
    leftLayout->addLayout(facetRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_chosenLabel);

    setTabOrder(m_filter, m_suggestions);
    setTabOrder(m_suggestions, m_tree);
    setTabOrder(m_tree, m_facet);
    setTabOrder(m_facet, m_details);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, &KlePickerWidget::onFilterChanged);
    connect(m_suggestions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                // The first current row comes from the view taking focus (Tab), not from the caseworker.
                if (current.isValid() && previous.isValid() && m_suggestions->hasFocus()) {
                    m_userChose = true;
                    choose(current.data(models::KleSuggestionModel::NumberRole).toString());
                }
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                if (!current.isValid() || !previous.isValid() || !m_tree->hasFocus()) {
                    return;
                }
                const QString number = current.data(models::KleTreeModel::NumberRole).toString();
                showDetails(number);
                if (current.data(models::KleTreeModel::LevelRole).toInt() == 3) {
                    m_userChose = true;
                    choose(number);
                }
            });
    connect(m_facet, &QComboBox::currentIndexChanged, this, [this] { choose(m_chosen); });

    loadPlan();
    choose(QString());
}

void KlePickerWidget::loadPlan()
{
    kle::KleRepository plan(m_db);
    QHash<QString, QString> searchText;
    for (const auto& [number, stikord] : plan.allStikord()) {
        searchText[number] += QLatin1Char(' ') + stikord.text;
    }
    m_treeModel->setPlan(plan.allEntries(), searchText);
    m_facet->clear();
    for (const kle::KleFacet& facet : plan.facets()) {
        m_facet->addItem(QStringLiteral("%1 %2").arg(facet.number, facet.title), facet.number);
    }
    m_facet->setCurrentIndex(qMax(0, m_facet->findData(QStringLiteral("G01"))));
}

void KlePickerWidget::setClassifier(std::shared_ptr<const kle::KleClassifier> classifier)
{
    m_classifier = std::move(classifier);
    updateSuggestions();
}

void KlePickerWidget::setCaseText(const QString& text)
{
    if (text != m_caseText) {
        m_caseText = text;
        updateSuggestions();
    }
}

void KlePickerWidget::updateSuggestions()
{
    if (!m_classifier) {
        m_suggestionsLabel->setText(tr("S&uggestions from the title (being prepared…)"));
        return;
    }
    m_suggestionsLabel->setText(tr("S&uggestions from the title"));
    const QList<kle::KleSuggestion> suggestions = m_caseText.trimmed().isEmpty()
                                                      ? QList<kle::KleSuggestion>()
                                                      : m_classifier->suggest(m_caseText, kSuggestionCount);
    m_suggestionModel->setSuggestions(suggestions);
    // Until the caseworker picks or types, the best suggestion is the choice.
    if (!m_userChose && m_filter->text().trimmed().isEmpty()) {
        choose(suggestions.isEmpty() ? QString() : suggestions.constFirst().emne);
    }
}

void KlePickerWidget::onFilterChanged()
{
    m_proxy->setFilterWords(m_filter->text());
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty()) {
        m_tree->collapseAll();
        m_userChose = false;
        updateSuggestions();
        return;
    }
    m_tree->expandAll();
    const QString first = firstVisibleSubject();
    // A whole emne number typed is that emne; otherwise the first that matches is highlighted.
    const QModelIndex exact = m_treeModel->indexOf(text);
    const bool exactSubject = exact.isValid() && exact.data(models::KleTreeModel::LevelRole).toInt() == 3;
    m_userChose = true;
    choose(exactSubject ? text : first);
}

QString KlePickerWidget::firstVisibleSubject(const QModelIndex& parent) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (index.data(models::KleTreeModel::LevelRole).toInt() == 3) {
            return index.data(models::KleTreeModel::NumberRole).toString();
        }
        const QString below = firstVisibleSubject(index);
        if (!below.isEmpty()) {
            return below;
        }
    }
    return {};
}

void KlePickerWidget::setChosen(const QString& subject, const QString& facet)
{
    const int facetIndex = m_facet->findData(facet);
    if (facetIndex >= 0) {
        m_facet->setCurrentIndex(facetIndex);
    } else if (!facet.isEmpty()) {
        m_facet->addItem(facet, facet);
        m_facet->setCurrentIndex(m_facet->count() - 1);
    }
    m_userChose = true;
    choose(subject);
}

QString KlePickerWidget::chosenFacet() const
{
    return m_facet->currentData().toString();
}

void KlePickerWidget::choose(const QString& number)
{
    const QModelIndex source = m_treeModel->indexOf(number);
    const bool usable = source.isValid() && source.data(models::KleTreeModel::LevelRole).toInt() == 3 &&
                        !source.data(models::KleTreeModel::RetiredRole).toBool();
    m_chosen = usable ? number : QString();
    if (m_chosen.isEmpty()) {
        m_chosenLabel->setText(tr("No emne chosen yet: type a number or words, or pick a suggestion."));
        m_chosenLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    } else {
        m_chosenLabel->setText(tr("Chosen: %1 %2 · %3")
                                   .arg(number, source.data(models::KleTreeModel::TitleRole).toString(),
                                        m_facet->currentText()));
        m_chosenLabel->setStyleSheet(QStringLiteral("color: #1b6e2a"));
        if (!m_tree->hasFocus()) {
            const QModelIndex proxyIndex = m_proxy->mapFromSource(source);
            if (proxyIndex.isValid()) {
                m_tree->scrollTo(proxyIndex);
                m_tree->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect);
            }
        }
    }
    showDetails(m_chosen);
    emit chosenChanged();
}

void KlePickerWidget::showDetails(const QString& number)
{
    const auto details = number.isEmpty() ? std::nullopt : kle::KleRepository(m_db).details(number);
    if (!details) {
        m_details->setHtml(
            tr("<p>The guidance, legal references and retention of the highlighted emne are shown "
               "here.</p>"));
        return;
    }
    const kle::KleEntry& entry = details->entry;
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(entry.number, entry.title.toHtmlEscaped());
    if (entry.level == 3) {
        QString retention = models::CaseLabels::retention(entry.retention).toHtmlEscaped();
        const QString deletion = models::CaseLabels::deletion(entry.deletion);
        if (!deletion.isEmpty()) {
            retention += QStringLiteral("; ") + deletion.toHtmlEscaped();
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Retention:"), retention);
    }
    if (entry.isRetired()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Retired on %1: cannot be chosen for new cases.")
                             .arg(entry.retiredAt)
                             .toHtmlEscaped());
    }
    if (!details->guidance.isEmpty()) {
        html += details->guidance; // the plan's own rich text (p, ul, li)
    }
    if (!details->legalReferences.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Legal references"));
        for (const kle::KleLegalReference& reference : details->legalReferences) {
            const QString text =
                (reference.title +
                 (reference.paragraph.isEmpty() ? QString() : QStringLiteral(", ") + reference.paragraph))
                    .toHtmlEscaped();
            html += reference.url.startsWith(QLatin1String("https://"))
                        ? QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                              .arg(reference.url.toHtmlEscaped(), text)
                        : QStringLiteral("<li>%1</li>").arg(text);
        }
        html += QStringLiteral("</ul>");
    }
    QStringList stikord;
    for (const kle::KleStikord& keyword : details->stikord) {
        if (!keyword.retired && !keyword.isTitle) {
            stikord << (keyword.facet.isEmpty() ? keyword.text
                                                : QStringLiteral("%1 (%2)").arg(keyword.text, keyword.facet));
        }
    }
    if (!stikord.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Stikord:"), stikord.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

bool KlePickerWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the filter field goes to the suggestions (or the tree when there are none).
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down) {
            QAbstractItemView* target =
                m_suggestionModel->rowCount() > 0 && m_filter->text().trimmed().isEmpty()
                    ? static_cast<QAbstractItemView*>(m_suggestions)
                    : static_cast<QAbstractItemView*>(m_tree);
            target->setFocus();
            if (!target->currentIndex().isValid() && target->model()->rowCount() > 0) {
                target->setCurrentIndex(target->model()->index(0, 0));
            }
            // Down is the caseworker's move: the highlighted suggestion becomes the choice.
            if (target == m_suggestions && m_suggestions->currentIndex().isValid()) {
                m_userChose = true;
                choose(m_suggestions->currentIndex().data(models::KleSuggestionModel::NumberRole).toString());
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace akta::widgets
