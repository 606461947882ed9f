<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CaseLabels</name>
    <message>
        <source>Citizen case</source>
        <translation>Borgersag</translation>
    </message>
    <message>
        <source>Company case</source>
        <translation>Virksomhedssag</translation>
    </message>
    <message>
        <source>Property case</source>
        <translation>Ejendomssag</translation>
    </message>
    <message>
        <source>Subject case</source>
        <translation>Emnesag</translation>
    </message>
    <message>
        <source>Personnel case</source>
        <translation>Personalesag</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opstået</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortrolig</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Udgående</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>B – preserved (bevares)</source>
        <translation>B – bevares</translation>
    </message>
    <message>
        <source>K – discarded (kasseres)</source>
        <translation>K – kasseres</translation>
    </message>
    <message>
        <source>K5 – discarded after 5 years</source>
        <translation>K5 – kasseres efter 5 år</translation>
    </message>
    <message>
        <source>K10 – discarded after 10 years</source>
        <translation>K10 – kasseres efter 10 år</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n year(s) after the case is closed</source>
        <translation>
            <numerusform>slettes %n år efter sagens afslutning</numerusform>
            <numerusform>slettes %n år efter sagens afslutning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n day(s) after the case is closed</source>
        <translation>
            <numerusform>slettes %n dag efter sagens afslutning</numerusform>
            <numerusform>slettes %n dage efter sagens afslutning</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted after %1</source>
        <translation>slettes efter %1</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Blank note</source>
        <translation>Tomt notat</translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation>Telefonnotat</translation>
    </message>
    <message>
        <source>Conversation with:</source>
        <translation>Samtale med:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <source>Called by:</source>
        <translation>Ringet op af:</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Hvad blev der sagt</translation>
    </message>
    <message>
        <source>Guidance given</source>
        <translation>Vejledning givet</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Aftalte næste skridt</translation>
    </message>
    <message>
        <source>Minutes of meeting</source>
        <translation>Mødereferat</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Follow-up (who, what, when)</source>
        <translation>Opfølgning (hvem, hvad, hvornår)</translation>
    </message>
    <message>
        <source>Note on consultation of a party</source>
        <translation>Notat om partshøring</translation>
    </message>
    <message>
        <source>Note on consultation of a party (partshøring)</source>
        <translation>Notat om partshøring</translation>
    </message>
    <message>
        <source>Party consulted:</source>
        <translation>Part hørt:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Sendt den:</translation>
    </message>
    <message>
        <source>Deadline for comments:</source>
        <translation>Frist for bemærkninger:</translation>
    </message>
    <message>
        <source>Information the party was consulted on</source>
        <translation>Oplysninger parten er hørt om</translation>
    </message>
    <message>
        <source>The party&apos;s comments</source>
        <translation>Partens bemærkninger</translation>
    </message>
    <message>
        <source>How the comments were taken into account</source>
        <translation>Hvordan bemærkningerne er indgået i sagen</translation>
    </message>
    <message>
        <source>Note on access to documents</source>
        <translation>Notat om aktindsigt</translation>
    </message>
    <message>
        <source>Note on access to documents (aktindsigt)</source>
        <translation>Notat om aktindsigt</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Anmodet af:</translation>
    </message>
    <message>
        <source>Request received on:</source>
        <translation>Anmodning modtaget den:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Hjemmel:</translation>
    </message>
    <message>
        <source>Documents covered by the request</source>
        <translation>Dokumenter omfattet af anmodningen</translation>
    </message>
    <message>
        <source>Decision (full, partial or refused access)</source>
        <translation>Afgørelse (fuld, delvis eller afslag på aktindsigt)</translation>
    </message>
    <message>
        <source>Reasons for withheld information</source>
        <translation>Begrundelse for undtagne oplysninger</translation>
    </message>
    <message>
        <source>Conversation with a citizen</source>
        <translation>Samtale med borger</translation>
    </message>
    <message>
        <source>The citizen&apos;s information</source>
        <translation>Borgerens oplysninger</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
</context>
<context>
    <name>akta::app::DocumentActions</name>
    <message>
        <source>New &amp;journal note…</source>
        <translation>Nyt &amp;journalnotat…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Egenskaber…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <source>The journal note was journaled.</source>
        <translation>Journalnotatet er journaliseret.</translation>
    </message>
    <message>
        <source>Choose a document in the case&apos;s document list first.</source>
        <translation>Vælg først et dokument i sagens dokumentliste.</translation>
    </message>
    <message>
        <source>The document was changed.</source>
        <translation>Dokumentet er ændret.</translation>
    </message>
    <message>
        <source>New version of the document</source>
        <translation>Ny version af dokumentet</translation>
    </message>
    <message>
        <source>No new version</source>
        <translation>Ingen ny version</translation>
    </message>
    <message>
        <source>The file was not stored: %1</source>
        <translation>Filen blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>The new version was stored; the earlier ones are kept.</source>
        <translation>Den nye version er gemt; de tidligere er bevaret.</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Ny version…</translation>
    </message>
    <message>
        <source>The note was saved as a draft; journal it from its properties.</source>
        <translation>Notatet er gemt som kladde; journalisér det fra dets egenskaber.</translation>
    </message>
    <message>
        <source>Send for Re&amp;view…</source>
        <translation>Send til go&amp;dkendelse…</translation>
    </message>
</context>
<context>
    <name>akta::app::LostLaptopGuard</name>
    <message>
        <source>This computer has been blocked by an administrator, so the local data in Akta on this computer has been deleted.</source>
        <translation>Denne computer er blevet spærret af en administrator, så de lokale data i Akta på denne computer er slettet.</translation>
    </message>
    <message numerus="yes">
        <source>Akta has not been in contact with the server for %n day(s) or more (last contact %1). To protect the data on a lost computer, the local data in Akta on this computer has been deleted.</source>
        <translation>
            <numerusform>Akta har ikke været i forbindelse med serveren i %n dag eller mere (seneste forbindelse %1). For at beskytte data på en bortkommet computer er de lokale data i Akta på denne computer slettet.</numerusform>
            <numerusform>Akta har ikke været i forbindelse med serveren i %n dage eller mere (seneste forbindelse %1). For at beskytte data på en bortkommet computer er de lokale data i Akta på denne computer slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synchronised were lost.</source>
        <translation>
            <numerusform>%n ændring, der endnu ikke var synkroniseret, gik tabt.</numerusform>
            <numerusform>%n ændringer, der endnu ikke var synkroniseret, gik tabt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Kunne ikke slette: %1</translation>
    </message>
    <message>
        <source>Local data deleted</source>
        <translation>Lokale data slettet</translation>
    </message>
