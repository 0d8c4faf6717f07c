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
        <name>MessageStrip</name>
        <message>
            <source>Hide this message</source>
            <translation>Hide this message</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Read IDENT and send what is due now (Ctrl+Shift+S)</source>
            <translation>Read IDENT and send what is due now (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop sending to the portal until you resume (Ctrl+Shift+P)</source>
            <translation>Stop sending to the portal until you resume (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Send to the portal again (Ctrl+Shift+P)</source>
            <translation>Send to the portal again (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>Run synchronisation in this window now that the service has stopped</source>
            <translation>Run synchronisation in this window now that the service has stopped</translation>
        </message>
        <message>
            <source>Polling IDENT</source>
            <translation>Polling IDENT</translation>
        </message>
        <message>
            <source>Last poll:</source>
            <translation>Last poll:</translation>
        </message>
        <message>
            <source>Next poll:</source>
            <translation>Next poll:</translation>
        </message>
        <message>
            <source>Records (click to open the queue)</source>
            <translation>Records (click to open the queue)</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>Configuration problems</source>
            <translation>Configuration problems</translation>
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
            <source>Stage transitions</source>
            <translation>Stage transitions</translation>
        </message>
        <message>
            <source>list every deal-stage decision live, with its reason.</source>
            <translation>list every deal-stage decision live, with its reason.</translation>
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
        <message>
            <source>The command was not sent: %1</source>
            <translation>The command was not sent: %1</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pause or resume</translation>
        </message>
        <message>
            <source>You can run synchronisation in this window instead.</source>
            <translation>You can run synchronisation in this window instead.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>There is no configuration file yet, so nothing is synchronised. Open Settings to connect IDENT and the portal.</source>
            <translation>There is no configuration file yet, so nothing is synchronised. Open Settings to connect IDENT and the portal.</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Open Settings</translation>
        </message>
        <message>
            <source>Synchronisation is paused.</source>
            <translation>Synchronisation is paused.</translation>
        </message>
        <message>
            <source>Synchronisation is paused: %1</source>
            <translation>Synchronisation is paused: %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>The engine did not start: %1</source>
            <translation>The engine did not start: %1</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
    </context>
    <context>
        <name>identsync::OverviewPage</name>
        <message>
            <source>Pause sent; sending stops after the records in flight.</source>
            <translation>Pause sent; sending stops after the records in flight.</translation>
        </message>
        <message>
            <source>Resume sent; sending starts again within a second.</source>
            <translation>Resume sent; sending starts again within a second.</translation>
        </message>
        <message>
            <source>sent in this run</source>
            <translation>sent in this run</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>waiting to be sent</translation>
        </message>
        <message>
            <source>will be retried</source>
            <translation>will be retried</translation>
        </message>
        <message>
            <source>failed for good</source>
            <translation>failed for good</translation>
        </message>
        <message>
            <source>need a person</source>
            <translation>need a person</translation>
        </message>
        <message>
            <source>Open the queue with these records</source>
            <translation>Open the queue with these records</translation>
        </message>
        <message>
            <source>The configuration %1 has these problems; the engine starts when they are fixed.</source>
            <translation>The configuration %1 has these problems; the engine starts when they are fixed.</translation>
        </message>
        <message>
            <source>No configuration file: nothing is synchronised. Open Settings to create one.</source>
            <translation>No configuration file: nothing is synchronised. Open Settings to create one.</translation>
        </message>
        <message>
            <source>No problems found in %1.</source>
            <translation>No problems found in %1.</translation>
        </message>
        <message>
            <source>after Resume</source>
            <translation>after Resume</translation>
        </message>
        <message>
            <source>⚠ No poll has finished for %1 min: IDENT may be unreachable. See the Log.</source>
            <translation>⚠ No poll has finished for %1 min: IDENT may be unreachable. See the Log.</translation>
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
        <name>identsync::StatusText</name>
        <message>
            <source>Each one is listed below with what to do; fix them in Settings.</source>
            <translation>Each one is listed below with what to do; fix them in Settings.</translation>
        </message>
        <message>
            <source>Not running: there is no configuration yet</source>
            <translation>Not running: there is no configuration yet</translation>
        </message>
        <message>
            <source>Open Settings and connect IDENT and the portal.</source>
            <translation>Open Settings and connect IDENT and the portal.</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Stopped: %1</translation>
        </message>
        <message>
            <source>No access to the state database: %1</source>
            <translation>No access to the state database: %1</translation>
        </message>
        <message>
            <source>Check the [state] settings and that the database is reachable.</source>
            <translation>Check the [state] settings and that the database is reachable.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>The service stopped answering</source>
            <translation>The service stopped answering</translation>
        </message>
        <message>
            <source>Take over to run synchronisation in this window, or start the service.</source>
            <translation>Take over to run synchronisation in this window, or start the service.</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>Paused: %1</translation>
        </message>
        <message>
            <source>Press Resume when the cause is fixed.</source>
            <translation>Press Resume when the cause is fixed.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Open Problems to decide what to do with them.</source>
            <translation>Open Problems to decide what to do with them.</translation>
        </message>
        <message>
            <source>Open Problems: each cause comes with a fix and «Retry all».</source>
            <translation>Open Problems: each cause comes with a fix and «Retry all».</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Nothing needs you now.</source>
            <translation>Nothing needs you now.</translation>
        </message>
        <message>
            <source>The service on %1 (process %2) stopped answering at %3.</source>
            <translation>The service on %1 (process %2) stopped answering at %3.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>Watching the service on %1 (process %2) since %3.</source>
            <translation>Watching the service on %1 (process %2) since %3.</translation>
        </message>
        <message>
            <source>Commands from this window go to that service.</source>
            <translation>Commands from this window go to that service.</translation>
        </message>
        <message>
            <source>IDENT: not checked</source>
            <translation>IDENT: not checked</translation>
        </message>
        <message>
            <source>The engine is not running.</source>
            <translation>The engine is not running.</translation>
        </message>
        <message>
            <source>IDENT: waiting for the first read</source>
            <translation>IDENT: waiting for the first read</translation>
        </message>
        <message>
            <source>The engine has not read IDENT yet in this run.</source>
            <translation>The engine has not read IDENT yet in this run.</translation>
        </message>
        <message>
            <source>IDENT: read</source>
            <translation>IDENT: read</translation>
        </message>
        <message>
            <source>The last read of IDENT finished at %1.</source>
            <translation>The last read of IDENT finished at %1.</translation>
        </message>
        <message>
            <source>Portal: not checked</source>
            <translation>Portal: not checked</translation>
        </message>
        <message>
            <source>Portal: paused</source>
            <translation>Portal: paused</translation>
        </message>
        <message>
            <source>Nothing is sent to the portal: %1</source>
            <translation>Nothing is sent to the portal: %1</translation>
        </message>
        <message>
            <source>Portal: sending</source>
            <translation>Portal: sending</translation>
        </message>
        <message>
            <source>Deals are sent to the portal as they are due.</source>
            <translation>Deals are sent to the portal as they are due.</translation>
        </message>
        <message>
            <source>Circuit: —</source>
            <translation>Circuit: —</translation>
        </message>
        <message>
            <source>Circuit: no data</source>
            <translation>Circuit: no data</translation>
        </message>
        <message>
            <source>The circuit breaker stops requests to the portal for a while after repeated failures. This engine does not report its state yet.</source>
            <translation>The circuit breaker stops requests to the portal for a while after repeated failures. This engine does not report its state yet.</translation>
        </message>
        <message>
            <source>Limit: —</source>
            <translation>Limit: —</translation>
        </message>
        <message>
            <source>Limit: no data</source>
            <translation>Limit: no data</translation>
        </message>
        <message>
            <source>The portal allows a limited number of requests a second; the engine paces itself to stay under it. This engine does not report the fill yet.</source>
            <translation>The portal allows a limited number of requests a second; the engine paces itself to stay under it. This engine does not report the fill yet.</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <source>Not running: the configuration has problems (%1)</source>
            <translation>Not running: the configuration has problems (%1)</translation>
        </message>
        <message>
            <source>Running; records that need a person: %1</source>
            <translation>Running; records that need a person: %1</translation>
        </message>
        <message>
            <source>Running; records that failed for good: %1</source>
            <translation>Running; records that failed for good: %1</translation>
        </message>
        <message>
            <source>Fix the cause, then press Retry in the message above.</source>
            <translation>Fix the cause, then press Retry in the message above.</translation>
        </message>
        <message>
            <source>Nothing is synchronised until the engine starts again.</source>
            <translation>Nothing is synchronised until the engine starts again.</translation>
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
        <name>main</name>
        <message>
            <source>Self-test passed: %1 pages built.</source>
            <translation>Self-test passed: %1 pages built.</translation>
        </message>
        <message>
            <source>Demo mode: a test portal and a sample IDENT database in %1. Nothing here touches a real clinic.</source>
            <translation>Demo mode: a test portal and a sample IDENT database in %1. Nothing here touches a real clinic.</translation>
        </message>
    </context>
</TS>
