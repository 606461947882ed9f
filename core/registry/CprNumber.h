#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace akta::registry {

// Why a CPR number was rejected; None for a valid number.
enum class CprError
{
    None,
    Empty,
    BadCharacters,
    WrongLength,
    BadHyphenPosition,
    NoSuchDate,
    FutureDate
};

// A Danish personal number (CPR, DDMMYY-SSSS) or one of CPR-kontoret's replacement numbers
// (erstatningspersonnumre: the day + 60), checked against the rules of the CPR office. The century
// comes from the 7th digit and the year. The modulus 11 check is information only: numbers that
// fail it have been issued since 2007.
class CprNumber final
{
public:
    enum class Sex
    {
        Male,
        Female
    };

    // How many replacement numbers replacementFor() can make for one birth date and sex.
    static constexpr int ReplacementSerialCount = 500;

    // Accepts "DDMMYYSSSS", "DDMMYY-SSSS" or "DDMMYY SSSS" with white space around it. A birth date
    // after `today` is rejected.
    static CprNumber parse(QStringView input, QDate today = QDate::currentDate());
    // A replacement number (day + 60, 10 digits) for `birth` whose last digit gives the sex, so that
    // it can never be a real person's CPR number. `serial` (0 to ReplacementSerialCount - 1) picks
    // one of the numbers of that date and sex. Empty when `birth` is invalid or outside 1858-2057,
    // or `serial` is out of range.
    static QString replacementFor(QDate birth, int serial, bool male);

    bool isValid() const { return m_error == CprError::None; }
    bool isReplacement() const { return m_replacement; }
    // 10 digits without a hyphen; empty when invalid.
    QString normalized() const { return m_digits; }
    // DDMMYY-SSSS; empty when invalid.
    QString formatted() const;
    // Invalid when the number is invalid. For a replacement number the day is the day field - 60.
    QDate birthDate() const { return m_birthDate; }
    std::optional<Sex> sex() const;
    // Whether the weighted digit sum (weights 4,3,2,7,6,5,4,3,2,1) is divisible by 11.
    bool passesModulus11() const;

    CprError error() const { return m_error; }
    // What is wrong, in English; empty when valid.
    QString errorMessage() const;
    // What is wrong, translated for the UI (context "akta::registry::CprNumber"); empty when valid.
    QString localizedErrorMessage() const;

private:
    static CprNumber rejected(CprError error, const QString& detail = {});

    QString m_digits;
    QDate m_birthDate;
    CprError m_error = CprError::Empty;
    QString m_detail; // what the message names, e.g. the offending character or the date
    bool m_replacement = false;
};

} // namespace akta::registry