</context>
<context>
    <name>akta::app::MainWindow</name>
    <message>
        <source>Akta – %1</source>
        <translation>Akta – %1</translation>
    </message>
    <message>
        <source>Akta – %1 – %2</source>
        <translation>Akta – %1 – %2</translation>
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation>Sagslisten kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Lokalt arkiv: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sag</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sag…</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <source>Go to case &amp;list</source>
        <translation>Gå til sags&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Akta</source>
        <translation>&amp;Om Akta</translation>
    </message>
    <message>
        <source>The case was created.</source>
        <translation>Sagen er oprettet.</translation>
    </message>
    <message>
        <source>About Akta</source>
        <translation>Om Akta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Akta %1&lt;/h3&gt;&lt;p&gt;Case and document management for Danish municipalities.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Akta %1&lt;/h3&gt;&lt;p&gt;Sags- og dokumenthåndtering til danske kommuner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Reclassify…</source>
        <translation>&amp;Omklassificér…</translation>
    </message>
    <message>
        <source>Change &amp;retention…</source>
        <translation>Ret &amp;bevaring…</translation>
    </message>
    <message>
        <source>The case was reclassified.</source>
        <translation>Sagen er omklassificeret.</translation>
    </message>
    <message>
        <source>The retention was changed; the reason is recorded.</source>
        <translation>Bevaringen er ændret; begrundelsen er registreret.</translation>
    </message>
    <message>
        <source>New case &amp;from this…</source>
        <translation>Ny sag &amp;ud fra denne…</translation>
    </message>
    <message>
        <source>Party&apos;s &amp;cases…</source>
        <translation>Partens &amp;sager…</translation>
    </message>
    <message>
        <source>This case has no party.</source>
        <translation>Sagen har ingen part.</translation>
    </message>
    <message>
        <source>Journaling documents…</source>
        <translation>Journaliserer dokumenter…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Tilføj dokumenter</translation>
    </message>
    <message>
        <source>Journaling %1 of %2: %3</source>
        <translation>Journaliserer %1 af %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) journaled</source>
        <translation>
            <numerusform>%n dokument journaliseret</numerusform>
            <numerusform>%n dokumenter journaliseret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n fandtes allerede på sagen</numerusform>
            <numerusform>%n fandtes allerede på sagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not journaled</source>
        <translation>Nogle filer blev ikke journaliseret</translation>
    </message>
    <message>
        <source>Extracting text: %1 left</source>
        <translation>Udtrækker tekst: %1 tilbage</translation>
    </message>
    <message>
        <source>Text extraction could not write to the store: %1</source>
        <translation>Tekstudtrækningen kunne ikke skrive i databasen: %1</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Search all cases and documents</source>
        <translation>&amp;Søg i alle sager og dokumenter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
</context>
<context>
    <name>akta::app::OfflineActions</name>
    <message>
        <source>&amp;Keep this case offline</source>
        <translation>&amp;Tag sagen med offline</translation>
    </message>
    <message>
        <source>Keep the case and every document in it on this computer, for work without network</source>
        <translation>Gem sagen og alle dens dokumenter på denne computer, så du kan arbejde uden net</translation>
    </message>
    <message>
        <source>Keep all cases of the &amp;party offline</source>
        <translation>Tag alle &amp;partens sager med offline</translation>
    </message>
    <message>
        <source>&amp;Ready to go…</source>
        <translation>&amp;Klar til at tage med…</translation>
    </message>
    <message>
        <source>Fetch every document of the offline cases and check that all is on this computer</source>
        <translation>Hent alle dokumenter i offline-sagerne, og tjek at alt er på computeren</translation>
    </message>
    <message>
        <source>The offline cases could not be read: %1</source>
        <translation>Offline-sagerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The case has no person as its primary party.</source>
        <translation>Sagen har ikke en person som primær part.</translation>
    </message>
</context>
<context>
    <name>akta::app::ReviewSetup</name>
    <message numerus="yes">
        <source>%n new document(s) wait for your review (Ctrl+Shift+G).</source>
        <translation>
            <numerusform>%n nyt dokument venter på din godkendelse (Ctrl+Shift+G).</numerusform>
            <numerusform>%n nye dokumenter venter på din godkendelse (Ctrl+Shift+G).</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was approved.</source>
        <translation>Dokumentet blev godkendt.</translation>
    </message>
    <message>
        <source>The document was rejected.</source>
        <translation>Dokumentet blev afvist.</translation>
    </message>
    <message>
        <source>The document was sent for review.</source>
        <translation>Dokumentet blev sendt til godkendelse.</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Godkendelser (%1)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Godkendelser</translation>
    </message>
    <message>
        <source>Re&amp;views (%1)</source>
        <translation>&amp;Godkendelser (%1)</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>&amp;Godkendelser</translation>
    </message>
</context>
<context>
    <name>akta::app::SyncSetup</name>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Forbind til server…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Ændring afvist</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Serveren afviste en ændring: %1</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Konflikten kunne ikke løses: %1</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>Who read, changed and exported what, in the cases of your area</source>
        <translation>Hvem der har læst, ændret og eksporteret hvad i sagerne i dit område</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>The audit log is read from the server: connect and sync first.</source>
        <translation>Revisionsloggen hentes fra serveren: forbind og synkronisér først.</translation>
    </message>
