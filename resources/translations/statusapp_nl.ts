<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Statusapp</source>
        <translation>Over Statusapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Statusapp {version}&lt;/h3&gt;&lt;p&gt;Status updates of a municipal execution programme: edit offline, merge everyone&apos;s files, export the green and blue tables.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Statusapp {version}&lt;/h3&gt;&lt;p&gt;Statusupdates van een gemeentelijk uitvoeringsprogramma: offline bijwerken, ieders bestanden samenvoegen, de groene en blauwe tabellen exporteren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Tekst van de actie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>e.g. 2024, 2023/2024, Q2 2025, 2024-feb</source>
        <translation>bijv. 2024, 2023/2024, Q2 2025, 2024-feb</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Projectleider</translation>
    </message>
    <message>
        <source>Sub-items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Remove sub-item</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Status in earlier rounds</source>
        <translation>Status in eerdere rondes</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes of this action</source>
        <translation>Wijzigingen van deze actie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Gepland</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>T&amp;rekker</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation>Eerdere rondes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when} (revision {revision})</source>
        <translation>Laatst gewijzigd door {who} op {when} (versie {revision})</translation>
    </message>
    <message>
        <source>Not yet changed in this round</source>
        <translation>Nog niet gewijzigd in deze ronde</translation>
    </message>
    <message>
        <source>No earlier rounds</source>
        <translation>Geen eerdere rondes</translation>
    </message>
    <message>
        <source>window</source>
        <translation>venster</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>opdrachtregel</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>consolidation</source>
        <translation>samenvoeging</translation>
    </message>
    <message>
        <source>Not a planning the report uses; write a year (2024), a range (2023/2024, 2023-2026), a month (2024-feb) or quarters (Q2 en Q3 2023). Not saved.</source>
        <translation>Geen planning zoals de rapportage die gebruikt; schrijf een jaar (2024), een periode (2023/2024, 2023-2026), een maand (2024-feb) of kwartalen (Q2 en Q3 2023). Niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ActionTreeView</name>
    <message>
        <source>Pillars, ambitions and actions</source>
        <translation>Pijlers, ambities en acties</translation>
    </message>
</context>
<context>
    <name>AmbitionEditor</name>
    <message>
        <source>Ambition title</source>
        <translation>Titel van de ambitie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Programme (green table)</source>
        <translation>Uitvoeringsprogramma (groene tabel)</translation>
    </message>
    <message>
        <source>Additional work (blue table)</source>
        <translation>Aanvullende werkzaamheden (blauwe tabel)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;abel</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Opmerking</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <source>Check before publishing</source>
        <translation>Controleren vóór publicatie</translation>
    </message>
    <message numerus="yes">
        <source>%n findings to look at before the report is published. Double-click one to go to its action.</source>
        <translation>
            <numerusform>%n bevinding om na te lopen voordat het rapport wordt gepubliceerd. Dubbelklik erop om naar de actie te gaan.</numerusform>
            <numerusform>%n bevindingen om na te lopen voordat het rapport wordt gepubliceerd. Dubbelklik op een bevinding om naar de actie te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: the round is ready to publish.</source>
        <translation>Niets gevonden: de ronde kan worden gepubliceerd.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pijler</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Status - or +/- without an explanation</source>
        <translation>Status - of +/- zonder toelichting</translation>
    </message>
    <message>
        <source>Planned year passed, not done</source>
        <translation>Geplande jaar voorbij, niet afgerond</translation>
    </message>
    <message>
        <source>Not updated in this round</source>
        <translation>Niet bijgewerkt in deze ronde</translation>
    </message>
    <message>
        <source>Status changed, explanation copied</source>
        <translation>Status gewijzigd, toelichting niet</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
    <message>
        <source>{field}: {action}
from {file}</source>
        <translation>{field}: {action}
uit {file}</translation>
    </message>
    <message>
        <source>{action}
from {file}</source>
        <translation>{action}
