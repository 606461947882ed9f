<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseLabels</name>
    <message>
        <source>Citizen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – preserved (bevares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K – discarded (kasseres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K5 – discarded after 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K10 – discarded after 10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deleted %n year(s) after the case is closed</source>
        <translation>
            <numerusform>deleted %n year after the case is closed</numerusform>
            <numerusform>deleted %n years after the case is closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n day(s) after the case is closed</source>
        <translation>
            <numerusform>deleted %n day after the case is closed</numerusform>
            <numerusform>deleted %n days after the case is closed</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Blank note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (who, what, when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on consultation of a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on consultation of a party (partshøring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party consulted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the party was consulted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the comments were taken into account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on access to documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on access to documents (aktindsigt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents covered by the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (full, partial or refused access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for withheld information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with a citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::app::DocumentActions</name>
    <message>
        <source>New &amp;journal note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal note was journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document in the case&apos;s document list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version was stored; the earlier ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was saved as a draft; journal it from its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::app::LostLaptopGuard</name>
    <message>
        <source>This computer has been blocked by an administrator, so the local data in Akta on this computer has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Akta has not been in contact with the server for %n day(s) or more (last contact %1). To protect the data on a lost computer, the local data in Akta on this computer has been deleted.</source>
        <translation>
            <numerusform>Akta has not been in contact with the server for %n day or more (last contact %1). To protect the data on a lost computer, the local data in Akta on this computer has been deleted.</numerusform>
            <numerusform>Akta has not been in contact with the server for %n days or more (last contact %1). To protect the data on a lost computer, the local data in Akta on this computer has been deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synchronised were lost.</source>
        <translation>
            <numerusform>%n change not yet synchronised was lost.</numerusform>
            <numerusform>%n changes not yet synchronised were lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::app::MainWindow</name>
    <message>
        <source>Akta – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akta – %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Akta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Akta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Akta %1&lt;/h3&gt;&lt;p&gt;Case and document management for Danish municipalities.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reclassify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was reclassified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention was changed; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case &amp;from this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party&apos;s &amp;cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) journaled</source>
        <translation>
            <numerusform>%n document journaled</numerusform>
            <numerusform>%n documents journaled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not journaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting text: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text extraction could not write to the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all cases and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::app::OfflineActions</name>
    <message>
        <source>&amp;Keep this case offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the case and every document in it on this computer, for work without network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all cases of the &amp;party offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready to go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every document of the offline cases and check that all is on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no person as its primary party.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::app::ReviewSetup</name>
    <message numerus="yes">
        <source>%n new document(s) wait for your review (Ctrl+Shift+G).</source>
        <translation>
            <numerusform>%n new document waits for your review (Ctrl+Shift+G).</numerusform>
            <numerusform>%n new documents wait for your review (Ctrl+Shift+G).</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was sent for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;views (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::app::SyncSetup</name>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who read, changed and exported what, in the cases of your area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is read from the server: connect and sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::blobs::BlobReader</name>
    <message>
        <source>not an encrypted Akta blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob does not authenticate (damaged, or not this content)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::directory::LocalAccount</name>
    <message>
        <source>My unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::kle::KleClassifier</name>
    <message>
        <source>(title, similar spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keyword, similar spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keyword)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stikord, similar spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stikord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(case, similar spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>learned from %n earlier case(s) like %1</source>
        <translation>
            <numerusform>learned from %n earlier case like %1</numerusform>
            <numerusform>learned from %n earlier cases like %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gruppe %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::AuditLogModel</name>
    <message>
        <source>Read the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read document content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: document content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::CaseListModel</name>
    <message>
        <source>Provisional number until the case has been synchronised with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline on this computer. Last synchronised %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline, but not synchronised yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::DocumentListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be extracted; the document itself is stored as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be extracted (%1); the document itself is stored as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is being extracted in the background for search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file has no text to extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was extracted for search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::KleSuggestionModel</name>
    <message>
        <source>Because of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::KleTreeModel</name>
    <message>
        <source>%1 %2 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::ReviewQueueModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::models::SearchResultModel</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::registry::CprNumber</name>
    <message>
        <source>No CPR number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPR number contains %1, which is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPR number has 10 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hyphen must come after the first six digits (DDMMYY-SSSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::registry::CvrNumber</name>
    <message>
        <source>No CVR number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CVR number contains %1, which is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CVR number has 8 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CVR number cannot begin with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CVR number fails the modulus 11 check; a digit is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::search::SearchQueryParser</name>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-01-31 or 31-01-2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato: needs a date before or after &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato: the first date is after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use opstået, &quot;under behandling&quot;, afgjort, afsluttet or arkiveret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;; use mail, notat, fil or sag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter cannot be excluded: -%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kle: needs a KLE number such as 27, 27.24 or 27.24.00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facet: needs a handlingsfacet such as G01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;; the filters are kle:, facet:, status:, sagsbeh:, enhed:, part:, dato: and type:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word ending in * needs at least two letters before the *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR cannot join an excluded word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to search for, not only what to leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::AccountDialog</name>
    <message>
        <source>Connect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://akta.example.dk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://akta.example.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https: a password may only travel unencrypted to a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::AuditLogDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akta::widgets::CaseDetailWidget</name>
    <message>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and address protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary party: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties (subject case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal files and e-mails into this case (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a journal note in this case (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything dragged could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer: documents are fetched when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline, with every document. Last synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline; not synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::CaseListView</name>
    <message>
        <source>Filter cases by number, title or party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akta::widgets::CitizenOverviewDialog</name>
    <message>
        <source>Cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is a party to these cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::ConflictDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed both here and on the server since the last sync. Choose which value to keep for each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept: only changed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this computer&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLE emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::CreateCaseDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen case (CPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company case (CVR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject case (no party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;VR number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PR number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement number (not a CPR number) · born %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid CPR number · born %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid CVR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the register: type the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked in red before creating the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and address protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emigrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party already has a case in this emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n case(s) in emne %2:</source>
        <translation>
            <numerusform>%1 already has %n case in emne %2:</numerusform>
            <numerusform>%1 already has %n cases in emne %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the newest instead of creating a new case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;new case anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::DocumentPreviewWidget</name>
    <message>
        <source>Open in &amp;program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system&apos;s program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy of the document in the program this computer uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the document from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this document is not on this computer, and Akta is not connected to the server to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the document from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this document is not on this computer, and the server cannot be reached now. Cases taken offline keep all their documents on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be fetched from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::DocumentPropertiesDialog</name>
    <message>
        <source>&amp;Journalize the document (it can then no longer be changed in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties the document concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalize the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the e-mail subject or the file name as the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akt no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges since journaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (kladde): changed in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaled: the content is kept unchanged; changes here are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n version(s)</source>
        <translation>
            <numerusform>%1 · %n version</numerusform>
            <numerusform>%1 · %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>The case has no parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 changed from “%4” to “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::DocumentVersionsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy of the chosen version (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the chosen version elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open %1 was found; the copy is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a copy of the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::EmailPreview</name>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::IdleLock</name>
    <message>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be checked without a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has been blocked by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::JournalNoteDialog</name>
    <message>
        <source>New journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal the note into the case (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text you have written with the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a title and some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be journaled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has not been journaled. Discard what you have written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as d&amp;raft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note as a draft (kladde) that can still be changed, and journal it later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::KlePickerWidget</name>
    <message>
        <source>S&amp;uggestions from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find KLE emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, title or stikord, e.g. 02.34.02 or byggetilladelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLE suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLE plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLE &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for the emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlingsfacet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlings&amp;facet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KLE emne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions from the title (being prepared…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emne chosen yet: type a number or words, or pick a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The guidance, legal references and retention of the highlighted emne are shown here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on %1: cannot be chosen for new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stikord:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::LockScreen</name>
    <message>
        <source>Akta is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::OfflineReadyDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server first (File, Connect to server…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what is on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akta is not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching what is missing from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases are taken offline. Choose “Keep this case offline” in the Offline menu for the cases to take along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is on this computer.
Offline cases: %1, documents: %2 (%3 MB). Last synchronised %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents are on this computer, but the latest changes could not be fetched: %1 Last synchronised %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything is on this computer.
Missing document versions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfDocument</name>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfPageCanvas</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfThumbnailList</name>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PdfViewer</name>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PreviewContent</name>
    <message>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this document is still being extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the beginning of this large file is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the beginning of this long text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview of this file type; this is its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview of this file type (%1). Open it in the program the computer uses for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this document is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PreviewExternalOpener</name>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be copied for opening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::PreviewFindBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::ReclassifyDialog</name>
    <message>
        <source>Reclassify case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2
Now: %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reclassify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an emne first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be reclassified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::RetentionDialog</name>
    <message>
        <source>Change retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this case is kept or discarded differently from its emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::ReviewQueueWidget</name>
    <message>
        <source>Nothing waits for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::ReviewRequestDialog</name>
    <message>
        <source>Send for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader who reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader of the case&apos;s unit is known yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::SearchPanel</name>
    <message>
        <source>Search all cases and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases and documents (Ctrl+K), e.g. byggetilladelse kle:02 dato:2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %L1 hits; the best of the newest are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::SyncController</name>
    <message>
        <source>Log in to the server to sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akta::widgets::TextPreview</name>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the local store in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: da or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store in %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
