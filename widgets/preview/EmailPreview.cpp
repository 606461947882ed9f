#include "EmailPreview.h"

#include "PreviewContent.h"
#include "PreviewTextBrowser.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTextCursor>
#include <QVBoxLayout>

namespace akta::widgets {

EmailPreview::EmailPreview(QWidget* parent)
    : QWidget(parent), m_headers(new QFormLayout), m_body(new PreviewTextBrowser(this)),
      m_attachmentsLabel(new QLabel(tr("&Attachments"), this)), m_attachments(new QListWidget(this))
{
    setObjectName(QStringLiteral("emailPreview"));
    m_from = addHeader(tr("From:"), QStringLiteral("emailFrom"));
    m_to = addHeader(tr("To:"), QStringLiteral("emailTo"));
    m_cc = addHeader(tr("Cc:"), QStringLiteral("emailCc"));
    m_date = addHeader(tr("Date:"), QStringLiteral("emailDate"));
    m_subject = addHeader(tr("Subject:"), QStringLiteral("emailSubject"));
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_headers->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_body->setObjectName(QStringLiteral("emailBody"));
    m_body->setAccessibleName(tr("Message"));
    m_attachments->setObjectName(QStringLiteral("emailAttachments"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setToolTip(tr("Press Enter or double-click to open an attachment"));
    m_attachmentsLabel->setBuddy(m_attachments);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_headers);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_attachmentsLabel);
    layout->addWidget(m_attachments);

    connect(m_attachments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit attachmentActivated(item->data(Qt::UserRole).toString()); });
}

QLabel* EmailPreview::addHeader(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->addRow(label, value);
    return value;
}

void EmailPreview::setContent(const PreviewContent& content)
{
    const QString separator = QStringLiteral("; ");
    m_from->setText(content.from);
    m_to->setText(content.to.join(separator));
    m_cc->setText(content.cc.join(separator));
    m_headers->setRowVisible(m_cc, !content.cc.isEmpty());
    m_date->setText(content.date);
    m_subject->setText(content.subject.isEmpty() ? tr("(no subject)") : content.subject);
    m_body->setInlineParts(content.inlineParts);
    if (content.bodyIsHtml) {
        m_body->setHtml(content.body);
    } else {
        m_body->setPlainText(content.body);
    }
    m_attachments->clear();
    for (const DocumentRecord& attachment : content.attachments) {
        const QString size =
            QLocale().formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat);
        auto* item = new QListWidgetItem(
            tr("%1. %2 (%3)").arg(QString::number(attachment.number), attachment.title, size), m_attachments);
        item->setData(Qt::UserRole, attachment.id);
        item->setToolTip(attachment.fileName);
    }
    const bool any = !content.attachments.isEmpty();
    m_attachmentsLabel->setVisible(any);
    m_attachments->setVisible(any);
    if (any) {
        const int rows = qMin(int(content.attachments.size()), 5);
        m_attachments->setFixedHeight(rows * (m_attachments->fontMetrics().height() + 6) + 6);
        m_attachments->setCurrentRow(0);
    }
}

bool EmailPreview::find(const QString& text)
{
    m_body->moveCursor(QTextCursor::Start);
    return !text.isEmpty() && m_body->find(text);
}

} // namespace akta::widgets
