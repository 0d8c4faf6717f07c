<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Cli</name>
        <message>
            <source>The configuration %1 has problems:</source>
            <translation>В настройках %1 есть ошибки:</translation>
        </message>
        <message>
            <source>Stopping: finishing the requests in flight…</source>
            <translation>Остановка: завершаются отправленные запросы…</translation>
        </message>
        <message>
            <source>Read %1 change(s); %2 done, %3 retrying, %4 dead, %5 need a person; %6 request(s).</source>
            <translation>Прочитано изменений: %1; выполнено %2, ждут повтора %3, без повтора %4, требуют внимания %5; запросов: %6.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>Разделы</translation>
        </message>
    </context>
    <context>
        <name>MessageStrip</name>
        <message>
            <source>Hide this message</source>
            <translation>Скрыть сообщение</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Sync now</source>
            <translation>Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>Read IDENT and send what is due now (Ctrl+Shift+S)</source>
            <translation>Прочитать IDENT и отправить всё, что пора, прямо сейчас (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Stop sending to the portal until you resume (Ctrl+Shift+P)</source>
            <translation>Не отправлять на портал, пока вы не нажмёте «Продолжить» (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Send to the portal again (Ctrl+Shift+P)</source>
            <translation>Снова отправлять на портал (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Взять управление на себя</translation>
        </message>
        <message>
            <source>Run synchronisation in this window now that the service has stopped</source>
            <translation>Служба остановлена — запустить синхронизацию в этом окне</translation>
        </message>
        <message>
            <source>Polling IDENT</source>
            <translation>Опрос IDENT</translation>
        </message>
        <message>
            <source>Last poll:</source>
            <translation>Последний опрос:</translation>
        </message>
        <message>
            <source>Next poll:</source>
            <translation>Следующий опрос:</translation>
        </message>
        <message>
            <source>Records (click to open the queue)</source>
            <translation>Записи (нажмите, чтобы открыть очередь)</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Configuration problems</source>
            <translation>Замечания к настройкам</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The secret is not in the keychain.</source>
            <translation>Секрет не найден в хранилище паролей.</translation>
        </message>
        <message>
            <source>The keychain could not delete the secret: %1</source>
            <translation>Хранилище паролей не смогло удалить секрет: %1</translation>
        </message>
        <message>
            <source>Access to the keychain was denied. Unlock the keychain (or allow IdentSync access) and try again.</source>
            <translation>Доступ к хранилищу паролей запрещён. Разблокируйте хранилище (или разрешите доступ IdentSync) и повторите.</translation>
        </message>
        <message>
            <source>No keychain is available (on Linux: start gnome-keyring or KWallet). IdentSync does not store secrets anywhere else.</source>
            <translation>Хранилище паролей недоступно (в Linux запустите gnome-keyring или KWallet). IdentSync не хранит секреты нигде, кроме него.</translation>
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation>Ошибка хранилища паролей: %1</translation>
        </message>
        <message>
            <source>The keychain did not answer within %1 s.</source>
            <translation>Хранилище паролей не ответило за %1 с.</translation>
        </message>
    </context>
    <context>
        <name>identsync</name>
        <message>
            <source>The portal's webhook address is missing. Write it without the secret code, e.g. https://clinic.bitrix24.ru/rest/1/ — the code goes to the keychain with «identsync-cli secret set webhook».</source>
            <translation>Не указан адрес вебхука портала. Укажите его без секретного кода, например https://clinic.bitrix24.ru/rest/1/ — код сохраняется в хранилище паролей командой «identsync-cli secret set webhook».</translation>
        </message>
        <message>
            <source>«%1» is not a web address.</source>
            <translation>«%1» — не веб-адрес.</translation>
        </message>
        <message>
            <source>The portal must be reached over https:// (plain http:// only for a local test portal).</source>
            <translation>К порталу нужно подключаться по https:// (http:// допустим только для локального тестового портала).</translation>
        </message>
        <message>
            <source>«%1» is not a plan: use standard, enterprise, unlimited or custom.</source>
            <translation>«%1» — неизвестный тариф: укажите standard, enterprise, unlimited или custom.</translation>
        </message>
        <message>
            <source>«%1» is not an offset like +03:00.</source>
            <translation>«%1» — не смещение часового пояса вида +03:00.</translation>
        </message>
        <message>
            <source>The cap is shorter than the base delay; make it at least as long.</source>
            <translation>Максимальная пауза короче начальной; сделайте её не меньше начальной.</translation>
        </message>
        <message>
            <source>Name the PostgreSQL database.</source>
            <translation>Укажите имя базы данных PostgreSQL.</translation>
        </message>
        <message>
            <source>«%1» is not a state database driver: use sqlite or postgres.</source>
            <translation>«%1» — неизвестный драйвер базы состояния: укажите sqlite или postgres.</translation>
        </message>
        <message>
            <source>«%1» is not an IDENT driver: use sqlserver, sqlite or postgres.</source>
            <translation>«%1» — неизвестный драйвер IDENT: укажите sqlserver, sqlite или postgres.</translation>
        </message>
        <message>
            <source>«%1» is not an OwnCompanies id.</source>
            <translation>«%1» — не идентификатор организации (OwnCompanies).</translation>
        </message>
        <message>
            <source>«%1» is not COMPANY=BRANCH, e.g. 3=1.</source>
            <translation>«%1» — не пара ОРГАНИЗАЦИЯ=ФИЛИАЛ, например 3=1.</translation>
        </message>
        <message>
            <source>No IDENT database is configured: add a [source.main] section.</source>
            <translation>Не настроена ни одна база IDENT: добавьте раздел [source.main].</translation>
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
            <translation>Данные задачи %1 не читаются (%2).</translation>
        </message>
        <message>
            <source>Waits for its patient's contact, created with another reception in this group.</source>
            <translation>Ждёт контакт пациента, который создаётся вместе с другим приёмом этой группы.</translation>
        </message>
        <message>
            <source>Contact %1 could not be marked with patient id %2: %3</source>
            <translation>Не удалось записать в контакт %1 код пациента %2: %3</translation>
        </message>
        <message>
            <source>Lead %1 was converted into deal %2 but could not be closed: %3</source>
            <translation>Лид %1 преобразован в сделку %2, но закрыть его не удалось: %3</translation>
        </message>
        <message>
            <source>Creating the deal answered without a deal id.</source>
            <translation>Портал создал сделку, но не вернул её номер.</translation>
        </message>
        <message>
            <source> The portal may have written it; the next attempt looks for it by its IDENT key first.</source>
            <translation> Портал мог её записать; следующая попытка сначала ищет её по ключу IDENT.</translation>
        </message>
    </context>
    <context>
        <name>identsync::Engine</name>
        <message>
            <source>The webhook code is not available: %1 Store it with «identsync-cli secret set webhook».</source>
            <translation>Код вебхука недоступен: %1 Сохраните его командой «identsync-cli secret set webhook».</translation>
        </message>
        <message>
            <source>The SQL password of source «%1» is not available: %2 Store it with «identsync-cli secret set ident-password --source %1».</source>
            <translation>Пароль SQL для источника «%1» недоступен: %2 Сохраните его командой «identsync-cli secret set ident-password --source %1».</translation>
        </message>
        <message>
            <source>Another engine already runs on this state database (%1, process %2, since %3). The console can watch it as a monitor.</source>
            <translation>С этой базой состояния уже работает другой обмен (%1, процесс %2, с %3). Консоль может наблюдать за ним.</translation>
        </message>
        <message>
            <source>Another engine already runs on this state database.</source>
            <translation>С этой базой состояния уже работает другой обмен.</translation>
        </message>
        <message>
            <source>%1 job(s) were in flight when the last engine stopped; their outcome is unknown and they are reconciled by key before anything is sent again.</source>
            <translation>Задач, прерванных при остановке прошлого обмена: %1. Их результат неизвестен; перед повторной отправкой они сверяются с порталом по ключу.</translation>
        </message>
        <message>
            <source>Configuration not applied: %1 %2</source>
            <translation>Настройки не применены: %1 %2</translation>
        </message>
        <message>
            <source>The state database setting changed; restart IdentSync to move to the new database.</source>
            <translation>Изменилась база состояния; перезапустите IdentSync, чтобы перейти на новую базу.</translation>
        </message>
        <message>
            <source>Configuration reloaded from %1.</source>
            <translation>Настройки перечитаны из %1.</translation>
        </message>
        <message>
            <source>New portal credentials were found in the keychain.</source>
            <translation>В хранилище паролей найден новый код портала.</translation>
        </message>
        <message>
            <source>IDENT: %1</source>
            <translation>IDENT: %1</translation>
        </message>
        <message>
            <source>IDENT: %1 change(s) read, %2 job(s) new or changed.</source>
            <translation>IDENT: прочитано изменений: %1, новых или изменённых задач: %2.</translation>
        </message>
        <message>
            <source>Portal: %1 done, %2 waiting to retry, %3 dead, %4 need a person (%5 request(s)).</source>
            <translation>Портал: выполнено %1, ждут повтора %2, без повтора %3, требуют внимания %4 (запросов: %5).</translation>
        </message>
        <message>
            <source>This engine's lease was taken over by another engine; stopping.</source>
            <translation>Управление базой перехватил другой обмен; этот останавливается.</translation>
        </message>
        <message>
            <source>%1 job lease(s) expired; those jobs are checked on the portal before anything is sent again.</source>
            <translation>Истекло удержание задач: %1. Перед повторной отправкой они проверяются на портале.</translation>
        </message>
        <message>
            <source>nothing to retry</source>
            <translation>нечего повторять</translation>
        </message>
        <message>
            <source>%1 job(s) will be retried now.</source>
            <translation>Задач будет повторено сейчас: %1.</translation>
        </message>
        <message>
            <source>%1 job(s) cancelled.</source>
            <translation>Отменено задач: %1.</translation>
        </message>
        <message>
            <source>bind needs a reception key like F1_123 and a deal id</source>
            <translation>для привязки нужны ключ приёма вида F1_123 и номер сделки</translation>
        </message>
        <message>
            <source>%1 is bound to deal %2.</source>
            <translation>%1 привязан к сделке %2.</translation>
        </message>
        <message>
            <source>unbind needs a reception key like F1_123</source>
            <translation>для отвязки нужен ключ приёма вида F1_123</translation>
        </message>
        <message>
            <source>%1 is no longer bound.</source>
            <translation>%1 больше не привязан.</translation>
        </message>
        <message>
            <source>%1 was not bound.</source>
            <translation>%1 не был привязан.</translation>
        </message>
        <message>
            <source>paused by %1</source>
            <translation>приостановлено: %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>приостановлено</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>возобновлено</translation>
        </message>
        <message>
            <source>a cycle was started</source>
            <translation>запущен цикл обмена</translation>
        </message>
        <message>
            <source>Command %1 from %2: %3</source>
            <translation>Команда %1 от %2: %3</translation>
        </message>
        <message>
            <source>Engine paused: %1</source>
            <translation>Обмен приостановлен: %1</translation>
        </message>
        <message>
            <source>Engine resumed.</source>
            <translation>Обмен возобновлён.</translation>
        </message>
        <message>
            <source>The previous engine (process %1) ended without releasing the state database; this engine took over.</source>
            <translation>Предыдущий процесс синхронизации (№ %1) завершился, не освободив базу состояния; работу продолжает этот процесс.</translation>
        </message>
    </context>
    <context>
        <name>identsync::EngineConfig</name>
        <message>
            <source>The configuration file %1 does not exist.</source>
            <translation>Файл настроек %1 не существует.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be read (syntax error or no permission).</source>
            <translation>Файл настроек %1 не читается (ошибка синтаксиса или нет прав).</translation>
        </message>
    </context>
    <context>
        <name>identsync::EngineController</name>
        <message>
            <source>paused from the console</source>
            <translation>приостановлено из консоли</translation>
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
        <name>identsync::MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
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
        <message>
            <source>The command was not sent: %1</source>
            <translation>Команда не отправлена: %1</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Наблюдение</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Пауза или продолжить</translation>
        </message>
        <message>
            <source>You can run synchronisation in this window instead.</source>
            <translation>Можно запустить синхронизацию в этом окне.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Взять управление на себя</translation>
        </message>
        <message>
            <source>There is no configuration file yet, so nothing is synchronised. Open Settings to connect IDENT and the portal.</source>
            <translation>Файла настроек пока нет, поэтому ничего не синхронизируется. Откройте «Настройки» и подключите IDENT и портал.</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Открыть настройки</translation>
        </message>
        <message>
            <source>Synchronisation is paused.</source>
            <translation>Синхронизация на паузе.</translation>
        </message>
        <message>
            <source>Synchronisation is paused: %1</source>
            <translation>Синхронизация на паузе: %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>The engine did not start: %1</source>
            <translation>Синхронизация не запустилась: %1</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
    </context>
    <context>
        <name>identsync::OverviewPage</name>
        <message>
            <source>Pause sent; sending stops after the records in flight.</source>
            <translation>Пауза отправлена: отправка остановится после записей, которые уже в пути.</translation>
        </message>
        <message>
            <source>Resume sent; sending starts again within a second.</source>
            <translation>Команда отправлена: отправка возобновится в течение секунды.</translation>
        </message>
        <message>
            <source>sent in this run</source>
            <translation>отправлено за сеанс</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>ждут отправки</translation>
        </message>
        <message>
            <source>will be retried</source>
            <translation>ждут повтора</translation>
        </message>
        <message>
            <source>failed for good</source>
            <translation>без повтора</translation>
        </message>
        <message>
            <source>need a person</source>
            <translation>требуют внимания</translation>
        </message>
        <message>
            <source>Open the queue with these records</source>
            <translation>Открыть очередь с этими записями</translation>
        </message>
        <message>
            <source>The configuration %1 has these problems; the engine starts when they are fixed.</source>
            <translation>В настройках %1 есть ошибки; синхронизация начнётся, когда они будут исправлены.</translation>
        </message>
        <message>
            <source>No configuration file: nothing is synchronised. Open Settings to create one.</source>
            <translation>Нет файла настроек: ничего не синхронизируется. Создайте его в «Настройках».</translation>
        </message>
        <message>
            <source>No problems found in %1.</source>
            <translation>В настройках %1 ошибок нет.</translation>
        </message>
        <message>
            <source>after Resume</source>
            <translation>после «Продолжить»</translation>
        </message>
        <message>
            <source>⚠ No poll has finished for %1 min: IDENT may be unreachable. See the Log.</source>
            <translation>⚠ Опрос не завершался уже %1 мин: возможно, IDENT недоступна. Смотрите «Журнал».</translation>
        </message>
    </context>
    <context>
        <name>identsync::Reader</name>
        <message>
            <source>«%1» is not a number from %2 to %3.</source>
            <translation>«%1» — не число от %2 до %3.</translation>
        </message>
        <message>
            <source>«%1» is not true or false.</source>
            <translation>«%1» — не true и не false.</translation>
        </message>
    </context>
    <context>
        <name>identsync::StatusText</name>
        <message>
            <source>Not running: the configuration has problems (%1)</source>
            <translation>Не работает: в настройках ошибки (%1)</translation>
        </message>
        <message>
            <source>Each one is listed below with what to do; fix them in Settings.</source>
            <translation>Ниже каждая ошибка и что сделать; исправьте их в «Настройках».</translation>
        </message>
        <message>
            <source>Not running: there is no configuration yet</source>
            <translation>Не работает: настроек ещё нет</translation>
        </message>
        <message>
            <source>Open Settings and connect IDENT and the portal.</source>
            <translation>Откройте «Настройки» и подключите IDENT и портал.</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Остановлено: %1</translation>
        </message>
        <message>
            <source>Fix the cause, then press Retry in the message above.</source>
            <translation>Устраните причину и нажмите «Повторить» в сообщении выше.</translation>
        </message>
        <message>
            <source>No access to the state database: %1</source>
            <translation>Нет доступа к базе состояния: %1</translation>
        </message>
        <message>
            <source>Check the [state] settings and that the database is reachable.</source>
            <translation>Проверьте раздел [state] в настройках и доступность базы.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <source>The service stopped answering</source>
            <translation>Служба перестала отвечать</translation>
        </message>
        <message>
            <source>Take over to run synchronisation in this window, or start the service.</source>
            <translation>Возьмите управление на себя, чтобы синхронизация шла в этом окне, или запустите службу.</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>Пауза: %1</translation>
        </message>
        <message>
            <source>Press Resume when the cause is fixed.</source>
            <translation>Нажмите «Продолжить», когда причина устранена.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Остановлено</translation>
        </message>
        <message>
            <source>Nothing is synchronised until the engine starts again.</source>
            <translation>Пока синхронизация не запущена снова, ничего не передаётся.</translation>
        </message>
        <message>
            <source>Running; records that need a person: %1</source>
            <translation>Работает; требуют внимания: %1</translation>
        </message>
        <message>
            <source>Open Problems to decide what to do with them.</source>
            <translation>Откройте «Проблемы» и решите, что с ними делать.</translation>
        </message>
        <message>
            <source>Running; records that failed for good: %1</source>
            <translation>Работает; без повтора: %1</translation>
        </message>
        <message>
            <source>Open Problems: each cause comes with a fix and «Retry all».</source>
            <translation>Откройте «Проблемы»: у каждой причины есть решение и «Повторить все».</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Работает</translation>
        </message>
        <message>
            <source>Nothing needs you now.</source>
            <translation>Сейчас ничего от вас не требуется.</translation>
        </message>
        <message>
            <source>The service on %1 (process %2) stopped answering at %3.</source>
            <translation>Служба на %1 (процесс %2) перестала отвечать в %3.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Взять управление на себя</translation>
        </message>
        <message>
            <source>Watching the service on %1 (process %2) since %3.</source>
            <translation>Наблюдение за службой на %1 (процесс %2) с %3.</translation>
        </message>
        <message>
            <source>Commands from this window go to that service.</source>
            <translation>Команды из этого окна выполняет служба.</translation>
        </message>
        <message>
            <source>IDENT: not checked</source>
            <translation>IDENT: не проверена</translation>
        </message>
        <message>
            <source>The engine is not running.</source>
            <translation>Синхронизация не запущена.</translation>
        </message>
        <message>
            <source>IDENT: waiting for the first read</source>
            <translation>IDENT: ждём первого чтения</translation>
        </message>
        <message>
            <source>The engine has not read IDENT yet in this run.</source>
            <translation>В этом сеансе IDENT ещё не читалась.</translation>
        </message>
        <message>
            <source>IDENT: read</source>
            <translation>IDENT: прочитана</translation>
        </message>
        <message>
            <source>The last read of IDENT finished at %1.</source>
            <translation>Последнее чтение IDENT завершилось в %1.</translation>
        </message>
        <message>
            <source>Portal: not checked</source>
            <translation>Портал: не проверен</translation>
        </message>
        <message>
            <source>Portal: paused</source>
            <translation>Портал: пауза</translation>
        </message>
        <message>
            <source>Nothing is sent to the portal: %1</source>
            <translation>На портал ничего не отправляется: %1</translation>
        </message>
        <message>
            <source>Portal: sending</source>
            <translation>Портал: отправка идёт</translation>
        </message>
        <message>
            <source>Deals are sent to the portal as they are due.</source>
            <translation>Сделки отправляются на портал по мере готовности.</translation>
        </message>
        <message>
            <source>Circuit: —</source>
            <translation>Цепь: —</translation>
        </message>
        <message>
            <source>Circuit: no data</source>
            <translation>Цепь: нет данных</translation>
        </message>
        <message>
            <source>The circuit breaker stops requests to the portal for a while after repeated failures. This engine does not report its state yet.</source>
            <translation>Цепь (предохранитель) на время прекращает запросы к порталу после повторяющихся сбоев. Эта версия пока не сообщает её состояние.</translation>
        </message>
        <message>
            <source>Limit: —</source>
            <translation>Лимит: —</translation>
        </message>
        <message>
            <source>Limit: no data</source>
            <translation>Лимит: нет данных</translation>
        </message>
        <message>
            <source>The portal allows a limited number of requests a second; the engine paces itself to stay under it. This engine does not report the fill yet.</source>
            <translation>Портал разрешает ограниченное число запросов в секунду, и синхронизация держится в этих пределах. Эта версия пока не сообщает, насколько лимит заполнен.</translation>
        </message>
        <message>
            <source>now</source>
            <translation>сейчас</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>через %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::SyncPlanner</name>
        <message>
            <source>Contacts could not be searched by patient id; nothing is created until they can be.</source>
            <translation>Не удалось найти контакты по коду пациента; пока поиск не пройдёт, ничего не создаётся.</translation>
        </message>
        <message>
            <source>Several contacts carry patient id %1 (contacts %2). Merge them in Bitrix24 or bind the record by hand.</source>
            <translation>Код пациента %1 записан в нескольких контактах (%2). Объедините их в Битрикс24 или привяжите запись вручную.</translation>
        </message>
        <message>
            <source>Contacts could not be searched by phone; nothing is created until they can be.</source>
            <translation>Не удалось найти контакты по телефону; пока поиск не пройдёт, ничего не создаётся.</translation>
        </message>
        <message>
            <source>Several contacts without a patient id have this patient's phone (contacts %1). Choose one by binding the record by hand.</source>
            <translation>Телефон пациента есть у нескольких контактов без кода пациента (%1). Выберите нужный, привязав запись вручную.</translation>
        </message>
        <message>
            <source>Deals could not be searched by IDENT key; the record waits.</source>
            <translation>Не удалось найти сделки по ключу IDENT; запись ждёт.</translation>
        </message>
        <message>
            <source>Deals %1 all carry IDENT key %2. Nothing is deleted automatically: close the duplicates in Bitrix24 or bind one by hand.</source>
            <translation>Сделки %1 имеют один и тот же ключ IDENT %2. Автоматически ничего не удаляется: закройте дубли в Битрикс24 или привяжите одну вручную.</translation>
        </message>
        <message>
            <source>The binding pointed at deal %1; deal %2 carries the key and wins.</source>
            <translation>Привязка указывала на сделку %1, но ключ записан в сделке %2 — используется она.</translation>
        </message>
        <message>
            <source>Bound deal %1 could not be read; its stage is unknown, so nothing is written yet.</source>
            <translation>Привязанную сделку %1 не удалось прочитать; её стадия неизвестна, поэтому пока ничего не записывается.</translation>
        </message>
        <message>
            <source>Deal %1, bound to %2, no longer exists in Bitrix24. Bind the record to another deal or let IdentSync create a new one.</source>
            <translation>Сделки %1, привязанной к %2, больше нет в Битрикс24. Привяжите запись к другой сделке или разрешите IdentSync создать новую.</translation>
        </message>
        <message>
            <source>The open deals of contact %1 could not be read; nothing is created until they can be.</source>
            <translation>Не удалось прочитать открытые сделки контакта %1; пока это не получится, ничего не создаётся.</translation>
        </message>
        <message>
            <source>Contact %1 has several open deals without an IDENT key (%2). Bind the record to one of them by hand.</source>
            <translation>У контакта %1 несколько открытых сделок без ключа IDENT (%2). Привяжите запись к одной из них вручную.</translation>
        </message>
        <message>
            <source>Leads could not be searched by phone; nothing is created until they can be.</source>
            <translation>Не удалось найти лиды по телефону; пока поиск не пройдёт, ничего не создаётся.</translation>
        </message>
        <message>
            <source>Several open leads have this phone (%1); the newest, %2, is converted.</source>
            <translation>Этот телефон есть в нескольких открытых лидах (%1); преобразуется самый новый, %2.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Self-test passed: %1 pages built.</source>
            <translation>Самопроверка пройдена: страниц собрано %1.</translation>
        </message>
        <message>
            <source>Demo mode: a test portal and a sample IDENT database in %1. Nothing here touches a real clinic.</source>
            <translation>Демо-режим: тестовый портал и база IDENT в %1. Настоящая клиника не затрагивается.</translation>
        </message>
    </context>
</TS>
