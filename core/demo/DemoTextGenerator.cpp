#include "demo/DemoTextGenerator.h"

#include "demo/DemoRandom.h"

#include <initializer_list>

namespace akta::demo {

namespace {

using Bank = QStringList;

Bank bank(std::initializer_list<const char*> variants)
{
    Bank list;
    list.reserve(qsizetype(variants.size()));
    for (const char* variant : variants) {
        list.append(QString::fromUtf8(variant));
    }
    return list;
}

QString lowerFirst(const QString& text)
{
    // Keep acronyms and names such as "PPR" or "EU-" as they are.
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower()) {
        return text.at(0).toLower() + text.mid(1);
    }
    return text;
}

QString amount(int kroner)
{
    QString digits = QString::number(kroner);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char('.'));
    }
    return digits + QStringLiteral(" kr.");
}

// Fills the {placeholders} of the sentence banks with the facts of one document.
class Filler
{
public:
    Filler(const DemoTextContext& context, DemoRandom& random) : m_context(context), m_random(random) {}

    QString operator()(const QString& text) const
    {
        QString out;
        out.reserve(text.size() + 64);
        qsizetype position = 0;
        while (true) {
            const qsizetype open = text.indexOf(QLatin1Char('{'), position);
            if (open < 0) {
                out += QStringView(text).mid(position);
                break;
            }
            const qsizetype close = text.indexOf(QLatin1Char('}'), open);
            if (close < 0) {
                out += QStringView(text).mid(position);
                break;
            }
            out += QStringView(text).mid(position, open - position);
            out += value(QStringView(text).mid(open + 1, close - open - 1));
            position = close + 1;
        }
        return out;
    }

    QString pick(const Bank& variants) const { return (*this)(m_random.pick(variants)); }

private:
    QString value(QStringView key) const
    {
        const DemoTextContext& c = m_context;
        auto is = [&key](QStringView name) { return key == name; };
        if (is(u"navn")) {
            return c.partyName.isEmpty() ? QStringLiteral("borgeren") : c.partyName;
        }
        if (is(u"fornavn")) {
            return !c.partyFirstName.isEmpty() ? c.partyFirstName : c.partyName;
        }
        if (is(u"kontakt")) {
            return !c.contactName.isEmpty() ? c.contactName : c.partyName;
        }
        if (is(u"barn")) {
            return c.childName;
        }
        if (is(u"barnfornavn")) {
            return c.childFirstName;
        }
        if (is(u"født")) {
            return DemoTextGenerator::longDate(c.childBirthDate);
        }
        if (is(u"forældre")) {
            return c.parentNames.isEmpty() ? QStringLiteral("forældrene") : c.parentNames;
        }
        if (is(u"sag")) {
            return c.caseTitle;
        }
        if (is(u"sagsnr")) {
            return c.caseNumber;
        }
        if (is(u"emne")) {
            return lowerFirst(c.subjectTitle);
        }
        if (is(u"Emne")) {
            return c.subjectTitle;
        }
        if (is(u"dato")) {
            return DemoTextGenerator::longDate(c.date);
        }
        if (is(u"startdato")) {
            return DemoTextGenerator::longDate(c.caseDate);
        }
        if (is(u"frist")) {
            return DemoTextGenerator::longDate(c.date.addDays(14));
        }
        if (is(u"sagsbehandler")) {
            return c.caseworkerName;
        }
        if (is(u"enhed")) {
            return c.unitName;
        }
        if (is(u"kommune")) {
            return c.municipality;
        }
        if (is(u"institution")) {
            return c.institution;
        }
        if (is(u"adresse")) {
            return !c.propertyAddress.isEmpty() ? c.propertyAddress
                   : !c.partyAddress.isEmpty()  ? c.partyAddress.first()
                                                : QStringLiteral("ejendommen");
        }
        if (is(u"beløb")) {
            return amount(m_random.between(8, 450) * 100 + m_random.between(0, 1) * 50);
        }
        if (is(u"uger")) {
            return QString::number(m_random.between(4, 10));
        }
        if (is(u"kvm")) {
            return QString::number(m_random.between(12, 85));
        }
        if (is(u"år")) {
            return QString::number(c.caseDate.year());
        }
        if (is(u"timer")) {
            return QString::number(m_random.between(2, 20));
        }
        return QLatin1Char('{') + key.toString() + QLatin1Char('}');
    }

    const DemoTextContext& m_context;
    DemoRandom& m_random;
};

bool applicable(const QString& kleSubject)
{
    static const char* const groups[] = {"27.36", "27.39", "27.42", "27.45", "27.48", "27.60", "32.03",
                                         "32.06", "32.10", "32.12", "32.18", "32.21", "32.24", "32.30"};
    for (const char* group : groups) {
        if (kleSubject.startsWith(QLatin1String(group))) {
            return true;
        }
    }
    return false;
}

bool aboutChild(const DemoTextContext& context)
{
    return !context.childName.isEmpty();
}

// ---- Sentence banks -----------------------------------------------------------------------------

const Bank kApplicationTitles =
    bank({"Ansøgning om {emne}", "Ansøgning vedr. {emne}", "Henvendelse vedr. {emne}"});
