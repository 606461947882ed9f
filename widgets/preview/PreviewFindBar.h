#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace akta::widgets {

// The find bar of the preview: a field, previous/next and what was found. Enter finds the next
// hit (F3 and Shift+F3 are the viewer's), Escape closes the bar.
class PreviewFindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewFindBar)

public:
    explicit PreviewFindBar(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setStatus(const QString& status);
    // Shows the bar and puts the cursor in its field.
    void open();

signals:
    void findNext();
    void findPrevious();
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* m_field;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_status;
    QToolButton* m_close;
};

} // namespace akta::widgets
