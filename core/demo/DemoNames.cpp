#include "demo/DemoNames.h"

namespace akta::demo {

namespace {

QStringList fromUtf8(std::initializer_list<const char*> words)
{
    QStringList list;
    list.reserve(qsizetype(words.size()));
    for (const char* word : words) {
        list.append(QString::fromUtf8(word));
    }
    return list;
}

} // namespace

const QStringList& DemoNames::maleFirstNames()
{
    static const QStringList list = fromUtf8({
        "Peter",   "Jens",    "Lars",     "Michael",  "Henrik", "Søren",   "Thomas",    "Jan",    "Niels",
        "Anders",  "Morten",  "Jesper",   "Martin",   "Mads",   "Rasmus",  "Christian", "Mikkel", "Frederik",
        "Kim",     "Hans",    "Ole",      "Poul",     "Erik",   "Torben",  "Bent",      "Kasper", "Jacob",
        "Nikolaj", "Jonas",   "Emil",     "Lucas",    "Oliver", "William", "Noah",      "Oscar",  "Victor",
        "Magnus",  "Alfred",  "Carl",     "Valdemar", "Aksel",  "Malthe",  "Elias",     "Arthur", "August",
        "Bjørn",   "Steffen", "Flemming", "Brian",    "Allan",  "Claus",   "Jørgen",    "Finn",   "Ib",
        "Omar",    "Ahmad",   "Ali",      "Mohammad", "Yusuf",  "Piotr",   "Tomasz",    "Andrei", "Minh",
    });
    return list;
}

const QStringList& DemoNames::femaleFirstNames()
{
    static const QStringList list = fromUtf8({
        "Anne",     "Kirsten", "Mette",   "Hanne",  "Helle",     "Anna",      "Susanne", "Lene",   "Maria",
        "Marianne", "Lone",    "Camilla", "Pia",    "Louise",    "Charlotte", "Tina",    "Gitte",  "Bente",
        "Karen",    "Inge",    "Birthe",  "Jette",  "Lise",      "Dorthe",    "Ida",     "Emma",   "Sofie",
        "Freja",    "Clara",   "Alma",    "Ella",   "Karla",     "Agnes",     "Ellen",   "Olivia", "Josefine",
        "Laura",    "Nanna",   "Cecilie", "Signe",  "Maja",      "Astrid",    "Frida",   "Asta",   "Liv",
        "Sille",    "Rikke",   "Trine",   "Malene", "Stine",     "Bodil",     "Grethe",  "Åse",    "Ragnhild",
        "Fatima",   "Aisha",   "Zainab",  "Amira",  "Agnieszka", "Katarzyna", "Ioana",   "Linh",   "Mai",
    });
    return list;
}

const QStringList& DemoNames::surnames()
{
    // The frequent names appear more than once, roughly in proportion to how common they are.
    static const QStringList list = fromUtf8({
        "Nielsen",     "Nielsen",  "Nielsen",    "Nielsen",     "Jensen",      "Jensen",       "Jensen",
        "Jensen",      "Hansen",   "Hansen",     "Hansen",      "Pedersen",    "Pedersen",     "Pedersen",
        "Andersen",    "Andersen", "Andersen",   "Christensen", "Christensen", "Larsen",       "Larsen",
        "Sørensen",    "Sørensen", "Rasmussen",  "Rasmussen",   "Jørgensen",   "Jørgensen",    "Petersen",
        "Petersen",    "Madsen",   "Kristensen", "Olsen",       "Thomsen",     "Christiansen", "Poulsen",
        "Johansen",    "Møller",   "Mortensen",  "Knudsen",     "Jakobsen",    "Mikkelsen",    "Olesen",
        "Frederiksen", "Laursen",  "Henriksen",  "Lund",        "Schmidt",     "Eriksen",      "Holm",
        "Kristiansen", "Clausen",  "Simonsen",   "Svendsen",    "Andreasen",   "Iversen",      "Jeppesen",
        "Mogensen",    "Jacobsen", "Nissen",     "Vestergaard", "Lauridsen",   "Jespersen",    "Kjær",
        "Bertelsen",   "Dahl",     "Berg",       "Østergaard",  "Bech",        "Ravn",         "Bruun",
        "Thygesen",    "Krogh",    "Skov",       "Bak",         "Nørgaard",    "Lind",         "Gregersen",
        "Søndergaard", "Damgaard", "Kjeldsen",   "Mathiasen",   "Friis",       "Juhl",         "Winther",
        "Ahmed",       "Ali",      "Hussein",    "Yilmaz",      "Nguyen",      "Kowalski",     "Popescu",
    });
    return list;
}

const QStringList& DemoNames::streets()
{
    static const QStringList list = fromUtf8({
        "Nørregade",     "Søndergade",      "Vestergade",  "Østergade",    "Algade",       "Kirkevej",
        "Skolevej",      "Møllevej",        "Bøgevej",     "Egevej",       "Birkevej",     "Ahornvej",
        "Lærkevej",      "Solsikkevej",     "Rosenvænget", "Stationsvej",  "Havnegade",    "Strandvejen",
        "Engvej",        "Skovvej",         "Fælledvej",   "Præstevænget", "Kløvervænget", "Vibevej",
        "Tranevej",      "Mågevej",         "Hyldevej",    "Granvej",      "Bakkevej",     "Højvangen",
        "Ørnevej",       "Æblehaven",       "Smedevej",    "Gartnervej",   "Mejerivej",    "Byvej",
        "Åvænget",       "Kongensgade",     "Torvet",      "Jernbanegade", "Ringstedvej",  "Roskildevej",
        "Køgevej",       "Holbækvej",       "Hovedgaden",  "Industrivej",  "Fabriksvej",   "Tværvej",
        "Grønnegade",    "Sankt Knuds Vej", "Valmuevej",   "Kornvænget",   "Bygaden",      "Søvej",
        "Damhusvej",     "Lindevej",        "Kastanjevej", "Pilevej",      "Elmevej",      "Hasselvej",
        "Nattergalevej", "Svalevej",        "Drosselvej",  "Spurvevej",    "Fasanvej",     "Rådhusstræde",
    });
    return list;
}

const QList<DemoTown>& DemoNames::towns()
{
    // The demo municipality lies in mid-Zealand; a few inhabitants live elsewhere.
    static const QList<DemoTown> list = [] {
        const struct
        {
            const char* code;
            const char* city;
            int weight;
        } rows[] = {
            {"4100", "Ringsted", 30}, {"4180", "Sorø", 14},       {"4174", "Jystrup Midtsj", 3},
            {"4171", "Glumsø", 4},    {"4160", "Herlufmagle", 3}, {"4140", "Borup", 5},
            {"4130", "Viby Sj.", 4},  {"4000", "Roskilde", 5},    {"4600", "Køge", 5},
            {"4200", "Slagelse", 4},  {"4300", "Holbæk", 3},      {"4700", "Næstved", 4},
            {"4690", "Haslev", 3},    {"4330", "Hvalsø", 2},      {"4320", "Lejre", 2},
            {"2630", "Taastrup", 1},  {"2500", "Valby", 1},       {"8000", "Aarhus C", 1},
            {"5000", "Odense C", 1},  {"5970", "Ærøskøbing", 1},  {"3700", "Rønne", 1},
        };
        QList<DemoTown> towns;
        for (const auto& row : rows) {
            towns.append(DemoTown{QString::fromUtf8(row.code), QString::fromUtf8(row.city), row.weight});
        }
        return towns;
    }();
    return list;
}

const QList<DemoIndustry>& DemoNames::industries()
{
    static const QList<DemoIndustry> list = [] {
        const struct
        {
            const char* industry;
            const char* word;
        } rows[] = {
            {"Tømrer- og bygningssnedkervirksomhed", "Tømrer"},
            {"Murere", "Murer"},
            {"Elinstallation", "El-service"},
            {"VVS- og blikkenslagerforretninger", "VVS"},
            {"Opførelse af bygninger", "Byg"},
            {"Malerforretninger", "Maler"},
            {"Restauranter", "Restaurant"},
            {"Caféer og lignende", "Café"},
            {"Frisørsaloner", "Frisør"},
            {"Vognmandsforretninger", "Transport"},
            {"Rengøring af bygninger", "Rengøring"},
            {"Advokatvirksomhed", "Advokater"},
            {"Bogføring og revision; skatterådgivning", "Revision"},
            {"Supermarkeder", "Købmand"},
            {"Dyrkning af korn", "Landbrug"},
            {"Anlægsgartnere", "Anlægsgartner"},
            {"Arkitektvirksomhed", "Arkitekter"},
            {"Rådgivende ingeniørvirksomhed", "Ingeniører"},
            {"Private dagtilbud", "Børnehus"},
            {"Hjemmehjælp", "Hjemmeservice"},
            {"Computerprogrammering", "Data"},
            {"Ejendomsadministration", "Ejendomme"},
        };
        QList<DemoIndustry> industries;
        for (const auto& row : rows) {
            industries.append(DemoIndustry{QString::fromUtf8(row.industry), QString::fromUtf8(row.word)});
        }
        return industries;
    }();
    return list;
}

const QStringList& DemoNames::companySuffixes()
{
    static const QStringList list = fromUtf8({"ApS", "ApS", "ApS", "A/S", "I/S", "IVS"});
    return list;
}

const QStringList& DemoNames::schools()
{
    static const QStringList list = fromUtf8({
        "Byskolen",
        "Nordskolen",
        "Søndermarkskolen",
        "Vestervangskolen",
        "Dagmarskolen",
        "Benløse Skole",
        "Kildeskolen",
        "Asgårdskolen",
    });
    return list;
}

const QStringList& DemoNames::dayCares()
{
    static const QStringList list = fromUtf8({
        "Børnehuset Mælkebøtten",
        "Børnehuset Regnbuen",
        "Dagplejen Syd",
        "Vuggestuen Myretuen",
        "Naturbørnehaven Skovtrolden",
        "Børnehuset Solstrålen",
    });
    return list;
}

const QStringList& DemoNames::institutions()
{
    static const QStringList list = fromUtf8({
        "Lægehuset Torvet",
        "Sundhedsplejen",
        "Midt- og Vestsjællands Politi",
        "Børne- og Ungdomspsykiatrien",
        "Sjællands Universitetshospital",
        "Ankestyrelsen",
        "Udbetaling Danmark",
        "Familieretshuset",
        "Tandplejen",
        "Krisecenteret",
        "A-kassen",
        "Jobcenterets virksomhedsservice",
    });
    return list;
}

const QStringList& DemoNames::departments()
{
    static const QStringList list = fromUtf8({
        "Økonomi og Analyse",
        "Juridisk Kontor",
        "Digitalisering og IT",
        "Kommunikation",
        "Indkøb og Udbud",
        "Ejendomscentret",
    });
    return list;
}

QString DemoNames::asciiFolded(const QString& text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'æ':
            out += QStringLiteral("ae");
            break;
        case u'ø':
            out += QStringLiteral("oe");
            break;
        case u'å':
            out += QStringLiteral("aa");
            break;
        case u'é':
            out += QLatin1Char('e');
            break;
        case u'ü':
            out += QLatin1Char('u');
            break;
        case u'ö':
            out += QLatin1Char('o');
            break;
        default:
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit()) {
                out += c;
            } else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-'))) {
                out += QLatin1Char('-');
            }
        }
    }
    while (out.endsWith(QLatin1Char('-'))) {
        out.chop(1);
    }
    return out;
}

} // namespace akta::demo