</context>
<context>
    <name>akta::blobs::BlobReader</name>
    <message>
        <source>not an encrypted Akta blob</source>
        <translation>ikke en krypteret Akta-fil</translation>
    </message>
    <message>
        <source>the blob is truncated</source>
        <translation>filen er afkortet</translation>
    </message>
    <message>
        <source>the blob does not authenticate (damaged, or not this content)</source>
        <translation>filen kan ikke godkendes (beskadiget eller ikke dette indhold)</translation>
    </message>
</context>
<context>
    <name>akta::directory::LocalAccount</name>
    <message>
        <source>My unit</source>
        <translation>Min enhed</translation>
    </message>
</context>
<context>
    <name>akta::kle::KleClassifier</name>
    <message>
        <source>(title, similar spelling)</source>
        <translation>(titel, lignende stavning)</translation>
    </message>
    <message>
        <source>(title)</source>
        <translation>(titel)</translation>
    </message>
    <message>
        <source>(keyword, similar spelling)</source>
        <translation>(nøgleord, lignende stavning)</translation>
    </message>
    <message>
        <source>(keyword)</source>
        <translation>(nøgleord)</translation>
    </message>
    <message>
        <source>(stikord, similar spelling)</source>
        <translation>(stikord, lignende stavning)</translation>
    </message>
    <message>
        <source>(stikord)</source>
        <translation>(stikord)</translation>
    </message>
    <message>
        <source>(case, similar spelling)</source>
        <translation>(sag, lignende stavning)</translation>
    </message>
    <message>
        <source>(case)</source>
        <translation>(sag)</translation>
    </message>
    <message numerus="yes">
        <source>learned from %n earlier case(s) like %1</source>
        <translation>
            <numerusform>lært af %n tidligere sag som %1</numerusform>
            <numerusform>lært af %n tidligere sager som %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gruppe %1 %2</source>
        <translation>gruppe %1 %2</translation>
    </message>
</context>
<context>
    <name>akta::models::AuditLogModel</name>
    <message>
        <source>Read the case</source>
        <translation>Læste sagen</translation>
    </message>
    <message>
        <source>Read document content</source>
        <translation>Læste dokumentindhold</translation>
    </message>
    <message>
        <source>Refused: document content</source>
        <translation>Afvist: dokumentindhold</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Søgte</translation>
    </message>
    <message>
        <source>Access given</source>
        <translation>Adgang givet</translation>
    </message>
    <message>
        <source>Access ended</source>
        <translation>Adgang ophørt</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Læste revisionsloggen</translation>
    </message>
    <message>
        <source>Saved a copy</source>
        <translation>Gemte en kopi</translation>
    </message>
    <message>
        <source>Opened in a program</source>
        <translation>Åbnede i et program</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Eksporterede revisionsloggen</translation>
    </message>
    <message>
        <source>Refused: export report</source>
        <translation>Afvist: eksportmelding</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation>Sendt til godkendelse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Review withdrawn</source>
        <translation>Godkendelse trukket tilbage</translation>
    </message>
</context>
<context>
    <name>akta::models::CaseListModel</name>
    <message>
        <source>Provisional number until the case has been synchronised with the server</source>
        <translation>Foreløbigt nummer, indtil sagen er synkroniseret med serveren</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (foreløbigt)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>KLE</source>
        <translation>KLE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Available offline on this computer. Last synchronised %1.</source>
        <translation>Tilgængelig offline på denne computer. Sidst synkroniseret %1.</translation>
    </message>
    <message>
        <source>Taken offline, but not synchronised yet.</source>
        <translation>Taget med offline, men endnu ikke synkroniseret.</translation>
    </message>
</context>
<context>
    <name>akta::models::DocumentListModel</name>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Journaled</source>
        <translation>Journaliseret</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Udtrukket</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Venter…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Ingen tekst</translation>
    </message>
    <message>
        <source>The text could not be extracted; the document itself is stored as received.</source>
        <translation>Teksten kunne ikke udtrækkes; selve dokumentet er gemt som modtaget.</translation>
    </message>
    <message>
        <source>The text could not be extracted (%1); the document itself is stored as received.</source>
        <translation>Teksten kunne ikke udtrækkes (%1); selve dokumentet er gemt som modtaget.</translation>
    </message>
    <message>
        <source>The text is being extracted in the background for search.</source>
        <translation>Teksten udtrækkes i baggrunden til søgning.</translation>
    </message>
    <message>
        <source>This kind of file has no text to extract.</source>
        <translation>Denne filtype har ingen tekst at udtrække.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The text was extracted for search.</source>
        <translation>Teksten er udtrukket til søgning.</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Afventer godkendelse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Godkendelse</translation>
    </message>
</context>
<context>
    <name>akta::models::KleSuggestionModel</name>
    <message>
        <source>Because of: %1</source>
        <translation>Fordi: %1</translation>
    </message>
</context>
<context>
    <name>akta::models::KleTreeModel</name>
    <message>
        <source>%1 %2 (retired)</source>
        <translation>%1 %2 (udgået)</translation>
    </message>
</context>
<context>
    <name>akta::models::ReviewQueueModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Sendt af</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Sendt</translation>
    </message>
</context>
<context>
    <name>akta::models::SearchResultModel</name>
    <message>
        <source>Case %1: %2</source>
        <translation>Sag %1: %2</translation>
    </message>
    <message>
        <source>Document %1, %2</source>
        <translation>Dokument %1, %2</translation>
    </message>
</context>
<context>
    <name>akta::registry::CprNumber</name>
    <message>
        <source>No CPR number was given.</source>
        <translation>Der er ikke angivet noget CPR-nummer.</translation>
    </message>
    <message>
        <source>The CPR number contains %1, which is not a digit.</source>
        <translation>CPR-nummeret indeholder %1, som ikke er et ciffer.</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits; this one has %1.</source>
        <translation>Et CPR-nummer har 10 cifre; dette har %1.</translation>
    </message>
    <message>
        <source>The hyphen must come after the first six digits (DDMMYY-SSSS).</source>
        <translation>Bindestregen skal stå efter de første seks cifre (DDMMÅÅ-SSSS).</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>Fødselsdatoen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The birth date %1 lies in the future.</source>
        <translation>Fødselsdatoen %1 ligger i fremtiden.</translation>
    </message>