const Bank kApplicationOpening = bank({
    "Jeg vil gerne søge om {emne} og sender hermed min ansøgning.",
    "Hermed ansøger jeg om {emne}, som jeg talte med en medarbejder om i telefonen.",
    "Jeg henvender mig, fordi min situation har ændret sig, og jeg har brug for hjælp i forbindelse med "
    "{emne}.",
    "Efter aftale med min sagsbehandler sender jeg her min ansøgning vedrørende {emne}.",
});
const Bank kApplicationReason = bank({
    "Jeg har siden foråret haft det svært, og min læge mener, at det vil gøre en stor forskel i min hverdag.",
    "Min økonomi er blevet meget stram, efter at jeg mistede mit arbejde, og jeg kan ikke selv betale "
    "udgiften.",
    "Jeg bor alene og har svært ved at klare de praktiske ting, efter at jeg fik en blodprop i efteråret.",
    "Min mand og jeg har talt det igennem, og vi kan ikke få det til at hænge sammen uden hjælp fra "
    "kommunen.",
    "Jeg har vedlagt de papirer, som I bad om, og kan eftersende mere, hvis der mangler noget.",
    "Situationen er blevet værre i de seneste måneder, og jeg er bekymret for, hvordan det skal gå.",
});
const Bank kApplicationChildReason = bank({
    "Vi er bekymrede for {barnfornavn}, som i en periode har haft det svært både hjemme og i skolen.",
    "{barnfornavn} har brug for mere støtte, end vi kan give, og skolen har anbefalet os at søge hjælp.",
    "Vi har som forældre forsøgt mange ting, men vi har brug for rådgivning og konkret hjælp til "
    "{barnfornavn}.",
});
const Bank kApplicationBuilding = bank({
    "Det drejer sig om en tilbygning på ca. {kvm} m² til vores hus på {adresse}. Tegninger og situationsplan "
    "er vedlagt.",
    "Vi ønsker at opføre en carport og et redskabsrum på i alt {kvm} m² på {adresse}.",
    "Ansøgningen gælder en ombygning af tagetagen på {adresse} til beboelse, i alt ca. {kvm} m².",
    "Vi vil gerne opføre et nyt enfamiliehus på grunden {adresse}. Bebyggelsesprocenten overholdes.",
});
const Bank kApplicationClosing = bank({
    "I er velkomne til at kontakte mig, hvis I har spørgsmål.",
    "Jeg håber på et hurtigt svar, da sagen haster for mig.",
    "Jeg kan bedst træffes om eftermiddagen og læser min Digital Post hver dag.",
    "Skriv endelig, hvis der mangler oplysninger.",
});
const Bank kCompanyOpening = bank({
    "{navn} ansøger hermed om {emne}.",
    "På vegne af {navn} sender vi hermed vores henvendelse vedrørende {emne}.",
    "Vi henvender os med en forespørgsel om {emne} i forbindelse med vores aktiviteter i kommunen.",
});
const Bank kCompanyClosing = bank({
    "Kontakt os gerne, hvis I har brug for yderligere oplysninger.",
    "Vi ser frem til at høre fra jer.",
    "Vi står til rådighed for et møde, hvis det kan fremme sagen.",
});
const Bank kCompanyReason = bank({
    "Virksomheden har haft stor vækst og har brug for at udvide på {adresse}.",
    "Projektet forventes igangsat inden for et halvt år, og vi har allerede indhentet tilbud fra "
    "håndværkere.",
    "Vi vedlægger tegninger, beregninger og en beskrivelse af projektet.",
    "Vi har tidligere haft en lignende sag hos kommunen og håber på et smidigt forløb.",
});

const Bank kNotificationTitles = bank({"Underretning vedr. {barn}", "Underretning om {barn}, født {født}",
                                       "Bekymringshenvendelse vedr. {barn}"});
const Bank kNotificationOpening = bank({
    "{institution} underretter hermed om {barn}, født {født}, jf. barnets lovs § 133.",
    "Vi skal hermed underrette kommunen om vores bekymring for {barn}.",
    "På baggrund af den seneste tids observationer sender {institution} denne underretning vedrørende "
    "{barn}.",
});
const Bank kNotificationObservations = bank({
    "{barnfornavn} er i en periode mødt uregelmæssigt og har haft et højt fravær, ofte uden forklaring fra "
    "hjemmet.",
    "{barnfornavn} virker træt og ukoncentreret og har flere gange fortalt, at der er uro derhjemme om "
    "aftenen.",
    "Vi har bemærket, at {barnfornavn} ofte mangler madpakke og tøj, der passer til vejret.",
    "{barnfornavn} har trukket sig fra kammeraterne og er blevet ked af det i situationer, der tidligere gik "
    "fint.",
    "{barnfornavn} har i frikvartererne været involveret i flere konflikter og har svært ved at falde til ro "
    "igen.",
    "{barnfornavn} har fortalt en voksen, at mor og far skændes meget, og at det gør {barnfornavn} bange.",
});
const Bank kNotificationDialogue = bank({
    "Vi har drøftet bekymringen med {forældre}, som er orienteret om underretningen.",
    "Forældrene er ikke orienteret om underretningen, da vi vurderer, at det kan forværre situationen for "
    "barnet.",
    "Vi har haft flere samtaler med forældrene, men samarbejdet har været svært, og bekymringen består.",
});
const Bank kNotificationClosing = bank({
    "Vi står til rådighed for et samarbejde og deltager gerne i et netværksmøde.",
    "Kontakt os gerne, hvis I har brug for yderligere oplysninger.",
    "Vi ser frem til at høre, hvad kommunen foretager sig i sagen.",
});

const Bank kReceiptTitles = bank(
    {"Kvittering for modtagelse af din henvendelse", "Vi har modtaget din ansøgning", "Kvittering – {sag}"});
const Bank kReceiptBody = bank({
    "Vi har den {startdato} modtaget din henvendelse om {emne}. Sagen har fået sagsnummer {sagsnr}, som du "
    "bedes oplyse, når du kontakter os.",
    "Tak for din henvendelse, som vi modtog den {startdato}. Din sag har sagsnummer {sagsnr}.",
});
const Bank kReceiptTime = bank({
    "Vi forventer at kunne behandle sagen inden for {uger} uger.",
    "Sagsbehandlingstiden er i øjeblikket op til {uger} uger, og vi behandler sagerne i den rækkefølge, de "
    "kommer ind.",
    "Vi vender tilbage, så snart vi har gennemgået sagen og de vedlagte oplysninger.",
});
const Bank kReceiptNotifyBody = bank({
    "Vi bekræfter hermed, at kommunen den {startdato} har modtaget jeres underretning vedrørende {barn}. "
    "Underretningen er vurderet inden for 24 timer.",
    "Tak for jeres underretning om {barn}. Vi kan bekræfte, at den er modtaget og vurderet, og at vi har "
    "iværksat de nødvendige skridt.",
});
const Bank kReceiptClosing = bank({
    "Hvis vi mangler oplysninger, kontakter vi dig.",
    "Du kan følge med i sagen og skrive til os via Digital Post.",
    "Har du spørgsmål, er du velkommen til at kontakte mig.",
});

const Bank kPhoneTitles = bank({"Journalnotat – telefonsamtale med {kontakt}", "Telefonnotat {dato}",
                                "Journalnotat – opringning fra {kontakt}"});
