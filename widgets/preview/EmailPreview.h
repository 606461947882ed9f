#pragma once

#include "domain/DocumentRecord.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace akta::widgets {

struct PreviewContent;
class PreviewTextBrowser;

// An e-mail: its headers (From, To, Cc, Date, Subject), its body (plain text, or HTML with nothing
// fetched from the network) and its attachments, the bilag documents. Enter or a double-click on an
// attachment emits attachmentActivated.
class EmailPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailPreview)

public:
    explicit EmailPreview(QWidget* parent = nullptr);

    void setContent(const PreviewContent& content);
    bool find(const QString& text);

signals:
    void attachmentActivated(const QString& documentId);

private:
    QLabel* addHeader(const QString& label, const QString& objectName);

    QFormLayout* m_headers;
    QLabel* m_from;
    QLabel* m_to;
    QLabel* m_cc;
    QLabel* m_date;
    QLabel* m_subject;
    PreviewTextBrowser* m_body;
    QLabel* m_attachmentsLabel;
    QListWidget* m_attachments;
};

} // namespace akta::widgets
