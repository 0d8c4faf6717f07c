<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <name>TransitionReasons</name>
        <message>
            <source>Stage set</source>
            <translation>Стадия изменена</translation>
        </message>
        <message>
            <source>Stage kept</source>
            <translation>Стадия сохранена</translation>
        </message>
        <message>
            <source>Protected</source>
            <translation>Защищена</translation>
        </message>
        <message>
            <source>Closed deal</source>
            <translation>Сделка закрыта</translation>
        </message>
        <message>
            <source>Step back blocked</source>
            <translation>Возврат назад запрещён</translation>
        </message>
        <message>
            <source>Stage unknown</source>
            <translation>Стадия неизвестна</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <source>The appointment's status moved the deal to this stage.</source>
            <translation>Статус приёма перевёл сделку на эту стадию.</translation>
        </message>
        <message>
            <source>The status says to keep the current stage; only the fields were updated.</source>
            <translation>По статусу стадия не меняется; обновлены только поля.</translation>
        </message>
        <message>
            <source>Staff work with deals in this stage by hand: fields updated, stage left as is.</source>
            <translation>На этой стадии сотрудники ведут сделку сами: поля обновлены, стадия не тронута.</translation>
        </message>
        <message>
            <source>The deal is closed: only the IDENT key was written, nothing else changed.</source>
            <translation>Сделка закрыта: записан только ключ IDENT, остальное не менялось.</translation>
        </message>
        <message>
            <source>The new stage comes earlier in the pipeline, so the deal was not moved back.</source>
            <translation>Новая стадия стоит в воронке раньше текущей, поэтому сделка не возвращена назад.</translation>
        </message>
        <message>
            <source>The deal could not be read: nothing was written; it will be tried again.</source>
            <translation>Сделку не удалось прочитать: ничего не записано, будет повторная попытка.</translation>
        </message>
        <message>
            <source>A person bound the appointment to this deal; the next cycle updates it.</source>
            <translation>Приём привязан к этой сделке вручную; следующий цикл её обновит.</translation>
        </message>
    </context>
    <context>
        <name>TransitionsPage</name>
        <message>
            <source>Stage transitions</source>
            <translation>Переходы стадий</translation>
        </message>
        <message>
            <source>Every stage decision the sync made, newest first. Select a row to open its deal or find its appointment in the queue.</source>
            <translation>Все решения синхронизации о стадиях сделок, новые сверху. Выберите строку, чтобы открыть сделку или найти приём в очереди.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Filter by reason</source>
            <translation>Отбор по причине</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>&amp;Филиал:</translation>
        </message>
        <message>
            <source>Filter by branch</source>
            <translation>Отбор по филиалу</translation>
        </message>
        <message>
            <source>&amp;Doctor:</source>
            <translation>&amp;Врач:</translation>
        </message>
        <message>
            <source>Filter by doctor</source>
            <translation>Отбор по врачу</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>Отбор по датам</translation>
        </message>
        <message>
            <source>Da&amp;tes:</source>
            <translation>&amp;Даты:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Первый день</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Последний день</translation>
        </message>
        <message>
            <source>Show &amp;all</source>
            <translation>Показать &amp;все</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Сбросить отбор</translation>
        </message>
        <message>
            <source>&amp;Open deal in Bitrix24</source>
            <translation>&amp;Открыть сделку в Битрикс24</translation>
        </message>
        <message>
            <source>Open the selected deal in Bitrix24</source>
            <translation>Открыть выбранную сделку в Битрикс24</translation>
        </message>
        <message>
            <source>&amp;Copy deal ID</source>
            <translation>&amp;Скопировать номер сделки</translation>
        </message>
        <message>
            <source>Copy the selected deal ID</source>
            <translation>Скопировать номер выбранной сделки</translation>
        </message>
        <message>
            <source>Show in &amp;queue</source>
            <translation>Показать в о&amp;череди</translation>
        </message>
        <message>
            <source>Show the selected appointment in the queue</source>
            <translation>Показать выбранный приём в очереди</translation>
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
    <context>
        <name>identsync::TransitionsModel</name>
        <message>
            <source>new deal → %1</source>
            <translation>новая сделка → %1</translation>
        </message>
        <message>
            <source>%1 (unchanged)</source>
            <translation>%1 (без изменений)</translation>
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
            <translation>Из «%1» (%2) в «%3» (%4)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Приём</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Пациент</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>Врач</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Филиал</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадия</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
    </context>
    <context>
        <name>identsync::TransitionsPage</name>
        <message>
            <source>All reasons</source>
            <translation>Все причины</translation>
        </message>
        <message>
            <source>Open deal in Bitrix24</source>
            <translation>Открыть сделку в Битрикс24</translation>
        </message>
        <message>
            <source>Copy deal ID</source>
            <translation>Скопировать номер сделки</translation>
        </message>
        <message>
            <source>Show in queue</source>
            <translation>Показать в очереди</translation>
        </message>
        <message>
            <source>All branches</source>
            <translation>Все филиалы</translation>
        </message>
        <message>
            <source>Branch %1</source>
            <translation>Филиал %1</translation>
        </message>
        <message>
            <source>All doctors</source>
            <translation>Все врачи</translation>
        </message>
        <message>
            <source>No portal is configured: enter the webhook URL in Settings.</source>
            <translation>Портал не настроен: введите адрес вебхука в Настройках.</translation>
        </message>
        <message>
            <source>Opens the deal's page on the portal in the browser.</source>
            <translation>Открывает карточку сделки на портале в браузере.</translation>
        </message>
        <message>
            <source>The history could not be read: %1 Press «Show all» to try again.</source>
            <translation>Не удалось прочитать историю: %1 Нажмите «Показать все», чтобы попробовать снова.</translation>
        </message>
        <message>
            <source>No stage transitions match. The sync records one for every deal it writes.</source>
            <translation>Переходов по этим условиям нет. Синхронизация записывает переход для каждой сделки, которую меняет.</translation>
        </message>
        <message numerus="yes">
            <source>%n transition(s) shown</source>
            <translation>
                <numerusform>Показан %n переход</numerusform>
                <numerusform>Показано %n перехода</numerusform>
                <numerusform>Показано %n переходов</numerusform>
            </translation>
        </message>
        <message>
            <source>(loading…)</source>
            <translation>(загрузка…)</translation>
        </message>
        <message>
            <source>(older ones load as you scroll)</source>
            <translation>(более ранние подгружаются при прокрутке)</translation>
        </message>
    </context>
</TS>