const Bank kPhoneOpening = bank({
    "{kontakt} ringede for at høre, hvor langt sagen er.",
    "Jeg ringede til {kontakt} for at indhente supplerende oplysninger til sagen.",
    "{kontakt} ringede og oplyste, at der er sket ændringer i situationen siden sidst.",
    "Telefonisk kontakt med {kontakt} efter aftale.",
});
const Bank kPhoneFacts = bank({
    "{kontakt} oplyste, at lægen har henvist til yderligere undersøgelser, og at svaret ventes om et par "
    "uger.",
    "{kontakt} fortalte, at hverdagen fungerer bedre, men at det stadig er svært med de praktiske ting.",
    "{kontakt} var utilfreds med sagsbehandlingstiden. Jeg forklarede, hvilke oplysninger vi venter på.",
    "{kontakt} spurgte til muligheden for at få aktindsigt i sagen. Jeg oplyste om reglerne og "
    "fremgangsmåden.",
    "{kontakt} gav udtryk for at være enig i den plan, vi lagde på det seneste møde.",
    "{kontakt} har været syg i en periode og har derfor ikke kunnet sende det, vi bad om.",
});
const Bank kPhoneAgreement = bank({
    "Aftalt, at {kontakt} sender de manglende oplysninger senest den {frist}.",
    "Jeg forklarede reglerne og den videre sagsgang. {kontakt} var indforstået.",
    "Vi aftalte et møde på rådhuset i løbet af de næste to uger.",
    "Jeg lovede at vende tilbage, når jeg har talt med min leder om sagen.",
});

const Bank kMeetingTitles =
    bank({"Journalnotat – møde med {kontakt}", "Journalnotat – samtale {dato}", "Notat fra hjemmebesøg"});
const Bank kMeetingOpening = bank({
    "Møde på rådhuset den {dato}. Til stede var {kontakt} og undertegnede, {sagsbehandler}.",
    "Hjemmebesøg den {dato} hos {kontakt}. Formålet var at få et billede af hverdagen.",
    "Samtale den {dato} med {kontakt} som led i opfølgningen på sagen.",
});
const Bank kMeetingChild = bank({
    "Jeg talte med {barnfornavn} alene i ca. en halv time. {barnfornavn} fortalte om skolen, kammeraterne og "
    "livet derhjemme.",
    "{barnfornavn} var til stede under en del af mødet og var stille, men svarede på spørgsmål om fritiden.",
    "{forældre} fortalte, at {barnfornavn} sover dårligt og ofte har ondt i maven om morgenen.",
});
const Bank kMeetingFacts = bank({
    "Vi gennemgik de oplysninger, der er kommet ind siden sidst, og drøftede, hvad der skal ske nu.",
    "{kontakt} beskrev en hverdag, der er præget af træthed og bekymringer om økonomien.",
    "Boligen fremstod ryddelig, men der var tegn på, at det er svært at nå de praktiske opgaver.",
    "Der blev talt om mulighederne for støtte, og {kontakt} var positiv over for at tage imod hjælp.",
});
const Bank kMeetingAgreement = bank({
    "Aftaler: Kommunen indhenter oplysninger fra egen læge. Næste møde aftales, når de foreligger.",
    "Aftaler: {kontakt} kontakter selv {institution}. Opfølgning om {uger} uger.",
    "Det blev aftalt, at vi holder et opfølgende møde inden for en måned.",
});

const Bank kCaseNoteTitles = bank(
    {"Journalnotat", "Journalnotat – sagsbehandling", "Notat om sagens forløb", "Journalnotat – vurdering"});
const Bank kCaseNoteBody = bank({
    "Sagen er gennemgået den {dato}. Der mangler fortsat dokumentation, før der kan træffes afgørelse.",
    "Der er indhentet oplysninger fra {institution}. Oplysningerne er lagt på sagen.",
    "Sagen er drøftet på teammødet. Det blev besluttet at partshøre, inden der træffes afgørelse.",
    "Sagen er overdraget fra en kollega under dennes ferie. Der er ingen udestående frister.",
    "Ansøgeren er rykket for de manglende oplysninger. Ny frist er sat til den {frist}.",
    "Der er foretaget opslag i CPR og eIndkomst. Oplysningerne bekræfter det, der står i ansøgningen.",
    "Udgiften er beregnet til {beløb}. Beregningen er vedlagt som bilag.",
});

const Bank kDocumentationTitles =
    bank({"Lægeerklæring", "Dokumentation for udgifter", "Kontoudtog og lønsedler", "Erklæring fra egen læge",
          "Kopi af lejekontrakt", "Bilag til ansøgning"});
const Bank kDocumentationBody = bank({
    "Undertegnede læge bekræfter, at patienten har været i behandling siden {startdato} og fortsat har "
    "nedsat funktionsevne.",
    "Patienten har kroniske smerter og har behov for hjælp til personlig pleje og praktiske opgaver.",
    "Vedlagt er kontoudtog for de seneste tre måneder samt lønsedler fra tidligere arbejdsgiver.",
    "Den samlede udgift udgør {beløb} ifølge de vedlagte regninger.",
    "Lejekontrakten viser en månedlig husleje på {beløb} inklusive forbrug.",
    "Prognosen er usikker, og en ny vurdering anbefales om seks måneder.",
});
const Bank kBuildingDocumentationTitles =
    bank({"Tegninger og situationsplan", "Statiske beregninger", "Brandteknisk dokumentation",
          "Naboorientering – bemærkninger"});
const Bank kBuildingDocumentationBody = bank({
    "Projektet omfatter opførelse af {kvm} m² bebygget areal på {adresse}. Facader udføres i blødstrøgne "
    "teglsten.",
    "Tagkonstruktionen udføres som gitterspær med en taghældning på 25 grader.",
    "Afstanden til naboskel er mindst 2,5 meter, og bygningens højde overstiger ikke 8,5 meter.",
    "De statiske beregninger er udført efter Eurocode og viser, at konstruktionen har tilstrækkelig "
    "bæreevne.",
    "Naboen på den anden side af skellet har ingen indvendinger mod projektet.",
});

const Bank kStatementTitles = bank({"Udtalelse fra {institution}", "Skoleudtalelse vedr. {barn}",
                                    "Statusudtalelse", "Udtalelse til brug for sagen"});
