#include "CaseNumberIssuer.h"

#include "ServerDatabase.h"

namespace akta::server {

QString CaseNumberIssuer::next(const QString& kleSubject, const QString& kleFacet, int year)
{
    QSqlQuery current = m_db.exec(
        QStringLiteral("SELECT last_number FROM case_number_counters WHERE kle_subject = ? AND year = ?"),
        {kleSubject, year});
    int number = 1;
    if (current.next()) {
        number = current.value(0).toInt() + 1;
        m_db.exec(QStringLiteral(
                      "UPDATE case_number_counters SET last_number = ? WHERE kle_subject = ? AND year = ?"),
                  {number, kleSubject, year});
    } else {
        m_db.exec(QStringLiteral(
                      "INSERT INTO case_number_counters(kle_subject, year, last_number) VALUES (?, ?, ?)"),
                  {kleSubject, year, number});
    }
    return QStringLiteral("%1-%2-%3-%4")
        .arg(kleSubject, kleFacet)
        .arg(number)
        .arg(year % 100, 2, 10, QLatin1Char('0'));
}

} // namespace akta::server
