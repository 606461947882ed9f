#pragma once

#include "directory/Directory.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace akta::widgets {

// "Send til godkendelse…": choose the leader who reviews a document, the nearest leader of the
// case's leader line first.
class ReviewRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewRequestDialog(const QString& documentTitle, const QList<directory::User>& leaders,
                        QWidget* parent = nullptr);

    QString reviewerId() const;

private:
    QComboBox* m_leaders;
};

} // namespace akta::widgets