const Bank kStatementBody = bank({
    "{barnfornavn} er vellidt blandt de andre børn, men har svært ved at koncentrere sig i længere tid.",
    "Fagligt ligger {barnfornavn} under klassens niveau i dansk og matematik, men gør sig umage.",
    "Fremmødet har været svingende, med et fravær på omkring 15 procent i indeværende skoleår.",
    "Samarbejdet med hjemmet er godt, og forældrene møder op til samtaler.",
    "{barnfornavn} profiterer af faste rammer og en tydelig voksen, og det fungerer bedst i mindre grupper.",
    "Vi anbefaler, at der iværksættes støtte, så {barnfornavn} kan fastholde den positive udvikling.",
});
const Bank kAdultStatementTitles = bank({"Udtalelse fra {institution}", "Statusudtalelse"});
const Bank kStatementAdultBody = bank({
    "Borgeren har deltaget stabilt i forløbet og har vist motivation for at komme videre.",
    "Helbredet begrænser fortsat arbejdsevnen, og vi vurderer, at en afklaring bør prioriteres.",
    "Vi har ikke yderligere oplysninger, der kan belyse sagen.",
    "Behandlingen forventes afsluttet inden for tre måneder, hvorefter en ny vurdering foretages.",
});

const Bank kHearingTitles =
    bank({"Partshøring", "Partshøring inden afgørelse", "Høring over oplysninger i din sag"});
const Bank kHearingBody = bank({
    "Inden vi træffer afgørelse i din sag om {emne}, giver vi dig mulighed for at komme med dine "
    "bemærkninger til de oplysninger, vi har lagt vægt på, jf. forvaltningslovens § 19.",
    "Vi forventer at træffe afgørelse i din sag om {emne}. Før vi gør det, skal du have mulighed for at "
    "udtale dig om sagens oplysninger.",
});
const Bank kHearingFacts = bank({
    "Vi har lagt vægt på oplysningerne fra {institution}, hvoraf det fremgår, at dit behov er midlertidigt.",
    "Det fremgår af sagen, at din samlede indtægt overstiger grænsen for at kunne få hjælpen.",
    "Vi har lagt vægt på, at du selv kan udføre de fleste daglige opgaver med et mindre hjælpemiddel.",
    "Projektet overskrider den tilladte bebyggelsesprocent, og det kræver en dispensation.",
});
const Bank kHearingDeadline = bank({
    "Du har mulighed for at komme med dine bemærkninger senest den {frist}. Hører vi ikke fra dig, træffer "
    "vi afgørelse på det foreliggende grundlag.",
    "Send dine bemærkninger senest den {frist}, gerne via Digital Post.",
});

const Bank kEmailSubjects = bank({"Spørgsmål til min sag {sagsnr}", "Vedr. {sag}", "Ny oplysning i sagen",
                                  "Hvornår får jeg svar?", "Dokumentation eftersendes"});
const Bank kEmailBody = bank({
    "Jeg vil gerne høre, hvornår jeg kan forvente at få svar på min ansøgning.",
    "Hermed de oplysninger, I bad om. Jeg har vedhæftet dem som billeder, da jeg ikke har en scanner.",
    "Jeg har fået ny læge og vil gerne have, at I kontakter hende i stedet.",
    "Tak for mødet i går. Jeg har tænkt over det, vi talte om, og vil gerne tage imod tilbuddet.",
    "Jeg kan desværre ikke komme til mødet på torsdag. Kan vi finde en ny tid?",
    "Jeg forstår ikke helt brevet, jeg fik. Kan I forklare, hvad det betyder for mig?",
});
const Bank kReplyBody = bank({
    "Tak for din mail. Jeg har lagt oplysningerne på din sag og vender tilbage, når jeg har gennemgået dem.",
    "Vi forventer at kunne træffe afgørelse inden for de næste {uger} uger.",
    "Det er helt i orden. Jeg foreslår, at vi i stedet mødes den {frist} kl. 10 på rådhuset.",
    "Brevet betyder, at vi mangler et par oplysninger, før vi kan afgøre sagen. Du er velkommen til at ringe "
    "til mig.",
    "Jeg har videresendt dit spørgsmål til {institution}, som vil kontakte dig direkte.",
});

const Bank kInvestigationTitles =
    bank({"Børnefaglig undersøgelse – {barn}", "Børnefaglig undersøgelse efter barnets lov § 20",
          "Afdækning og vurdering – {barn}"});
// The sections of a børnefaglig undersøgelse, each with what may be written under it.
struct Section
{
    QString heading;
    Bank body;
};
using Sections = QList<Section>;

Section section(const char* heading, std::initializer_list<const char*> body)
{
    return Section{QString::fromUtf8(heading), bank(body)};
}

