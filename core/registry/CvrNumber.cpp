#include "registry/CvrNumber.h"

#include "registry/NumberText.h"

#include <QCoreApplication>

namespace akta::registry {

namespace {

constexpr int DigitCount = 8;
constexpr const char* TranslationContext = "akta::registry::CvrNumber";

bool passesModulus11(const QString& digits)
{
    static constexpr int weights[DigitCount] = {2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < DigitCount; ++i) {
        sum += digits.at(i).digitValue() * weights[i];
    }
    return sum % 11 == 0;
}

const char* sourceText(CvrError error)
{
    switch (error) {
    case CvrError::None:
        return nullptr;
    case CvrError::Empty:
        return QT_TRANSLATE_NOOP("akta::registry::CvrNumber", "No CVR number was given.");
    case CvrError::BadCharacters:
        return QT_TRANSLATE_NOOP("akta::registry::CvrNumber",
                                 "The CVR number contains %1, which is not a digit.");
    case CvrError::WrongLength:
        return QT_TRANSLATE_NOOP("akta::registry::CvrNumber", "A CVR number has 8 digits; this one has %1.");
    case CvrError::LeadingZero:
        return QT_TRANSLATE_NOOP("akta::registry::CvrNumber", "A CVR number cannot begin with 0.");
    case CvrError::Mod11Failed:
        return QT_TRANSLATE_NOOP("akta::registry::CvrNumber",
                                 "The CVR number fails the modulus 11 check; a digit is probably wrong.");
    }
    return nullptr;
}

} // namespace

CvrNumber CvrNumber::parse(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return rejected(CvrError::Empty);
    }
    if (text.startsWith(QLatin1String("DK"), Qt::CaseInsensitive)) {
        text = text.mid(2);
    }
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (!c.isSpace()) {
            return rejected(CvrError::BadCharacters, describeCharacter(text, i));
        }
    }
    if (digits.size() != DigitCount) {
        return rejected(CvrError::WrongLength, QString::number(digits.size()));
    }
    if (digits.front() == u'0') {
        return rejected(CvrError::LeadingZero);
    }
    if (!passesModulus11(digits)) {
        return rejected(CvrError::Mod11Failed);
    }
    CvrNumber number;
    number.m_digits = digits;
    number.m_error = CvrError::None;
    return number;
}

QString CvrNumber::errorMessage() const
{
    return rejectionMessage(TranslationContext, sourceText(m_error), m_detail, false);
}

QString CvrNumber::localizedErrorMessage() const
{
    return rejectionMessage(TranslationContext, sourceText(m_error), m_detail, true);
}

CvrNumber CvrNumber::rejected(CvrError error, const QString& detail)
{
    CvrNumber number;
    number.m_error = error;
    number.m_detail = detail;
    return number;
}

} // namespace akta::registry
