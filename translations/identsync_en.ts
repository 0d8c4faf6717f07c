<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Cli</name>
        <message>
            <source>The configuration %1 has problems:</source>
            <translation>The configuration %1 has problems:</translation>
        </message>
        <message>
            <source>Stopping: finishing the requests in flight…</source>
            <translation>Stopping: finishing the requests in flight…</translation>
        </message>
        <message>
            <source>Read %1 change(s); %2 done, %3 retrying, %4 dead, %5 need a person; %6 request(s).</source>
            <translation>Read %1 change(s); %2 done, %3 retrying, %4 dead, %5 need a person; %6 request(s).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The secret is not in the keychain.</source>
            <translation>The secret is not in the keychain.</translation>
        </message>
        <message>
            <source>The keychain could not delete the secret: %1</source>
            <translation>The keychain could not delete the secret: %1</translation>
        </message>
        <message>
            <source>Access to the keychain was denied. Unlock the keychain (or allow IdentSync access) and try again.</source>
            <translation>Access to the keychain was denied. Unlock the keychain (or allow IdentSync access) and try again.</translation>
        </message>
        <message>
            <source>No keychain is available (on Linux: start gnome-keyring or KWallet). IdentSync does not store secrets anywhere else.</source>
            <translation>No keychain is available (on Linux: start gnome-keyring or KWallet). IdentSync does not store secrets anywhere else.</translation>
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation>Keychain error: %1</translation>
        </message>
        <message>
            <source>The keychain did not answer within %1 s.</source>
            <translation>The keychain did not answer within %1 s.</translation>
        </message>
    </context>
    <context>
        <name>TransitionReasons</name>
        <message>
            <source>Stage set</source>
            <translation>Stage set</translation>
        </message>
        <message>
            <source>Stage kept</source>
            <translation>Stage kept</translation>
        </message>
        <message>
            <source>Protected</source>
            <translation>Protected</translation>
        </message>
        <message>
            <source>Closed deal</source>
            <translation>Closed deal</translation>
        </message>
        <message>
            <source>Step back blocked</source>
            <translation>Step back blocked</translation>
        </message>
        <message>
            <source>Stage unknown</source>
            <translation>Stage unknown</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>By hand</translation>
        </message>
        <message>
            <source>The appointment's status moved the deal to this stage.</source>
            <translation>The appointment's status moved the deal to this stage.</translation>
        </message>
        <message>
            <source>The status says to keep the current stage; only the fields were updated.</source>
            <translation>The status says to keep the current stage; only the fields were updated.</translation>
        </message>
        <message>
            <source>Staff work with deals in this stage by hand: fields updated, stage left as is.</source>
            <translation>Staff work with deals in this stage by hand: fields updated, stage left as is.</translation>
        </message>
        <message>
            <source>The deal is closed: only the IDENT key was written, nothing else changed.</source>
            <translation>The deal is closed: only the IDENT key was written, nothing else changed.</translation>
        </message>
        <message>
            <source>The new stage comes earlier in the pipeline, so the deal was not moved back.</source>
            <translation>The new stage comes earlier in the pipeline, so the deal was not moved back.</translation>
        </message>
        <message>
            <source>The deal could not be read: nothing was written; it will be tried again.</source>
            <translation>The deal could not be read: nothing was written; it will be tried again.</translation>
        </message>
        <message>
            <source>A person bound the appointment to this deal; the next cycle updates it.</source>
            <translation>A person bound the appointment to this deal; the next cycle updates it.</translation>
        </message>
    </context>
    <context>
        <name>TransitionsPage</name>
        <message>
            <source>Stage transitions</source>
            <translation>Stage transitions</translation>
        </message>
        <message>
            <source>Every stage decision the sync made, newest first. Select a row to open its deal or find its appointment in the queue.</source>
            <translation>Every stage decision the sync made, newest first. Select a row to open its deal or find its appointment in the queue.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Filter by reason</source>
            <translation>Filter by reason</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>&amp;Branch:</translation>
        </message>
        <message>
            <source>Filter by branch</source>
            <translation>Filter by branch</translation>
        </message>
        <message>
            <source>&amp;Doctor:</source>
            <translation>&amp;Doctor:</translation>
        </message>
        <message>
            <source>Filter by doctor</source>
            <translation>Filter by doctor</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>Filter by date</translation>
        </message>
        <message>
            <source>Da&amp;tes:</source>
            <translation>Da&amp;tes:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Show &amp;all</source>
            <translation>Show &amp;all</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Clear the filters</translation>
        </message>
        <message>
            <source>&amp;Open deal in Bitrix24</source>
            <translation>&amp;Open deal in Bitrix24</translation>
        </message>
        <message>
            <source>Open the selected deal in Bitrix24</source>
            <translation>Open the selected deal in Bitrix24</translation>
        </message>
        <message>
            <source>&amp;Copy deal ID</source>
            <translation>&amp;Copy deal ID</translation>
        </message>
        <message>
            <source>Copy the selected deal ID</source>
            <translation>Copy the selected deal ID</translation>
        </message>
        <message>
            <source>Show in &amp;queue</source>
            <translation>Show in &amp;queue</translation>
        </message>
        <message>
            <source>Show the selected appointment in the queue</source>
            <translation>Show the selected appointment in the queue</translation>
        </message>
    </context>
    <context>
        <name>identsync</name>
        <message>
            <source>The portal's webhook address is missing. Write it without the secret code, e.g. https://clinic.bitrix24.ru/rest/1/ — the code goes to the keychain with «identsync-cli secret set webhook».</source>
            <translation>The portal's webhook address is missing. Write it without the secret code, e.g. https://clinic.bitrix24.ru/rest/1/ — the code goes to the keychain with «identsync-cli secret set webhook».</translation>
        </message>
        <message>
            <source>«%1» is not a web address.</source>
            <translation>«%1» is not a web address.</translation>
        </message>
        <message>
            <source>The portal must be reached over https:// (plain http:// only for a local test portal).</source>
            <translation>The portal must be reached over https:// (plain http:// only for a local test portal).</translation>
        </message>
        <message>
            <source>«%1» is not a plan: use standard, enterprise, unlimited or custom.</source>
            <translation>«%1» is not a plan: use standard, enterprise, unlimited or custom.</translation>
        </message>
        <message>
            <source>«%1» is not an offset like +03:00.</source>
            <translation>«%1» is not an offset like +03:00.</translation>
        </message>
        <message>
            <source>The cap is shorter than the base delay; make it at least as long.</source>
            <translation>The cap is shorter than the base delay; make it at least as long.</translation>
        </message>
        <message>
            <source>Name the PostgreSQL database.</source>
            <translation>Name the PostgreSQL database.</translation>
        </message>
        <message>
            <source>«%1» is not a state database driver: use sqlite or postgres.</source>
            <translation>«%1» is not a state database driver: use sqlite or postgres.</translation>
        </message>
        <message>
            <source>«%1» is not an IDENT driver: use sqlserver, sqlite or postgres.</source>
            <translation>«%1» is not an IDENT driver: use sqlserver, sqlite or postgres.</translation>
        </message>
        <message>
            <source>«%1» is not an OwnCompanies id.</source>
            <translation>«%1» is not an OwnCompanies id.</translation>
        </message>
        <message>
            <source>«%1» is not COMPANY=BRANCH, e.g. 3=1.</source>
            <translation>«%1» is not COMPANY=BRANCH, e.g. 3=1.</translation>
        </message>
        <message>
            <source>No IDENT database is configured: add a [source.main] section.</source>
            <translation>No IDENT database is configured: add a [source.main] section.</translation>
        </message>
    </context>
    <context>
        <name>identsync::ComingPage</name>
        <message>
            <source>This page is not built yet. It will: %1</source>
            <translation>This page is not built yet. It will: %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::Dispatcher</name>
        <message>
            <source>Job %1 has an unreadable payload (%2).</source>
            <translation>Job %1 has an unreadable payload (%2).</translation>
        </message>
        <message>
            <source>Waits for its patient's contact, created with another reception in this group.</source>
            <translation>Waits for its patient's contact, created with another reception in this group.</translation>
        </message>
        <message>
            <source>Contact %1 could not be marked with patient id %2: %3</source>
            <translation>Contact %1 could not be marked with patient id %2: %3</translation>
        </message>
        <message>
            <source>Lead %1 was converted into deal %2 but could not be closed: %3</source>
            <translation>Lead %1 was converted into deal %2 but could not be closed: %3</translation>
        </message>
        <message>
            <source>Creating the deal answered without a deal id.</source>
            <translation>Creating the deal answered without a deal id.</translation>
        </message>
        <message>
            <source> The portal may have written it; the next attempt looks for it by its IDENT key first.</source>
            <translation> The portal may have written it; the next attempt looks for it by its IDENT key first.</translation>
        </message>
    </context>
    <context>
        <name>identsync::Engine</name>
        <message>
            <source>The webhook code is not available: %1 Store it with «identsync-cli secret set webhook».</source>
            <translation>The webhook code is not available: %1 Store it with «identsync-cli secret set webhook».</translation>
        </message>
        <message>
            <source>The SQL password of source «%1» is not available: %2 Store it with «identsync-cli secret set ident-password --source %1».</source>
            <translation>The SQL password of source «%1» is not available: %2 Store it with «identsync-cli secret set ident-password --source %1».</translation>
        </message>
        <message>
            <source>Another engine already runs on this state database (%1, process %2, since %3). The console can watch it as a monitor.</source>
            <translation>Another engine already runs on this state database (%1, process %2, since %3). The console can watch it as a monitor.</translation>
        </message>
        <message>
            <source>Another engine already runs on this state database.</source>
            <translation>Another engine already runs on this state database.</translation>
        </message>
        <message>
            <source>%1 job(s) were in flight when the last engine stopped; their outcome is unknown and they are reconciled by key before anything is sent again.</source>
            <translation>%1 job(s) were in flight when the last engine stopped; their outcome is unknown and they are reconciled by key before anything is sent again.</translation>
        </message>
        <message>
            <source>Configuration not applied: %1 %2</source>
            <translation>Configuration not applied: %1 %2</translation>
        </message>
        <message>
            <source>The state database setting changed; restart IdentSync to move to the new database.</source>
            <translation>The state database setting changed; restart IdentSync to move to the new database.</translation>
        </message>
        <message>
            <source>Configuration reloaded from %1.</source>
            <translation>Configuration reloaded from %1.</translation>
        </message>
        <message>
            <source>New portal credentials were found in the keychain.</source>
            <translation>New portal credentials were found in the keychain.</translation>
        </message>
        <message>
            <source>IDENT: %1</source>
            <translation>IDENT: %1</translation>
        </message>
        <message>
            <source>IDENT: %1 change(s) read, %2 job(s) new or changed.</source>
            <translation>IDENT: %1 change(s) read, %2 job(s) new or changed.</translation>
        </message>
        <message>
            <source>Portal: %1 done, %2 waiting to retry, %3 dead, %4 need a person (%5 request(s)).</source>
            <translation>Portal: %1 done, %2 waiting to retry, %3 dead, %4 need a person (%5 request(s)).</translation>
        </message>
        <message>
            <source>This engine's lease was taken over by another engine; stopping.</source>
            <translation>This engine's lease was taken over by another engine; stopping.</translation>
        </message>
        <message>
            <source>%1 job lease(s) expired; those jobs are checked on the portal before anything is sent again.</source>
            <translation>%1 job lease(s) expired; those jobs are checked on the portal before anything is sent again.</translation>
        </message>
        <message>
            <source>nothing to retry</source>
            <translation>nothing to retry</translation>
        </message>
        <message>
            <source>%1 job(s) will be retried now.</source>
            <translation>%1 job(s) will be retried now.</translation>
        </message>
        <message>
            <source>%1 job(s) cancelled.</source>
            <translation>%1 job(s) cancelled.</translation>
        </message>
        <message>
            <source>bind needs a reception key like F1_123 and a deal id</source>
            <translation>bind needs a reception key like F1_123 and a deal id</translation>
        </message>
        <message>
            <source>%1 is bound to deal %2.</source>
            <translation>%1 is bound to deal %2.</translation>
        </message>
        <message>
            <source>unbind needs a reception key like F1_123</source>
            <translation>unbind needs a reception key like F1_123</translation>
        </message>
        <message>
            <source>%1 is no longer bound.</source>
            <translation>%1 is no longer bound.</translation>
        </message>
        <message>
            <source>%1 was not bound.</source>
            <translation>%1 was not bound.</translation>
        </message>
        <message>
            <source>paused by %1</source>
            <translation>paused by %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>resumed</translation>
        </message>
        <message>
            <source>a cycle was started</source>
            <translation>a cycle was started</translation>
        </message>
        <message>
            <source>Command %1 from %2: %3</source>
            <translation>Command %1 from %2: %3</translation>
        </message>
        <message>
            <source>Engine paused: %1</source>
            <translation>Engine paused: %1</translation>
        </message>
        <message>
            <source>Engine resumed.</source>
            <translation>Engine resumed.</translation>
        </message>
        <message>
            <source>The previous engine (process %1) ended without releasing the state database; this engine took over.</source>
            <translation>The previous engine (process %1) ended without releasing the state database; this engine took over.</translation>
        </message>
    </context>
    <context>
        <name>identsync::EngineConfig</name>
        <message>
            <source>The configuration file %1 does not exist.</source>
            <translation>The configuration file %1 does not exist.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be read (syntax error or no permission).</source>
            <translation>The configuration file %1 cannot be read (syntax error or no permission).</translation>
        </message>
    </context>
    <context>
        <name>identsync::EngineController</name>
        <message>
            <source>paused from the console</source>
            <translation>paused from the console</translation>
        </message>
    </context>
    <context>
        <name>identsync::LogModel</name>
        <message>
            <source>Debug</source>
            <translation>Debug</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Fatal</source>
            <translation>Fatal</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>IDENT</source>
            <translation>IDENT</translation>
        </message>
        <message>
            <source>State database</source>
            <translation>State database</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Console</translation>
        </message>
        <message>
            <source>Keychain</source>
            <translation>Keychain</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>identsync::MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>show the engine's state, counters, recent cycles and charts.</source>
            <translation>show the engine's state, counters, recent cycles and charts.</translation>
        </message>
        <message>
            <source>Stage transitions</source>
            <translation>Stage transitions</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>list every job with its state, attempts and last error, and retry or cancel them.</source>
            <translation>list every job with its state, attempts and last error, and retry or cancel them.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>group failures by cause with an explanation and a fix.</source>
            <translation>group failures by cause with an explanation and a fix.</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Binding</translation>
        </message>
        <message>
            <source>bind an appointment to a deal by hand.</source>
            <translation>bind an appointment to a deal by hand.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>edit connections, fields, stages and synchronisation.</source>
            <translation>edit connections, fields, stages and synchronisation.</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>show the engine's log live, filtered and masked.</source>
            <translation>show the engine's log live, filtered and masked.</translation>
        </message>
    </context>
    <context>
        <name>identsync::Reader</name>
        <message>
            <source>«%1» is not a number from %2 to %3.</source>
            <translation>«%1» is not a number from %2 to %3.</translation>
        </message>
        <message>
            <source>«%1» is not true or false.</source>
            <translation>«%1» is not true or false.</translation>
        </message>
    </context>
    <context>
        <name>identsync::SyncPlanner</name>
        <message>
            <source>Contacts could not be searched by patient id; nothing is created until they can be.</source>
            <translation>Contacts could not be searched by patient id; nothing is created until they can be.</translation>
        </message>
        <message>
            <source>Several contacts carry patient id %1 (contacts %2). Merge them in Bitrix24 or bind the record by hand.</source>
            <translation>Several contacts carry patient id %1 (contacts %2). Merge them in Bitrix24 or bind the record by hand.</translation>
        </message>
        <message>
            <source>Contacts could not be searched by phone; nothing is created until they can be.</source>
            <translation>Contacts could not be searched by phone; nothing is created until they can be.</translation>
        </message>
        <message>
            <source>Several contacts without a patient id have this patient's phone (contacts %1). Choose one by binding the record by hand.</source>
            <translation>Several contacts without a patient id have this patient's phone (contacts %1). Choose one by binding the record by hand.</translation>
        </message>
        <message>
            <source>Deals could not be searched by IDENT key; the record waits.</source>
            <translation>Deals could not be searched by IDENT key; the record waits.</translation>
        </message>
        <message>
            <source>Deals %1 all carry IDENT key %2. Nothing is deleted automatically: close the duplicates in Bitrix24 or bind one by hand.</source>
            <translation>Deals %1 all carry IDENT key %2. Nothing is deleted automatically: close the duplicates in Bitrix24 or bind one by hand.</translation>
        </message>
        <message>
            <source>The binding pointed at deal %1; deal %2 carries the key and wins.</source>
            <translation>The binding pointed at deal %1; deal %2 carries the key and wins.</translation>
        </message>
        <message>
            <source>Bound deal %1 could not be read; its stage is unknown, so nothing is written yet.</source>
            <translation>Bound deal %1 could not be read; its stage is unknown, so nothing is written yet.</translation>
        </message>
        <message>
            <source>Deal %1, bound to %2, no longer exists in Bitrix24. Bind the record to another deal or let IdentSync create a new one.</source>
            <translation>Deal %1, bound to %2, no longer exists in Bitrix24. Bind the record to another deal or let IdentSync create a new one.</translation>
        </message>
        <message>
            <source>The open deals of contact %1 could not be read; nothing is created until they can be.</source>
            <translation>The open deals of contact %1 could not be read; nothing is created until they can be.</translation>
        </message>
        <message>
            <source>Contact %1 has several open deals without an IDENT key (%2). Bind the record to one of them by hand.</source>
            <translation>Contact %1 has several open deals without an IDENT key (%2). Bind the record to one of them by hand.</translation>
        </message>
        <message>
            <source>Leads could not be searched by phone; nothing is created until they can be.</source>
            <translation>Leads could not be searched by phone; nothing is created until they can be.</translation>
        </message>
        <message>
            <source>Several open leads have this phone (%1); the newest, %2, is converted.</source>
            <translation>Several open leads have this phone (%1); the newest, %2, is converted.</translation>
        </message>
    </context>
    <context>
        <name>identsync::TransitionsModel</name>
        <message>
            <source>new deal → %1</source>
            <translation>new deal → %1</translation>
        </message>
        <message>
            <source>%1 (unchanged)</source>
            <translation>%1 (unchanged)</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>From %1 (%2) to %3 (%4)</source>
            <translation>From %1 (%2) to %3 (%4)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>Doctor</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
    </context>
    <context>
        <name>identsync::TransitionsPage</name>
        <message>
            <source>All reasons</source>
            <translation>All reasons</translation>
        </message>
        <message>
            <source>Open deal in Bitrix24</source>
            <translation>Open deal in Bitrix24</translation>
        </message>
        <message>
            <source>Copy deal ID</source>
            <translation>Copy deal ID</translation>
        </message>
        <message>
            <source>Show in queue</source>
            <translation>Show in queue</translation>
        </message>
        <message>
            <source>All branches</source>
            <translation>All branches</translation>
        </message>
        <message>
            <source>Branch %1</source>
            <translation>Branch %1</translation>
        </message>
        <message>
            <source>All doctors</source>
            <translation>All doctors</translation>
        </message>
        <message>
            <source>No portal is configured: enter the webhook URL in Settings.</source>
            <translation>No portal is configured: enter the webhook URL in Settings.</translation>
        </message>
        <message>
            <source>Opens the deal's page on the portal in the browser.</source>
            <translation>Opens the deal's page on the portal in the browser.</translation>
        </message>
        <message>
            <source>The history could not be read: %1 Press «Show all» to try again.</source>
            <translation>The history could not be read: %1 Press «Show all» to try again.</translation>
        </message>
        <message>
            <source>No stage transitions match. The sync records one for every deal it writes.</source>
            <translation>No stage transitions match. The sync records one for every deal it writes.</translation>
        </message>
        <message numerus="yes">
            <source>%n transition(s) shown</source>
            <translation>
                <numerusform>%n transition(s) shown</numerusform>
                <numerusform>%n transition(s) shown</numerusform>
            </translation>
        </message>
        <message>
            <source>(loading…)</source>
            <translation>(loading…)</translation>
        </message>
        <message>
            <source>(older ones load as you scroll)</source>
            <translation>(older ones load as you scroll)</translation>
        </message>
    </context>
</TS>