const Sections kInvestigationSections = {
    section(
        "Baggrund",
        {
            "Undersøgelsen er iværksat den {startdato} på baggrund af en underretning fra {institution}.",
            "Familien har tidligere modtaget rådgivning, men indsatsen blev afsluttet, da familien flyttede.",
            "Der er afholdt samtaler med barnet, forældrene og {institution}, og der er indhentet udtalelse "
            "fra egen læge.",
        }),
    section("Barnets udvikling og adfærd",
            {
                "{barnfornavn} fremstår som et barn med mange ressourcer, men også med tydelige tegn på "
                "mistrivsel i perioder.",
                "{barnfornavn} har svært ved at håndtere skift og reagerer med uro, når planer ændres.",
                "Sproget og den motoriske udvikling svarer til alderen.",
            }),
    section(
        "Familieforhold",
        {
            "{barnfornavn} bor sammen med {forældre}. Familien har et begrænset netværk i nærområdet.",
            "Forældrene beskriver en travl hverdag, hvor der sjældent er overskud til fælles aktiviteter.",
            "Der har været konflikter mellem de voksne, som {barnfornavn} har overværet.",
        }),
    section("Skole eller dagtilbud",
            {
                "{institution} beskriver {barnfornavn} som hjælpsom og glad for de praktiske aktiviteter, "
                "men med svingende fremmøde.",
                "{barnfornavn} har brug for en tydelig voksen og profiterer af faste rammer.",
                "Samarbejdet mellem hjemmet og {institution} er blevet bedre i de seneste måneder.",
            }),
    section("Sundhedsforhold",
            {
                "Sundhedsplejersken har ikke haft særlige bekymringer for {barnfornavn}s fysiske udvikling.",
                "{barnfornavn} sover uroligt og klager ofte over ondt i maven om morgenen.",
                "Egen læge har ikke fundet somatiske forklaringer på symptomerne.",
            }),
    section("Venskaber og fritid",
            {
                "{barnfornavn} går til fodbold to gange om ugen og har en fast ven i klassen.",
                "{barnfornavn} har få venner og bruger meget tid alene foran skærmen.",
            }),
    section("Barnets egne synspunkter",
            {
                "{barnfornavn} har fortalt, at det bedste ved at være hjemme er, når familien spiser sammen "
                "om aftenen.",
                "{barnfornavn} ønsker, at de voksne skændes mindre, og at der er mere ro derhjemme.",
                "{barnfornavn} vil gerne have en voksen at tale med, som ikke er mor eller far.",
            }),
    section("Forældrenes synspunkter",
            {
                "Forældrene anerkender, at der har været en svær periode, og ønsker hjælp til at skabe mere "
                "ro i hverdagen.",
                "Forældrene er uenige i en del af bekymringen, men vil gerne samarbejde om en plan.",
            }),
    section("Vurdering",
            {
                "Det er forvaltningens samlede vurdering, at {barnfornavn} har behov for støtte for at sikre "
                "en god udvikling.",
                "Forvaltningen vurderer, at forældrene har ressourcer, men at de har brug for vejledning.",
                "Bekymringen vurderes ikke at være så alvorlig, at der er grundlag for en anbringelse.",
            }),
    section("Konklusion",
            {
                "Forvaltningen vurderer, at en forebyggende indsats i hjemmet er tilstrækkelig på nuværende "
                "tidspunkt.",
                "Det anbefales, at der iværksættes familiebehandling og en kontaktperson til {barnfornavn}.",
            }),
};
const Sections kAssessmentSections = {
    section("Baggrund",
            {
                "Vurderingen er foretaget på baggrund af ansøgningen af {startdato}, samtaler med {navn} og "
                "oplysninger fra {institution}.",
                "{navn} har været kendt i forvaltningen i en årrække.",
            }),
    section("Funktionsevne",
            {
                "{navn} kan selv klare personlig hygiejne, men har brug for hjælp til rengøring og indkøb.",
                "Gangdistancen er nedsat til ca. 100 meter, og trapper er en væsentlig udfordring.",
                "Den kognitive funktion er alderssvarende, men {navn} bliver hurtigt træt.",
            }),
    section("Ressourcer og udfordringer",
            {
                "{navn} har et godt netværk og er motiveret for at klare mest muligt selv.",
                "Boligen ligger på 2. sal uden elevator, hvilket begrænser mulighederne for at komme ud.",
            }),
    section("Borgerens egne ønsker",
            {
                "{navn} ønsker at blive boende i egen bolig så længe som muligt.",
                "{navn} vil gerne have hjælp på faste tidspunkter og af de samme medarbejdere.",
            }),
    section("Vurdering",
            {
                "Det vurderes, at {navn} er berettiget til støtte, og at behovet er varigt.",
                "Det vurderes, at behovet kan dækkes af et hjælpemiddel og en kortere indsats.",
            }),
};

const Bank kAssessmentTitles =
    bank({"Faglig vurdering", "Funktionsevnevurdering", "Samlet vurdering af sagen"});

const Bank kActionPlanTitles =
    bank({"Handleplan for {barn}", "Handleplan", "Barnets plan – {barn}", "Plan for indsatsen"});
const Bank kActionPlanBody = bank({
    "Formålet med indsatsen er, at {barnfornavn} får en stabil skolegang og trives i hverdagen.",
    "Mål: {barnfornavn} møder i skole hver dag og deltager i mindst én fritidsaktivitet.",
    "Indsats: Familiebehandling i hjemmet {timer} timer om ugen i seks måneder.",
    "Indsats: Kontaktperson til {barnfornavn} {timer} timer om måneden.",
    "Opfølgning sker senest tre måneder efter indsatsens start og derefter hver sjette måned.",
    "Planen er udarbejdet i samarbejde med {forældre} og {barnfornavn}.",
});
const Bank kActionPlanAdultBody = bank({
    "Formålet er, at {navn} kan klare sig så selvstændigt som muligt i eget hjem.",
    "Indsats: Praktisk hjælp hver anden uge og socialpædagogisk støtte {timer} timer om ugen.",
    "Opfølgning sker om tre måneder, eller før hvis behovet ændrer sig.",
    "Planen er udarbejdet sammen med {navn}, som er enig i målene.",
});

const Bank kMinutesTitles = bank({"Referat af netværksmøde", "Referat af møde {dato}",
                                  "Referat af opfølgningsmøde", "Referat af teammøde"});
const Bank kMinutesBody = bank({
    "Deltagere: {kontakt}, {institution} og {sagsbehandler}, {enhed}.",
    "Punkt 1. Status siden sidste møde. Alle parter oplever en positiv udvikling.",
    "Punkt 2. Udfordringer. Der er fortsat bekymring for fremmødet og for søvnen.",
    "Punkt 3. Aftaler. {institution} sender en skriftlig status inden næste møde.",
    "Punkt 4. Eventuelt. Intet.",
    "Næste møde holdes om ca. {uger} uger.",
});

const Bank kMemoTitles = bank(
    {"Notat om {emne}", "Indstilling til udvalget – {Emne}", "Orientering om {emne}", "Sagsfremstilling"});
const Bank kMemoBody = bank({
    "Baggrund: Kommunen skal i indeværende år tage stilling til den fremtidige tilrettelæggelse af området.",
    "Der er afsat {beløb} i budgettet til formålet, og forbruget følger det forventede.",
    "Administrationen har undersøgt erfaringerne fra tre nabokommuner.",
    "Det indstilles, at udvalget tager orienteringen til efterretning.",
    "Det indstilles, at udvalget godkender den foreslåede model med virkning fra næste år.",
    "Sagen har været drøftet i MED-udvalget, som bakker op om forslaget.",
    "Forslaget har ingen konsekvenser for personalet og kan gennemføres inden for den eksisterende ramme.",
});

const Bank kPersonnelTitles =
    bank({"Referat af sygefraværssamtale", "Ansættelsesbrev", "Bekræftelse af orlov",
          "Referat af MUS-samtale", "Ændring af arbejdstid"});