</context>
<context>
    <name>akta::registry::CvrNumber</name>
    <message>
        <source>No CVR number was given.</source>
        <translation>Der er ikke angivet noget CVR-nummer.</translation>
    </message>
    <message>
        <source>The CVR number contains %1, which is not a digit.</source>
        <translation>CVR-nummeret indeholder %1, som ikke er et ciffer.</translation>
    </message>
    <message>
        <source>A CVR number has 8 digits; this one has %1.</source>
        <translation>Et CVR-nummer har 8 cifre; dette har %1.</translation>
    </message>
    <message>
        <source>A CVR number cannot begin with 0.</source>
        <translation>Et CVR-nummer kan ikke begynde med 0.</translation>
    </message>
    <message>
        <source>The CVR number fails the modulus 11 check; a digit is probably wrong.</source>
        <translation>CVR-nummeret består ikke modulus 11-kontrollen; et ciffer er sandsynligvis forkert.</translation>
    </message>
</context>
<context>
    <name>akta::search::SearchQueryParser</name>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Et anførselstegn er ikke lukket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-01-31 or 31-01-2025.</source>
        <translation>&quot;%1&quot; er ikke en dato; skriv den som 2025-01-31 eller 31-01-2025.</translation>
    </message>
    <message>
        <source>dato: needs a date before or after &quot;..&quot;.</source>
        <translation>dato: skal have en dato før eller efter &quot;..&quot;.</translation>
    </message>
    <message>
        <source>dato: the first date is after the last.</source>
        <translation>dato: den første dato ligger efter den sidste.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use opstået, &quot;under behandling&quot;, afgjort, afsluttet or arkiveret.</source>
        <translation>Ukendt status &quot;%1&quot;; brug opstået, &quot;under behandling&quot;, afgjort, afsluttet eller arkiveret.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;; use mail, notat, fil or sag.</source>
        <translation>Ukendt type &quot;%1&quot;; brug mail, notat, fil eller sag.</translation>
    </message>
    <message>
        <source>A filter cannot be excluded: -%1:</source>
        <translation>Et filter kan ikke udelukkes: -%1:</translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation>Filteret %1: skal have en værdi.</translation>
    </message>
    <message>
        <source>kle: needs a KLE number such as 27, 27.24 or 27.24.00, not &quot;%1&quot;.</source>
        <translation>kle: skal have et KLE-nummer som 27, 27.24 eller 27.24.00, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>facet: needs a handlingsfacet such as G01.</source>
        <translation>facet: skal have en handlingsfacet som G01.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;; the filters are kle:, facet:, status:, sagsbeh:, enhed:, part:, dato: and type:.</source>
        <translation>Ukendt filter &quot;%1:&quot;; filtrene er kle:, facet:, status:, sagsbeh:, enhed:, part:, dato: og type:.</translation>
    </message>
    <message>
        <source>OR needs a word on each side.</source>
        <translation>OR skal have et ord på hver side.</translation>
    </message>
    <message>
        <source>A word ending in * needs at least two letters before the *.</source>
        <translation>Et ord, der ender på *, skal have mindst to bogstaver før *.</translation>
    </message>
    <message>
        <source>OR cannot join an excluded word.</source>
        <translation>OR kan ikke forbinde et udelukket ord.</translation>
    </message>
    <message>
        <source>Say what to search for, not only what to leave out.</source>
        <translation>Angiv, hvad der skal søges efter, ikke kun hvad der skal udelades.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Der er intet at søge efter.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::AccountDialog</name>
    <message>
        <source>Connect to the server</source>
        <translation>Forbind til serveren</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://akta.example.dk</source>
        <translation>https://akta.eksempel.dk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://akta.example.dk.</source>
        <translation>Skriv serverens adresse, f.eks. https://akta.eksempel.dk.</translation>
    </message>
    <message>
        <source>Use https: a password may only travel unencrypted to a server on this computer.</source>
        <translation>Brug https: en adgangskode må kun sendes ukrypteret til en server på denne computer.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Adressen skal begynde med https://.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::AuditLogDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportér revisionsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle brugere</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation>Vis posterne</translation>
    </message>
    <message>
        <source>Export the entries as a CSV file</source>
        <translation>Eksportér posterne som CSV-fil</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i revisionsloggen</translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation>&amp;Sag:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Ingen poster passer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n post.</numerusform>
            <numerusform>%n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Revisionsloggen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Reading the audit log from the server…</source>
        <translation>Henter revisionsloggen fra serveren…</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>revisionslog-%1.csv</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>The audit log could not be exported: %1</source>
        <translation>Revisionsloggen kunne ikke eksporteres: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Eksporterede %n post til %1.</numerusform>
            <numerusform>Eksporterede %n poster til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akta::widgets::CaseDetailWidget</name>
    <message>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Vælg en sag i listen, eller opret en ny med Ctrl+N.</translation>
    </message>
    <message>
        <source>KLE:</source>
        <translation>KLE:</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>Sagstype:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Adgang:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <source>Caseworker:</source>
        <translation>Sagsbehandler:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Bevaring:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Oprettet:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parter</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (foreløbigt)</translation>
    </message>
    <message>
        <source>name and address protection</source>
        <translation>navne- og adressebeskyttelse</translation>
    </message>
    <message>
        <source>Secondary party: %1</source>
        <translation>Sekundær part: %1</translation>
    </message>
    <message>
        <source>No parties (subject case)</source>
        <translation>Ingen parter (emnesag)</translation>
    </message>
    <message>
        <source>Changed by hand: %1</source>
        <translation>Ændret manuelt: %1</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Tilføj dokumenter…</translation>
    </message>
    <message>
        <source>Journal files and e-mails into this case (or drop them here)</source>
        <translation>Journalisér filer og e-mails på sagen (eller træk dem hertil)</translation>
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation>Tilføj dokumenter til sagen</translation>
    </message>
    <message>
        <source>New &amp;note…</source>
        <translation>Nyt &amp;notat…</translation>
    </message>
    <message>
        <source>Write a journal note in this case (Ctrl+J)</source>
        <translation>Skriv et journalnotat i sagen (Ctrl+J)</translation>
    </message>
    <message>
        <source>Not everything dragged could be read</source>
        <translation>Ikke alt det trukne kunne læses</translation>
    </message>
    <message>
        <source>Offline:</source>
        <translation>Offline:</translation>
    </message>
    <message>
        <source>Not on this computer: documents are fetched when opened</source>
        <translation>Ikke på denne computer: dokumenter hentes, når de åbnes</translation>
    </message>
    <message>
        <source>Available offline, with every document. Last synchronised %1</source>
        <translation>Tilgængelig offline med alle dokumenter. Sidst synkroniseret %1</translation>
    </message>
    <message>
        <source>Taken offline; not synchronised yet</source>
        <translation>Taget med offline; endnu ikke synkroniseret</translation>
    </message>
