<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Statusapp</source>
        <translation>About Statusapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Statusapp {version}&lt;/h3&gt;&lt;p&gt;Status updates of a municipal execution programme: edit offline, merge everyone&apos;s files, export the green and blue tables.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Statusapp {version}&lt;/h3&gt;&lt;p&gt;Status updates of a municipal execution programme: edit offline, merge everyone&apos;s files, export the green and blue tables.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Action text</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>e.g. 2024, 2023/2024, Q2 2025, 2024-feb</source>
        <translation>e.g. 2024, 2023/2024, Q2 2025, 2024-feb</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Project leader</translation>
    </message>
    <message>
        <source>Sub-items</source>
        <translation>Sub-items</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Add sub-item</translation>
    </message>
    <message>
        <source>Remove sub-item</source>
        <translation>Remove sub-item</translation>
    </message>
    <message>
        <source>Status in earlier rounds</source>
        <translation>Status in earlier rounds</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes of this action</source>
        <translation>Changes of this action</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Planned</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation>Earlier rounds</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when} (revision {revision})</source>
        <translation>Last changed by {who} at {when} (revision {revision})</translation>
    </message>
    <message>
        <source>Not yet changed in this round</source>
        <translation>Not yet changed in this round</translation>
    </message>
    <message>
        <source>No earlier rounds</source>
        <translation>No earlier rounds</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>consolidation</source>
        <translation>consolidation</translation>
    </message>
    <message>
        <source>Not a planning the report uses; write a year (2024), a range (2023/2024, 2023-2026), a month (2024-feb) or quarters (Q2 en Q3 2023). Not saved.</source>
        <translation>Not a planning the report uses; write a year (2024), a range (2023/2024, 2023-2026), a month (2024-feb) or quarters (Q2 en Q3 2023). Not saved.</translation>
    </message>
</context>
<context>
    <name>ActionTreeView</name>
    <message>
        <source>Pillars, ambitions and actions</source>
        <translation>Pillars, ambitions and actions</translation>
    </message>
</context>
<context>
    <name>AmbitionEditor</name>
    <message>
        <source>Ambition title</source>
        <translation>Ambition title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Programme (green table)</source>
        <translation>Programme (green table)</translation>
    </message>
    <message>
        <source>Additional work (blue table)</source>
        <translation>Additional work (blue table)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <source>Check before publishing</source>
        <translation>Check before publishing</translation>
    </message>
    <message numerus="yes">
        <source>%n findings to look at before the report is published. Double-click one to go to its action.</source>
        <translation>
            <numerusform>%n finding to look at before the report is published. Double-click it to go to its action.</numerusform>
            <numerusform>%n findings to look at before the report is published. Double-click one to go to its action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: the round is ready to publish.</source>
        <translation>Nothing found: the round is ready to publish.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Status - or +/- without an explanation</source>
        <translation>Status - or +/- without an explanation</translation>
    </message>
    <message>
        <source>Planned year passed, not done</source>
        <translation>Planned year passed, not done</translation>
    </message>
    <message>
        <source>Not updated in this round</source>
        <translation>Not updated in this round</translation>
    </message>
    <message>
        <source>Status changed, explanation copied</source>
        <translation>Status changed, explanation copied</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>{field}: {action}
from {file}</source>
        <translation>{field}: {action}
from {file}</translation>
    </message>
    <message>
        <source>{action}
from {file}</source>
        <translation>{action}