const Bank kPersonnelBody = bank({
    "Hermed bekræftes din ansættelse som sagsbehandler i {enhed} fra den {frist}.",
    "Samtalen blev holdt den {dato} med deltagelse af medarbejderen, nærmeste leder og en "
    "tillidsrepræsentant.",
    "Medarbejderen har haft {timer} sygedage inden for de seneste tre måneder.",
    "Der blev aftalt en delvis raskmelding med 20 timer om ugen i de næste fire uger.",
    "Din ugentlige arbejdstid ændres til 32 timer. Lønnen reguleres tilsvarende.",
    "Orloven bevilges som ansøgt. Du er velkommen til at kontakte HR, hvis du har spørgsmål.",
});

const Bank kDecisionTitles = bank({"Afgørelse om {emne}", "Afgørelse i din sag", "Afgørelse – {sag}"});
const Bank kDecisionYes = bank({
    "Du får bevilget {emne}. Bevillingen gælder fra den {dato}.",
    "Vi har besluttet at imødekomme din ansøgning om {emne}.",
    "Kommunen bevilger {beløb} til formålet som ansøgt.",
});
const Bank kDecisionNo = bank({
    "Vi har desværre måttet give dig afslag på din ansøgning om {emne}.",
    "Kommunen kan ikke imødekomme din ansøgning, da betingelserne ikke er opfyldt.",
});
const Bank kDecisionReason = bank({
    "Vi har lagt vægt på oplysningerne fra {institution} og på det, du fortalte på mødet den {startdato}.",
    "Afgørelsen er truffet på baggrund af en konkret og individuel vurdering af dit behov.",
});
const Bank kDecisionYesReason = bank({
    "Vi har lagt vægt på, at din situation ikke forventes at ændre sig inden for det næste år.",
    "Vi har vurderet, at hjælpen er nødvendig for, at du kan klare hverdagen.",
});
const Bank kDecisionNoReason = bank({
    "Vi har vurderet, at andre tilbud bedre kan dække dit behov.",
    "Din indtægt overstiger den grænse, der gælder for at kunne få hjælpen.",
});
const Bank kChildDecisionTitles =
    bank({"Afgørelse om støtte til {barn}", "Afgørelse efter barnets lov", "Afgørelse om indsats – {barn}"});
const Bank kDecisionLaw = bank({
    "Afgørelsen er truffet efter de regler, der gælder for {emne}, og efter kommunens serviceniveau.",
    "Afgørelsen er truffet efter serviceloven og retssikkerhedslovens regler om helhedsvurdering.",
    "Afgørelsen er truffet efter reglerne i lov om aktiv socialpolitik.",
});
const Bank kComplaint = bank({
    "Klagevejledning: Du kan klage over afgørelsen inden for 4 uger fra den dag, du har modtaget den. Klagen "
    "sendes til kommunen, som genvurderer sagen, inden den eventuelt sendes videre til Ankestyrelsen.",
    "Klagevejledning: Hvis du er uenig i afgørelsen, kan du klage inden 4 uger. Skriv til os via Digital "
    "Post og forklar, hvorfor du er uenig.",
});
const Bank kPermitTitles =
    bank({"Byggetilladelse – {adresse}", "Tilladelse til byggearbejde", "Afgørelse om byggetilladelse"});
const Bank kPermitBody = bank({
    "Kommunen giver hermed tilladelse til det ansøgte byggeri på {adresse} på de vilkår, der fremgår "
    "nedenfor.",
    "Byggeriet skal udføres i overensstemmelse med bygningsreglementet og de godkendte tegninger.",
    "Byggearbejdet skal være påbegyndt inden et år fra tilladelsens dato, ellers bortfalder tilladelsen.",
    "Ibrugtagning må først ske, når der er indsendt færdigmelding, og kommunen har givet tilladelse til "
    "ibrugtagning.",
    "Der opkræves et byggesagsgebyr på {beløb}.",
});
const Bank kChildDecisionBody = bank({
    "Kommunen har besluttet at iværksætte støtte til {barnfornavn} efter barnets lov.",
    "Indsatsen består af en kontaktperson {timer} timer om måneden og et forældrekursus.",
    "Afgørelsen er truffet på baggrund af den børnefaglige undersøgelse og samtalen med {barnfornavn}.",
    "Indsatsen følges op om tre måneder, hvor vi vurderer, om den skal fortsætte.",
});

// ---- Assembly -----------------------------------------------------------------------------------

// How many distinct sentences to take from a bank: between `low` and `high`, never more than it has.
QStringList sentences(const Bank& variants, int low, int high, const Filler& fill, DemoRandom& random)
{
    const int count = qMin<int>(random.between(low, high), int(variants.size()));
    // A random selection in bank order, so that the text keeps its natural sequence.
    QList<bool> chosen(variants.size(), false);
    for (int taken = 0; taken < count;) {
        const int index = random.bounded(int(variants.size()));
        if (!chosen.at(index)) {
            chosen[index] = true;
            ++taken;
        }
    }
    QStringList result;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        if (chosen.at(i)) {
            result.append(fill(variants.at(i)));
        }
    }
    return result;
}

QString signature(const DemoTextContext& context)
{
    return QStringLiteral("Med venlig hilsen\n%1\n%2, %3")
        .arg(context.caseworkerName, context.unitName, context.municipality);
}

QString greeting(const DemoTextContext& context)
{
    if (context.partyIsCompany) {
        return QStringLiteral("Til %1").arg(context.partyName);
    }
    const QString name = !context.contactName.isEmpty() ? context.contactName : context.partyFirstName;
    return name.isEmpty() ? QStringLiteral("Til rette vedkommende") : QStringLiteral("Kære %1").arg(name);
}

// Sender and addressee lines of an outgoing letter.
QStringList outgoingHeader(const DemoTextContext& context)
{
    QStringList header;
    header << context.municipality + QStringLiteral(", ") + context.unitName;
    const QString addressee = !context.contactName.isEmpty() ? context.contactName : context.partyName;
    if (!addressee.isEmpty()) {
        header << addressee;
        if (context.contactName.isEmpty()) {
            header << context.partyAddress;
        }
    }
    header << QStringLiteral("Dato: ") + DemoTextGenerator::longDate(context.date);
    header << QStringLiteral("Sagsnr.: ") + context.caseNumber;
    return header;
}

