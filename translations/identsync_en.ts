<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About IdentSync</source>
            <translation>About IdentSync</translation>
        </message>
        <message>
            <source>Keeps the clinic's Bitrix24 deals in step with IDENT.</source>
            <translation>Keeps the clinic's Bitrix24 deals in step with IDENT.</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Log file:</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>State database:</source>
            <translation>State database:</translation>
        </message>
        <message>
            <source>State database</source>
            <translation>State database</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
    </context>
    <context>
        <name>BindingDialog</name>
        <message>
            <source>Bind an appointment to a deal</source>
            <translation>Bind an appointment to a deal</translation>
        </message>
        <message>
            <source>&amp;Appointment:</source>
            <translation>&amp;Appointment:</translation>
        </message>
        <message>
            <source>Appointment key</source>
            <translation>Appointment key</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Show the appointment</source>
            <translation>Show the appointment</translation>
        </message>
        <message>
            <source>Find &amp;deals by phone, name or deal ID:</source>
            <translation>Find &amp;deals by phone, name or deal ID:</translation>
        </message>
        <message>
            <source>Phone, name or deal ID</source>
            <translation>Phone, name or deal ID</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Find deals</source>
            <translation>Find deals</translation>
        </message>
        <message>
            <source>Deals found</source>
            <translation>Deals found</translation>
        </message>
        <message>
            <source>&amp;Bind</source>
            <translation>&amp;Bind</translation>
        </message>
        <message>
            <source>Bind the appointment to the selected deal</source>
            <translation>Bind the appointment to the selected deal</translation>
        </message>
        <message>
            <source>&amp;Unbind</source>
            <translation>&amp;Unbind</translation>
        </message>
        <message>
            <source>Remove the appointment's binding</source>
            <translation>Remove the appointment's binding</translation>
        </message>
        <message>
            <source>Create a &amp;new deal</source>
            <translation>Create a &amp;new deal</translation>
        </message>
        <message>
            <source>Let the sync create a new deal</source>
            <translation>Let the sync create a new deal</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>BindingPreview</name>
        <message>
            <source>Nothing will be written: %1</source>
            <translation>Nothing will be written: %1</translation>
        </message>
        <message>
            <source>Deal %1 already carries this appointment's IDENT key, so the next cycle updates deal %1, not this one.</source>
            <translation>Deal %1 already carries this appointment's IDENT key, so the next cycle updates deal %1, not this one.</translation>
        </message>
        <message>
            <source>Nothing will be written yet: %1</source>
            <translation>Nothing will be written yet: %1</translation>
        </message>
        <message>
            <source>The deal is closed: only the IDENT key will be written.</source>
            <translation>The deal is closed: only the IDENT key will be written.</translation>
        </message>
        <message>
            <source>The fields will be updated; the stage stays «%1».</source>
            <translation>The fields will be updated; the stage stays «%1».</translation>
        </message>
        <message>
            <source>Full update; the stage stays «%1».</source>
            <translation>Full update; the stage stays «%1».</translation>
        </message>
        <message>
            <source>Full update; the stage moves to «%1».</source>
            <translation>Full update; the stage moves to «%1».</translation>
        </message>
    </context>
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
        <name>ConnectionsSection</name>
        <message>
            <source>Bitrix24 portal</source>
            <translation>Bitrix24 portal</translation>
        </message>
        <message>
            <source>Webhook address</source>
            <translation>Webhook address</translation>
        </message>
        <message>
            <source>Webhook code</source>
            <translation>Webhook code</translation>
        </message>
        <message>
            <source>Replace code</source>
            <translation>Replace code</translation>
        </message>
        <message>
            <source>Pacing plan</source>
            <translation>Pacing plan</translation>
        </message>
        <message>
            <source>Bucket size</source>
            <translation>Bucket size</translation>
        </message>
        <message>
            <source> requests</source>
            <translation> requests</translation>
        </message>
        <message>
            <source>Drain rate</source>
            <translation>Drain rate</translation>
        </message>
        <message>
            <source> per second</source>
            <translation> per second</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Request timeout</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Check the portal</source>
            <translation>Check the portal</translation>
        </message>
        <message>
            <source>The webhook code opens your CRM: IdentSync keeps it in the system keychain and never shows it again. The webhook needs the CRM permission.</source>
            <translation>The webhook code opens your CRM: IdentSync keeps it in the system keychain and never shows it again. The webhook needs the CRM permission.</translation>
        </message>
        <message>
            <source>IDENT databases</source>
            <translation>IDENT databases</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Driver</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>CLINIC-SRV or 192.168.1.10</source>
            <translation>CLINIC-SRV or 192.168.1.10</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Windows authentication (no SQL login)</source>
            <translation>Windows authentication (no SQL login)</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Encrypt the connection</source>
            <translation>Encrypt the connection</translation>
        </message>
        <message>
            <source>Trust the server certificate</source>
            <translation>Trust the server certificate</translation>
        </message>
        <message>
            <source>First load depth</source>
            <translation>First load depth</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>Branches</translation>
        </message>
        <message>
            <source>Tick the branches to read; none ticked means all. «Check the connection» loads the list from IDENT.</source>
            <translation>Tick the branches to read; none ticked means all. «Check the connection» loads the list from IDENT.</translation>
        </message>
        <message>
            <source>Check the connection</source>
            <translation>Check the connection</translation>
        </message>
        <message>
            <source>The system keychain cannot be used: %1 Nothing is saved in plain text instead.</source>
            <translation>The system keychain cannot be used: %1 Nothing is saved in plain text instead.</translation>
        </message>
    </context>
    <context>
        <name>ErrorClass</name>
        <message>
            <source>Temporary connection problem</source>
            <translation>Temporary connection problem</translation>
        </message>
        <message>
            <source>Bitrix24 could not be reached or answered with a server error. This usually passes by itself. IdentSync tries again with growing pauses and marks the task as failed only after the last attempt.</source>
            <translation>Bitrix24 could not be reached or answered with a server error. This usually passes by itself. IdentSync tries again with growing pauses and marks the task as failed only after the last attempt.</translation>
        </message>
        <message>
            <source>Nothing, if it clears up. If it keeps happening, check the clinic's internet connection and whether Bitrix24 opens in a browser.</source>
            <translation>Nothing, if it clears up. If it keeps happening, check the clinic's internet connection and whether Bitrix24 opens in a browser.</translation>
        </message>
        <message>
            <source>Bitrix24 asked to slow down</source>
            <translation>Bitrix24 asked to slow down</translation>
        </message>
        <message>
            <source>Too many requests were sent in a short time. IdentSync slows down and sends the task again; this does not count as a failed attempt.</source>
            <translation>Too many requests were sent in a short time. IdentSync slows down and sends the task again; this does not count as a failed attempt.</translation>
        </message>
        <message>
            <source>Nothing. If it happens often, check that no other program uses the same Bitrix24 portal heavily from this computer.</source>
            <translation>Nothing. If it happens often, check that no other program uses the same Bitrix24 portal heavily from this computer.</translation>
        </message>
        <message>
            <source>Bitrix24 paused one kind of request</source>
            <translation>Bitrix24 paused one kind of request</translation>
        </message>
        <message>
            <source>Bitrix24 limits how much work one kind of request may take in ten minutes. IdentSync stops that kind of request until the portal allows it again, usually within a few minutes; other work continues.</source>
            <translation>Bitrix24 limits how much work one kind of request may take in ten minutes. IdentSync stops that kind of request until the portal allows it again, usually within a few minutes; other work continues.</translation>
        </message>
        <message>
            <source>Nothing. The tasks are sent automatically when the pause ends.</source>
            <translation>Nothing. The tasks are sent automatically when the pause ends.</translation>
        </message>
        <message>
            <source>Bitrix24 does not accept the webhook</source>
            <translation>Bitrix24 does not accept the webhook</translation>
        </message>
        <message>
            <source>The webhook address or its secret code was rejected: it may have been deleted, changed or mistyped, or it does not start with https://. IdentSync has stopped sending anything and keeps all tasks.</source>
            <translation>The webhook address or its secret code was rejected: it may have been deleted, changed or mistyped, or it does not start with https://. IdentSync has stopped sending anything and keeps all tasks.</translation>
        </message>
        <message>
            <source>Create or copy the inbound webhook in Bitrix24 again and enter it in IdentSync's connection settings. Sending resumes on its own.</source>
            <translation>Create or copy the inbound webhook in Bitrix24 again and enter it in IdentSync's connection settings. Sending resumes on its own.</translation>
        </message>
        <message>
            <source>Not allowed by Bitrix24</source>
            <translation>Not allowed by Bitrix24</translation>
        </message>
        <message>
            <source>Bitrix24 recognised the webhook but refused the work: the webhook lacks the CRM permission, its user has no access to deals or contacts, the plan does not include the REST API, or the portal was blocked or deleted. IdentSync has stopped sending and keeps all tasks.</source>
            <translation>Bitrix24 recognised the webhook but refused the work: the webhook lacks the CRM permission, its user has no access to deals or contacts, the plan does not include the REST API, or the portal was blocked or deleted. IdentSync has stopped sending and keeps all tasks.</translation>
        </message>
        <message>
            <source>Ask the Bitrix24 administrator to give the webhook the CRM permission and its user access to deals and contacts, or to check the portal's plan and status. Then resume IdentSync.</source>
            <translation>Ask the Bitrix24 administrator to give the webhook the CRM permission and its user access to deals and contacts, or to check the portal's plan and status. Then resume IdentSync.</translation>
        </message>
        <message>
            <source>Bitrix24 rejected the data</source>
            <translation>Bitrix24 rejected the data</translation>
        </message>
        <message>
            <source>Bitrix24 refused this record because of its content; its message is shown with the task. Sending it again unchanged would fail again, so IdentSync has stopped trying this task.</source>
            <translation>Bitrix24 refused this record because of its content; its message is shown with the task. Sending it again unchanged would fail again, so IdentSync has stopped trying this task.</translation>
        </message>
        <message>
            <source>Read Bitrix24's message, correct the appointment or patient in IDENT or the field mapping in the settings, then retry the task.</source>
            <translation>Read Bitrix24's message, correct the appointment or patient in IDENT or the field mapping in the settings, then retry the task.</translation>
        </message>
        <message>
            <source>The linked deal no longer exists</source>
            <translation>The linked deal no longer exists</translation>
        </message>
        <message>
            <source>The deal this appointment was linked to was deleted in Bitrix24. IdentSync will not guess what to do and waits for a decision.</source>
            <translation>The deal this appointment was linked to was deleted in Bitrix24. IdentSync will not guess what to do and waits for a decision.</translation>
        </message>
        <message>
            <source>Link the appointment to another deal, or let IdentSync create a new deal for it.</source>
            <translation>Link the appointment to another deal, or let IdentSync create a new deal for it.</translation>
        </message>
        <message>
            <source>More than one match</source>
            <translation>More than one match</translation>
        </message>
        <message>
            <source>Several deals or contacts in Bitrix24 could belong to this appointment, or the same IDENT number appears on more than one deal. IdentSync does not pick one at random and waits for a decision.</source>
            <translation>Several deals or contacts in Bitrix24 could belong to this appointment, or the same IDENT number appears on more than one deal. IdentSync does not pick one at random and waits for a decision.</translation>
        </message>
        <message>
            <source>Choose the right deal or contact for this appointment, and merge or clean up the duplicates in Bitrix24.</source>
            <translation>Choose the right deal or contact for this appointment, and merge or clean up the duplicates in Bitrix24.</translation>
        </message>
        <message>
            <source>Problem in the IDENT data</source>
            <translation>Problem in the IDENT data</translation>
        </message>
        <message>
            <source>The record in IDENT is incomplete or has a value IdentSync cannot read, such as a malformed phone number, a missing patient or an impossible date. Nothing was sent; the record is checked again when it changes in IDENT.</source>
            <translation>The record in IDENT is incomplete or has a value IdentSync cannot read, such as a malformed phone number, a missing patient or an impossible date. Nothing was sent; the record is checked again when it changes in IDENT.</translation>
        </message>
        <message>
            <source>Correct the record in IDENT. IdentSync picks up the change on its own.</source>
            <translation>Correct the record in IDENT. IdentSync picks up the change on its own.</translation>
        </message>
        <message>
            <source>Settings do not match the portal</source>
            <translation>Settings do not match the portal</translation>
        </message>
        <message>
            <source>Something the settings rely on is missing on this Bitrix24 portal, such as a mapped field, a stage or a REST method, or the secure connection to the portal cannot be established. IdentSync has stopped sending and keeps all tasks.</source>
            <translation>Something the settings rely on is missing on this Bitrix24 portal, such as a mapped field, a stage or a REST method, or the secure connection to the portal cannot be established. IdentSync has stopped sending and keeps all tasks.</translation>
        </message>
        <message>
            <source>Open the settings and run the portal check: it names what is missing. Create the field or stage in Bitrix24 or change the mapping, check the portal address and the computer's date and time, then resume.</source>
            <translation>Open the settings and run the portal check: it names what is missing. Create the field or stage in Bitrix24 or change the mapping, check the portal address and the computer's date and time, then resume.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Bitrix24 sent an answer IdentSync cannot understand, or IdentSync itself went wrong. The task was stopped and the details were recorded.</source>
            <translation>Bitrix24 sent an answer IdentSync cannot understand, or IdentSync itself went wrong. The task was stopped and the details were recorded.</translation>
        </message>
        <message>
            <source>Retry the task once. If it fails again, send the task's details and the log to support.</source>
            <translation>Retry the task once. If it fails again, send the task's details and the log to support.</translation>
        </message>
    </context>
    <context>
        <name>FieldMap</name>
        <message>
            <source>%1: %2 control characters (such as NUL) in %3 cannot be stored in Bitrix24 and were left out.</source>
            <translation>%1: %2 control characters (such as NUL) in %3 cannot be stored in Bitrix24 and were left out.</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n characters</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n bytes</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 has %3 characters, more than Bitrix24 stores (%4); it was cut and ends with «%5».</source>
            <translation>%1: %2 has %3 characters, more than Bitrix24 stores (%4); it was cut and ends with «%5».</translation>
        </message>
        <message>
            <source>patient %1</source>
            <translation>patient %1</translation>
        </message>
    </context>
    <context>
        <name>FieldsSection</name>
        <message>
            <source>Field map</source>
            <translation>Field map</translation>
        </message>
        <message>
            <source>Field ids differ from portal to portal: after moving to another portal choose them again. «Check the portal» on the Connections tab loads the portal's fields.</source>
            <translation>Field ids differ from portal to portal: after moving to another portal choose them again. «Check the portal» on the Connections tab loads the portal's fields.</translation>
        </message>
    </context>
    <context>
        <name>InterfaceSection</name>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language changes the next time the console starts.</source>
            <translation>The language changes the next time the console starts.</translation>
        </message>
        <message>
            <source>Mask phones and names in the log and in the console</source>
            <translation>Mask phones and names in the log and in the console</translation>
        </message>
    </context>
    <context>
        <name>JobDetailsText</name>
        <message>
            <source>Appointment %1</source>
            <translation>Appointment %1</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Next attempt</translation>
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
            <source>Request id</source>
            <translation>Request id</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>An earlier attempt may have reached the portal; the next one searches the portal first, so no duplicate is created.</source>
            <translation>An earlier attempt may have reached the portal; the next one searches the portal first, so no duplicate is created.</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>What to do:</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP status</translation>
        </message>
        <message>
            <source>Portal's message</source>
            <translation>Portal's message</translation>
        </message>
        <message>
            <source>The portal's answer</source>
            <translation>The portal's answer</translation>
        </message>
        <message>
            <source>Attempt history</source>
            <translation>Attempt history</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>What is sent</source>
            <translation>What is sent</translation>
        </message>
    </context>
    <context>
        <name>JobTexts</name>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Waiting to retry</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Failed, no more retries</source>
            <translation>Failed, no more retries</translation>
        </message>
        <message>
            <source>Needs a person</source>
            <translation>Needs a person</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Network or portal outage</source>
            <translation>Network or portal outage</translation>
        </message>
        <message>
            <source>Portal request limit</source>
            <translation>Portal request limit</translation>
        </message>
        <message>
            <source>Portal operation time limit</source>
            <translation>Portal operation time limit</translation>
        </message>
        <message>
            <source>Portal access</source>
            <translation>Portal access</translation>
        </message>
        <message>
            <source>Portal permissions</source>
            <translation>Portal permissions</translation>
        </message>
        <message>
            <source>Portal rejected the data</source>
            <translation>Portal rejected the data</translation>
        </message>
        <message>
            <source>Deal deleted in the CRM</source>
            <translation>Deal deleted in the CRM</translation>
        </message>
        <message>
            <source>Several matching deals</source>
            <translation>Several matching deals</translation>
        </message>
        <message>
            <source>Data in IDENT</source>
            <translation>Data in IDENT</translation>
        </message>
        <message>
            <source>Settings do not match the portal</source>
            <translation>Settings do not match the portal</translation>
        </message>
        <message>
            <source>Internal error</source>
            <translation>Internal error</translation>
        </message>
        <message>
            <source>The portal could not be reached or answered with a server error. This is usually a short internet or Bitrix24 outage.</source>
            <translation>The portal could not be reached or answered with a server error. This is usually a short internet or Bitrix24 outage.</translation>
        </message>
        <message>
            <source>The portal asked to slow down. IdentSync waits and sends again by itself; no attempts are used up.</source>
            <translation>The portal asked to slow down. IdentSync waits and sends again by itself; no attempts are used up.</translation>
        </message>
        <message>
            <source>The portal limits how long one kind of request may run. IdentSync waits for the limit to reset and continues by itself.</source>
            <translation>The portal limits how long one kind of request may run. IdentSync waits for the limit to reset and continues by itself.</translation>
        </message>
        <message>
            <source>The portal rejected the webhook code. Synchronisation is paused until a new code is entered.</source>
            <translation>The portal rejected the webhook code. Synchronisation is paused until a new code is entered.</translation>
        </message>
        <message>
            <source>The webhook has no right to do this on the portal, or the portal is blocked. Synchronisation is paused.</source>
            <translation>The webhook has no right to do this on the portal, or the portal is blocked. Synchronisation is paused.</translation>
        </message>
        <message>
            <source>The portal refused the data of this appointment and explained why in its message. Retrying the same data will not help.</source>
            <translation>The portal refused the data of this appointment and explained why in its message. Retrying the same data will not help.</translation>
        </message>
        <message>
            <source>The deal this appointment was bound to no longer exists in the CRM.</source>
            <translation>The deal this appointment was bound to no longer exists in the CRM.</translation>
        </message>
        <message>
            <source>Several deals or contacts in the CRM fit this appointment, so IdentSync did not guess.</source>
            <translation>Several deals or contacts in the CRM fit this appointment, so IdentSync did not guess.</translation>
        </message>
        <message>
            <source>The appointment in IDENT has data that cannot be sent, such as an unreadable phone, a missing patient or a wrong date.</source>
            <translation>The appointment in IDENT has data that cannot be sent, such as an unreadable phone, a missing patient or a wrong date.</translation>
        </message>
        <message>
            <source>A field or stage from the settings does not exist on the portal. Synchronisation is paused.</source>
            <translation>A field or stage from the settings does not exist on the portal. Synchronisation is paused.</translation>
        </message>
        <message>
            <source>Something unexpected happened in IdentSync or in the portal's answer.</source>
            <translation>Something unexpected happened in IdentSync or in the portal's answer.</translation>
        </message>
        <message>
            <source>Check the internet connection. IdentSync retries by itself; after an outage press «Retry all of these».</source>
            <translation>Check the internet connection. IdentSync retries by itself; after an outage press «Retry all of these».</translation>
        </message>
        <message>
            <source>Nothing to do: the jobs are sent as soon as the portal allows.</source>
            <translation>Nothing to do: the jobs are sent as soon as the portal allows.</translation>
        </message>
        <message>
            <source>Enter a new webhook code in Settings.</source>
            <translation>Enter a new webhook code in Settings.</translation>
        </message>
        <message>
            <source>Give the webhook the CRM right on the portal, or check that the portal is paid and active, then retry.</source>
            <translation>Give the webhook the CRM right on the portal, or check that the portal is paid and active, then retry.</translation>
        </message>
        <message>
            <source>Read the portal's message, fix the appointment in IDENT or the field map, then retry.</source>
            <translation>Read the portal's message, fix the appointment in IDENT or the field map, then retry.</translation>
        </message>
        <message>
            <source>Open Binding and choose the right deal, or create a new one.</source>
            <translation>Open Binding and choose the right deal, or create a new one.</translation>
        </message>
        <message>
            <source>Correct the appointment in IDENT; it is sent again after the change.</source>
            <translation>Correct the appointment in IDENT; it is sent again after the change.</translation>
        </message>
        <message>
            <source>Open Settings and fix the field map or the stages, then resume.</source>
            <translation>Open Settings and fix the field map or the stages, then resume.</translation>
        </message>
        <message>
            <source>Retry once. If it fails again, export the queue to CSV and send it to support.</source>
            <translation>Retry once. If it fails again, export the queue to CSV and send it to support.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>in %1 s</source>
            <translation>in %1 s</translation>
        </message>
        <message>
            <source>in %1 min %2 s</source>
            <translation>in %1 min %2 s</translation>
        </message>
        <message>
            <source>in %1 h %2 min</source>
            <translation>in %1 h %2 min</translation>
        </message>
        <message>
            <source>in %1 d %2 h</source>
            <translation>in %1 d %2 h</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>sending…</translation>
        </message>
    </context>
    <context>
        <name>LegacyImport</name>
        <message>
            <source>IdentSync has no web page or metrics endpoint; the console shows the engine's state.</source>
            <translation>IdentSync has no web page or metrics endpoint; the console shows the engine's state.</translation>
        </message>
        <message>
            <source>IdentSync does not send e-mail; the console notifies on the desktop.</source>
            <translation>IdentSync does not send e-mail; the console notifies on the desktop.</translation>
        </message>
        <message>
            <source>IdentSync paces itself by the portal's limits; there is nothing to tune here.</source>
            <translation>IdentSync paces itself by the portal's limits; there is nothing to tune here.</translation>
        </message>
        <message>
            <source>IdentSync always verifies certificates and keeps secrets in the system keychain.</source>
            <translation>IdentSync always verifies certificates and keeps secrets in the system keychain.</translation>
        </message>
        <message>
            <source>Use «identsync-cli plan --dry-run» to see what a cycle would write.</source>
            <translation>Use «identsync-cli plan --dry-run» to see what a cycle would write.</translation>
        </message>
        <message>
            <source>IdentSync writes no company fields.</source>
            <translation>IdentSync writes no company fields.</translation>
        </message>
    </context>
    <context>
        <name>LogPage</name>
        <message>
            <source>&lt;h2&gt;Log&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Log&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>Show lines of this level and more serious ones</source>
            <translation>Show lines of this level and more serious ones</translation>
        </message>
        <message>
            <source>Minimum level</source>
            <translation>Minimum level</translation>
        </message>
        <message>
            <source>&amp;Area:</source>
            <translation>&amp;Area:</translation>
        </message>
        <message>
            <source>Show lines from one part of the program only</source>
            <translation>Show lines from one part of the program only</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Search in messages (Ctrl+F)</source>
            <translation>Search in messages (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search in messages</source>
            <translation>Search in messages</translation>
        </message>
        <message>
            <source>Log lines</source>
            <translation>Log lines</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Open log folder</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Save the lines shown to a text file</source>
            <translation>Save the lines shown to a text file</translation>
        </message>
        <message>
            <source>Clear view</source>
            <translation>Clear view</translation>
        </message>
        <message>
            <source>Empty this view; the log file keeps every line</source>
            <translation>Empty this view; the log file keeps every line</translation>
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
        <name>PhoneNormalizer</name>
        <message>
            <source>no Russian area or operator code starts with %1; check the digits</source>
            <translation>no Russian area or operator code starts with %1; check the digits</translation>
        </message>
        <message>
            <source>the phone has no digits</source>
            <translation>the phone has no digits</translation>
        </message>
        <message>
            <source>a country code never starts with 0; check the digits after +</source>
            <translation>a country code never starts with 0; check the digits after +</translation>
        </message>
        <message>
            <source>a +7 number has 10 digits after the 7, this one has %1</source>
            <translation>a +7 number has 10 digits after the 7, this one has %1</translation>
        </message>
        <message>
            <source>too few digits (%1) for an international number with a country code</source>
            <translation>too few digits (%1) for an international number with a country code</translation>
        </message>
        <message>
            <source>too many digits (%1) for one phone number (at most 15); if the field holds two numbers, keep one</source>
            <translation>too many digits (%1) for one phone number (at most 15); if the field holds two numbers, keep one</translation>
        </message>
        <message>
            <source>an 11-digit number must start with 8 or 7; write a foreign number with + and its country code</source>
            <translation>an 11-digit number must start with 8 or 7; write a foreign number with + and its country code</translation>
        </message>
        <message>
            <source>looks like a mobile number with a digit missing (8 9XX and only 10 digits)</source>
            <translation>looks like a mobile number with a digit missing (8 9XX and only 10 digits)</translation>
        </message>
        <message>
            <source>10 digits starting with 7 are ambiguous (a digit missing, or a +7 7XX number?); write the number with +7</source>
            <translation>10 digits starting with 7 are ambiguous (a digit missing, or a +7 7XX number?); write the number with +7</translation>
        </message>
        <message>
            <source>a local number without a city code; add the city or operator code, e.g. 8 (495) 123-45-67</source>
            <translation>a local number without a city code; add the city or operator code, e.g. 8 (495) 123-45-67</translation>
        </message>
        <message>
            <source>too few digits (%1) for a phone number with a city or operator code</source>
            <translation>too few digits (%1) for a phone number with a city or operator code</translation>
        </message>
        <message>
            <source>too many digits (%1) for one phone number; if the field holds two numbers, keep one</source>
            <translation>too many digits (%1) for one phone number; if the field holds two numbers, keep one</translation>
        </message>
        <message>
            <source>the phone is empty</source>
            <translation>the phone is empty</translation>
        </message>
        <message>
            <source>two phone numbers in one field; keep one number in this field (another can go to a second phone field)</source>
            <translation>two phone numbers in one field; keep one number in this field (another can go to a second phone field)</translation>
        </message>
        <message>
            <source>the field holds more than one value; keep only the number</source>
            <translation>the field holds more than one value; keep only the number</translation>
        </message>
        <message>
            <source>a '+' may only stand at the start of the number</source>
            <translation>a '+' may only stand at the start of the number</translation>
        </message>
        <message>
            <source>the phone contains letters; keep only the number (an extension may follow "доб.")</source>
            <translation>the phone contains letters; keep only the number (an extension may follow "доб.")</translation>
        </message>
        <message>
            <source>unexpected character '%1' in the phone</source>
            <translation>unexpected character '%1' in the phone</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPage</name>
        <message>
            <source>Problems by cause</source>
            <translation>Problems by cause</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>&amp;Retry all of these</source>
            <translation>&amp;Retry all of these</translation>
        </message>
        <message>
            <source>&amp;Show in the queue</source>
            <translation>&amp;Show in the queue</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>Filter by state</translation>
        </message>
        <message>
            <source>&amp;Problem:</source>
            <translation>&amp;Problem:</translation>
        </message>
        <message>
            <source>Filter by problem</source>
            <translation>Filter by problem</translation>
        </message>
        <message>
            <source>&amp;Hide empty groups</source>
            <translation>&amp;Hide empty groups</translation>
        </message>
        <message>
            <source>Search: patient, appointment (F1_123) or deal id — Ctrl+F</source>
            <translation>Search: patient, appointment (F1_123) or deal id — Ctrl+F</translation>
        </message>
        <message>
            <source>Search the queue</source>
            <translation>Search the queue</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>Show &amp;everything</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>Selects every row loaded so far; shift-click selects a range</source>
            <translation>Selects every row loaded so far; shift-click selects a range</translation>
        </message>
        <message>
            <source>&amp;Retry now</source>
            <translation>&amp;Retry now</translation>
        </message>
        <message>
            <source>Send the selected jobs again now (Ctrl+R). A manual retry does not use up an automatic attempt.</source>
            <translation>Send the selected jobs again now (Ctrl+R). A manual retry does not use up an automatic attempt.</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>Stop sending the selected jobs (Delete). A later change in IDENT brings them back.</source>
            <translation>Stop sending the selected jobs (Delete). A later change in IDENT brings them back.</translation>
        </message>
        <message>
            <source>Retry all of this &amp;problem</source>
            <translation>Retry all of this &amp;problem</translation>
        </message>
        <message>
            <source>Retry all &amp;failed</source>
            <translation>Retry all &amp;failed</translation>
        </message>
        <message>
            <source>E&amp;xport to CSV</source>
            <translation>E&amp;xport to CSV</translation>
        </message>
        <message>
            <source>Saves the rows of the current filter to a file Excel opens</source>
            <translation>Saves the rows of the current filter to a file Excel opens</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Details of the selected job</source>
            <translation>Details of the selected job</translation>
        </message>
    </context>
    <context>
        <name>ReceptionCheck</name>
        <message>
            <source>reception %1 of branch %2</source>
            <translation>reception %1 of branch %2</translation>
        </message>
        <message>
            <source>the record is re-read automatically</source>
            <translation>the record is re-read automatically</translation>
        </message>
        <message>
            <source>%1: the reception has no valid IDENT ID (%2); it cannot be given a deal key. Report this: the IDENT query returned a row without Receptions.ID.</source>
            <translation>%1: the reception has no valid IDENT ID (%2); it cannot be given a deal key. Report this: the IDENT query returned a row without Receptions.ID.</translation>
        </message>
        <message>
            <source>%1: the branch ID %2 is invalid. Give the appointment's chair a branch (OwnCompanies) in IDENT; %3.</source>
            <translation>%1: the branch ID %2 is invalid. Give the appointment's chair a branch (OwnCompanies) in IDENT; %3.</translation>
        </message>
        <message>
            <source>%1: the appointment has no patient. Assign a patient to the appointment in IDENT; %2.</source>
            <translation>%1: the appointment has no patient. Assign a patient to the appointment in IDENT; %2.</translation>
        </message>
        <message>
            <source>%1: the phone of patient %2 cannot be used: %3. Fix the phone in the patient card in IDENT; %4.</source>
            <translation>%1: the phone of patient %2 cannot be used: %3. Fix the phone in the patient card in IDENT; %4.</translation>
        </message>
        <message>
            <source>%1: the birthday of patient %2 is not a valid date (expected dd.mm.yyyy, year 1900 or later). Fix the birthday in the patient card in IDENT or clear it; %3.</source>
            <translation>%1: the birthday of patient %2 is not a valid date (expected dd.mm.yyyy, year 1900 or later). Fix the birthday in the patient card in IDENT or clear it; %3.</translation>
        </message>
        <message>
            <source>%1: %2 holds «%3», which is not a date and time. Correct it in IDENT; %4.</source>
            <translation>%1: %2 holds «%3», which is not a date and time. Correct it in IDENT; %4.</translation>
        </message>
        <message>
            <source>%1: the planned start time is missing or invalid. Check the appointment's date and time in IDENT's schedule; %2.</source>
            <translation>%1: the planned start time is missing or invalid. Check the appointment's date and time in IDENT's schedule; %2.</translation>
        </message>
        <message>
            <source>%1: the planned end (%2) is before the planned start (%3). Fix the appointment's duration in IDENT's schedule; %4.</source>
            <translation>%1: the planned end (%2) is before the planned start (%3). Fix the appointment's duration in IDENT's schedule; %4.</translation>
        </message>
        <message>
            <source>%1: patient %2 has no surname, name or patronymic (Persons.Surname, Name, Patronymic), and Bitrix24 needs a name to create the patient's contact. Enter the patient's name in the patient card in IDENT; %3.</source>
            <translation>%1: patient %2 has no surname, name or patronymic (Persons.Surname, Name, Patronymic), and Bitrix24 needs a name to create the patient's contact. Enter the patient's name in the patient card in IDENT; %3.</translation>
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
        <message>
            <source>The service reads its secrets from systemd credentials; "%1" cannot be changed from here. Replace the credential file with systemd-creds and restart the service (see docs/install.md).</source>
            <translation>The service reads its secrets from systemd credentials; "%1" cannot be changed from here. Replace the credential file with systemd-creds and restart the service (see docs/install.md).</translation>
        </message>
        <message>
            <source>The service was started with systemd credentials, but the credential "%1" is missing. Add LoadCredentialEncrypted=%1:/etc/credstore.encrypted/identsync.%1 to the unit (see docs/install.md) and restart the service.</source>
            <translation>The service was started with systemd credentials, but the credential "%1" is missing. Add LoadCredentialEncrypted=%1:/etc/credstore.encrypted/identsync.%1 to the unit (see docs/install.md) and restart the service.</translation>
        </message>
        <message>
            <source>Cannot read the credential "%1": %2</source>
            <translation>Cannot read the credential "%1": %2</translation>
        </message>
        <message>
            <source>The credential "%1" is empty. Create it again with systemd-creds (see docs/install.md).</source>
            <translation>The credential "%1" is empty. Create it again with systemd-creds (see docs/install.md).</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings sections</source>
            <translation>Settings sections</translation>
        </message>
        <message>
            <source>Changes to save</source>
            <translation>Changes to save</translation>
        </message>
        <message>
            <source>Save and apply</source>
            <translation>Save and apply</translation>
        </message>
        <message>
            <source>Overwrite their changes</source>
            <translation>Overwrite their changes</translation>
        </message>
        <message>
            <source>Load their version</source>
            <translation>Load their version</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Back to editing</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Webhook address</source>
            <translation>Webhook address</translation>
        </message>
        <message>
            <source>Pacing plan</source>
            <translation>Pacing plan</translation>
        </message>
        <message>
            <source>Bucket size</source>
            <translation>Bucket size</translation>
        </message>
        <message>
            <source>Drain rate</source>
            <translation>Drain rate</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Request timeout</translation>
        </message>
        <message>
            <source>Deal pipeline</source>
            <translation>Deal pipeline</translation>
        </message>
        <message>
            <source>Poll interval</source>
            <translation>Poll interval</translation>
        </message>
        <message>
            <source>Appointments per batch</source>
            <translation>Appointments per batch</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Clinic time zone</translation>
        </message>
        <message>
            <source>Bind an open deal of the patient</source>
            <translation>Bind an open deal of the patient</translation>
        </message>
        <message>
            <source>Turn leads into deals</source>
            <translation>Turn leads into deals</translation>
        </message>
        <message>
            <source>Mask phones and names</source>
            <translation>Mask phones and names</translation>
        </message>
        <message>
            <source>Closed lead statuses</source>
            <translation>Closed lead statuses</translation>
        </message>
        <message>
            <source>Attempts per appointment</source>
            <translation>Attempts per appointment</translation>
        </message>
        <message>
            <source>First delay</source>
            <translation>First delay</translation>
        </message>
        <message>
            <source>Longest delay</source>
            <translation>Longest delay</translation>
        </message>
        <message>
            <source>Stage mapping</source>
            <translation>Stage mapping</translation>
        </message>
        <message>
            <source>Protected stages</source>
            <translation>Protected stages</translation>
        </message>
        <message>
            <source>Never move a deal back</source>
            <translation>Never move a deal back</translation>
        </message>
        <message>
            <source>Treatment plans</source>
            <translation>Treatment plans</translation>
        </message>
        <message>
            <source>Treatment plan interval</source>
            <translation>Treatment plan interval</translation>
        </message>
    </context>
    <context>
        <name>StageGuard</name>
        <message>
            <source>The deal's current stage could not be read; nothing is written until it can be checked.</source>
            <translation>The deal's current stage could not be read; nothing is written until it can be checked.</translation>
        </message>
        <message>
            <source>Mapped stage %1 is not in pipeline %2; the new deal starts in its first stage.</source>
            <translation>Mapped stage %1 is not in pipeline %2; the new deal starts in its first stage.</translation>
        </message>
        <message>
            <source>Nothing to keep on a new deal; it starts in the pipeline's first stage.</source>
            <translation>Nothing to keep on a new deal; it starts in the pipeline's first stage.</translation>
        </message>
        <message>
            <source>New deal created in stage %1.</source>
            <translation>New deal created in stage %1.</translation>
        </message>
        <message>
            <source>Deal is closed in stage %1; only the IDENT key is written.</source>
            <translation>Deal is closed in stage %1; only the IDENT key is written.</translation>
        </message>
        <message>
            <source>Stage %1 is protected; fields are updated, the stage is kept.</source>
            <translation>Stage %1 is protected; fields are updated, the stage is kept.</translation>
        </message>
        <message>
            <source>Stage %1 is not in pipeline %2 as last loaded, so it cannot be checked; nothing is written until the stages are reloaded.</source>
            <translation>Stage %1 is not in pipeline %2 as last loaded, so it cannot be checked; nothing is written until the stages are reloaded.</translation>
        </message>
        <message>
            <source>The status keeps the current stage %1.</source>
            <translation>The status keeps the current stage %1.</translation>
        </message>
        <message>
            <source>Mapped stage %1 is not in pipeline %2; fields are updated, the stage %3 is kept. Fix the stage mapping.</source>
            <translation>Mapped stage %1 is not in pipeline %2; fields are updated, the stage %3 is kept. Fix the stage mapping.</translation>
        </message>
        <message>
            <source>Deal is already in mapped stage %1.</source>
            <translation>Deal is already in mapped stage %1.</translation>
        </message>
        <message>
            <source>Mapped stage %1 comes before the current stage %2; the stage is not moved back.</source>
            <translation>Mapped stage %1 comes before the current stage %2; the stage is not moved back.</translation>
        </message>
        <message>
            <source>Stage %1 → %2 (mapped).</source>
            <translation>Stage %1 → %2 (mapped).</translation>
        </message>
    </context>
    <context>
        <name>StagesSection</name>
        <message>
            <source>Deal pipeline</source>
            <translation>Deal pipeline</translation>
        </message>
        <message>
            <source>Stage mapping</source>
            <translation>Stage mapping</translation>
        </message>
        <message>
            <source>Never move a deal back to an earlier stage</source>
            <translation>Never move a deal back to an earlier stage</translation>
        </message>
        <message>
            <source>Protected stages</source>
            <translation>Protected stages</translation>
        </message>
        <message>
            <source>Deals in these stages get field updates, but the service does not change their stage.</source>
            <translation>Deals in these stages get field updates, but the service does not change their stage.</translation>
        </message>
        <message>
            <source>Final stages</source>
            <translation>Final stages</translation>
        </message>
        <message>
            <source>Set on the portal (won or lost). A deal in a final stage gets only the IDENT key; its stage and fields stay as they are.</source>
            <translation>Set on the portal (won or lost). A deal in a final stage gets only the IDENT key; its stage and fields stay as they are.</translation>
        </message>
        <message>
            <source>Closed lead statuses</source>
            <translation>Closed lead statuses</translation>
        </message>
        <message>
            <source>Leads in these statuses are not turned into deals.</source>
            <translation>Leads in these statuses are not turned into deals.</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Synchronisation cycle</source>
            <translation>Synchronisation cycle</translation>
        </message>
        <message>
            <source>Poll IDENT every</source>
            <translation>Poll IDENT every</translation>
        </message>
        <message>
            <source>Poll interval</source>
            <translation>Poll interval</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Appointments per batch</source>
            <translation>Appointments per batch</translation>
        </message>
        <message>
            <source>Clinic time zone (UTC offset)</source>
            <translation>Clinic time zone (UTC offset)</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Clinic time zone</translation>
        </message>
        <message>
            <source>+03:00</source>
            <translation>+03:00</translation>
        </message>
        <message>
            <source>Bind an open deal of the patient instead of creating a new one</source>
            <translation>Bind an open deal of the patient instead of creating a new one</translation>
        </message>
        <message>
            <source>Turn an open lead with the patient's phone into a deal</source>
            <translation>Turn an open lead with the patient's phone into a deal</translation>
        </message>
        <message>
            <source>Write active treatment plans into the deal</source>
            <translation>Write active treatment plans into the deal</translation>
        </message>
        <message>
            <source>Treatment plan update at most every</source>
            <translation>Treatment plan update at most every</translation>
        </message>
        <message>
            <source>Treatment plan interval</source>
            <translation>Treatment plan interval</translation>
        </message>
        <message>
            <source>Retries after an error</source>
            <translation>Retries after an error</translation>
        </message>
        <message>
            <source>Attempts per appointment</source>
            <translation>Attempts per appointment</translation>
        </message>
        <message>
            <source>First delay up to</source>
            <translation>First delay up to</translation>
        </message>
        <message>
            <source>First delay</source>
            <translation>First delay</translation>
        </message>
        <message>
            <source>Longest delay</source>
            <translation>Longest delay</translation>
        </message>
        <message>
            <source>Retry schedule</source>
            <translation>Retry schedule</translation>
        </message>
        <message>
            <source>Each delay is drawn at random up to the value shown, so many failed appointments do not all come back at once. Portal limits and paused work do not use up attempts.</source>
            <translation>Each delay is drawn at random up to the value shown, so many failed appointments do not all come back at once. Portal limits and paused work do not use up attempts.</translation>
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
        <name>UnbatchedWrite</name>
        <message>
            <source>Not sent: the record it links to was not created.</source>
            <translation>Not sent: the record it links to was not created.</translation>
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
        <message>
            <source>«%1» is not an address and port like 127.0.0.1:9464.</source>
            <translation>«%1» is not an address and port like 127.0.0.1:9464.</translation>
        </message>
        <message>
            <source>The metrics endpoint listens on loopback only (127.0.0.1 or ::1), not on «%1»: it has no authentication.</source>
            <translation>The metrics endpoint listens on loopback only (127.0.0.1 or ::1), not on «%1»: it has no authentication.</translation>
        </message>
    </context>
    <context>
        <name>identsync::AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>, schema %1</source>
            <translation>, schema %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::BindingDialog</name>
        <message>
            <source>Forgets the binding and has the next cycle look again: it updates a deal that carries the appointment's key, or creates a new one when nothing matches.</source>
            <translation>Forgets the binding and has the next cycle look again: it updates a deal that carries the appointment's key, or creates a new one when nothing matches.</translation>
        </message>
        <message>
            <source>Type the appointment key (as in the queue, e.g. F1_12345) and press «Show».</source>
            <translation>Type the appointment key (as in the queue, e.g. F1_12345) and press «Show».</translation>
        </message>
        <message>
            <source>No portal is configured, so deals cannot be searched: enter the webhook URL in Settings.</source>
            <translation>No portal is configured, so deals cannot be searched: enter the webhook URL in Settings.</translation>
        </message>
        <message>
            <source>No deals found. Try the phone in another form, the surname or the deal ID.</source>
            <translation>No deals found. Try the phone in another form, the surname or the deal ID.</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) found. Select one to see what the next cycle will do to it.</source>
            <translation>
                <numerusform>%n deal(s) found. Select one to see what the next cycle will do to it.</numerusform>
                <numerusform>%n deal(s) found. Select one to see what the next cycle will do to it.</numerusform>
            </translation>
        </message>
        <message>
            <source>The portal could not be searched: %1 Check the connection and press «Find» again.</source>
            <translation>The portal could not be searched: %1 Check the connection and press «Find» again.</translation>
        </message>
        <message>
            <source>«%1» is not an appointment key: it looks like F1_12345 (branch and appointment number).</source>
            <translation>«%1» is not an appointment key: it looks like F1_12345 (branch and appointment number).</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>%1: %2, %3, doctor %4. Status: %5.</source>
            <translation>%1: %2, %3, doctor %4. Status: %5.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 could not be read: %2</translation>
        </message>
        <message>
            <source>The sync has not read %1 from IDENT yet: check the key, or run a cycle first.</source>
            <translation>The sync has not read %1 from IDENT yet: check the key, or run a cycle first.</translation>
        </message>
        <message>
            <source>Bound to deal %1 by hand.</source>
            <translation>Bound to deal %1 by hand.</translation>
        </message>
        <message>
            <source>Bound to deal %1.</source>
            <translation>Bound to deal %1.</translation>
        </message>
        <message>
            <source>Not bound to a deal yet.</source>
            <translation>Not bound to a deal yet.</translation>
        </message>
        <message>
            <source>Waiting because: %1</source>
            <translation>Waiting because: %1</translation>
        </message>
        <message>
            <source>Type a phone, a surname or a deal ID to search.</source>
            <translation>Type a phone, a surname or a deal ID to search.</translation>
        </message>
        <message>
            <source>Searching the portal…</source>
            <translation>Searching the portal…</translation>
        </message>
        <message>
            <source>If bound to deal %1: %2</source>
            <translation>If bound to deal %1: %2</translation>
        </message>
        <message>
            <source>This deal is already bound to %1.</source>
            <translation>This deal is already bound to %1.</translation>
        </message>
        <message>
            <source>Deal %1 is already bound to appointment %2. Bind %3 to it as well? Both appointments will then update the same deal.</source>
            <translation>Deal %1 is already bound to appointment %2. Bind %3 to it as well? Both appointments will then update the same deal.</translation>
        </message>
        <message>
            <source>Bind appointment %1 to deal %2 «%3»?</source>
            <translation>Bind appointment %1 to deal %2 «%3»?</translation>
        </message>
        <message>
            <source>Next cycle: %1</source>
            <translation>Next cycle: %1</translation>
        </message>
        <message>
            <source>Bind</source>
            <translation>Bind</translation>
        </message>
        <message>
            <source>Sent: the sync binds %1 to deal %2 within a second and updates the deal in the next cycle. The change is recorded in Stage transitions.</source>
            <translation>Sent: the sync binds %1 to deal %2 within a second and updates the deal in the next cycle. The change is recorded in Stage transitions.</translation>
        </message>
        <message>
            <source>Remove the binding of %1 to deal %2? The deal itself is not changed; the next cycle looks for the appointment's deal again.</source>
            <translation>Remove the binding of %1 to deal %2? The deal itself is not changed; the next cycle looks for the appointment's deal again.</translation>
        </message>
        <message>
            <source>Unbind</source>
            <translation>Unbind</translation>
        </message>
        <message>
            <source>Sent: %1 will be unbound within a second.</source>
            <translation>Sent: %1 will be unbound within a second.</translation>
        </message>
        <message>
            <source>Let the next cycle create a new deal for %1? It first looks for a deal that carries this appointment's key; if several contacts of the patient match, it waits again: merge them in Bitrix24 first.</source>
            <translation>Let the next cycle create a new deal for %1? It first looks for a deal that carries this appointment's key; if several contacts of the patient match, it waits again: merge them in Bitrix24 first.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Sent: the next cycle handles %1 again.</source>
            <translation>Sent: the next cycle handles %1 again.</translation>
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
        <name>identsync::ConnectionsSection</name>
        <message>
            <source>Standard (50 requests, 2 per second)</source>
            <translation>Standard (50 requests, 2 per second)</translation>
        </message>
        <message>
            <source>Enterprise (250 requests, 5 per second)</source>
            <translation>Enterprise (250 requests, 5 per second)</translation>
        </message>
        <message>
            <source>On-premise portal, no limit</source>
            <translation>On-premise portal, no limit</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>SQL Server — the system's default driver</source>
            <translation>SQL Server — the system's default driver</translation>
        </message>
        <message>
            <source>SQLite file (demo and tests)</source>
            <translation>SQLite file (demo and tests)</translation>
        </message>
        <message>
            <source>PostgreSQL (demo and tests)</source>
            <translation>PostgreSQL (demo and tests)</translation>
        </message>
        <message>
            <source>Branch %1</source>
            <translation>Branch %1</translation>
        </message>
        <message>
            <source>The webhook code is kept in the system keychain and is not shown. «Replace code» to type a new one.</source>
            <translation>The webhook code is kept in the system keychain and is not shown. «Replace code» to type a new one.</translation>
        </message>
        <message>
            <source>No webhook code is saved yet: type it, or paste the whole webhook address.</source>
            <translation>No webhook code is saved yet: type it, or paste the whole webhook address.</translation>
        </message>
        <message>
            <source>•••••••• (saved, not shown)</source>
            <translation>•••••••• (saved, not shown)</translation>
        </message>
        <message>
            <source>the code after /rest/USER_ID/</source>
            <translation>the code after /rest/USER_ID/</translation>
        </message>
        <message>
            <source>Windows authentication: no password is needed.</source>
            <translation>Windows authentication: no password is needed.</translation>
        </message>
        <message>
            <source>This connection needs no password.</source>
            <translation>This connection needs no password.</translation>
        </message>
        <message>
            <source>The password is kept in the system keychain. Leave the field empty to keep it.</source>
            <translation>The password is kept in the system keychain. Leave the field empty to keep it.</translation>
        </message>
        <message>
            <source>No password is saved for this connection yet.</source>
            <translation>No password is saved for this connection yet.</translation>
        </message>
        <message>
            <source>Webhook address</source>
            <translation>Webhook address</translation>
        </message>
        <message>
            <source>Webhook address: paste the portal's inbound webhook address.</source>
            <translation>Webhook address: paste the portal's inbound webhook address.</translation>
        </message>
        <message>
            <source>Webhook address: write it as https://PORTAL/rest/USER_ID/ (https is required; http only for a test portal on this computer).</source>
            <translation>Webhook address: write it as https://PORTAL/rest/USER_ID/ (https is required; http only for a test portal on this computer).</translation>
        </message>
        <message>
            <source>Webhook code: type the code, or paste the whole webhook address.</source>
            <translation>Webhook code: type the code, or paste the whole webhook address.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>✔ The portal answers (%1 ms). Loaded: %2 deal fields, %3 contact fields, %4 pipelines with %5 stages.</source>
            <translation>✔ The portal answers (%1 ms). Loaded: %2 deal fields, %3 contact fields, %4 pipelines with %5 stages.</translation>
        </message>
        <message>
            <source>✖ The portal check failed: %1