</context>
<context>
    <name>akta::widgets::CaseListView</name>
    <message>
        <source>Filter cases by number, title or party</source>
        <translation>Filtrér sager efter nummer, titel eller part</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrér sager</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrér efter status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akta::widgets::CitizenOverviewDialog</name>
    <message>
        <source>Cases of %1</source>
        <translation>Sager for %1</translation>
    </message>
    <message>
        <source>Cases of the party</source>
        <translation>Partens sager</translation>
    </message>
    <message>
        <source>%1 (%2) is a party to these cases:</source>
        <translation>%1 (%2) er part i disse sager:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Åbn sag</translation>
    </message>
</context>
<context>
    <name>akta::widgets::ConflictDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Løs konflikt</translation>
    </message>
    <message>
        <source>This was changed both here and on the server since the last sync. Choose which value to keep for each field.</source>
        <translation>Dette er ændret både her og på serveren siden sidste synkronisering. Vælg for hvert felt, hvilken værdi der skal gælde.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>(kept: only changed here)</source>
        <translation>(beholdes: kun ændret her)</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s %1</source>
        <translation>Behold denne computers %1</translation>
    </message>
    <message>
        <source>Take the server&apos;s %1</source>
        <translation>Brug serverens %1</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KLE emne</source>
        <translation>KLE-emne</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bevaring</translation>
    </message>
    <message>
        <source>Reason for retention</source>
        <translation>Begrundelse for bevaring</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Ansvarlig enhed</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Adgang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sag %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Journaled</source>
        <translation>Journaliseret</translation>
    </message>
</context>
<context>
    <name>akta::widgets::CreateCaseDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <source>Citizen case (CPR)</source>
        <translation>Borgersag (CPR)</translation>
    </message>
    <message>
        <source>Company case (CVR)</source>
        <translation>Virksomhedssag (CVR)</translation>
    </message>
    <message>
        <source>Subject case (no party)</source>
        <translation>Emnesag (ingen part)</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Partens navn</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Sagens titel</translation>
    </message>
    <message>
        <source>What the case is about</source>
        <translation>Hvad sagen handler om</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Opret sag</translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation>Sags&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;VR number:</source>
        <translation>C&amp;VR-nummer:</translation>
    </message>
    <message>
        <source>C&amp;PR number:</source>
        <translation>C&amp;PR-nummer:</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cifre</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <source>male</source>
        <translation>mand</translation>
    </message>
    <message>
        <source>female</source>
        <translation>kvinde</translation>
    </message>
    <message>
        <source>Replacement number (not a CPR number) · born %1 · %2</source>
        <translation>Erstatningspersonnummer (ikke et CPR-nummer) · født %1 · %2</translation>
    </message>
    <message>
        <source>Valid CPR number · born %1 · %2</source>
        <translation>Gyldigt CPR-nummer · født %1 · %2</translation>
    </message>
    <message>
        <source>Valid CVR number</source>
        <translation>Gyldigt CVR-nummer</translation>
    </message>
    <message>
        <source>known party</source>
        <translation>kendt part</translation>
    </message>
    <message>
        <source>not in the register: type the name</source>
        <translation>ikke i registret: skriv navnet</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red before creating the case.</source>
        <translation>Udfyld felterne med røde beskeder, før sagen oprettes.</translation>
    </message>
    <message>
        <source>The case could not be created: %1</source>
        <translation>Sagen kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>&amp;Secondary parties:</source>
        <translation>&amp;Sekundære parter:</translation>
    </message>
    <message>
        <source>Secondary parties</source>
        <translation>Sekundære parter</translation>
    </message>
    <message>
        <source>name and address protection</source>
        <translation>navne- og adressebeskyttelse</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>død</translation>
    </message>
    <message>
        <source>emigrated</source>
        <translation>udrejst</translation>
    </message>
    <message>
        <source>Custody holder</source>
        <translation>Forældremyndighed</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ægtefælle</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>ikke i registret</translation>
    </message>
    <message>
        <source>New case from %1</source>
        <translation>Ny sag ud fra %1</translation>
    </message>
    <message>
        <source>The party already has a case in this emne</source>
        <translation>Parten har allerede en sag i dette emne</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n case(s) in emne %2:</source>
        <translation>
            <numerusform>%1 har allerede %n sag i emne %2:</numerusform>
            <numerusform>%1 har allerede %n sager i emne %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the newest instead of creating a new case?</source>
        <translation>Vil du åbne den nyeste i stedet for at oprette en ny sag?</translation>
    </message>
    <message>
        <source>&amp;Open existing case</source>
        <translation>&amp;Åbn eksisterende sag</translation>
    </message>
    <message>
        <source>Create &amp;new case anyway</source>
        <translation>Opret &amp;ny sag alligevel</translation>
    </message>
