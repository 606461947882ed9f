<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseLabels</name>
    <message>
        <source>Citizen case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnel case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B – preserved (bevares)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K – discarded (kasseres)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K5 – discarded after 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K10 – discarded after 10 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>deleted %n year(s) after the case is closed</source>
        <translation><numerusform>deleted %n year after the case is closed</numerusform><numerusform>deleted %n years after the case is closed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>deleted %n day(s) after the case is closed</source>
        <translation><numerusform>deleted %n day after the case is closed</numerusform><numerusform>deleted %n days after the case is closed</numerusform></translation>
    </message>
    <message>
        <source>deleted after %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::app::MainWindow</name>
    <message>
        <source>Akta – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Akta – %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to case &amp;list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Akta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Akta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Akta %1&lt;/h3&gt;&lt;p&gt;Case and document management for Danish municipalities.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reclassify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;retention…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case was reclassified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The retention was changed; the reason is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case &amp;from this…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party's &amp;cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case has no party.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journaling documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journaling %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n document(s) journaled</source>
        <translation><numerusform>%n document journaled</numerusform><numerusform>%n documents journaled</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation><numerusform>%n already in the case</numerusform><numerusform>%n already in the case</numerusform></translation>
    </message>
    <message>
        <source>Some files were not journaled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::directory::LocalAccount</name>
    <message>
        <source>My unit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::kle::KleClassifier</name>
    <message>
        <source>(title, similar spelling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(keyword, similar spelling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(keyword)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(stikord, similar spelling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(stikord)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(case, similar spelling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(case)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>learned from %n earlier case(s) like %1</source>
        <translation><numerusform>learned from %n earlier case like %1</numerusform><numerusform>learned from %n earlier cases like %1</numerusform></translation>
    </message>
    <message>
        <source>gruppe %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::models::CaseListModel</name>
    <message>
        <source>Provisional number until the case has been synchronised with the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::models::DocumentListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journaled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::models::KleSuggestionModel</name>
    <message>
        <source>Because of: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::models::KleTreeModel</name>
    <message>
        <source>%1 %2 (retired)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::registry::CprNumber</name>
    <message>
        <source>No CPR number was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CPR number contains %1, which is not a digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CPR number has 10 digits; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hyphen must come after the first six digits (DDMMYY-SSSS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 lies in the future.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::registry::CvrNumber</name>
    <message>
        <source>No CVR number was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CVR number contains %1, which is not a digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CVR number has 8 digits; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CVR number cannot begin with 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CVR number fails the modulus 11 check; a digit is probably wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::widgets::CaseDetailWidget</name>
    <message>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KLE:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caseworker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name and address protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secondary party: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No parties (subject case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by hand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal files and e-mails into this case (or drop them here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::widgets::CaseListView</name>
    <message>
        <source>Filter cases by number, title or party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>akta::widgets::CitizenOverviewDialog</name>
    <message>
        <source>Cases of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases of the party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) is a party to these cases:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::widgets::CreateCaseDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizen case (CPR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company case (CVR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject case (no party)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the case is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;VR number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;PR number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CVR number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replacement number (not a CPR number) · born %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid CPR number · born %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid CVR number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>known party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the register: type the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the fields marked in red before creating the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case could not be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secondary parties:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secondary parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name and address protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emigrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The party already has a case in this emne</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 already has %n case(s) in emne %2:</source>
        <translation><numerusform>%1 already has %n case in emne %2:</numerusform><numerusform>%1 already has %n cases in emne %2:</numerusform></translation>
    </message>
    <message>
        <source>Open the newest instead of creating a new case?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open existing case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;new case anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::widgets::KlePickerWidget</name>
    <message>
        <source>S&amp;uggestions from the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find KLE emne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number, title or stikord, e.g. 02.34.02 or byggetilladelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KLE suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KLE plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KLE &amp;plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guidance for the emne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handlingsfacet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handlings&amp;facet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;KLE emne:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;uggestions from the title (being prepared…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No emne chosen yet: type a number or words, or pick a suggestion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: %1 %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;The guidance, legal references and retention of the highlighted emne are shown here.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired on %1: cannot be chosen for new cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stikord:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::widgets::ReclassifyDialog</name>
    <message>
        <source>Reclassify case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2
Now: %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reclassify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an emne first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case could not be reclassified: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>akta::widgets::RetentionDialog</name>
    <message>
        <source>Change retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classification gives: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this case is kept or discarded differently from its emne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The retention could not be changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the local store in &lt;folder&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language: da or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Akta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local store in %1 could not be opened:
%2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