from {file}</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Keep the database&apos;s value</source>
        <translation>Keep the database&apos;s value</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Take the file&apos;s value</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Now in the database</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Use merged text</source>
        <translation>Use merged text</translation>
    </message>
    <message>
        <source>Merged text (edit, then use it):</source>
        <translation>Merged text (edit, then use it):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate returned workbooks</source>
        <translation>Consolidate returned workbooks</translation>
    </message>
    <message>
        <source>Workbooks to consolidate</source>
        <translation>Workbooks to consolidate</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>When both sides changed a field</source>
        <translation>When both sides changed a field</translation>
    </message>
    <message>
        <source>keep a conflict to resolve</source>
        <translation>keep a conflict to resolve</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Drop the returned .xlsx files or laptop .db files on the list above.</source>
        <translation>Drop the returned .xlsx files or laptop .db files on the list above.</translation>
    </message>
    <message>
        <source>What each file brings</source>
        <translation>What each file brings</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show what the files would change; change nothing</source>
        <translation>Show what the files would change; change nothing</translation>
    </message>
    <message>
        <source>Consolidating cannot be undone with Edit &gt; Undo, and a central database is not backed up here: look at the Preview first.</source>
        <translation>Consolidating cannot be undone with Edit &gt; Undo, and a central database is not backed up here: look at the Preview first.</translation>
    </message>
    <message>
        <source>Returned workbooks and laptop databases (*.xlsx *.db)</source>
        <translation>Returned workbooks and laptop databases (*.xlsx *.db)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Laptop databases (*.db)</source>
        <translation>Laptop databases (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Preview: nothing applied.</source>
        <translation>Preview: nothing applied.</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <source>keep the value now in the database</source>
        <translation>keep the value now in the database</translation>
    </message>
    <message>
        <source>take the value in the file</source>
        <translation>take the value in the file</translation>
    </message>
    <message>
        <source>Consolidating cannot be undone with Edit &gt; Undo. A backup of the database is made before it changes anything: “statusapp backups” lists it and “statusapp restore” puts it back.</source>
        <translation>Consolidating cannot be undone with Edit &gt; Undo. A backup of the database is made before it changes anything: “statusapp backups” lists it and “statusapp restore” puts it back.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Both sides changed a field:</source>
        <translation>Both sides changed a field:</translation>
    </message>
    <message>
        <source>Workbooks handed back by the project leaders:</source>
        <translation>Workbooks handed back by the project leaders:</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Returned workbooks</translation>
    </message>
    <message>
        <source>the Reopen button under the action</source>
        <translation>the Reopen button under the action</translation>
    </message>
    <message>
        <source>Resolve the conflicts with Round &gt; Conflicts.</source>
        <translation>Resolve the conflicts with Round &gt; Conflicts.</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>%n actions now have the owner {owner}</source>
        <translation>
            <numerusform>%n action now has the owner {owner}</numerusform>
            <numerusform>%n actions now have the owner {owner}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions already had the owner {owner}</source>
        <translation>
            <numerusform>%n action already had the owner {owner}</numerusform>
            <numerusform>%n actions already had the owner {owner}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n pages to {folder}.</source>
        <translation>
            <numerusform>Published %n page to {folder}.</numerusform>
            <numerusform>Published %n pages to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round &gt; Check before publishing lists %n findings.</source>
        <translation>
            <numerusform>Round &gt; Check before publishing lists %n finding.</numerusform>
            <numerusform>Round &gt; Check before publishing lists %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n actions to {path}</source>
        <translation>
            <numerusform>Exported %n action to {path}</numerusform>
            <numerusform>Exported %n actions to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the programme {name}: {green}, {blue}</source>
        <translation>Added the programme {name}: {green}, {blue}</translation>
    </message>
    <message numerus="yes">
        <source>%n programme actions</source>
        <translation>
            <numerusform>%n programme action</numerusform>
            <numerusform>%n programme actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n additional actions</source>
        <translation>
            <numerusform>%n additional action</numerusform>
            <numerusform>%n additional actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in {actions}</source>
        <translation>
            <numerusform>%n change in {actions}</numerusform>
            <numerusform>%n changes in {actions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply changes (%n)</source>
        <translation>
            <numerusform>Apply the change (%n)</numerusform>
            <numerusform>Apply changes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied, since the database changed while the preview was open: %n. These are conflicts now; the database keeps its values.</source>
        <translation>
            <numerusform>Not applied, since the database changed while the preview was open: %n. This is a conflict now; the database keeps its value.</numerusform>
            <numerusform>Not applied, since the database changed while the preview was open: %n. These are conflicts now; the database keeps its values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Statusapp databases (*.db);;All files (*)</source>
        <translation>Statusapp databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>What should the new database hold?</source>
        <translation>What should the new database hold?</translation>
    </message>
    <message>
        <source>The Heemstede programme</source>
        <translation>The Heemstede programme</translation>
    </message>
    <message>
        <source>An empty programme</source>
        <translation>An empty programme</translation>
    </message>
    <message>
        <source>A programme from a report (Excel, Word)…</source>
        <translation>A programme from a report (Excel, Word)…</translation>
    </message>
    <message>
        <source>Name of the programme:</source>
        <translation>Name of the programme:</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>First round</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Cannot create the database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <source>“{text}” is no date: type it as 15-01-2025 or 2025-01-15.</source>
        <translation>“{text}” is no date: type it as 15-01-2025 or 2025-01-15.</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>This update was changed by someone else while you edited it.</source>
        <translation>This update was changed by someone else while you edited it.</translation>
    </message>
    <message>
        <source>Show their version</source>
        <translation>Show their version</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>Save mine over it</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ExplanationField</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Add “%1” to the word list</source>
        <translation>Add “%1” to the word list</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>{field}: holds a right-to-left control character ({code}), which can disguise what the text says. Remove it; not saved.</source>
        <translation>{field}: holds a right-to-left control character ({code}), which can disguise what the text says. Remove it; not saved.</translation>
    </message>
    <message>
        <source>{field}: holds a control character ({code}) that cannot be stored. Remove it; not saved.</source>
        <translation>{field}: holds a control character ({code}) that cannot be stored. Remove it; not saved.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter actions, ambitions, explanations (Ctrl+F)</source>
        <translation>Filter actions, ambitions, explanations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Owner filter</translation>
    </message>
    <message>
        <source>Planned year filter</source>
        <translation>Planned year filter</translation>
    </message>
    <message>
        <source>Not yet updated</source>
        <translation>Not yet updated</translation>
    </message>
    <message>
        <source>Only actions nobody has updated in this round</source>
        <translation>Only actions nobody has updated in this round</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>No action matches the filter. Escape clears it.</source>
        <translation>No action matches the filter. Escape clears it.</translation>
    </message>
</context>
<context>
    <name>FilterMatch</name>
    <message>
        <source>Matches “{needle}” in the description: {snippet}</source>
        <translation>Matches “{needle}” in the description: {snippet}</translation>
    </message>
    <message>
        <source>Matches “{needle}” in the explanation: {snippet}</source>
        <translation>Matches “{needle}” in the explanation: {snippet}</translation>
    </message>
    <message>
        <source>Matches “{needle}” in a sub-item: {snippet}</source>
        <translation>Matches “{needle}” in a sub-item: {snippet}</translation>
    </message>
    <message>
        <source>Shown because its ambition matches “{needle}”.</source>
        <translation>Shown because its ambition matches “{needle}”.</translation>
    </message>
</context>
<context>
    <name>FilterNote</name>
    <message>
        <source>Hidden by the filter: selected again when the filter shows it.</source>
        <translation>Hidden by the filter: selected again when the filter shows it.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Writes per owner their workbook and an unsent e-mail (.eml) with the workbook attached. Open each mail in Outlook or Thunderbird, check it and send it: Statusapp sends nothing.</source>
        <translation>Writes per owner their workbook and an unsent e-mail (.eml) with the workbook attached. Open each mail in Outlook or Thunderbird, check it and send it: Statusapp sends nothing.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action has an owner yet, so there is nothing to hand out. Assign owners first: select actions in the tree and choose Edit &gt; Assign owner… (Ctrl+Shift+O), or type the owner in the action&apos;s editor.</source>
        <translation>No action has an owner yet, so there is nothing to hand out. Assign owners first: select actions in the tree and choose Edit &gt; Assign owner… (Ctrl+Shift+O), or type the owner in the action&apos;s editor.</translation>
    </message>
    <message>
        <source>Hand back by</source>
        <translation>Hand back by</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Hand back by:</source>
        <translation>Hand back by:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Write workbooks and mails</source>
        <translation>Write workbooks and mails</translation>
    </message>
    <message>
        <source>Folder for the hand-out</source>
        <translation>Folder for the hand-out</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <source>{owner}: {mail} to {address}</source>
        <translation>{owner}: {mail} to {address}</translation>
    </message>
    <message>
        <source>{owner}: {mail} has no addressee: no e-mail address known</source>
        <translation>{owner}: {mail} has no addressee: no e-mail address known</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n workbooks and mails to {folder}. Nothing was sent.</source>
        <translation>
            <numerusform>Wrote %n workbook and mail to {folder}. Nothing was sent.</numerusform>
            <numerusform>Wrote %n workbooks and mails to {folder}. Nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Actions staying as they are: {unchanged}; proposals: {proposals}; conflicts: {conflicts}; refused, as the update is approved: {locked}; rows missing: {missing}.</source>
        <translation>Actions staying as they are: {unchanged}; proposals: {proposals}; conflicts: {conflicts}; refused, as the update is approved: {locked}; rows missing: {missing}.</translation>
    </message>
    <message>
        <source>Nothing to import: the workbook holds no changes.</source>
        <translation>Nothing to import: the workbook holds no changes.</translation>
    </message>
    <message>
        <source>{changes}. {rest}</source>
        <translation>{changes}. {rest}</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Action text</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Sub-items</source>
        <translation>Sub-items</translation>
    </message>
    <message>
        <source>Changes in the workbook</source>
        <translation>Changes in the workbook</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field or kind</source>
        <translation>Field or kind</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Now in the database</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Changes applied</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Changes to apply</translation>
    </message>
    <message>
        <source>Conflicts: changed here and in the workbook; left as here</source>
        <translation>Conflicts: changed here and in the workbook; left as here</translation>
    </message>
    <message>
        <source>Refused: the update is approved; reopen it to change it</source>
        <translation>Refused: the update is approved; reopen it to change it</translation>
    </message>
    <message>
        <source>Proposals: not applied; change them in the window if you agree</source>
        <translation>Proposals: not applied; change them in the window if you agree</translation>
    </message>
    <message>
        <source>Rows missing from the workbook: nothing is deleted</source>
        <translation>Rows missing from the workbook: nothing is deleted</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Status of the actions in the green tables:</source>
        <translation>Status of the actions in the green tables:</translation>
    </message>
    <message>
        <source>Blue tables (additional work outside the programme) have no status.</source>
        <translation>Blue tables (additional work outside the programme) have no status.</translation>
    </message>
</context>
<context>
    <name>LengthGuide</name>
    <message>
        <source>%1 / %2 characters: longer than the report&apos;s cells hold well</source>
        <translation>%1 / %2 characters: longer than the report&apos;s cells hold well</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>The programme advises at most %1 characters per explanation; longer texts are saved, but make the report&apos;s tables hard to read.</source>
        <translation>The programme advises at most %1 characters per explanation; longer texts are saved, but make the report&apos;s tables hard to read.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Select a pillar, ambition or action on the left.</source>
        <translation>Select a pillar, ambition or action on the left.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>{programme} — {round} — Statusapp</source>
        <translation>{programme} — {round} — Statusapp</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>New pillar</translation>
    </message>
    <message>
        <source>New ambition</source>
        <translation>New ambition</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and the %n actions in it? You can undo this.</source>
        <translation>
            <numerusform>Delete “{title}” and the %n action in it? You can undo this.</numerusform>
            <numerusform>Delete “{title}” and the %n actions in it? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>hand in by {date}, {rest}</source>
        <translation>hand in by {date}, {rest}</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>My actions</translation>
    </message>
    <message>
        <source>Only your actions not yet updated in this round</source>
        <translation>Only your actions not yet updated in this round</translation>
    </message>
    <message>
        <source>Next not updated</source>
        <translation>Next not updated</translation>
    </message>
    <message>
        <source>The next of your actions not yet updated (F8)</source>
        <translation>The next of your actions not yet updated (F8)</translation>
    </message>
    <message>
        <source>Previous not updated</source>
        <translation>Previous not updated</translation>
    </message>
    <message>
        <source>Whose actions are mine…</source>
        <translation>Whose actions are mine…</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>control team</source>
        <translation>control team</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Working copy: your own updates</source>
        <translation>Working copy: your own updates</translation>
    </message>
    <message>
        <source>Signed in to the database as %1</source>
        <translation>Signed in to the database as %1</translation>
    </message>
    <message>
        <source>No action has an owner yet: assign owners first.</source>
        <translation>No action has an owner yet: assign owners first.</translation>
    </message>
    <message>
        <source>Whose actions are mine</source>
        <translation>Whose actions are mine</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>You are:</translation>
    </message>
    <message>
        <source>No action has {person} as its owner: click to choose whose are yours</source>
        <translation>No action has {person} as its owner: click to choose whose are yours</translation>
    </message>
    <message numerus="yes">
        <source>My actions: {updated} of %n updated</source>
        <translation>
            <numerusform>My actions: {updated} of %n updated</numerusform>
            <numerusform>My actions: {updated} of %n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions of {owner} updated in this round</source>
        <translation>Actions of {owner} updated in this round</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>All your actions are updated in this round.</source>
        <translation>All your actions are updated in this round.</translation>
    </message>
    <message>
        <source>Every action is updated in this round.</source>
        <translation>Every action is updated in this round.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New reporting round</source>
        <translation>New reporting round</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Name of the round</translation>
    </message>
    <message>
        <source>e.g. Jaarverslag 2024</source>
        <translation>e.g. Jaarverslag 2024</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>The new round starts from the current statuses, planned texts and explanations, marked as not yet updated.</source>
        <translation>The new round starts from the current statuses, planned texts and explanations, marked as not yet updated.</translation>
    </message>
    <message>
        <source>The round “{round}” is still open: it is closed first, and its updates are then frozen.</source>
        <translation>The round “{round}” is still open: it is closed first, and its updates are then frozen.</translation>
    </message>
    <message>
        <source>Opening a round cannot be undone, and Edit &gt; Undo starts afresh.</source>
        <translation>Opening a round cannot be undone, and Edit &gt; Undo starts afresh.</translation>
    </message>
    <message>
        <source>Close the current round and open the new one</source>
        <translation>Close the current round and open the new one</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Reference date</source>
        <translation>&amp;Reference date</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message numerus="yes">
        <source>%n of these actions are hidden by the filter</source>
        <translation>
            <numerusform>%n of these actions is hidden by the filter</numerusform>
            <numerusform>%n of these actions are hidden by the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Status per pillar</source>
        <translation>Status per pillar</translation>
    </message>
    <message>
        <source>Changed, delayed and longer actions</source>
        <translation>Changed, delayed and longer actions</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Since {previous}: {improved} improved, {worsened} worsened.</source>
        <translation>Since {previous}: {improved} improved, {worsened} worsened.</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Number of actions</translation>
    </message>
    <message>
        <source>Updated in this round, per owner (actions in the green tables)</source>
        <translation>Updated in this round, per owner (actions in the green tables)</translation>
    </message>
    <message numerus="yes">
        <source>{round}: %n action(s) in the green tables. {counts}</source>
        <translation>
            <numerusform>{round}: %n action in the green tables. {counts}</numerusform>
            <numerusform>{round}: %n actions in the green tables. {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>Status per pillar in {round} (actions in the green tables)</source>
        <translation>Status per pillar in {round} (actions in the green tables)</translation>
    </message>
    <message>
        <source>Status per pillar in {round}, each above {previous} (actions in the green tables)</source>
        <translation>Status per pillar in {round}, each above {previous} (actions in the green tables)</translation>
    </message>
    <message>
        <source>Improved since {round}</source>
        <translation>Improved since {round}</translation>
    </message>
    <message>
        <source>Worsened since {round}</source>
        <translation>Worsened since {round}</translation>
    </message>
    <message>
        <source>Click to select these actions in the tree</source>
        <translation>Click to select these actions in the tree</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Click to select this owner&apos;s actions not yet updated</source>
        <translation>Click to select this owner&apos;s actions not yet updated</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>PillarEditor</name>
    <message>
        <source>Pillar title</source>
        <translation>Pillar title</translation>
    </message>
    <message>
        <source>Aims, one per line</source>
        <translation>Aims, one per line</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Aims</source>
        <translation>&amp;Aims</translation>
    </message>
    <message numerus="yes">
        <source>%n programme actions: {counts}</source>
        <translation>
            <numerusform>%n programme action: {counts}</numerusform>
            <numerusform>%n programme actions: {counts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeController</name>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>Edit update</source>
        <translation>Edit update</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>Edit action text</source>
        <translation>Edit action text</translation>
    </message>
    <message>
        <source>Edit sub-items</source>
        <translation>Edit sub-items</translation>
    </message>
    <message>
        <source>Edit ambition</source>
        <translation>Edit ambition</translation>
    </message>
    <message>
        <source>Edit pillar</source>
        <translation>Edit pillar</translation>
    </message>
    <message>
        <source>This item was deleted; the change is not saved.</source>
        <translation>This item was deleted; the change is not saved.</translation>
    </message>
    <message>
        <source>This item is no longer in the programme.</source>
        <translation>This item is no longer in the programme.</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Assign owner</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>additional work</source>
        <translation>additional work</translation>
    </message>
    <message>
        <source>Additional work: no status</source>
        <translation>Additional work: no status</translation>
    </message>
    <message>
        <source>Programme (green table)</source>
        <translation>Programme (green table)</translation>
    </message>
    <message>
        <source>Additional work (blue table)</source>
        <translation>Additional work (blue table)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress of {round}</source>
        <translation>Progress of {round}</translation>
    </message>
    <message numerus="yes">
        <source>{updated} of %n actions updated in this round</source>
        <translation>
            <numerusform>{updated} of %n action updated in this round</numerusform>
            <numerusform>{updated} of %n actions updated in this round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted: %n actions of the green and blue tables, child actions included (the overview counts the green tables only).</source>
        <translation>
            <numerusform>Counted: %n action of the green and blue tables, child actions included (the overview counts the green tables only).</numerusform>
            <numerusform>Counted: %n actions of the green and blue tables, child actions included (the overview counts the green tables only).</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress per owner</source>
        <translation>Progress per owner</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Files received</translation>
    </message>
    <message numerus="yes">
        <source>Files received (%n)</source>
        <translation>
            <numerusform>File received (%n)</numerusform>
            <numerusform>Files received (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet updated (%n)</source>
        <translation>
            <numerusform>Not yet updated (%n)</numerusform>
            <numerusform>Not yet updated (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>Hand out…</translation>
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
        <translation>Publish: choose the site&apos;s folder</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Language of the site:</source>
        <translation>Language of the site:</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>New programme from report</source>
        <translation>New programme from report</translation>
    </message>
    <message>
        <source>Reports (*.xlsx *.docx);;All files (*)</source>
        <translation>Reports (*.xlsx *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read the report</source>
        <translation>Cannot read the report</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Cannot create the database</translation>
    </message>
    <message>
        <source>Cannot add the programme</source>
        <translation>Cannot add the programme</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>New programme from {name}</source>
        <translation>New programme from {name}</translation>
    </message>
    <message>
        <source>e.g. Gemeente Heemstede</source>
        <translation>e.g. Gemeente Heemstede</translation>
    </message>
    <message>
        <source>Programme name:</source>
        <translation>Programme name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>First round:</source>
        <translation>First round:</translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <source>Tables read: {tables}. Pillars: {pillars}, other sections: {sections}. Green tables: {green_ambitions}, {green_actions}. Blue tables: {blue_ambitions}, {blue_actions}. Rows not placed: {unplaced}.</source>
        <translation>Tables read: {tables}. Pillars: {pillars}, other sections: {sections}. Green tables: {green_ambitions}, {green_actions}. Blue tables: {blue_ambitions}, {blue_actions}. Rows not placed: {unplaced}.</translation>
    </message>
    <message numerus="yes">
        <source>%n ambitions</source>
        <translation>
            <numerusform>%n ambition</numerusform>
            <numerusform>%n ambitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme actions</source>
        <translation>
            <numerusform>%n programme action</numerusform>
            <numerusform>%n programme actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n additional actions</source>
        <translation>
            <numerusform>%n additional action</numerusform>
            <numerusform>%n additional actions</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds {names} already. The new programme is added beside it; the selector in the toolbar switches between them.</source>
        <translation>This database holds {names} already. The new programme is added beside it; the selector in the toolbar switches between them.</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>What the report holds</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows not placed and notes</source>
        <translation>Rows not placed and notes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Rows not placed (left out)</source>
        <translation>Rows not placed (left out)</translation>
    </message>
    <message>
        <source>Notes (read, something ignored)</source>
        <translation>Notes (read, something ignored)</translation>
    </message>
    <message>
        <source>Suspect tables (rows do not line up; not read)</source>
        <translation>Suspect tables (rows do not line up; not read)</translation>
    </message>
    <message>
        <source>Every row was placed.</source>
        <translation>Every row was placed.</translation>
    </message>
    <message>
        <source>Create programme</source>
        <translation>Create programme</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>The programme needs a name.</translation>
    </message>
    <message>
        <source>The database holds a programme with this name; choose another.</source>
        <translation>The database holds a programme with this name; choose another.</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pillar</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({kind}, %n actions)</source>
        <translation>
            <numerusform>{title} ({kind}, %n action)</numerusform>
            <numerusform>{title} ({kind}, %n actions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} [{table}, %n actions]</source>
        <translation>
            <numerusform>{title} [{table}, %n action]</numerusform>
            <numerusform>{title} [{table}, %n actions]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n sub-items)</source>
        <translation>
            <numerusform> (+%n sub-item)</numerusform>
            <numerusform> (+%n sub-items)</numerusform>
        </translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>holds a table, but no header row with the captions (&apos;Maatregelen/acties&apos;, &apos;Gepland&apos;, &apos;Toelichting&apos;, ...); not read</source>
        <translation>holds a table, but no header row with the captions (&apos;Maatregelen/acties&apos;, &apos;Gepland&apos;, &apos;Toelichting&apos;, ...); not read</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos; is not read (ignored)</source>
        <translation>column &apos;{0}&apos; is not read (ignored)</translation>
    </message>
    <message>
        <source>no action text (only {0})</source>
        <translation>no action text (only {0})</translation>
    </message>
    <message>
        <source>action &apos;{0}&apos; has no ambition above it; left out</source>
        <translation>action &apos;{0}&apos; has no ambition above it; left out</translation>
    </message>
    <message>
        <source>planned &apos;{0}&apos; is no year, range, month or quarter; kept as written</source>
        <translation>planned &apos;{0}&apos; is no year, range, month or quarter; kept as written</translation>
    </message>
    <message>
        <source>status &apos;{0}&apos; not recognised; left empty</source>
        <translation>status &apos;{0}&apos; not recognised; left empty</translation>
    </message>
    <message>
        <source>the status cell&apos;s fill is a theme colour, which cannot be read; left empty (type the symbol instead)</source>
        <translation>the status cell&apos;s fill is a theme colour, which cannot be read; left empty (type the symbol instead)</translation>
    </message>
    <message>
        <source>the fill colour #{0} is no status colour (green, light green, orange, red); left empty</source>
        <translation>the fill colour #{0} is no status colour (green, light green, orange, red); left empty</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>sheet {0}</translation>
    </message>
    <message>
        <source>table {0}</source>
        <translation>table {0}</translation>
    </message>
    <message>
        <source>(table at row {0})</source>
        <translation>(table at row {0})</translation>
    </message>
    <message>
        <source>(under {0})</source>
        <translation>(under {0})</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>row {0}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Mark as submitted</source>
        <translation>Mark as submitted</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Review: draft (being edited)</source>
        <translation>Review: draft (being edited)</translation>
    </message>
    <message>
        <source>Review: submitted by the project leader</source>
        <translation>Review: submitted by the project leader</translation>
    </message>
    <message>
        <source>Review: approved; reopen it to change it</source>
        <translation>Review: approved; reopen it to change it</translation>
    </message>
    <message>
        <source>This round is closed: its updates can no longer change.</source>
        <translation>This round is closed: its updates can no longer change.</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>Close round</source>
        <translation>Close round</translation>
    </message>
    <message>
        <source>Close the round “{round}”? Its updates are then frozen; Edit &gt; Undo reopens it.</source>
        <translation>Close the round “{round}”? Its updates are then frozen; Edit &gt; Undo reopens it.</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>Consolidating…</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>There are no open conflicts.</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Assign owner</translation>
    </message>
    <message>
        <source>Project leader for the selected actions (empty: nobody):</source>
        <translation>Project leader for the selected actions (empty: nobody):</translation>
    </message>
    <message>
        <source>Export for owner</source>
        <translation>Export for owner</translation>
    </message>
    <message>
        <source>No action has an owner yet: assign owners first.</source>
        <translation>No action has an owner yet: assign owners first.</translation>
    </message>
    <message>
        <source>Project leader:</source>
        <translation>Project leader:</translation>
    </message>
    <message>
        <source>Open handed-out workbook</source>
        <translation>Open handed-out workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Save the working copy as</translation>
    </message>
    <message>
        <source>Statusapp databases (*.db)</source>
        <translation>Statusapp databases (*.db)</translation>
    </message>
    <message>
        <source>Choose a new file for the working copy.</source>
        <translation>Choose a new file for the working copy.</translation>
    </message>
</context>
<context>
    <name>RoundController</name>
    <message>
        <source>Close round</source>
        <translation>Close round</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Set the e-mail address of {owner}</source>
        <translation>Set the e-mail address of {owner}</translation>
    </message>
    <message>
        <source>Set the hand-in date</source>
        <translation>Set the hand-in date</translation>
    </message>
</context>
<context>
    <name>RoundTexts</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>Previous round: {before} → now {now}</source>
        <translation>Previous round: {before} → now {now}</translation>
    </message>
    <message>
        <source>; also changed: {fields}</source>
        <translation>; also changed: {fields}</translation>
    </message>
    <message>
        <source>Changed since the previous round: {fields}</source>
        <translation>Changed since the previous round: {fields}</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>Unchanged since the previous round</translation>
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
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The database is available again.</source>
        <translation>The database is available again.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Not saved: waiting for the database</source>
        <translation>Not saved: waiting for the database</translation>
    </message>
    <message>
        <source>Not saved yet: this item stays open until the database is back.</source>
        <translation>Not saved yet: this item stays open until the database is back.</translation>
    </message>
    <message>
        <source>Some changes could not be saved: the database is not available.</source>
        <translation>Some changes could not be saved: the database is not available.</translation>
    </message>
    <message>
        <source>Keep the window open to save them when the database is back.</source>
        <translation>Keep the window open to save them when the database is back.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Keep open</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Close and lose them</translation>
    </message>
    <message>
        <source>“{value}” was not saved: Statusapp does not accept it in this field.</source>
        <translation>“{value}” was not saved: Statusapp does not accept it in this field.</translation>
    </message>
    <message>
        <source>The red line below the field says which forms it takes.</source>
        <translation>The red line below the field says which forms it takes.</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Close and lose it</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>on or ahead of schedule, even if not yet finished</source>
        <translation>on or ahead of schedule, even if not yet finished</translation>
    </message>
    <message>
        <source>under way, but taking longer</source>
        <translation>under way, but taking longer</translation>
    </message>
    <message>
        <source>not yet started, or delayed</source>
        <translation>not yet started, or delayed</translation>
    </message>
    <message>
        <source>{caption}: {sentence}</source>
        <translation>{caption}: {sentence}</translation>
    </message>
    <message>
        <source>not yet started, because not yet planned</source>
        <translation>not yet started, because not yet planned</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Status {symbol} (key {key})</source>
        <translation>Status {symbol} (key {key})</translation>
    </message>
    <message>
        <source>Additional work: no status</source>
        <translation>Additional work: no status</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The database {0} is in use by another program.</source>
        <translation>The database {0} is in use by another program.</translation>
    </message>
    <message>
        <source>The disk holding {0} is full. Free some space on it.</source>
        <translation>The disk holding {0} is full. Free some space on it.</translation>
    </message>
    <message>
        <source>The database {0} cannot be reached. Check that its drive or network folder is available.</source>
        <translation>The database {0} cannot be reached. Check that its drive or network folder is available.</translation>
    </message>
    <message>
        <source>The database server {0} cannot be reached.</source>
        <translation>The database server {0} cannot be reached.</translation>
    </message>
    <message>
        <source>Your change is kept in the editor and saved as soon as the database is available again.</source>
        <translation>Your change is kept in the editor and saved as soon as the database is available again.</translation>
    </message>
    <message>
        <source>The change was not made; try again when the database is available.</source>
        <translation>The change was not made; try again when the database is available.</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <source>Add pillar</source>
        <translation>Add pillar</translation>
    </message>
    <message>
        <source>Add ambition</source>
        <translation>Add ambition</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SubItemsTable</name>
    <message>
        <source>Sub-items</source>
        <translation>Sub-items</translation>
    </message>
    <message>
        <source>Sub-item</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
</context>
<context>
    <name>TreeStatusKeys</name>
    <message>
        <source>The status is already “{status}”: nothing changed. An action counts as updated when its status, planning or explanation changes.</source>
        <translation>The status is already “{status}”: nothing changed. An action counts as updated when its status, planning or explanation changes.</translation>
    </message>
    <message>
        <source>Keys 1-5 set the status of an action: select an action first.</source>
        <translation>Keys 1-5 set the status of an action: select an action first.</translation>
    </message>
    <message>
        <source>Additional work (blue table) has no status.</source>
        <translation>Additional work (blue table) has no status.</translation>
    </message>
    <message>
        <source>This round is closed: its statuses can no longer change.</source>
        <translation>This round is closed: its statuses can no longer change.</translation>
    </message>
    <message>
        <source>This update is approved: reopen it to change its status.</source>
        <translation>This update is approved: reopen it to change its status.</translation>
    </message>
</context>
<context>
    <name>UsersActions</name>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>reader: reads and exports</source>
        <translation>reader: reads and exports</translation>
    </message>
    <message>
        <source>editor: updates the owner&apos;s actions</source>
        <translation>editor: updates the owner&apos;s actions</translation>
    </message>
    <message>
        <source>control team: the whole round</source>
        <translation>control team: the whole round</translation>
    </message>
    <message>
        <source>administrator: also users and roles</source>
        <translation>administrator: also users and roles</translation>
    </message>
    <message>
        <source>The database server checks every login&apos;s password or Windows sign-in; Statusapp never stores a password.</source>
        <translation>The database server checks every login&apos;s password or Windows sign-in; Statusapp never stores a password.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Give this role</source>
        <translation>&amp;Give this role</translation>
    </message>
    <message>
        <source>Take the role &amp;away</source>
        <translation>Take the role &amp;away</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Statusapp</source>
        <translation>Welcome to Statusapp</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>First round</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Cannot create the data folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>Open a workbook from the control team</source>
        <translation>Open a workbook from the control team</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Statusapp</source>
        <translation>Welcome to Statusapp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Statusapp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welcome to Statusapp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your programme is kept in a database on this computer:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Everything you change is saved there at once. How do you want to begin?</source>
        <translation>Your programme is kept in a database on this computer:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Everything you change is saved there at once. How do you want to begin?</translation>
    </message>
    <message>
        <source>Continue with the Heemstede programme</source>
        <translation>Continue with the Heemstede programme</translation>
    </message>
    <message>
        <source>The built-in Uitvoeringsprogramma 2022-2026 of Gemeente Heemstede, open behind this window.</source>
        <translation>The built-in Uitvoeringsprogramma 2022-2026 of Gemeente Heemstede, open behind this window.</translation>
    </message>
    <message>
        <source>Start an empty programme instead</source>
        <translation>Start an empty programme instead</translation>
    </message>
    <message>
        <source>Add the pillars, ambitions and actions yourself.</source>
        <translation>Add the pillars, ambitions and actions yourself.</translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation>Name of the programme</translation>
    </message>
    <message>
        <source>e.g. Uitvoeringsprogramma 2026-2030</source>
        <translation>e.g. Uitvoeringsprogramma 2026-2030</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Open a workbook from the control team instead</source>
        <translation>Open a workbook from the control team instead</translation>
    </message>
    <message>
        <source>The Excel file you were sent: it becomes your working copy.</source>
        <translation>The Excel file you were sent: it becomes your working copy.</translation>
    </message>
    <message>
        <source>First give the programme a name</source>
        <translation>First give the programme a name</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>New &amp;programme from report…</source>
        <translation>New &amp;programme from report…</translation>
    </message>
    <message>
        <source>Open &amp;handed-out workbook…</source>
        <translation>Open &amp;handed-out workbook…</translation>
    </message>
    <message>
        <source>Export for &amp;owner…</source>
        <translation>Export for &amp;owner…</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>Assign &amp;owner…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Close round…</source>
        <translation>&amp;Close round…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Progress…</translation>
    </message>
    <message>
        <source>C&amp;onsolidate returned workbooks…</source>
        <translation>C&amp;onsolidate returned workbooks…</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flicts…</translation>
    </message>
    <message>
        <source>Chang&amp;es since the previous round…</source>
        <translation>Chang&amp;es since the previous round…</translation>
    </message>
    <message>
        <source>Check &amp;before publishing…</source>
        <translation>Check &amp;before publishing…</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Export to &amp;Word…</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>Export to P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>P&amp;ublish as website…</source>
        <translation>P&amp;ublish as website…</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Hand out…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Undo: {edit}</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>Redo: {edit}</translation>
    </message>
    <message>
        <source>Add &amp;pillar</source>
        <translation>Add &amp;pillar</translation>
    </message>
    <message>
        <source>Add a&amp;mbition</source>
        <translation>Add a&amp;mbition</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>Add &amp;action</translation>
    </message>
    <message>
        <source>Add &amp;child action</source>
        <translation>Add &amp;child action</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Clear filter</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>C&amp;ollapse all</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legend</translation>
    </message>
    <message>
        <source>&amp;About Statusapp</source>
        <translation>&amp;About Statusapp</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
</TS>
