<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>LogPage</name>
        <message>
            <source>&lt;h2&gt;Log&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Журнал&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Уровень:</translation>
        </message>
        <message>
            <source>Show lines of this level and more serious ones</source>
            <translation>Показывать строки этого уровня и серьёзнее</translation>
        </message>
        <message>
            <source>Minimum level</source>
            <translation>Минимальный уровень</translation>
        </message>
        <message>
            <source>&amp;Area:</source>
            <translation>&amp;Раздел:</translation>
        </message>
        <message>
            <source>Show lines from one part of the program only</source>
            <translation>Показывать строки только из одной части программы</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Раздел</translation>
        </message>
        <message>
            <source>Search in messages (Ctrl+F)</source>
            <translation>Поиск по сообщениям (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search in messages</source>
            <translation>Поиск по сообщениям</translation>
        </message>
        <message>
            <source>Log lines</source>
            <translation>Строки журнала</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Открыть папку журналов</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Сохранить…</translation>
        </message>
        <message>
            <source>Save the lines shown to a text file</source>
            <translation>Сохранить показанные строки в текстовый файл</translation>
        </message>
        <message>
            <source>Clear view</source>
            <translation>Очистить вид</translation>
        </message>
        <message>
            <source>Empty this view; the log file keeps every line</source>
            <translation>Очистить этот список; в файле журнала все строки сохранятся</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>IdentSync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation>Разделы</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The secret is not in the keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain could not delete the secret: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access to the keychain was denied. Unlock the keychain (or allow IdentSync access) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keychain is available (on Linux: start gnome-keyring or KWallet). IdentSync does not store secrets anywhere else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain did not answer within %1 s.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync</name>
        <message>
            <source>The portal's webhook address is missing. Write it without the secret code, e.g. https://clinic.bitrix24.ru/rest/1/ — the code goes to the keychain with «identsync-cli secret set webhook».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not a web address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portal must be reached over https:// (plain http:// only for a local test portal).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not a plan: use standard, enterprise, unlimited or custom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not an offset like +03:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cap is shorter than the base delay; make it at least as long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the PostgreSQL database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not a state database driver: use sqlite or postgres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not an IDENT driver: use sqlserver, sqlite or postgres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not an OwnCompanies id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not COMPANY=BRANCH, e.g. 3=1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No IDENT database is configured: add a [source.main] section.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync::ComingPage</name>
        <message>
            <source>This page is not built yet. It will: %1</source>
            <translation>Эта страница ещё не готова. Она будет %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::Dispatcher</name>
        <message>
            <source>Job %1 has an unreadable payload (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waits for its patient's contact, created with another reception in this group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact %1 could not be marked with patient id %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead %1 was converted into deal %2 but could not be closed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the deal answered without a deal id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> The portal may have written it; the next attempt looks for it by its IDENT key first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync::Engine</name>
        <message>
            <source>The webhook code is not available: %1 Store it with «identsync-cli secret set webhook».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SQL password of source «%1» is not available: %2 Store it with «identsync-cli secret set ident-password --source %1».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another engine already runs on this state database (%1, process %2, since %3). The console can watch it as a monitor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another engine already runs on this state database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 job(s) were in flight when the last engine stopped; their outcome is unknown and they are reconciled by key before anything is sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuration not applied: %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The state database setting changed; restart IdentSync to move to the new database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuration reloaded from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New portal credentials were found in the keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IDENT: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IDENT: %1 change(s) read, %2 job(s) new or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portal: %1 done, %2 waiting to retry, %3 dead, %4 need a person (%5 request(s)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This engine's lease was taken over by another engine; stopping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 job lease(s) expired; those jobs are checked on the portal before anything is sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 job(s) will be retried now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 job(s) cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bind needs a reception key like F1_123 and a deal id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is bound to deal %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unbind needs a reception key like F1_123</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is no longer bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was not bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a cycle was started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command %1 from %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engine paused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engine resumed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync::EngineConfig</name>
        <message>
            <source>The configuration file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The configuration file %1 cannot be read (syntax error or no permission).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync::EngineController</name>
        <message>
            <source>paused from the console</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync::LogModel</name>
        <message>
            <source>Debug</source>
            <translation>Отладка</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Fatal</source>
            <translation>Критическая ошибка</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Портал</translation>
        </message>
        <message>
            <source>IDENT</source>
            <translation>IDENT</translation>
        </message>
        <message>
            <source>State database</source>
            <translation>База состояния</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Консоль</translation>
        </message>
        <message>
            <source>Keychain</source>
            <translation>Хранилище паролей</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Раздел</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
    </context>
    <context>
        <name>identsync::LogPage</name>
        <message>
            <source>Save log lines</source>
            <translation>Сохранение строк журнала</translation>
        </message>
        <message>
            <source>Text files (*.txt *.log)</source>
            <translation>Текстовые файлы (*.txt *.log)</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Все уровни</translation>
        </message>
        <message>
            <source>Information and above</source>
            <translation>Сведения и серьёзнее</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Предупреждения и ошибки</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Только ошибки</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Все разделы</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Файл журнала: %1</translation>
        </message>
        <message>
            <source>The log file %1 cannot be written (%2). Lines still appear here; make sure the folder exists and the disk is not full.</source>
            <translation>Не удаётся записать файл журнала %1 (%2). Строки по-прежнему видны здесь; проверьте, что папка существует и на диске есть место.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 lines.</source>
            <translation>Показано строк: %1 из %2.</translation>
        </message>
        <message>
            <source>New lines appear at the bottom.</source>
            <translation>Новые строки появляются внизу.</translation>
        </message>
        <message>
            <source>Scrolled up: new lines are added below without moving the view; press Ctrl+End to follow them.</source>
            <translation>Список прокручен вверх: новые строки добавляются ниже, вид не сдвигается; чтобы следить за ними, нажмите Ctrl+End.</translation>
        </message>
        <message>
            <source>The folder %1 could not be opened; open it in the file manager.</source>
            <translation>Не удалось открыть папку %1; откройте её в проводнике.</translation>
        </message>
        <message>
            <source>Saved %1 lines to %2.</source>
            <translation>Сохранено строк: %1, файл %2.</translation>
        </message>
        <message>
            <source>Could not save to %1: %2. Choose another folder.</source>
            <translation>Не удалось сохранить в %1: %2. Выберите другую папку.</translation>
        </message>
    </context>
    <context>
        <name>identsync::MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>show the engine's state, counters, recent cycles and charts.</source>
            <translation>показывать состояние обмена, счётчики, последние запуски и графики.</translation>
        </message>
        <message>
            <source>Stage transitions</source>
            <translation>Переходы стадий</translation>
        </message>
        <message>
            <source>list every deal-stage decision live, with its reason.</source>
            <translation>показывать каждое решение о стадии сделки в реальном времени, с причиной.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <source>list every job with its state, attempts and last error, and retry or cancel them.</source>
            <translation>показывать каждую задачу с состоянием, попытками и последней ошибкой и позволит повторить или отменить её.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>group failures by cause with an explanation and a fix.</source>
            <translation>группировать сбои по причинам, с объяснением и способом исправления.</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Привязка</translation>
        </message>
        <message>
            <source>bind an appointment to a deal by hand.</source>
            <translation>привязывать приём к сделке вручную.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>edit connections, fields, stages and synchronisation.</source>
            <translation>изменять подключения, поля, стадии и параметры синхронизации.</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>show the engine's log live, filtered and masked.</source>
            <translation>показывать журнал обмена в реальном времени, с фильтрами и маскированием.</translation>
        </message>
    </context>
    <context>
        <name>identsync::Reader</name>
        <message>
            <source>«%1» is not a number from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%1» is not true or false.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identsync::SyncPlanner</name>
        <message>
            <source>Contacts could not be searched by patient id; nothing is created until they can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several contacts carry patient id %1 (contacts %2). Merge them in Bitrix24 or bind the record by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts could not be searched by phone; nothing is created until they can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several contacts without a patient id have this patient's phone (contacts %1). Choose one by binding the record by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals could not be searched by IDENT key; the record waits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals %1 all carry IDENT key %2. Nothing is deleted automatically: close the duplicates in Bitrix24 or bind one by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The binding pointed at deal %1; deal %2 carries the key and wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bound deal %1 could not be read; its stage is unknown, so nothing is written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal %1, bound to %2, no longer exists in Bitrix24. Bind the record to another deal or let IdentSync create a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The open deals of contact %1 could not be read; nothing is created until they can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact %1 has several open deals without an IDENT key (%2). Bind the record to one of them by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads could not be searched by phone; nothing is created until they can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several open leads have this phone (%1); the newest, %2, is converted.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
