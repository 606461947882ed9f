#pragma once

#include <QString>
#include <QStringView>

namespace akta::registry {

// Why a CVR number was rejected; None for a valid number.
enum class CvrError
{
    None,
    Empty,
    BadCharacters,
    WrongLength,
    LeadingZero,
    Mod11Failed
};

// A Danish company number (CVR): 8 digits, the first not 0, whose weighted digit sum
// (weights 2,7,6,5,4,3,2,1) is divisible by 11.
class CvrNumber final
{
public:
    // Accepts the 8 digits with spaces between them, an optional "DK" prefix (any case) and white
    // space around it, e.g. "DK 1234 5674".
    static CvrNumber parse(QStringView input);

    bool isValid() const { return m_error == CvrError::None; }
    // 8 digits without prefix or spaces; empty when invalid.
    QString normalized() const { return m_digits; }

    CvrError error() const { return m_error; }
    // What is wrong, in English; empty when valid.
    QString errorMessage() const;
    // What is wrong, translated for the UI (context "akta::registry::CvrNumber"); empty when valid.
    QString localizedErrorMessage() const;

private:
    static CvrNumber rejected(CvrError error, const QString& detail = {});

    QString m_digits;
    CvrError m_error = CvrError::Empty;
    QString m_detail; // what the message names, e.g. the offending character
};

} // namespace akta::registry