QStringList incomingHeader(const DemoTextContext& context, const QString& sender)
{
    QStringList header;
    header << sender;
    if (sender == context.partyName) {
        header << context.partyAddress;
    }
    header << QStringLiteral("Til: ") + context.municipality + QStringLiteral(", ") + context.unitName;
    header << QStringLiteral("Dato: ") + DemoTextGenerator::longDate(context.date);
    return header;
}

// Headings with one to three sentences each; sections after the first few are sometimes left out.
QStringList sectioned(const Sections& sections, int keep, const Filler& fill, DemoRandom& random)
{
    QStringList paragraphs;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (i >= keep && random.chance(0.3)) {
            continue;
        }
        paragraphs << sections.at(i).heading;
        paragraphs << sentences(sections.at(i).body, 1, 3, fill, random).join(QLatin1Char(' '));
    }
    return paragraphs;
}

} // namespace

QString DemoText::plainText() const
{
    QString text = title;
    if (!header.isEmpty()) {
        text += QStringLiteral("\n\n") + header.join(QLatin1Char('\n'));
    }
    for (const QString& paragraph : paragraphs) {
        text += QStringLiteral("\n\n") + paragraph;
    }
    return text;
}

QString DemoTextGenerator::longDate(QDate date)
{
    static const char* const months[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                         "juli",   "august",  "september", "oktober", "november", "december"};
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1. %2 %3")
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year());
}

QString DemoTextGenerator::cleanSubjectTitle(const QString& title)
{
    QString clean = title;
    const qsizetype bracket = clean.indexOf(QStringLiteral(" [udgår"));
    if (bracket > 0) {
        clean.truncate(bracket);
    }
    if (clean.endsWith(QStringLiteral(" i almindelighed"))) {
        clean.chop(16);
    }
    return clean.trimmed();
}

QString DemoTextGenerator::caseTitle(const QString& kleSubject, const DemoTextContext& context,
                                     DemoRandom& random)
{
    const Filler fill(context, random);
    const QString subject = context.subjectTitle;
    if (kleSubject == QLatin1String("34.10.30")) {
        return fill(QStringLiteral("Underretning vedr. {barn}"));
    }
    if (kleSubject == QLatin1String("02.34.02")) {
        return fill(QStringLiteral("Ansøgning om byggetilladelse – {adresse}"));
    }
    switch (context.category) {
    case DemoCaseCategory::Children:
    case DemoCaseCategory::School:
        return subject + QStringLiteral(" – ") + context.childName;
    case DemoCaseCategory::Building:
        return subject + QStringLiteral(" – ") + fill(QStringLiteral("{adresse}"));
    case DemoCaseCategory::Administration:
    case DemoCaseCategory::Purchase:
    case DemoCaseCategory::Technical:
        if (context.partyName.isEmpty()) {
            static const Bank kSubjectTitles =
                bank({"{Emne} {år}", "{Emne}", "{Emne} – status {år}", "{Emne} – henvendelser {år}"});
            return fill.pick(kSubjectTitles);
        }
        break;
    case DemoCaseCategory::Benefit:
    case DemoCaseCategory::Social:
        // Emner that citizens apply for.
        if (random.chance(0.35) && applicable(kleSubject)) {
            return QStringLiteral("Ansøgning om ") + lowerFirst(subject) + QStringLiteral(" – ") +
                   context.partyName;
        }
        break;
    default:
        break;
    }
    return context.partyName.isEmpty() ? subject : subject + QStringLiteral(" – ") + context.partyName;
}