</context>
<context>
    <name>akta::widgets::DocumentPreviewWidget</name>
    <message>
        <source>Open in &amp;program…</source>
        <translation>Åbn i &amp;program…</translation>
    </message>
    <message>
        <source>Open in the system&apos;s program</source>
        <translation>Åbn i systemets program</translation>
    </message>
    <message>
        <source>Open a copy of the document in the program this computer uses for it</source>
        <translation>Åbn en kopi af dokumentet i det program, computeren bruger til det</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Åbner…</translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation>Vælg et dokument for at se det her.</translation>
    </message>
    <message>
        <source>Fetching the document from the server</source>
        <translation>Henter dokumentet fra serveren</translation>
    </message>
    <message>
        <source>The content of this document is not on this computer, and Akta is not connected to the server to fetch it.</source>
        <translation>Dokumentets indhold er ikke på denne computer, og Akta er ikke forbundet til serveren, så det kan ikke hentes.</translation>
    </message>
    <message>
        <source>Fetching the document from the server…</source>
        <translation>Henter dokumentet fra serveren…</translation>
    </message>
    <message>
        <source>The content of this document is not on this computer, and the server cannot be reached now. Cases taken offline keep all their documents on this computer.</source>
        <translation>Dokumentets indhold er ikke på denne computer, og serveren kan ikke nås lige nu. Sager, der er taget med offline, har alle deres dokumenter på computeren.</translation>
    </message>
    <message>
        <source>The document could not be fetched from the server: %1</source>
        <translation>Dokumentet kunne ikke hentes fra serveren: %1</translation>
    </message>
</context>
<context>
    <name>akta::widgets::DocumentPropertiesDialog</name>
    <message>
        <source>&amp;Journalize the document (it can then no longer be changed in place)</source>
        <translation>&amp;Journalisér dokumentet (derefter kan det ikke længere ændres direkte)</translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation>Dokumentegenskaber</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Dokumentdato</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Parties the document concerns</source>
        <translation>Parter dokumentet vedrører</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Adgang</translation>
    </message>
    <message>
        <source>Journalize the document</source>
        <translation>Journalisér dokumentet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Foreslå</translation>
    </message>
    <message>
        <source>Propose a title</source>
        <translation>Foreslå en titel</translation>
    </message>
    <message>
        <source>Use the e-mail subject or the file name as the title</source>
        <translation>Brug e-mailens emne eller filnavnet som titel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Akt no.:</source>
        <translation>Aktnr.:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>A&amp;fsender:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Modtagere:</translation>
    </message>
    <message>
        <source>P&amp;arties:</source>
        <translation>P&amp;arter:</translation>
    </message>
    <message>
        <source>A&amp;ccess:</source>
        <translation>Ad&amp;gang:</translation>
    </message>
    <message>
        <source>C&amp;hanges since journaling:</source>
        <translation>Æ&amp;ndringer siden journalisering:</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Dokumentet findes ikke længere.</translation>
    </message>
    <message>
        <source>Draft (kladde): changed in place</source>
        <translation>Kladde: ændres direkte</translation>
    </message>
    <message>
        <source>Journaled: the content is kept unchanged; changes here are recorded</source>
        <translation>Journaliseret: indholdet bevares uændret; ændringer her registreres</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n version(s)</source>
        <translation>
            <numerusform>%1 · %n version</numerusform>
            <numerusform>%1 · %n versioner</numerusform>
        </translation>
    </message>
    <message>
        <source>The case has no parties</source>
        <translation>Sagen har ingen parter</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Journaled</source>
        <translation>Journaliseret</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2: %3 changed from “%4” to “%5”</source>
        <translation>%1, %2: %3 ændret fra “%4” til “%5”</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Ingen ændringer</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>Ændringerne blev ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>akta::widgets::DocumentVersionsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Gem version</translation>
    </message>
    <message>
        <source>Versions of %1 %2</source>
        <translation>Versioner af %1 %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Open a copy of the chosen version (Enter)</source>
        <translation>Åbn en kopi af den valgte version (Enter)</translation>
    </message>
    <message>
        <source>Save a copy of the chosen version elsewhere</source>
        <translation>Gem en kopi af den valgte version et andet sted</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Kopierer %1…</translation>
    </message>
    <message>
        <source>The version could not be copied: %1</source>
        <translation>Versionen kunne ikke kopieres: %1</translation>
    </message>
    <message>
        <source>No program to open %1 was found; the copy is in %2.</source>
        <translation>Der blev ikke fundet et program til at åbne %1; kopien ligger i %2.</translation>
    </message>
    <message>
        <source>Opened a copy of the version.</source>
        <translation>Åbnede en kopi af versionen.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::EmailPreview</name>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Bilag</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an attachment</source>
        <translation>Tryk Enter eller dobbeltklik for at åbne et bilag</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
</context>
<context>
    <name>akta::widgets::IdleLock</name>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Forkert adgangskode. Prøv igen.</translation>
    </message>
    <message>
        <source>The password cannot be checked without a connection to the server.</source>
        <translation>Adgangskoden kan ikke kontrolleres uden forbindelse til serveren.</translation>
    </message>
    <message>
        <source>This computer has been blocked by an administrator.</source>
        <translation>Denne computer er blevet spærret af en administrator.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Tilpas billedet til vinduet</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Billede</translation>
    </message>