What to do: %2</source>
            <translation>✖ The portal check failed: %1
What to do: %2</translation>
        </message>
        <message>
            <source>✖ The connection failed: %1
What to do: %2</source>
            <translation>✖ The connection failed: %1
What to do: %2</translation>
        </message>
        <message>
            <source>✔ The connection works (%1 ms). Branches in IDENT: %2.</source>
            <translation>✔ The connection works (%1 ms). Branches in IDENT: %2.</translation>
        </message>
        <message>
            <source>Branch %1 (not in IDENT)</source>
            <translation>Branch %1 (not in IDENT)</translation>
        </message>
    </context>
    <context>
        <name>identsync::ConsolePortalWorker</name>
        <message>
            <source>No portal is configured: enter the webhook URL in Settings.</source>
            <translation>No portal is configured: enter the webhook URL in Settings.</translation>
        </message>
        <message>
            <source>The webhook code is not in the keychain: %1 Enter it in Settings.</source>
            <translation>The webhook code is not in the keychain: %1 Enter it in Settings.</translation>
        </message>
    </context>
    <context>
        <name>identsync::DealCandidatesModel</name>
        <message>
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <source>Open an appointment to see what will happen.</source>
            <translation>Open an appointment to see what will happen.</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>IDENT key</source>
            <translation>IDENT key</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Bound to</source>
            <translation>Bound to</translation>
        </message>
        <message>
            <source>What the next cycle does</source>
            <translation>What the next cycle does</translation>
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
        <name>identsync::FieldMapModel</name>
        <message>
            <source>IDENT appointment key</source>
            <translation>IDENT appointment key</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Deal title</translation>
        </message>
        <message>
            <source>Appointment start</source>
            <translation>Appointment start</translation>
        </message>
        <message>
            <source>Appointment end</source>
            <translation>Appointment end</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>Doctor</translation>
        </message>
        <message>
            <source>Doctor's speciality</source>
            <translation>Doctor's speciality</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Appointment status</source>
            <translation>Appointment status</translation>
        </message>
        <message>
            <source>Patient card number</source>
            <translation>Patient card number</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Cancellation reason</translation>
        </message>
        <message>
            <source>Treatment plan</source>
            <translation>Treatment plan</translation>
        </message>
        <message>
            <source>Treatment plan checksum</source>
            <translation>Treatment plan checksum</translation>
        </message>
        <message>
            <source>Registrar (on create only)</source>
            <translation>Registrar (on create only)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Middle name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>IDENT patient id</source>
            <translation>IDENT patient id</translation>
        </message>
        <message>
            <source>«%1»: the portal has no field %2. Choose another field or create it on the portal.</source>
            <translation>«%1»: the portal has no field %2. Choose another field or create it on the portal.</translation>
        </message>
        <message>
            <source>«%1»: the field %2 is used twice. Give each row its own field.</source>
            <translation>«%1»: the field %2 is used twice. Give each row its own field.</translation>
        </message>
        <message>
            <source>«%1» is required: choose a portal field.</source>
            <translation>«%1» is required: choose a portal field.</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Config key fields/%1</source>
            <translation>Config key fields/%1</translation>
        </message>
        <message>
            <source>— not used —</source>
            <translation>— not used —</translation>
        </message>
        <message>
            <source>On the portal</source>
            <translation>On the portal</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Missing on the portal</source>
            <translation>Missing on the portal</translation>
        </message>
        <message>
            <source>Used twice</source>
            <translation>Used twice</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entity</translation>
        </message>
        <message>
            <source>What is written</source>
            <translation>What is written</translation>
        </message>
        <message>
            <source>Portal field</source>
            <translation>Portal field</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>identsync::FieldsSection</name>
        <message>
            <source>— not used —</source>
            <translation>— not used —</translation>
        </message>
        <message>
            <source>Portal fields loaded: %1 for deals, %2 for contacts.</source>
            <translation>Portal fields loaded: %1 for deals, %2 for contacts.</translation>
        </message>
        <message>
            <source>The portal's fields are not loaded yet: press «Check the portal» on the Connections tab to see their names and find missing ones.</source>
            <translation>The portal's fields are not loaded yet: press «Check the portal» on the Connections tab to see their names and find missing ones.</translation>
        </message>
        <message>
            <source>Rows to fix: %1 (marked in the State column).</source>
            <translation>Rows to fix: %1 (marked in the State column).</translation>
        </message>
    </context>
    <context>
        <name>identsync::Importer</name>
        <message>
            <source>encrypted with Windows DPAPI, which cannot be decrypted here. Type it once: %1</source>
            <translation>encrypted with Windows DPAPI, which cannot be decrypted here. Type it once: %1</translation>
        </message>
        <message>
            <source>the keychain (%1); never written to the file</source>
            <translation>the keychain (%1); never written to the file</translation>
        </message>
        <message>
            <source>IdentSync has no such setting.</source>
            <translation>IdentSync has no such setting.</translation>
        </message>
        <message>
            <source>IdentSync uses fixed timeouts (15 s to connect, 60 s per query).</source>
            <translation>IdentSync uses fixed timeouts (15 s to connect, 60 s per query).</translation>
        </message>
        <message>
            <source>the code went to the keychain (webhook)</source>
            <translation>the code went to the keychain (webhook)</translation>
        </message>
        <message>
            <source>not a webhook address with its code (https://PORTAL/rest/USER/CODE/); set it on the Connections page.</source>
            <translation>not a webhook address with its code (https://PORTAL/rest/USER/CODE/); set it on the Connections page.</translation>
        </message>
        <message>
            <source>IdentSync paces requests by the portal's plan (portal/plan) and retries by its own policy.</source>
            <translation>IdentSync paces requests by the portal's plan (portal/plan) and retries by its own policy.</translation>
        </message>
        <message>
            <source>IdentSync leaves the responsible person to the portal (the webhook's owner).</source>
            <translation>IdentSync leaves the responsible person to the portal (the webhook's owner).</translation>
        </message>
        <message>
            <source>an old token of the replaced service; the webhook code replaces it.</source>
            <translation>an old token of the replaced service; the webhook code replaces it.</translation>
        </message>
        <message>
            <source>pipeline prefixes (C2:) dropped: stages are moved into the pipeline of portal/deal_category</source>
            <translation>pipeline prefixes (C2:) dropped: stages are moved into the pipeline of portal/deal_category</translation>
        </message>
        <message>
            <source>as its default: entry</source>
            <translation>as its default: entry</translation>
        </message>
        <message>
            <source>cannot be read: %1 Set the stages on the Stages page.</source>
            <translation>cannot be read: %1 Set the stages on the Stages page.</translation>
        </message>
        <message>
            <source>belongs to the mapping, which was not taken.</source>
            <translation>belongs to the mapping, which was not taken.</translation>
        </message>
        <message>
            <source>as the default: entry of the standard mapping</source>
            <translation>as the default: entry of the standard mapping</translation>
        </message>
        <message>
            <source>IdentSync reads final stages from the portal (won and lost stages), so they cannot disagree with it.</source>
            <translation>IdentSync reads final stages from the portal (won and lost stages), so they cannot disagree with it.</translation>
        </message>
        <message>
            <source>IdentSync writes the status once, as text (fields/status from status_text).</source>
            <translation>IdentSync writes the status once, as text (fields/status from status_text).</translation>
        </message>
        <message>
            <source>IdentSync does not write this value.</source>
            <translation>IdentSync does not write this value.</translation>
        </message>
        <message>
            <source>IdentSync finds contacts by the IDENT patient id (fields/contact_patient_id) and writes no other contact user field.</source>
            <translation>IdentSync finds contacts by the IDENT patient id (fields/contact_patient_id) and writes no other contact user field.</translation>
        </message>
        <message>
            <source>IdentSync converts leads by phone (sync/convert_leads), not by a trigger field.</source>
            <translation>IdentSync converts leads by phone (sync/convert_leads), not by a trigger field.</translation>
        </message>
        <message>
            <source>IdentSync reads every change each cycle; its own sync/batch_size is how many it sends in one request (up to 50), a different setting.</source>
            <translation>IdentSync reads every change each cycle; its own sync/batch_size is how many it sends in one request (up to 50), a different setting.</translation>
        </message>
        <message>
            <source>IdentSync always updates the deals it keeps; protected and final stages say what it may change.</source>
            <translation>IdentSync always updates the deals it keeps; protected and final stages say what it may change.</translation>
        </message>
        <message>
            <source>branch numbers taken as IDENT OwnCompanies ids, as the replaced service used them</source>
            <translation>branch numbers taken as IDENT OwnCompanies ids, as the replaced service used them</translation>
        </message>
        <message>
            <source>[FilialFilter] default_filial_id was taken instead.</source>
            <translation>[FilialFilter] default_filial_id was taken instead.</translation>
        </message>
        <message>
            <source>IdentSync always keeps failed writes in its queue.</source>
            <translation>IdentSync always keeps failed writes in its queue.</translation>
        </message>
        <message>
            <source>IdentSync's queue has no size limit: nothing is dropped when it is full.</source>
            <translation>IdentSync's queue has no size limit: nothing is dropped when it is full.</translation>
        </message>
        <message>
            <source>IdentSync keeps its queue in the state database; import the file with --queue.</source>
            <translation>IdentSync keeps its queue in the state database; import the file with --queue.</translation>
        </message>
        <message>
            <source>IdentSync's log is kept by the console and the service manager (journal), not configured here.</source>
            <translation>IdentSync's log is kept by the console and the service manager (journal), not configured here.</translation>
        </message>
    </context>
    <context>
        <name>identsync::LegacyImport</name>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 cannot be read: %2.</translation>
        </message>
        <message>
            <source>%1 is not the replaced service's queue file: %2.</source>
            <translation>%1 is not the replaced service's queue file: %2.</translation>
        </message>
        <message>
            <source>«%1» is not a reception key like F1_12345.</source>
            <translation>«%1» is not a reception key like F1_12345.</translation>
        </message>
        <message>
            <source>completed by the replaced service.</source>
            <translation>completed by the replaced service.</translation>
        </message>
        <message>
            <source>unknown state «%1».</source>
            <translation>unknown state «%1».</translation>
        </message>
        <message>
            <source>%1 there: read again from IDENT on the first run and sent (deals the replaced service made are found by their key).</source>
            <translation>%1 there: read again from IDENT on the first run and sent (deals the replaced service made are found by their key).</translation>
        </message>
        <message>
            <source>%1 undelivered receptions: first_run_days raised to %2 so the first run reads them again.</source>
            <translation>%1 undelivered receptions: first_run_days raised to %2 so the first run reads them again.</translation>
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
        <name>identsync::LogPage</name>
        <message>
            <source>Save log lines</source>
            <translation>Save log lines</translation>
        </message>
        <message>
            <source>Text files (*.txt *.log)</source>
            <translation>Text files (*.txt *.log)</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Information and above</source>
            <translation>Information and above</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Warnings and errors</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Errors only</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Log file: %1</translation>
        </message>
        <message>
            <source>The log file %1 cannot be written (%2). Lines still appear here; make sure the folder exists and the disk is not full.</source>
            <translation>The log file %1 cannot be written (%2). Lines still appear here; make sure the folder exists and the disk is not full.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 lines.</source>
            <translation>Showing %1 of %2 lines.</translation>
        </message>
        <message>
            <source>New lines appear at the bottom.</source>
            <translation>New lines appear at the bottom.</translation>
        </message>
        <message>
            <source>Scrolled up: new lines are added below without moving the view; press Ctrl+End to follow them.</source>
            <translation>Scrolled up: new lines are added below without moving the view; press Ctrl+End to follow them.</translation>
        </message>
        <message>
            <source>The folder %1 could not be opened; open it in the file manager.</source>
            <translation>The folder %1 could not be opened; open it in the file manager.</translation>
        </message>
        <message>
            <source>Saved %1 lines to %2.</source>
            <translation>Saved %1 lines to %2.</translation>
        </message>
        <message>
            <source>Could not save to %1: %2. Choose another folder.</source>
            <translation>Could not save to %1: %2. Choose another folder.</translation>
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
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Binding</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
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
            <source>Settings ●</source>
            <translation>Settings ●</translation>
        </message>
        <message>
            <source>Settings have unsaved changes</source>
            <translation>Settings have unsaved changes</translation>
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
        <name>identsync::MetricsEndpoint</name>
        <message>
            <source>The metrics endpoint listens on loopback only; [metrics] listen is «%1».</source>
            <translation>The metrics endpoint listens on loopback only; [metrics] listen is «%1».</translation>
        </message>
        <message>
            <source>The metrics endpoint cannot listen on %1:%2: %3</source>
            <translation>The metrics endpoint cannot listen on %1:%2: %3</translation>
        </message>
        <message>
            <source>The engine is paused: %1</source>
            <translation>The engine is paused: %1</translation>
        </message>
        <message>
            <source>No cycle has finished without errors for %1 s (the limit is %2 poll intervals, %3 s).</source>
            <translation>No cycle has finished without errors for %1 s (the limit is %2 poll intervals, %3 s).</translation>
        </message>
    </context>
    <context>
        <name>identsync::Notifier</name>
        <message>
            <source>IdentSync: synchronisation paused</source>
            <translation>IdentSync: synchronisation paused</translation>
        </message>
        <message>
            <source>The portal refused the webhook (%1). Enter a new webhook code in Settings; synchronisation then resumes by itself.</source>
            <translation>The portal refused the webhook (%1). Enter a new webhook code in Settings; synchronisation then resumes by itself.</translation>
        </message>
        <message>
            <source>The webhook lacks a permission (%1). Grant it in Bitrix24, then choose Resume.</source>
            <translation>The webhook lacks a permission (%1). Grant it in Bitrix24, then choose Resume.</translation>
        </message>
        <message>
            <source>The settings need fixing (%1). Open Settings and correct them; synchronisation then resumes by itself.</source>
            <translation>The settings need fixing (%1). Open Settings and correct them; synchronisation then resumes by itself.</translation>
        </message>
        <message>
            <source>%1. Open the overview to see what to do.</source>
            <translation>%1. Open the overview to see what to do.</translation>
        </message>
        <message>
            <source>IdentSync: items need attention</source>
            <translation>IdentSync: items need attention</translation>
        </message>
        <message>
            <source>Items that could not be synced: %1. Open Problems to see why and retry them.</source>
            <translation>Items that could not be synced: %1. Open Problems to see why and retry them.</translation>
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
        <name>identsync::ProblemsModel</name>
        <message>
            <source>no code</source>
            <translation>no code</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>identsync::ProblemsPage</name>
        <message>
            <source>Sent to the synchronisation engine; the counts update when it has acted.</source>
            <translation>Sent to the synchronisation engine; the counts update when it has acted.</translation>
        </message>
        <message>
            <source>The command was not sent: %1</source>
            <translation>The command was not sent: %1</translation>
        </message>
        <message>
            <source>No problems: every job is sent or on its way.</source>
            <translation>No problems: every job is sent or on its way.</translation>
        </message>
        <message>
            <source>%1 job(s) could not be sent, grouped by cause. Choose a cause to see what to do.</source>
            <translation>%1 job(s) could not be sent, grouped by cause. Choose a cause to see what to do.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>What to do: %1</source>
            <translation>What to do: %1</translation>
        </message>
        <message>
            <source>Retry all of these (%1)</source>
            <translation>Retry all of these (%1)</translation>
        </message>
        <message>
            <source>Open &amp;Settings</source>
            <translation>Open &amp;Settings</translation>
        </message>
        <message>
            <source>Open &amp;Binding</source>
            <translation>Open &amp;Binding</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Send all %1 job(s) with the problem «%2» again now?</source>
            <translation>Send all %1 job(s) with the problem «%2» again now?</translation>
        </message>
        <message>
            <source>Retry all</source>
            <translation>Retry all</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueueChipsModel</name>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>All problems</source>
            <translation>All problems</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueueModel</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Next attempt</translation>
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
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>Branch %1</source>
            <translation>Branch %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueuePage</name>
        <message>
            <source>Export the queue</source>
            <translation>Export the queue</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Could not read the queue: %1</source>
            <translation>Could not read the queue: %1</translation>
        </message>
        <message>
            <source>Sent to the synchronisation engine; the table updates when it has acted.</source>
            <translation>Sent to the synchronisation engine; the table updates when it has acted.</translation>
        </message>
        <message>
            <source>The command was not sent: %1</source>
            <translation>The command was not sent: %1</translation>
        </message>
        <message>
            <source>Showing only: %1</source>
            <translation>Showing only: %1</translation>
        </message>
        <message>
            <source>Retry all «%1» (%2)</source>
            <translation>Retry all «%1» (%2)</translation>
        </message>
        <message>
            <source>Choose a problem in the list above first</source>
            <translation>Choose a problem in the list above first</translation>
        </message>
        <message>
            <source>Retry all failed (%1)</source>
            <translation>Retry all failed (%1)</translation>
        </message>
        <message>
            <source>%1 job(s) need a person: %2 failed with no more retries, %3 need a decision. Choose them below and press «Retry now» or open Problems.</source>
            <translation>%1 job(s) need a person: %2 failed with no more retries, %3 need a decision. Choose them below and press «Retry now» or open Problems.</translation>
        </message>
        <message>
            <source>%1 job(s) wait to be retried automatically; nothing needs you now.</source>
            <translation>%1 job(s) wait to be retried automatically; nothing needs you now.</translation>
        </message>
        <message>
            <source>%1 job(s) are being sent; nothing needs you now.</source>
            <translation>%1 job(s) are being sent; nothing needs you now.</translation>
        </message>
        <message>
            <source>Everything is sent; nothing needs you now.</source>
            <translation>Everything is sent; nothing needs you now.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Select the jobs to retry in the table first.</source>
            <translation>Select the jobs to retry in the table first.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <source>Select the jobs to cancel in the table first.</source>
            <translation>Select the jobs to cancel in the table first.</translation>
        </message>
        <message>
            <source>Cancel jobs</source>
            <translation>Cancel jobs</translation>
        </message>
        <message>
            <source>Choose a problem in the list above first.</source>
            <translation>Choose a problem in the list above first.</translation>
        </message>
        <message>
            <source>Send all %1 job(s) with the problem «%2» again now?</source>
            <translation>Send all %1 job(s) with the problem «%2» again now?</translation>
        </message>
        <message>
            <source>Retry all</source>
            <translation>Retry all</translation>
        </message>
        <message>
            <source>Send all %1 failed job(s) again now? A manual retry does not use up an automatic attempt.</source>
            <translation>Send all %1 failed job(s) again now? A manual retry does not use up an automatic attempt.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Exported %1 row(s) to %2.</source>
            <translation>Exported %1 row(s) to %2.</translation>
        </message>
        <message>
            <source>Selected: %1</source>
            <translation>Selected: %1</translation>
        </message>
        <message>
            <source>Send %1 selected job(s) again now? Automatic attempts are not used up.</source>
            <translation>Send %1 selected job(s) again now? Automatic attempts are not used up.</translation>
        </message>
        <message>
            <source>Cancel %1 selected job(s)? They are not sent to the portal unless the appointment changes in IDENT again. The cancellation is recorded.</source>
            <translation>Cancel %1 selected job(s)? They are not sent to the portal unless the appointment changes in IDENT again. The cancellation is recorded.</translation>
        </message>
        <message>
            <source>Retry all of the chosen problem</source>
            <translation>Retry all of the chosen problem</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueueWorker</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Next attempt</translation>
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
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
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
        <name>identsync::SettingsPage</name>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Stages and pipeline</source>
            <translation>Stages and pipeline</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>Loading the configuration %1…</source>
            <translation>Loading the configuration %1…</translation>
        </message>
        <message>
            <source>%1: %2 → removed</source>
            <translation>%1: %2 → removed</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <source>%1 (keychain): changed</source>
            <translation>%1 (keychain): changed</translation>
        </message>
        <message>
            <source>console language: %1 → %2</source>
            <translation>console language: %1 → %2</translation>
        </message>
        <message>
            <source>There is no configuration at %1 yet. Fill in the sections and press Apply to create it.</source>
            <translation>There is no configuration at %1 yet. Fill in the sections and press Apply to create it.</translation>
        </message>
        <message>
            <source>Configuration: %1</source>
            <translation>Configuration: %1</translation>
        </message>
        <message>
            <source>No unsaved changes.</source>
            <translation>No unsaved changes.</translation>
        </message>
        <message numerus="yes">
            <source>Unsaved changes: %n</source>
            <translation>
                <numerusform>Unsaved changes: %n</numerusform>
                <numerusform>Unsaved changes: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix before applying:</source>
            <translation>Fix before applying:</translation>
        </message>
        <message>
            <source>The configuration file was changed elsewhere (by the service, identsync-cli or an editor) after this page loaded it. Load their version (your edits here are dropped), or overwrite it with yours (a backup of theirs is kept).</source>
            <translation>The configuration file was changed elsewhere (by the service, identsync-cli or an editor) after this page loaded it. Load their version (your edits here are dropped), or overwrite it with yours (a backup of theirs is kept).</translation>
        </message>
        <message>
            <source>Save these changes? The engine applies them at its next cycle, without a restart. A backup of the current file is kept.</source>
            <translation>Save these changes? The engine applies them at its next cycle, without a restart. A backup of the current file is kept.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Saved %1. The engine applies the changes at its next cycle, no restart needed.</source>
            <translation>Saved %1. The engine applies the changes at its next cycle, no restart needed.</translation>
        </message>
        <message>
            <source>Previous version: %1</source>
            <translation>Previous version: %1</translation>
        </message>
        <message>
            <source>Nothing was saved: the engine would refuse this configuration.
• %1</source>
            <translation>Nothing was saved: the engine would refuse this configuration.
• %1</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Nothing was saved: %1</translation>
        </message>
        <message>
            <source>Webhook code</source>
            <translation>Webhook code</translation>
        </message>
        <message>
            <source>Password of %1</source>
            <translation>Password of %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::SettingsWorker</name>
        <message>
            <source>The configuration file %1 cannot be read: %2. Check that it exists and that your account may read it.</source>
            <translation>The configuration file %1 cannot be read: %2. Check that it exists and that your account may read it.</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be created.</source>
            <translation>The backup folder %1 cannot be created.</translation>
        </message>
        <message>
            <source>The backup %1 cannot be written: %2.</source>
            <translation>The backup %1 cannot be written: %2.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be read: %2.</source>
            <translation>The configuration file %1 cannot be read: %2.</translation>
        </message>
        <message>
            <source>The configuration file was changed by someone else after it was loaded (the service, identsync-cli or an editor).</source>
            <translation>The configuration file was changed by someone else after it was loaded (the service, identsync-cli or an editor).</translation>
        </message>
        <message>
            <source>The folder of %1 is not writable: %2.</source>
            <translation>The folder of %1 is not writable: %2.</translation>
        </message>
        <message>
            <source>The secret «%1» was not saved: %2 Nothing was written to the configuration file.</source>
            <translation>The secret «%1» was not saved: %2 Nothing was written to the configuration file.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be written: %2. Check the free space and that your account may write the folder.</source>
            <translation>The configuration file %1 cannot be written: %2. Check the free space and that your account may write the folder.</translation>
        </message>
        <message>
            <source>No webhook code is saved yet.</source>
            <translation>No webhook code is saved yet.</translation>
        </message>
        <message>
            <source>Type the webhook code (the part after /rest/USER_ID/ in the portal's webhook address) and check again.</source>
            <translation>Type the webhook code (the part after /rest/USER_ID/ in the portal's webhook address) and check again.</translation>
        </message>
        <message>
            <source>Copy the inbound webhook address from the portal (Developer resources → Inbound webhook): https://PORTAL/rest/USER_ID/CODE/.</source>
            <translation>Copy the inbound webhook address from the portal (Developer resources → Inbound webhook): https://PORTAL/rest/USER_ID/CODE/.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Check that your account may write the configuration folder.</source>
            <translation>Check that your account may write the configuration folder.</translation>
        </message>
        <message>
            <source>Correct the fields named above and check again.</source>
            <translation>Correct the fields named above and check again.</translation>
        </message>
        <message>
            <source>No password is saved for this connection yet.</source>
            <translation>No password is saved for this connection yet.</translation>
        </message>
        <message>
            <source>Type the SQL login's password and check again.</source>
            <translation>Type the SQL login's password and check again.</translation>
        </message>
        <message>
            <source>Grant the login read access as docs/ident-access.md shows.</source>
            <translation>Grant the login read access as docs/ident-access.md shows.</translation>
        </message>
    </context>
    <context>
        <name>identsync::StageChecklistModel</name>
        <message>
            <source>%1 (not on the portal)</source>
            <translation>%1 (not on the portal)</translation>
        </message>
        <message>
            <source>%1 (%2), final</source>
            <translation>%1 (%2), final</translation>
        </message>
    </context>
    <context>
        <name>identsync::StageMappingModel</name>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Patient arrived</source>
            <translation>Patient arrived</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Completed (invoice issued)</source>
            <translation>Completed (invoice issued)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Choose the stage for statuses not listed.</source>
            <translation>Choose the stage for statuses not listed.</translation>
        </message>
        <message>
            <source>«%1»: the pipeline has no stage %2. Choose one of its stages.</source>
            <translation>«%1»: the pipeline has no stage %2. Choose one of its stages.</translation>
        </message>
        <message>
            <source>Any other status</source>
            <translation>Any other status</translation>
        </message>
        <message>
            <source>— as any other status —</source>
            <translation>— as any other status —</translation>
        </message>
        <message>
            <source>Keep the current stage</source>
            <translation>Keep the current stage</translation>
        </message>
        <message>
            <source>Not in the pipeline</source>
            <translation>Not in the pipeline</translation>
        </message>
        <message>
            <source>Final stage: the deal gets only the IDENT key</source>
            <translation>Final stage: the deal gets only the IDENT key</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>In the pipeline</source>
            <translation>In the pipeline</translation>
        </message>
        <message>
            <source>IDENT appointment status</source>
            <translation>IDENT appointment status</translation>
        </message>
        <message>
            <source>Deal stage</source>
            <translation>Deal stage</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>identsync::StagesSection</name>
        <message>
            <source>— as any other status —</source>
            <translation>— as any other status —</translation>
        </message>
        <message>
            <source>Keep the current stage</source>
            <translation>Keep the current stage</translation>
        </message>
        <message>
            <source>The portal's pipelines and stages are not loaded yet: press «Check the portal» on the Connections tab.</source>
            <translation>The portal's pipelines and stages are not loaded yet: press «Check the portal» on the Connections tab.</translation>
        </message>
        <message>
            <source>Unknown until the portal is checked.</source>
            <translation>Unknown until the portal is checked.</translation>
        </message>
        <message>
            <source>Pipeline %1</source>
            <translation>Pipeline %1</translation>
        </message>
        <message>
            <source>Pipeline %1 (not on the portal)</source>
            <translation>Pipeline %1 (not on the portal)</translation>
        </message>
        <message>
            <source>The pipeline has no final stage.</source>
            <translation>The pipeline has no final stage.</translation>
        </message>
        <message>
            <source>The portal has no pipeline %1: choose one of its pipelines.</source>
            <translation>The portal has no pipeline %1: choose one of its pipelines.</translation>
        </message>
        <message>
            <source>Loaded from the portal: %1 pipelines, %2 stages in this one, %3 lead statuses.</source>
            <translation>Loaded from the portal: %1 pipelines, %2 stages in this one, %3 lead statuses.</translation>
        </message>
    </context>
    <context>
        <name>identsync::StatusText</name>
        <message>
            <source>Not running: the configuration has problems (%1)</source>
            <translation>Not running: the configuration has problems (%1)</translation>
        </message>
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
            <source>Fix the cause, then press Retry in the message above.</source>
            <translation>Fix the cause, then press Retry in the message above.</translation>
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
            <source>Nothing is synchronised until the engine starts again.</source>
            <translation>Nothing is synchronised until the engine starts again.</translation>
        </message>
        <message>
            <source>Running; records that need a person: %1</source>
            <translation>Running; records that need a person: %1</translation>
        </message>
        <message>
            <source>Open Problems to decide what to do with them.</source>
            <translation>Open Problems to decide what to do with them.</translation>
        </message>
        <message>
            <source>Running; records that failed for good: %1</source>
            <translation>Running; records that failed for good: %1</translation>
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
        <message>
            <source>More contacts have this patient's phone than Bitrix24 lists at once (20 or more). Merge the duplicates in Bitrix24 or bind the record by hand.</source>
            <translation>More contacts have this patient's phone than Bitrix24 lists at once (20 or more). Merge the duplicates in Bitrix24 or bind the record by hand.</translation>
        </message>
    </context>
    <context>
        <name>identsync::SyncSection</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Clinic time zone: write the offset like +03:00.</source>
            <translation>Clinic time zone: write the offset like +03:00.</translation>
        </message>
        <message>
            <source>Retries: the longest delay must be at least the first delay.</source>
            <translation>Retries: the longest delay must be at least the first delay.</translation>
        </message>
        <message>
            <source>One attempt: a failed appointment is not retried.</source>
            <translation>One attempt: a failed appointment is not retried.</translation>
        </message>
        <message>
            <source>At once, then after up to %1. All attempts are used within %2 at most; then the appointment waits on the Problems page.</source>
            <translation>At once, then after up to %1. All attempts are used within %2 at most; then the appointment waits on the Problems page.</translation>
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
    <context>
        <name>identsync::TrayPresenter</name>
        <message>
            <source>running, nothing waiting</source>
            <translation>running, nothing waiting</translation>
        </message>
        <message>
            <source>synchronising</source>
            <translation>synchronising</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>paused — %1</source>
            <translation>paused — %1</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>not running</translation>
        </message>
        <message>
            <source>IdentSync: %1</source>
            <translation>IdentSync: %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
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