DemoText DemoTextGenerator::generate(DemoDocumentType type, const DemoTextContext& context,
                                     DemoRandom& random)
{
    const Filler fill(context, random);
    DemoText text;
    const bool child = aboutChild(context);
    switch (type) {
    case DemoDocumentType::Application:
        if (context.category == DemoCaseCategory::Building) {
            text.title = fill(QStringLiteral("Ansøgning om byggetilladelse – {adresse}"));
        } else {
            text.title = fill.pick(kApplicationTitles);
        }
        text.header =
            incomingHeader(context, !context.contactName.isEmpty() ? context.contactName : context.partyName);
        if (context.partyIsCompany) {
            text.paragraphs << fill.pick(kCompanyOpening)
                            << sentences(kCompanyReason, 1, 3, fill, random).join(QLatin1Char(' '));
        } else {
            text.paragraphs << fill.pick(kApplicationOpening);
            if (context.category == DemoCaseCategory::Building) {
                text.paragraphs << fill.pick(kApplicationBuilding);
            } else if (child) {
                text.paragraphs
                    << sentences(kApplicationChildReason, 1, 2, fill, random).join(QLatin1Char(' '));
            } else {
                text.paragraphs << sentences(kApplicationReason, 1, 3, fill, random).join(QLatin1Char(' '));
            }
        }
        text.paragraphs << fill.pick(context.partyIsCompany ? kCompanyClosing : kApplicationClosing);
        text.paragraphs << QStringLiteral("Med venlig hilsen\n") +
                               (!context.contactName.isEmpty() ? context.contactName : context.partyName);
        break;
    case DemoDocumentType::Notification:
        text.title = fill.pick(kNotificationTitles);
        text.header = incomingHeader(context, context.institution);
        text.paragraphs << fill.pick(kNotificationOpening)
                        << sentences(kNotificationObservations, 2, 4, fill, random).join(QLatin1Char(' '))
                        << fill.pick(kNotificationDialogue) << fill.pick(kNotificationClosing)
                        << QStringLiteral("Med venlig hilsen\n") + context.institution;
        break;
    case DemoDocumentType::Receipt:
        text.title = fill.pick(kReceiptTitles);
        text.header = outgoingHeader(context);
        text.paragraphs << greeting(context)
                        << (context.category == DemoCaseCategory::Children && child
                                ? fill.pick(kReceiptNotifyBody)
                                : fill.pick(kReceiptBody))
                        << fill.pick(kReceiptTime) << fill.pick(kReceiptClosing) << signature(context);
        break;
    case DemoDocumentType::PhoneNote:
        text.title = fill.pick(kPhoneTitles);
        text.paragraphs << fill(QStringLiteral(
                               "Telefonsamtale den {dato} mellem {kontakt} og {sagsbehandler}, {enhed}."))
                        << fill.pick(kPhoneOpening)
                        << sentences(kPhoneFacts, 1, 2, fill, random).join(QLatin1Char(' '))
                        << fill.pick(kPhoneAgreement) << context.caseworkerName;
        break;
    case DemoDocumentType::MeetingNote:
        text.title = fill.pick(kMeetingTitles);
        text.paragraphs << fill.pick(kMeetingOpening);
        if (child) {
            text.paragraphs << sentences(kMeetingChild, 1, 2, fill, random).join(QLatin1Char(' '));
        }
        text.paragraphs << sentences(kMeetingFacts, 1, 3, fill, random).join(QLatin1Char(' '))
                        << fill.pick(kMeetingAgreement) << context.caseworkerName;
        break;
    case DemoDocumentType::CaseNote:
        text.title = fill.pick(kCaseNoteTitles);
        text.paragraphs << sentences(kCaseNoteBody, 1, 3, fill, random) << context.caseworkerName;
        break;
    case DemoDocumentType::Documentation:
        if (context.category == DemoCaseCategory::Building) {
            text.title = fill.pick(kBuildingDocumentationTitles);
            text.header = incomingHeader(context, context.partyName);
            text.paragraphs << sentences(kBuildingDocumentationBody, 2, 4, fill, random);
        } else {
            text.title = fill.pick(kDocumentationTitles);
            text.header = incomingHeader(context, context.institution);
            text.paragraphs << sentences(kDocumentationBody, 2, 4, fill, random);
        }
        break;
    case DemoDocumentType::Statement:
        text.title = fill.pick(child ? kStatementTitles : kAdultStatementTitles);
        text.header = incomingHeader(context, context.institution);
        text.paragraphs << sentences(child ? kStatementBody : kStatementAdultBody, 2, 5, fill, random)
                        << QStringLiteral("Med venlig hilsen\n") + context.institution;
        break;
    case DemoDocumentType::Hearing:
        text.title = fill.pick(kHearingTitles);
        text.header = outgoingHeader(context);
        text.paragraphs << greeting(context) << fill.pick(kHearingBody)
                        << sentences(kHearingFacts, 1, 2, fill, random).join(QLatin1Char(' '))
                        << fill.pick(kHearingDeadline) << signature(context);
        break;
    case DemoDocumentType::CitizenEmail:
        text.title = fill.pick(kEmailSubjects);
        text.paragraphs << QStringLiteral("Hej %1").arg(
                               context.caseworkerName.section(QLatin1Char(' '), 0, 0))
                        << sentences(kEmailBody, 1, 2, fill, random)
                        << QStringLiteral("Venlig hilsen\n") +
                               (!context.contactName.isEmpty() ? context.contactName : context.partyName);
        break;
    case DemoDocumentType::ReplyEmail:
        text.title = QStringLiteral("SV: ") + fill.pick(kEmailSubjects);
        text.paragraphs << greeting(context) << sentences(kReplyBody, 1, 2, fill, random)
                        << signature(context);
        break;
    case DemoDocumentType::Investigation:
        if (child) {
            text.title = fill.pick(kInvestigationTitles);
            text.header << fill(QStringLiteral("Barn: {barn}, født {født}"))
                        << fill(QStringLiteral("Forældre: {forældre}"))
                        << QStringLiteral("Sagsnr.: ") + context.caseNumber
                        << QStringLiteral("Dato: ") + longDate(context.date);
            text.paragraphs << sectioned(kInvestigationSections, 3, fill, random);
        } else {
            text.title = fill.pick(kAssessmentTitles);
            text.header << QStringLiteral("Sagsnr.: ") + context.caseNumber
                        << QStringLiteral("Dato: ") + longDate(context.date);
            text.paragraphs << sectioned(kAssessmentSections, 2, fill, random);
        }
        text.paragraphs << context.caseworkerName + QStringLiteral(", ") + context.unitName;
        break;
    case DemoDocumentType::ActionPlan:
        text.title = child ? fill.pick(kActionPlanTitles) : QStringLiteral("Handleplan");
        text.header = outgoingHeader(context);
        text.paragraphs << sentences(child ? kActionPlanBody : kActionPlanAdultBody, 3, 6, fill, random)
                        << signature(context);
        break;
    case DemoDocumentType::Minutes:
        text.title = fill.pick(kMinutesTitles);
        text.header << QStringLiteral("Sagsnr.: ") + context.caseNumber
                    << QStringLiteral("Dato: ") + longDate(context.date);
        text.paragraphs << sentences(kMinutesBody, 3, 6, fill, random)
                        << QStringLiteral("Referent: ") + context.caseworkerName;
        break;
    case DemoDocumentType::Memo:
        text.title = fill.pick(kMemoTitles);
        text.header << context.municipality + QStringLiteral(", ") + context.unitName
                    << QStringLiteral("Dato: ") + longDate(context.date)
                    << QStringLiteral("Sagsnr.: ") + context.caseNumber;
        text.paragraphs << sentences(kMemoBody, 3, 6, fill, random) << context.caseworkerName;
        break;
    case DemoDocumentType::PersonnelLetter:
        text.title = fill.pick(kPersonnelTitles);
        text.header = outgoingHeader(context);
        text.paragraphs << greeting(context) << sentences(kPersonnelBody, 2, 4, fill, random)
                        << signature(context);
        break;
    case DemoDocumentType::Decision:
        text.header = outgoingHeader(context);
        if (context.category == DemoCaseCategory::Building) {
            text.title = fill.pick(kPermitTitles);
            text.paragraphs << greeting(context) << sentences(kPermitBody, 3, 5, fill, random);
        } else if (child) {
            text.title = fill.pick(kChildDecisionTitles);
            text.paragraphs << greeting(context) << sentences(kChildDecisionBody, 2, 4, fill, random);
        } else {
            text.title = fill.pick(kDecisionTitles);
            const bool granted = random.chance(0.7);
            text.paragraphs << greeting(context) << fill.pick(granted ? kDecisionYes : kDecisionNo)
                            << (sentences(kDecisionReason, 1, 2, fill, random) +
                                sentences(granted ? kDecisionYesReason : kDecisionNoReason, 1, 1, fill,
                                          random))
                                   .join(QLatin1Char(' '))
                            << fill.pick(kDecisionLaw);
        }
        text.paragraphs << fill.pick(kComplaint) << signature(context);
        break;
    }
    return text;
}

} // namespace akta::demo