</context>
<context>
    <name>akta::widgets::JournalNoteDialog</name>
    <message>
        <source>New journal note</source>
        <translation>Nyt journalnotat</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date of the note</source>
        <translation>Notatets dato</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notatets tekst</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>Tekstformat</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journalisér</translation>
    </message>
    <message>
        <source>Journal the note into the case (Ctrl+Return)</source>
        <translation>Journalisér notatet på sagen (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Use the template?</source>
        <translation>Brug skabelonen?</translation>
    </message>
    <message>
        <source>Replace the text you have written with the template?</source>
        <translation>Erstat den tekst, du har skrevet, med skabelonen?</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Sag:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Skabelon:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Forfatter:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>A note needs a title and some text.</source>
        <translation>Et notat skal have en titel og noget tekst.</translation>
    </message>
    <message>
        <source>The note could not be journaled: %1</source>
        <translation>Notatet kunne ikke journaliseres: %1</translation>
    </message>
    <message>
        <source>Discard the note?</source>
        <translation>Kassér notatet?</translation>
    </message>
    <message>
        <source>The note has not been journaled. Discard what you have written?</source>
        <translation>Notatet er ikke journaliseret. Vil du kassere det, du har skrevet?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Skriv videre</translation>
    </message>
    <message>
        <source>Save as d&amp;raft</source>
        <translation>Gem som k&amp;ladde</translation>
    </message>
    <message>
        <source>Keep the note as a draft (kladde) that can still be changed, and journal it later</source>
        <translation>Gem notatet som kladde, der stadig kan ændres, og journalisér det senere</translation>
    </message>
</context>
<context>
    <name>akta::widgets::KlePickerWidget</name>
    <message>
        <source>S&amp;uggestions from the title</source>
        <translation>&amp;Forslag ud fra titlen</translation>
    </message>
    <message>
        <source>Find KLE emne</source>
        <translation>Find KLE-emne</translation>
    </message>
    <message>
        <source>Number, title or stikord, e.g. 02.34.02 or byggetilladelse</source>
        <translation>Nummer, titel eller stikord, fx 02.34.02 eller byggetilladelse</translation>
    </message>
    <message>
        <source>KLE suggestions</source>
        <translation>KLE-forslag</translation>
    </message>
    <message>
        <source>KLE plan</source>
        <translation>KLE-plan</translation>
    </message>
    <message>
        <source>KLE &amp;plan</source>
        <translation>KLE-&amp;plan</translation>
    </message>
    <message>
        <source>Guidance for the emne</source>
        <translation>Vejledning til emnet</translation>
    </message>
    <message>
        <source>Handlingsfacet</source>
        <translation>Handlingsfacet</translation>
    </message>
    <message>
        <source>Handlings&amp;facet:</source>
        <translation>Handlings&amp;facet:</translation>
    </message>
    <message>
        <source>&amp;KLE emne:</source>
        <translation>&amp;KLE-emne:</translation>
    </message>
    <message>
        <source>S&amp;uggestions from the title (being prepared…)</source>
        <translation>&amp;Forslag ud fra titlen (forberedes…)</translation>
    </message>
    <message>
        <source>No emne chosen yet: type a number or words, or pick a suggestion.</source>
        <translation>Intet emne valgt endnu: skriv et nummer eller ord, eller vælg et forslag.</translation>
    </message>
    <message>
        <source>Chosen: %1 %2 · %3</source>
        <translation>Valgt: %1 %2 · %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guidance, legal references and retention of the highlighted emne are shown here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Her vises vejledning, retsgrundlag og bevaring for det markerede emne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Bevaring:</translation>
    </message>
    <message>
        <source>Retired on %1: cannot be chosen for new cases.</source>
        <translation>Udgået %1: kan ikke vælges til nye sager.</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Stikord:</source>
        <translation>Stikord:</translation>
    </message>
</context>
<context>
    <name>akta::widgets::LockScreen</name>
    <message>
        <source>Akta is locked</source>
        <translation>Akta er låst</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Besked om oplåsning</translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation>Skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <source>Enter the password of %1 to continue.</source>
        <translation>Skriv adgangskoden for %1 for at fortsætte.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Kontrollerer adgangskoden…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::OfflineReadyDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Tjek &amp;igen</translation>
    </message>
    <message>
        <source>Ready to go</source>
        <translation>Klar til at tage med</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fremdrift for hentning</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Det, der mangler</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <source>Log in to the server first (File, Connect to server…).</source>
        <translation>Log først ind på serveren (Filer, Forbind til server…).</translation>
    </message>
    <message>
        <source>Checking what is on this computer…</source>
        <translation>Tjekker, hvad der er på computeren…</translation>
    </message>
    <message>
        <source>Akta is not connected to a server.</source>
        <translation>Akta er ikke forbundet til en server.</translation>
    </message>
    <message>
        <source>Fetching what is missing from the server…</source>
        <translation>Henter det, der mangler, fra serveren…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>No cases are taken offline. Choose “Keep this case offline” in the Offline menu for the cases to take along.</source>
        <translation>Ingen sager er taget med offline. Vælg “Tag sagen med offline” i menuen Offline for de sager, du vil have med.</translation>
    </message>
    <message>
        <source>Everything is on this computer.
Offline cases: %1, documents: %2 (%3 MB). Last synchronised %4.</source>
        <translation>Alt er på denne computer.
Offline-sager: %1, dokumenter: %2 (%3 MB). Sidst synkroniseret %4.</translation>
    </message>
    <message>
        <source>All documents are on this computer, but the latest changes could not be fetched: %1 Last synchronised %2.</source>
        <translation>Alle dokumenter er på computeren, men de seneste ændringer kunne ikke hentes: %1 Sidst synkroniseret %2.</translation>
    </message>
    <message>
        <source>Not everything is on this computer.
Missing document versions: %1.</source>
        <translation>Ikke alt er på computeren.
Manglende dokumentversioner: %1.</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>ikke hentet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfDocument</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan ikke læses.</translation>
    </message>
    <message>
        <source>The file is not a PDF or it is damaged.</source>
        <translation>Filen er ikke en PDF, eller den er beskadiget.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be shown.</source>
        <translation>PDF-filen er beskadiget og kan ikke vises.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password and cannot be shown.</source>
        <translation>PDF-filen er beskyttet med adgangskode og kan ikke vises.</translation>
    </message>
    <message>
        <source>The PDF has no pages; it may be damaged.</source>
        <translation>PDF-filen har ingen sider; den kan være beskadiget.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfPageCanvas</name>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfThumbnailList</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniaturer af siderne</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfViewer</name>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturer</translation>
    </message>
    <message>
        <source>Show page thumbnails</source>
        <translation>Vis miniaturer af siderne</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Side </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom ud (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom ind (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tilpas side</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find i dokumentet</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>Find i dokumentet (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PreviewContent</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>Dokumentet findes ikke længere.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>The e-mail cannot be read: %1</source>
        <translation>E-mailen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation>Dokumentet kan ikke vises: %1</translation>
    </message>
    <message>
        <source>The text of this document is still being extracted.</source>
        <translation>Teksten i dette dokument er ved at blive udtrukket.</translation>
    </message>
    <message>
        <source>The text could not be extracted: %1</source>
        <translation>Teksten kunne ikke udtrækkes: %1</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>Dokumentet har ingen tekst.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Billedet kan ikke vises: %1</translation>
    </message>
    <message>
        <source>Only the beginning of this large file is shown.</source>
        <translation>Kun begyndelsen af denne store fil vises.</translation>
    </message>
    <message>
        <source>Only the beginning of this long text is shown.</source>
        <translation>Kun begyndelsen af denne lange tekst vises.</translation>
    </message>
    <message>
        <source>There is no preview of this file type; this is its text.</source>
        <translation>Der er ingen forhåndsvisning af denne filtype; her er dens tekst.</translation>
    </message>
    <message>
        <source>There is no preview of this file type (%1). Open it in the program the computer uses for it.</source>
        <translation>Der er ingen forhåndsvisning af denne filtype (%1). Åbn den i det program, computeren bruger til den.</translation>
    </message>
    <message>
        <source>The content of this document is not on this computer.</source>
        <translation>Dokumentets indhold er ikke på denne computer.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PreviewExternalOpener</name>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Intet program på denne computer kan åbne %1.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be made: %1</source>
        <translation>Der kan ikke oprettes en midlertidig mappe: %1</translation>
    </message>
    <message>
        <source>The document cannot be copied for opening.</source>
        <translation>Dokumentet kan ikke kopieres til åbning.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::PreviewFindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Find i dokumentet</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Forrige fund (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Luk søgelinjen (Escape)</translation>
    </message>
</context>
<context>
    <name>akta::widgets::ReclassifyDialog</name>
    <message>
        <source>Reclassify case</source>
        <translation>Omklassificér sag</translation>
    </message>
    <message>
        <source>%1 – %2
Now: %3 · %4</source>
        <translation>%1 – %2
Nu: %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Reclassify</source>
        <translation>&amp;Omklassificér</translation>
    </message>
    <message>
        <source>Choose an emne first.</source>
        <translation>Vælg først et emne.</translation>
    </message>
    <message>
        <source>The case could not be reclassified: %1</source>
        <translation>Sagen kunne ikke omklassificeres: %1</translation>
    </message>
</context>
<context>
    <name>akta::widgets::RetentionDialog</name>
    <message>
        <source>Change retention</source>
        <translation>Ret bevaring</translation>
    </message>
    <message>
        <source>The classification gives: %1</source>
        <translation>Klassifikationen giver: %1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bevaring</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
    <message>
        <source>Why this case is kept or discarded differently from its emne</source>
        <translation>Hvorfor sagen bevares eller kasseres anderledes end emnet siger</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Bevaring:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>B&amp;egrundelse:</translation>
    </message>
    <message>
        <source>The retention could not be changed: %1</source>
        <translation>Bevaringen kunne ikke ændres: %1</translation>
    </message>
</context>
<context>
    <name>akta::widgets::ReviewQueueWidget</name>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Intet venter på din godkendelse.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <source>Documents waiting for review</source>
        <translation>Dokumenter der venter på godkendelse</translation>
    </message>
    <message>
        <source>Comment on the decision</source>
        <translation>Kommentar til afgørelsen</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (valgfri)</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Åbn dokumentet</translation>
    </message>
    <message>
        <source>Approve the document</source>
        <translation>Godkend dokumentet</translation>
    </message>
    <message>
        <source>Reject the document</source>
        <translation>Afvis dokumentet</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Godkendt.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Afvist.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::ReviewRequestDialog</name>
    <message>
        <source>Send for Review</source>
        <translation>Send til godkendelse</translation>
    </message>
    <message>
        <source>Leader who reviews</source>
        <translation>Leder der godkender</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Leder:</translation>
    </message>
    <message>
        <source>No leader of the case&apos;s unit is known yet: sync first.</source>
        <translation>Der kendes endnu ingen leder for sagens enhed: synkronisér først.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::SearchPanel</name>
    <message>
        <source>Search all cases and documents</source>
        <translation>Søg i alle sager og dokumenter</translation>
    </message>
    <message>
        <source>Search cases and documents (Ctrl+K), e.g. byggetilladelse kle:02 dato:2025</source>
        <translation>Søg i sager og dokumenter (Ctrl+K), f.eks. byggetilladelse kle:02 dato:2025</translation>
    </message>
    <message>
        <source>Sort search results</source>
        <translation>Sortér søgeresultater</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Bedste match</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>Tilføj et filter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <source>Cases only</source>
        <translation>Kun sager</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De seneste 12 måneder</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gemte søgninger</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemte</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Ingen fund.</translation>
    </message>
    <message>
        <source>About %L1 hits; the best of the newest are shown.</source>
        <translation>Cirka %L1 fund; de bedste blandt de nyeste vises.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n fund</numerusform>
            <numerusform>%n fund</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Fjern filteret %1</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Gem denne søgning</translation>
    </message>
    <message>
        <source>Forget saved searches</source>
        <translation>Glem gemte søgninger</translation>
    </message>
</context>
<context>
    <name>akta::widgets::SyncController</name>
    <message>
        <source>Log in to the server to sync.</source>
        <translation>Log ind på serveren for at synkronisere.</translation>
    </message>
</context>
<context>
    <name>akta::widgets::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsforløb</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Show conflicts</source>
        <translation>Vis konflikter</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Log ind…</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Ikke forbundet til en server</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>Log ind påkrævet</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Sender ændringer…</translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation>Modtager ændringer (%1)…</translation>
    </message>
</context>
<context>
    <name>akta::widgets::TextPreview</name>
    <message>
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the local store in &lt;folder&gt;.</source>
        <translation>Åbn det lokale arkiv i &lt;mappe&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>User interface language: da or en.</source>
        <translation>Brugerfladens sprog: da eller en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>Akta</source>
        <translation>Akta</translation>
    </message>
    <message>
        <source>The local store in %1 could not be opened:
%2</source>
        <translation>Det lokale arkiv i %1 kunne ikke åbnes:
%2</translation>
    </message>
</context>
</TS>