uit {file}</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Samengevoegde tekst</translation>
    </message>
    <message>
        <source>Keep the database&apos;s value</source>
        <translation>Waarde in de database houden</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Waarde uit het bestand nemen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Nu in de database</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Use merged text</source>
        <translation>Samengevoegde tekst gebruiken</translation>
    </message>
    <message>
        <source>Merged text (edit, then use it):</source>
        <translation>Samengevoegde tekst (bewerk en gebruik hem dan):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate returned workbooks</source>
        <translation>Teruggekomen werkmappen samenvoegen</translation>
    </message>
    <message>
        <source>Workbooks to consolidate</source>
        <translation>Samen te voegen werkmappen</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>When both sides changed a field</source>
        <translation>Als beide kanten een veld wijzigden</translation>
    </message>
    <message>
        <source>keep a conflict to resolve</source>
        <translation>een conflict bewaren om op te lossen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Drop the returned .xlsx files or laptop .db files on the list above.</source>
        <translation>Sleep de teruggekomen .xlsx-bestanden of .db-bestanden van laptops op de lijst hierboven.</translation>
    </message>
    <message>
        <source>What each file brings</source>
        <translation>Wat elk bestand meebrengt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Show what the files would change; change nothing</source>
        <translation>Laat zien wat de bestanden zouden wijzigen; wijzig niets</translation>
    </message>
    <message>
        <source>Consolidating cannot be undone with Edit &gt; Undo, and a central database is not backed up here: look at the Preview first.</source>
        <translation>Consolideren kan niet met Bewerken &gt; Ongedaan maken worden teruggedraaid, en van een centrale database wordt hier geen back-up gemaakt: bekijk eerst het Voorbeeld.</translation>
    </message>
    <message>
        <source>Returned workbooks and laptop databases (*.xlsx *.db)</source>
        <translation>Teruggekomen werkmappen en laptopdatabases (*.xlsx *.db)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Laptop databases (*.db)</source>
        <translation>Laptopdatabases (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Preview: nothing applied.</source>
        <translation>Voorbeeld: niets doorgevoerd.</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>keep the value now in the database</source>
        <translation>de waarde in de database houden</translation>
    </message>
    <message>
        <source>take the value in the file</source>
        <translation>de waarde uit het bestand nemen</translation>
    </message>
    <message>
        <source>Consolidating cannot be undone with Edit &gt; Undo. A backup of the database is made before it changes anything: “statusapp backups” lists it and “statusapp restore” puts it back.</source>
        <translation>Consolideren kan niet met Bewerken &gt; Ongedaan maken worden teruggedraaid. Voordat het iets wijzigt, wordt een back-up van de database gemaakt: “statusapp backups” toont die en “statusapp restore” zet hem terug.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Both sides changed a field:</source>
        <translation>Beide kanten wijzigden een veld:</translation>
    </message>
    <message>
        <source>Workbooks handed back by the project leaders:</source>
        <translation>Werkmappen die de projectleiders teruggaven:</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Teruggekomen werkmappen</translation>
    </message>
    <message>
        <source>the Reopen button under the action</source>
        <translation>de knop Heropenen onder de actie</translation>
    </message>
    <message>
        <source>Resolve the conflicts with Round &gt; Conflicts.</source>
        <translation>Los de conflicten op via Ronde &gt; Conflicten.</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>%n actions now have the owner {owner}</source>
        <translation>
            <numerusform>%n actie heeft nu de trekker {owner}</numerusform>
            <numerusform>%n acties hebben nu de trekker {owner}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions already had the owner {owner}</source>
        <translation>
            <numerusform>%n actie had de trekker {owner} al</numerusform>
            <numerusform>%n acties hadden de trekker {owner} al</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n pages to {folder}.</source>
        <translation>
            <numerusform>%n pagina gepubliceerd in {folder}.</numerusform>
            <numerusform>%n pagina&apos;s gepubliceerd in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round &gt; Check before publishing lists %n findings.</source>
        <translation>
            <numerusform>Ronde &gt; Publicatie controleren toont %n bevinding.</numerusform>
            <numerusform>Ronde &gt; Publicatie controleren toont %n bevindingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n actions to {path}</source>
        <translation>
            <numerusform>%n actie geëxporteerd naar {path}</numerusform>
            <numerusform>%n acties geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the programme {name}: {green}, {blue}</source>
        <translation>Programma {name} toegevoegd: {green}, {blue}</translation>
    </message>
    <message numerus="yes">
        <source>%n programme actions</source>
        <translation>
            <numerusform>%n actie uit het programma</numerusform>
            <numerusform>%n acties uit het programma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n additional actions</source>
        <translation>
            <numerusform>%n aanvullende actie</numerusform>
            <numerusform>%n aanvullende acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in {actions}</source>
        <translation>
            <numerusform>%n wijziging in {actions}</numerusform>
            <numerusform>%n wijzigingen in {actions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply changes (%n)</source>
        <translation>
            <numerusform>Wijziging doorvoeren (%n)</numerusform>
            <numerusform>Wijzigingen doorvoeren (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied, since the database changed while the preview was open: %n. These are conflicts now; the database keeps its values.</source>
        <translation>
            <numerusform>Niet toegepast, omdat de database veranderde terwijl het voorbeeld openstond: %n. Dit is nu een conflict; de database houdt haar waarde.</numerusform>
            <numerusform>Niet toegepast, omdat de database veranderde terwijl het voorbeeld openstond: %n. Dit zijn nu conflicten; de database houdt haar waarden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Statusapp databases (*.db);;All files (*)</source>
        <translation>Statusapp-databases (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>What should the new database hold?</source>
        <translation>Wat moet de nieuwe database bevatten?</translation>
    </message>
    <message>
        <source>The Heemstede programme</source>
        <translation>Het programma van Heemstede</translation>
    </message>
    <message>
        <source>An empty programme</source>
        <translation>Een leeg programma</translation>
    </message>
    <message>
        <source>A programme from a report (Excel, Word)…</source>
        <translation>Een programma uit een rapportage (Excel, Word)…</translation>
    </message>
    <message>
        <source>Name of the programme:</source>
        <translation>Naam van het programma:</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>Eerste ronde</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Kan de database niet aanmaken</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <source>“{text}” is no date: type it as 15-01-2025 or 2025-01-15.</source>
        <translation>“{text}” is geen datum: typ hem als 15-01-2025 of 2025-01-15.</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>This update was changed by someone else while you edited it.</source>
        <translation>Deze update is door iemand anders gewijzigd terwijl u hem bewerkte.</translation>
    </message>
    <message>
        <source>Show their version</source>
        <translation>Hun versie tonen</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>Mijn versie eroverheen opslaan</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>De werkmap wordt geschreven…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>ExplanationField</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(geen suggesties)</translation>
    </message>
    <message>
        <source>Add “%1” to the word list</source>
        <translation>“%1” toevoegen aan de woordenlijst</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>{field}: holds a right-to-left control character ({code}), which can disguise what the text says. Remove it; not saved.</source>
        <translation>{field}: bevat een richtingsteken voor rechts-naar-links ({code}), dat kan verhullen wat de tekst zegt. Verwijder het; niet opgeslagen.</translation>
    </message>
    <message>
        <source>{field}: holds a control character ({code}) that cannot be stored. Remove it; not saved.</source>
        <translation>{field}: bevat een stuurteken ({code}) dat niet kan worden opgeslagen. Verwijder het; niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter actions, ambitions, explanations (Ctrl+F)</source>
        <translation>Filter op acties, ambities, toelichtingen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter op trekker</translation>
    </message>
    <message>
        <source>Planned year filter</source>
        <translation>Filter op gepland jaar</translation>
    </message>
    <message>
        <source>Not yet updated</source>
        <translation>Nog niet bijgewerkt</translation>
    </message>
    <message>
        <source>Only actions nobody has updated in this round</source>
        <translation>Alleen acties die in deze ronde nog niemand heeft bijgewerkt</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle trekkers</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Zonder trekker</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>No action matches the filter. Escape clears it.</source>
        <translation>Geen actie voldoet aan het filter. Escape wist het.</translation>
    </message>
</context>
<context>
    <name>FilterMatch</name>
    <message>
        <source>Matches “{needle}” in the description: {snippet}</source>
        <translation>“{needle}” staat in de beschrijving: {snippet}</translation>
    </message>
    <message>
        <source>Matches “{needle}” in the explanation: {snippet}</source>
        <translation>“{needle}” staat in de toelichting: {snippet}</translation>
    </message>
    <message>
        <source>Matches “{needle}” in a sub-item: {snippet}</source>
        <translation>“{needle}” staat in een onderdeel: {snippet}</translation>
    </message>
    <message>
        <source>Shown because its ambition matches “{needle}”.</source>
        <translation>Getoond omdat de ambitie “{needle}” bevat.</translation>
    </message>
</context>
<context>
    <name>FilterNote</name>
    <message>
        <source>Hidden by the filter: selected again when the filter shows it.</source>
        <translation>Verborgen door het filter: weer geselecteerd zodra het filter de actie toont.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Hand out</source>
        <translation>Uitvraag</translation>
    </message>
    <message>
        <source>Writes per owner their workbook and an unsent e-mail (.eml) with the workbook attached. Open each mail in Outlook or Thunderbird, check it and send it: Statusapp sends nothing.</source>
        <translation>Schrijft per trekker de werkmap en een niet-verzonden e-mail (.eml) met de werkmap als bijlage. Open elke mail in Outlook of Thunderbird, controleer hem en verstuur hem: Statusapp verstuurt niets.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>No action has an owner yet, so there is nothing to hand out. Assign owners first: select actions in the tree and choose Edit &gt; Assign owner… (Ctrl+Shift+O), or type the owner in the action&apos;s editor.</source>
        <translation>Nog geen enkele actie heeft een trekker, dus er valt niets uit te vragen. Wijs eerst trekkers toe: selecteer acties in de boom en kies Bewerken &gt; Trekker toewijzen… (Ctrl+Shift+O), of vul de trekker in bij de actie.</translation>
    </message>
    <message>
        <source>Hand back by</source>
        <translation>Terug uiterlijk</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Hand back by:</source>
        <translation>Terug uiterlijk:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Write workbooks and mails</source>
        <translation>Werkmappen en mails schrijven</translation>
    </message>
    <message>
        <source>Folder for the hand-out</source>
        <translation>Map voor de uitvraag</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Kies eerst een map.</translation>
    </message>
    <message>
        <source>{owner}: {mail} to {address}</source>
        <translation>{owner}: {mail} aan {address}</translation>
    </message>
    <message>
        <source>{owner}: {mail} has no addressee: no e-mail address known</source>
        <translation>{owner}: {mail} heeft geen geadresseerde: geen e-mailadres bekend</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n workbooks and mails to {folder}. Nothing was sent.</source>
        <translation>
            <numerusform>%n werkmap en mail geschreven naar {folder}. Er is niets verstuurd.</numerusform>
            <numerusform>%n werkmappen en mails geschreven naar {folder}. Er is niets verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Actions staying as they are: {unchanged}; proposals: {proposals}; conflicts: {conflicts}; refused, as the update is approved: {locked}; rows missing: {missing}.</source>
        <translation>Acties die blijven zoals ze zijn: {unchanged}; voorstellen: {proposals}; conflicten: {conflicts}; geweigerd omdat de update is goedgekeurd: {locked}; ontbrekende rijen: {missing}.</translation>
    </message>
    <message>
        <source>Nothing to import: the workbook holds no changes.</source>
        <translation>Niets te importeren: de werkmap bevat geen wijzigingen.</translation>
    </message>
    <message>
        <source>{changes}. {rest}</source>
        <translation>{changes}. {rest}</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Actietekst</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Sub-items</source>
        <translation>Subitems</translation>
    </message>
    <message>
        <source>Changes in the workbook</source>
        <translation>Wijzigingen in de werkmap</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Field or kind</source>
        <translation>Veld of soort</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Nu in de database</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Werkmap</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Doorgevoerde wijzigingen</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Door te voeren wijzigingen</translation>
    </message>
    <message>
        <source>Conflicts: changed here and in the workbook; left as here</source>
        <translation>Conflicten: hier én in de werkmap gewijzigd; blijven zoals hier</translation>
    </message>
    <message>
        <source>Refused: the update is approved; reopen it to change it</source>
        <translation>Geweigerd: de update is goedgekeurd; heropen hem om hem te wijzigen</translation>
    </message>
    <message>
        <source>Proposals: not applied; change them in the window if you agree</source>
        <translation>Voorstellen: niet doorgevoerd; pas ze in het venster aan als u het ermee eens bent</translation>
    </message>
    <message>
        <source>Rows missing from the workbook: nothing is deleted</source>
        <translation>Rijen die in de werkmap ontbreken: er wordt niets verwijderd</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Status of the actions in the green tables:</source>
        <translation>Status van de acties in de groene tabellen:</translation>
    </message>
    <message>
        <source>Blue tables (additional work outside the programme) have no status.</source>
        <translation>Blauwe tabellen (aanvullende werkzaamheden buiten het programma) hebben geen status.</translation>
    </message>
</context>
<context>
    <name>LengthGuide</name>
    <message>
        <source>%1 / %2 characters: longer than the report&apos;s cells hold well</source>
        <translation>%1 / %2 tekens: langer dan de cellen van het rapport goed bevatten</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message>
        <source>The programme advises at most %1 characters per explanation; longer texts are saved, but make the report&apos;s tables hard to read.</source>
        <translation>Het programma adviseert hoogstens %1 tekens per toelichting; langere teksten worden opgeslagen, maar maken de tabellen van het rapport moeilijk leesbaar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Select a pillar, ambition or action on the left.</source>
        <translation>Kies links een pijler, ambitie of actie.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (gesloten)</translation>
    </message>
    <message>
        <source>{programme} — {round} — Statusapp</source>
        <translation>{programme} — {round} — Statusapp</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>Nieuwe pijler</translation>
    </message>
    <message>
        <source>New ambition</source>
        <translation>Nieuwe ambitie</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and the %n actions in it? You can undo this.</source>
        <translation>
            <numerusform>“{title}” en de %n actie daarin verwijderen? Dit kunt u ongedaan maken.</numerusform>
            <numerusform>“{title}” en de %n acties daarin verwijderen? Dit kunt u ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>hand in by {date}, {rest}</source>
        <translation>inleveren vóór {date}, {rest}</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mijn acties</translation>
    </message>
    <message>
        <source>Only your actions not yet updated in this round</source>
        <translation>Alleen uw acties die in deze ronde nog niet zijn bijgewerkt</translation>
    </message>
    <message>
        <source>Next not updated</source>
        <translation>Volgende niet bijgewerkt</translation>
    </message>
    <message>
        <source>The next of your actions not yet updated (F8)</source>
        <translation>Uw volgende actie die nog niet is bijgewerkt (F8)</translation>
    </message>
    <message>
        <source>Previous not updated</source>
        <translation>Vorige niet bijgewerkt</translation>
    </message>
    <message>
        <source>Whose actions are mine…</source>
        <translation>Welke acties zijn van mij…</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>lezer</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>bewerker</translation>
    </message>
    <message>
        <source>control team</source>
        <translation>controlteam</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>Working copy: your own updates</source>
        <translation>Werkkopie: uw eigen updates</translation>
    </message>
    <message>
        <source>Signed in to the database as %1</source>
        <translation>Aangemeld bij de database als %1</translation>
    </message>
    <message>
        <source>No action has an owner yet: assign owners first.</source>
        <translation>Nog geen actie heeft een trekker: wijs eerst trekkers toe.</translation>
    </message>
    <message>
        <source>Whose actions are mine</source>
        <translation>Welke acties zijn van mij</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>U bent:</translation>
    </message>
    <message>
        <source>No action has {person} as its owner: click to choose whose are yours</source>
        <translation>Geen actie heeft {person} als trekker: klik om te kiezen welke van u zijn</translation>
    </message>
    <message numerus="yes">
        <source>My actions: {updated} of %n updated</source>
        <translation>
            <numerusform>Mijn acties: {updated} van %n bijgewerkt</numerusform>
            <numerusform>Mijn acties: {updated} van %n bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions of {owner} updated in this round</source>
        <translation>Acties van {owner} die in deze ronde zijn bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>All your actions are updated in this round.</source>
        <translation>Al uw acties zijn in deze ronde bijgewerkt.</translation>
    </message>
    <message>
        <source>Every action is updated in this round.</source>
        <translation>Alle acties zijn in deze ronde bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New reporting round</source>
        <translation>Nieuwe rapportageronde</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Naam van de ronde</translation>
    </message>
    <message>
        <source>e.g. Jaarverslag 2024</source>
        <translation>bijv. Jaarverslag 2024</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>The new round starts from the current statuses, planned texts and explanations, marked as not yet updated.</source>
        <translation>De nieuwe ronde begint met de huidige statussen, planningen en toelichtingen, gemarkeerd als nog niet bijgewerkt.</translation>
    </message>
    <message>
        <source>The round “{round}” is still open: it is closed first, and its updates are then frozen.</source>
        <translation>De ronde “{round}” is nog open: die wordt eerst gesloten, en de updates ervan liggen dan vast.</translation>
    </message>
    <message>
        <source>Opening a round cannot be undone, and Edit &gt; Undo starts afresh.</source>
        <translation>Een ronde openen kan niet ongedaan worden gemaakt, en Bewerken &gt; Ongedaan maken begint opnieuw.</translation>
    </message>
    <message>
        <source>Close the current round and open the new one</source>
        <translation>Huidige ronde sluiten en de nieuwe openen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Reference date</source>
        <translation>&amp;Peildatum</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message numerus="yes">
        <source>%n of these actions are hidden by the filter</source>
        <translation>
            <numerusform>%n van deze acties is verborgen door het filter</numerusform>
            <numerusform>%n van deze acties zijn verborgen door het filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Grafiek opslaan als PNG…</translation>
    </message>
    <message>
        <source>Status per pillar</source>
        <translation>Status per pijler</translation>
    </message>
    <message>
        <source>Changed, delayed and longer actions</source>
        <translation>Veranderde, vertraagde en langer lopende acties</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Since {previous}: {improved} improved, {worsened} worsened.</source>
        <translation>Sinds {previous}: {improved} verbeterd, {worsened} verslechterd.</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Aantal acties</translation>
    </message>
    <message>
        <source>Updated in this round, per owner (actions in the green tables)</source>
        <translation>Bijgewerkt in deze ronde, per trekker (acties in de groene tabellen)</translation>
    </message>
    <message numerus="yes">
        <source>{round}: %n action(s) in the green tables. {counts}</source>
        <translation>
            <numerusform>{round}: %n actie in de groene tabellen. {counts}</numerusform>
            <numerusform>{round}: %n acties in de groene tabellen. {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>Status per pillar in {round} (actions in the green tables)</source>
        <translation>Status per pijler in {round} (acties in de groene tabellen)</translation>
    </message>
    <message>
        <source>Status per pillar in {round}, each above {previous} (actions in the green tables)</source>
        <translation>Status per pijler in {round}, telkens boven {previous} (acties in de groene tabellen)</translation>
    </message>
    <message>
        <source>Improved since {round}</source>
        <translation>Verbeterd sinds {round}</translation>
    </message>
    <message>
        <source>Worsened since {round}</source>
        <translation>Verslechterd sinds {round}</translation>
    </message>
    <message>
        <source>Click to select these actions in the tree</source>
        <translation>Klik om deze acties in de boom te selecteren</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(geen trekker)</translation>
    </message>
    <message>
        <source>Click to select this owner&apos;s actions not yet updated</source>
        <translation>Klik om de nog niet bijgewerkte acties van deze trekker te selecteren</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
</context>
<context>
    <name>PillarEditor</name>
    <message>
        <source>Pillar title</source>
        <translation>Titel van de pijler</translation>
    </message>
    <message>
        <source>Aims, one per line</source>
        <translation>Doelen, één per regel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Aims</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message numerus="yes">
        <source>%n programme actions: {counts}</source>
        <translation>
            <numerusform>%n actie uit het programma: {counts}</numerusform>
            <numerusform>%n acties uit het programma: {counts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeController</name>
    <message>
        <source>Import {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <source>Edit update</source>
        <translation>Update bewerken</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Trekker wijzigen</translation>
    </message>
    <message>
        <source>Edit action text</source>
        <translation>Tekst van de actie bewerken</translation>
    </message>
    <message>
        <source>Edit sub-items</source>
        <translation>Onderdelen bewerken</translation>
    </message>
    <message>
        <source>Edit ambition</source>
        <translation>Ambitie bewerken</translation>
    </message>
    <message>
        <source>Edit pillar</source>
        <translation>Pijler bewerken</translation>
    </message>
    <message>
        <source>This item was deleted; the change is not saved.</source>
        <translation>Dit onderdeel is verwijderd; de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>This item is no longer in the programme.</source>
        <translation>Dit onderdeel staat niet meer in het programma.</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Trekker toewijzen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>additional work</source>
        <translation>aanvullend</translation>
    </message>
    <message>
        <source>Additional work: no status</source>
        <translation>Aanvullende werkzaamheden: geen status</translation>
    </message>
    <message>
        <source>Programme (green table)</source>
        <translation>Uitvoeringsprogramma (groene tabel)</translation>
    </message>
    <message>
        <source>Additional work (blue table)</source>
        <translation>Aanvullende werkzaamheden (blauwe tabel)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress of {round}</source>
        <translation>Voortgang van {round}</translation>
    </message>
    <message numerus="yes">
        <source>{updated} of %n actions updated in this round</source>
        <translation>
            <numerusform>{updated} van %n actie bijgewerkt in deze ronde</numerusform>
            <numerusform>{updated} van %n acties bijgewerkt in deze ronde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted: %n actions of the green and blue tables, child actions included (the overview counts the green tables only).</source>
        <translation>
            <numerusform>Geteld: %n actie uit de groene en blauwe tabellen, subacties inbegrepen (het overzicht telt alleen de groene tabellen).</numerusform>
            <numerusform>Geteld: %n acties uit de groene en blauwe tabellen, subacties inbegrepen (het overzicht telt alleen de groene tabellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress per owner</source>
        <translation>Voortgang per trekker</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Ontvangen bestanden</translation>
    </message>
    <message numerus="yes">
        <source>Files received (%n)</source>
        <translation>
            <numerusform>Ontvangen bestand (%n)</numerusform>
            <numerusform>Ontvangen bestanden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet updated (%n)</source>
        <translation>
            <numerusform>Nog niet bijgewerkt (%n)</numerusform>
            <numerusform>Nog niet bijgewerkt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>Uitvraag…</translation>
    </message>
    <message>
        <source>{file} ({moment}, {outcome})</source>
        <translation>{file} ({moment}, {outcome})</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <source>Publish: choose the site&apos;s folder</source>
        <translation>Publiceren: kies de map voor de site</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Language of the site:</source>
        <translation>Taal van de site:</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>New programme from report</source>
        <translation>Nieuw programma uit rapportage</translation>
    </message>
    <message>
        <source>Reports (*.xlsx *.docx);;All files (*)</source>
        <translation>Rapportages (*.xlsx *.docx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot read the report</source>
        <translation>Kan de rapportage niet lezen</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Kan de database niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot add the programme</source>
        <translation>Kan het programma niet toevoegen</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>New programme from {name}</source>
        <translation>Nieuw programma uit {name}</translation>
    </message>
    <message>
        <source>e.g. Gemeente Heemstede</source>
        <translation>bijv. Gemeente Heemstede</translation>
    </message>
    <message>
        <source>Programme name:</source>
        <translation>Naam van het programma:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>First round:</source>
        <translation>Eerste ronde:</translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <source>Tables read: {tables}. Pillars: {pillars}, other sections: {sections}. Green tables: {green_ambitions}, {green_actions}. Blue tables: {blue_ambitions}, {blue_actions}. Rows not placed: {unplaced}.</source>
        <translation>Gelezen tabellen: {tables}. Pijlers: {pillars}, andere onderdelen: {sections}. Groene tabellen: {green_ambitions}, {green_actions}. Blauwe tabellen: {blue_ambitions}, {blue_actions}. Niet geplaatste rijen: {unplaced}.</translation>
    </message>
    <message numerus="yes">
        <source>%n ambitions</source>
        <translation>
            <numerusform>%n ambitie</numerusform>
            <numerusform>%n ambities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme actions</source>
        <translation>
            <numerusform>%n actie uit het programma</numerusform>
            <numerusform>%n acties uit het programma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n additional actions</source>
        <translation>
            <numerusform>%n aanvullende actie</numerusform>
            <numerusform>%n aanvullende acties</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds {names} already. The new programme is added beside it; the selector in the toolbar switches between them.</source>
        <translation>Deze database bevat al {names}. Het nieuwe programma komt ernaast; met de keuzelijst in de werkbalk wisselt u tussen de programma&apos;s.</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>Wat de rapportage bevat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows not placed and notes</source>
        <translation>Niet geplaatste rijen en opmerkingen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Rows not placed (left out)</source>
        <translation>Niet geplaatste rijen (weggelaten)</translation>
    </message>
    <message>
        <source>Notes (read, something ignored)</source>
        <translation>Opmerkingen (gelezen, iets genegeerd)</translation>
    </message>
    <message>
        <source>Suspect tables (rows do not line up; not read)</source>
        <translation>Verdachte tabellen (rijen lopen niet gelijk; niet gelezen)</translation>
    </message>
    <message>
        <source>Every row was placed.</source>
        <translation>Elke rij is geplaatst.</translation>
    </message>
    <message>
        <source>Create programme</source>
        <translation>Programma aanmaken</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Het programma heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The database holds a programme with this name; choose another.</source>
        <translation>De database bevat al een programma met deze naam; kies een andere.</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pijler</translation>
    </message>
    <message>
        <source>section</source>
        <translation>onderdeel</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({kind}, %n actions)</source>
        <translation>
            <numerusform>{title} ({kind}, %n actie)</numerusform>
            <numerusform>{title} ({kind}, %n acties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} [{table}, %n actions]</source>
        <translation>
            <numerusform>{title} [{table}, %n actie]</numerusform>
            <numerusform>{title} [{table}, %n acties]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n sub-items)</source>
        <translation>
            <numerusform> (+%n onderdeel)</numerusform>
            <numerusform> (+%n onderdelen)</numerusform>
        </translation>
    </message>
    <message>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blauw</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>toelichting</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>trekker</translation>
    </message>
    <message>
        <source>holds a table, but no header row with the captions (&apos;Maatregelen/acties&apos;, &apos;Gepland&apos;, &apos;Toelichting&apos;, ...); not read</source>
        <translation>bevat een tabel, maar geen kopregel met de kopjes (&apos;Maatregelen/acties&apos;, &apos;Gepland&apos;, &apos;Toelichting&apos;, ...); niet gelezen</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos; is not read (ignored)</source>
        <translation>kolom &apos;{0}&apos; wordt niet gelezen (genegeerd)</translation>
    </message>
    <message>
        <source>no action text (only {0})</source>
        <translation>geen tekst van een actie (alleen {0})</translation>
    </message>
    <message>
        <source>action &apos;{0}&apos; has no ambition above it; left out</source>
        <translation>actie &apos;{0}&apos; heeft geen ambitie erboven; weggelaten</translation>
    </message>
    <message>
        <source>planned &apos;{0}&apos; is no year, range, month or quarter; kept as written</source>
        <translation>gepland &apos;{0}&apos; is geen jaar, periode, maand of kwartaal; overgenomen zoals het er staat</translation>
    </message>
    <message>
        <source>status &apos;{0}&apos; not recognised; left empty</source>
        <translation>status &apos;{0}&apos; niet herkend; leeg gelaten</translation>
    </message>
    <message>
        <source>the status cell&apos;s fill is a theme colour, which cannot be read; left empty (type the symbol instead)</source>
        <translation>de opvulling van de statuscel is een themakleur, die niet te lezen is; leeg gelaten (typ liever het symbool)</translation>
    </message>
    <message>
        <source>the fill colour #{0} is no status colour (green, light green, orange, red); left empty</source>
        <translation>de opvulkleur #{0} is geen statuskleur (groen, lichtgroen, oranje, rood); leeg gelaten</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>blad {0}</translation>
    </message>
    <message>
        <source>table {0}</source>
        <translation>tabel {0}</translation>
    </message>
    <message>
        <source>(table at row {0})</source>
        <translation>(tabel op rij {0})</translation>
    </message>
    <message>
        <source>(under {0})</source>
        <translation>(onder {0})</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rij {0}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exporteren naar Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporteren naar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Mark as submitted</source>
        <translation>Markeren als ingediend</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Review: draft (being edited)</source>
        <translation>Beoordeling: concept (wordt bewerkt)</translation>
    </message>
    <message>
        <source>Review: submitted by the project leader</source>
        <translation>Beoordeling: ingediend door de projectleider</translation>
    </message>
    <message>
        <source>Review: approved; reopen it to change it</source>
        <translation>Beoordeling: goedgekeurd; heropen om te wijzigen</translation>
    </message>
    <message>
        <source>This round is closed: its updates can no longer change.</source>
        <translation>Deze ronde is gesloten: de updates kunnen niet meer wijzigen.</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <source>Close the round “{round}”? Its updates are then frozen; Edit &gt; Undo reopens it.</source>
        <translation>De ronde “{round}” sluiten? De updates ervan liggen dan vast; Bewerken &gt; Ongedaan maken opent hem weer.</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>Bezig met samenvoegen…</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolideren</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Er zijn geen open conflicten.</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Trekker toewijzen</translation>
    </message>
    <message>
        <source>Project leader for the selected actions (empty: nobody):</source>
        <translation>Projectleider van de gekozen acties (leeg: niemand):</translation>
    </message>
    <message>
        <source>Export for owner</source>
        <translation>Exporteren voor trekker</translation>
    </message>
    <message>
        <source>No action has an owner yet: assign owners first.</source>
        <translation>Nog geen actie heeft een trekker: wijs eerst trekkers toe.</translation>
    </message>
    <message>
        <source>Project leader:</source>
        <translation>Projectleider:</translation>
    </message>
    <message>
        <source>Open handed-out workbook</source>
        <translation>Uitgegeven werkmap openen</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Werkkopie opslaan als</translation>
    </message>
    <message>
        <source>Statusapp databases (*.db)</source>
        <translation>Statusapp-databases (*.db)</translation>
    </message>
    <message>
        <source>Choose a new file for the working copy.</source>
        <translation>Kies een nieuw bestand voor de werkkopie.</translation>
    </message>
</context>
<context>
    <name>RoundController</name>
    <message>
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <source>Set the e-mail address of {owner}</source>
        <translation>E-mailadres van {owner} instellen</translation>
    </message>
    <message>
        <source>Set the hand-in date</source>
        <translation>Inleverdatum instellen</translation>
    </message>
</context>
<context>
    <name>RoundTexts</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>toelichting</translation>
    </message>
    <message>
        <source>Previous round: {before} → now {now}</source>
        <translation>Vorige ronde: {before} → nu {now}</translation>
    </message>
    <message>
        <source>; also changed: {fields}</source>
        <translation>; ook gewijzigd: {fields}</translation>
    </message>
    <message>
        <source>Changed since the previous round: {fields}</source>
        <translation>Gewijzigd sinds de vorige ronde: {fields}</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>Ongewijzigd sinds de vorige ronde</translation>
    </message>
    <message>
        <source>{marker} was {status}</source>
        <translation>{marker} was {status}</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The database is available again.</source>
        <translation>De database is weer beschikbaar.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <source>Not saved: waiting for the database</source>
        <translation>Niet opgeslagen: wacht op de database</translation>
    </message>
    <message>
        <source>Not saved yet: this item stays open until the database is back.</source>
        <translation>Nog niet opgeslagen: dit onderdeel blijft open tot de database weer beschikbaar is.</translation>
    </message>
    <message>
        <source>Some changes could not be saved: the database is not available.</source>
        <translation>Sommige wijzigingen konden niet worden opgeslagen: de database is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Keep the window open to save them when the database is back.</source>
        <translation>Laat het venster open om ze op te slaan zodra de database weer beschikbaar is.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Sluiten en ze kwijtraken</translation>
    </message>
    <message>
        <source>“{value}” was not saved: Statusapp does not accept it in this field.</source>
        <translation>“{value}” is niet opgeslagen: Statusapp neemt het in dit veld niet aan.</translation>
    </message>
    <message>
        <source>The red line below the field says which forms it takes.</source>
        <translation>De rode regel onder het veld zegt welke vormen het aanneemt.</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Sluiten en kwijtraken</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>on or ahead of schedule, even if not yet finished</source>
        <translation>loopt conform of voor op planning, ook als het nog niet is afgerond</translation>
    </message>
    <message>
        <source>under way, but taking longer</source>
        <translation>traject loopt, maar heeft langere doorlooptijd</translation>
    </message>
    <message>
        <source>not yet started, or delayed</source>
        <translation>nog niet gestart, loopt vertraging op</translation>
    </message>
    <message>
        <source>{caption}: {sentence}</source>
        <translation>{caption}: {sentence}</translation>
    </message>
    <message>
        <source>not yet started, because not yet planned</source>
        <translation>nog niet gestart, omdat het nog niet gepland is</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Status {symbol} (key {key})</source>
        <translation>Status {symbol} (toets {key})</translation>
    </message>
    <message>
        <source>Additional work: no status</source>
        <translation>Aanvullende werkzaamheden: geen status</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The database {0} is in use by another program.</source>
        <translation>De database {0} is in gebruik door een ander programma.</translation>
    </message>
    <message>
        <source>The disk holding {0} is full. Free some space on it.</source>
        <translation>De schijf met {0} is vol. Maak er ruimte op vrij.</translation>
    </message>
    <message>
        <source>The database {0} cannot be reached. Check that its drive or network folder is available.</source>
        <translation>De database {0} is niet bereikbaar. Controleer of de schijf of netwerkmap beschikbaar is.</translation>
    </message>
    <message>
        <source>The database server {0} cannot be reached.</source>
        <translation>De databaseserver {0} is niet bereikbaar.</translation>
    </message>
    <message>
        <source>Your change is kept in the editor and saved as soon as the database is available again.</source>
        <translation>Uw wijziging blijft in de editor staan en wordt opgeslagen zodra de database weer beschikbaar is.</translation>
    </message>
    <message>
        <source>The change was not made; try again when the database is available.</source>
        <translation>De wijziging is niet doorgevoerd; probeer het opnieuw zodra de database beschikbaar is.</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <source>Add pillar</source>
        <translation>Pijler toevoegen</translation>
    </message>
    <message>
        <source>Add ambition</source>
        <translation>Ambitie toevoegen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SubItemsTable</name>
    <message>
        <source>Sub-items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Sub-item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
</context>
<context>
    <name>TreeStatusKeys</name>
    <message>
        <source>The status is already “{status}”: nothing changed. An action counts as updated when its status, planning or explanation changes.</source>
        <translation>De status is al “{status}”: er is niets gewijzigd. Een actie telt als bijgewerkt wanneer de status, de planning of de toelichting verandert.</translation>
    </message>
    <message>
        <source>Keys 1-5 set the status of an action: select an action first.</source>
        <translation>De toetsen 1-5 zetten de status van een actie: kies eerst een actie.</translation>
    </message>
    <message>
        <source>Additional work (blue table) has no status.</source>
        <translation>Aanvullende werkzaamheden (blauwe tabel) hebben geen status.</translation>
    </message>
    <message>
        <source>This round is closed: its statuses can no longer change.</source>
        <translation>Deze ronde is gesloten: de statussen kunnen niet meer wijzigen.</translation>
    </message>
    <message>
        <source>This update is approved: reopen it to change its status.</source>
        <translation>Deze update is goedgekeurd: heropen hem om de status te wijzigen.</translation>
    </message>
</context>
<context>
    <name>UsersActions</name>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Gebruikers en rollen</translation>
    </message>
    <message>
        <source>reader: reads and exports</source>
        <translation>lezer: leest en exporteert</translation>
    </message>
    <message>
        <source>editor: updates the owner&apos;s actions</source>
        <translation>bewerker: werkt de acties van de trekker bij</translation>
    </message>
    <message>
        <source>control team: the whole round</source>
        <translation>controlteam: de hele ronde</translation>
    </message>
    <message>
        <source>administrator: also users and roles</source>
        <translation>beheerder: ook gebruikers en rollen</translation>
    </message>
    <message>
        <source>The database server checks every login&apos;s password or Windows sign-in; Statusapp never stores a password.</source>
        <translation>De databaseserver controleert het wachtwoord of de Windows-aanmelding van elke login; Statusapp bewaart nooit een wachtwoord.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(geen trekker)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Trekker:</translation>
    </message>
    <message>
        <source>&amp;Give this role</source>
        <translation>Deze rol &amp;geven</translation>
    </message>
    <message>
        <source>Take the role &amp;away</source>
        <translation>Rol &amp;intrekken</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Statusapp</source>
        <translation>Welkom bij Statusapp</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>Eerste ronde</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Kan de gegevensmap {folder} niet maken: {reason}</translation>
    </message>
    <message>
        <source>Open a workbook from the control team</source>
        <translation>Een werkmap van concerncontrol openen</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Statusapp</source>
        <translation>Welkom bij Statusapp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Statusapp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welkom bij Statusapp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your programme is kept in a database on this computer:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Everything you change is saved there at once. How do you want to begin?</source>
        <translation>Uw programma staat in een database op deze computer:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Alles wat u wijzigt wordt daar meteen opgeslagen. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>Continue with the Heemstede programme</source>
        <translation>Doorgaan met het programma van Heemstede</translation>
    </message>
    <message>
        <source>The built-in Uitvoeringsprogramma 2022-2026 of Gemeente Heemstede, open behind this window.</source>
        <translation>Het ingebouwde Uitvoeringsprogramma 2022-2026 van Gemeente Heemstede, geopend achter dit venster.</translation>
    </message>
    <message>
        <source>Start an empty programme instead</source>
        <translation>In plaats daarvan een leeg programma beginnen</translation>
    </message>
    <message>
        <source>Add the pillars, ambitions and actions yourself.</source>
        <translation>U voegt zelf de pijlers, ambities en acties toe.</translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation>Naam van het programma</translation>
    </message>
    <message>
        <source>e.g. Uitvoeringsprogramma 2026-2030</source>
        <translation>bijv. Uitvoeringsprogramma 2026-2030</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Open a workbook from the control team instead</source>
        <translation>In plaats daarvan een werkmap van concerncontrol openen</translation>
    </message>
    <message>
        <source>The Excel file you were sent: it becomes your working copy.</source>
        <translation>Het Excel-bestand dat u is gestuurd: het wordt uw werkkopie.</translation>
    </message>
    <message>
        <source>First give the programme a name</source>
        <translation>Geef het programma eerst een naam</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importeren uit Excel…</translation>
    </message>
    <message>
        <source>New &amp;programme from report…</source>
        <translation>Nieuw &amp;programma uit rapportage…</translation>
    </message>
    <message>
        <source>Open &amp;handed-out workbook…</source>
        <translation>&amp;Uitgegeven werkmap openen…</translation>
    </message>
    <message>
        <source>Export for &amp;owner…</source>
        <translation>Exporteren voor &amp;trekker…</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>&amp;Trekker toewijzen…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nieuwe ronde…</translation>
    </message>
    <message>
        <source>&amp;Close round…</source>
        <translation>Ronde &amp;sluiten…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Voortgang…</translation>
    </message>
    <message>
        <source>C&amp;onsolidate returned workbooks…</source>
        <translation>Teruggekomen werkmappen &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <source>Chang&amp;es since the previous round…</source>
        <translation>&amp;Wijzigingen sinds de vorige ronde…</translation>
    </message>
    <message>
        <source>Check &amp;before publishing…</source>
        <translation>&amp;Publicatie controleren…</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Exporteren naar &amp;Word…</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>Exporteren naar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>P&amp;ublish as website…</source>
        <translation>Publiceren als &amp;website…</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Uitvraag…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Gebruikers en rollen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Ongedaan maken: {edit}</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>Opnieuw uitvoeren: {edit}</translation>
    </message>
    <message>
        <source>Add &amp;pillar</source>
        <translation>&amp;Pijler toevoegen</translation>
    </message>
    <message>
        <source>Add a&amp;mbition</source>
        <translation>A&amp;mbitie toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>&amp;Actie toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;child action</source>
        <translation>&amp;Subactie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omhoog ver&amp;plaatsen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Omlaag verp&amp;laatsen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>Alles &amp;uitklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Alles &amp;inklappen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>&amp;About Statusapp</source>
        <translation>&amp;Over Statusapp</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Ronde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
</context>
</TS>
