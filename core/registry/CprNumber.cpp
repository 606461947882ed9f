#include "registry/CprNumber.h"

#include "registry/NumberText.h"

#include <QCoreApplication>

namespace akta::registry {

namespace {

constexpr int DigitCount = 10;
constexpr int HyphenIndex = 6;
constexpr int ReplacementDayOffset = 60;
constexpr const char* TranslationContext = "akta::registry::CprNumber";

int twoDigits(QStringView digits, qsizetype at)
{
    return digits.mid(at, 2).toInt();
}

// The birth year from the two-digit year and the 7th digit, by the CPR office's table.
int yearOf(int twoDigitYear, int centuryDigit)
{
    if (centuryDigit <= 3) {
        return 1900 + twoDigitYear;
    }
    if (centuryDigit == 4 || centuryDigit == 9) {
        return twoDigitYear <= 36 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
    }
    return twoDigitYear <= 57 ? 2000 + twoDigitYear : 1800 + twoDigitYear;
}

// A 7th digit that gives `year` back through yearOf(), or -1 outside 1858-2057.
int centuryDigitFor(int year)
{
    if (year >= 1900 && year <= 1999) {
        return 0;
    }
    if (year >= 2000 && year <= 2036) {
        return 4;
    }
    if ((year >= 2037 && year <= 2057) || (year >= 1858 && year <= 1899)) {
        return 5;
    }
    return -1;
}

const char* sourceText(CprError error)
{
    switch (error) {
    case CprError::None:
        return nullptr;
    case CprError::Empty:
        return QT_TRANSLATE_NOOP("akta::registry::CprNumber", "No CPR number was given.");
    case CprError::BadCharacters:
        return QT_TRANSLATE_NOOP("akta::registry::CprNumber",
                                 "The CPR number contains %1, which is not a digit.");
    case CprError::WrongLength:
        return QT_TRANSLATE_NOOP("akta::registry::CprNumber", "A CPR number has 10 digits; this one has %1.");
    case CprError::BadHyphenPosition:
        return QT_TRANSLATE_NOOP("akta::registry::CprNumber",
                                 "The hyphen must come after the first six digits (DDMMYY-SSSS).");
    case CprError::NoSuchDate:
        return QT_TRANSLATE_NOOP("akta::registry::CprNumber", "The birth date %1 does not exist.");
    case CprError::FutureDate:
        return QT_TRANSLATE_NOOP("akta::registry::CprNumber", "The birth date %1 lies in the future.");
    }
    return nullptr;
}

} // namespace

CprNumber CprNumber::parse(QStringView input, QDate today)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return rejected(CprError::Empty);
    }
    QString digits;
    qsizetype separators = 0;
    qsizetype separatorIndex = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'-' || c.isSpace()) {
            ++separators;
            separatorIndex = i;
        } else {
            return rejected(CprError::BadCharacters, describeCharacter(text, i));
        }
    }
    if (digits.size() != DigitCount) {
        return rejected(CprError::WrongLength, QString::number(digits.size()));
    }
    if (separators > 1 || (separators == 1 && separatorIndex != HyphenIndex)) {
        return rejected(CprError::BadHyphenPosition);
    }

    const int dayField = twoDigits(digits, 0);
    const int month = twoDigits(digits, 2);
    const int year = yearOf(twoDigits(digits, 4), digits.at(HyphenIndex).digitValue());
    const bool replacement = dayField > ReplacementDayOffset && dayField <= ReplacementDayOffset + 31;
    const int day = replacement ? dayField - ReplacementDayOffset : dayField;
    const QDate birth(year, month, day);
    if (!birth.isValid()) {
        return rejected(CprError::NoSuchDate, QString::asprintf("%04d-%02d-%02d", year, month, day));
    }
    if (birth > today) {
        return rejected(CprError::FutureDate, birth.toString(Qt::ISODate));
    }

    CprNumber number;
    number.m_digits = digits;
    number.m_birthDate = birth;
    number.m_error = CprError::None;
    number.m_replacement = replacement;
    return number;
}

QString CprNumber::replacementFor(QDate birth, int serial, bool male)
{
    if (!birth.isValid() || serial < 0 || serial >= ReplacementSerialCount) {
        return {};
    }
    const int centuryDigit = centuryDigitFor(birth.year());
    if (centuryDigit < 0) {
        return {};
    }
    // Digits 8-9 and the parity-free part of digit 10 come from the serial; odd last digit = male.
    const int lastDigit = (serial % 5) * 2 + (male ? 1 : 0);
    return QString::asprintf("%02d%02d%02d%d%02d%d", birth.day() + ReplacementDayOffset, birth.month(),
                             birth.year() % 100, centuryDigit, serial / 5, lastDigit);
}

QString CprNumber::formatted() const
{
    if (!isValid()) {
        return {};
    }
    return m_digits.left(HyphenIndex) + QLatin1Char('-') + m_digits.mid(HyphenIndex);
}

std::optional<CprNumber::Sex> CprNumber::sex() const
{
    if (!isValid()) {
        return std::nullopt;
    }
    return m_digits.back().digitValue() % 2 == 1 ? Sex::Male : Sex::Female;
}

bool CprNumber::passesModulus11() const
{
    if (!isValid()) {
        return false;
    }
    static constexpr int weights[DigitCount] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < DigitCount; ++i) {
        sum += m_digits.at(i).digitValue() * weights[i];
    }
    return sum % 11 == 0;
}

QString CprNumber::errorMessage() const
{
    return rejectionMessage(TranslationContext, sourceText(m_error), m_detail, false);
}

QString CprNumber::localizedErrorMessage() const
{
    return rejectionMessage(TranslationContext, sourceText(m_error), m_detail, true);
}

CprNumber CprNumber::rejected(CprError error, const QString& detail)
{
    CprNumber number;
    number.m_error = error;
    number.m_detail = detail;
    return number;
}

} // namespace akta::registry
