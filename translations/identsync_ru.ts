<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ConnectionsSection</name>
        <message>
            <source>Bitrix24 portal</source>
            <translation>Портал Битрикс24</translation>
        </message>
        <message>
            <source>Webhook address</source>
            <translation>Адрес вебхука</translation>
        </message>
        <message>
            <source>https://clinic.bitrix24.ru/rest/1/</source>
            <translation>https://clinic.bitrix24.ru/rest/1/</translation>
        </message>
        <message>
            <source>Webhook code</source>
            <translation>Код вебхука</translation>
        </message>
        <message>
            <source>Replace code</source>
            <translation>Заменить код</translation>
        </message>
        <message>
            <source>Pacing plan</source>
            <translation>Тариф (скорость запросов)</translation>
        </message>
        <message>
            <source>Bucket size</source>
            <translation>Запас запросов</translation>
        </message>
        <message>
            <source> requests</source>
            <translation> запросов</translation>
        </message>
        <message>
            <source>Drain rate</source>
            <translation>Скорость</translation>
        </message>
        <message>
            <source> per second</source>
            <translation> в секунду</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Ожидание ответа</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Check the portal</source>
            <translation>Проверить портал</translation>
        </message>
        <message>
            <source>The webhook code opens your CRM: IdentSync keeps it in the system keychain and never shows it again. The webhook needs the CRM permission.</source>
            <translation>Код вебхука открывает доступ к вашей CRM: IdentSync хранит его в защищённом хранилище системы и больше не показывает. Вебхуку нужно право «CRM».</translation>
        </message>
        <message>
            <source>IDENT databases</source>
            <translation>Базы данных IDENT</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Подключение</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Драйвер</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <source>CLINIC-SRV or 192.168.1.10</source>
            <translation>CLINIC-SRV или 192.168.1.10</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>Экземпляр</translation>
        </message>
        <message>
            <source>SQLEXPRESS</source>
            <translation>SQLEXPRESS</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>PZ</source>
            <translation>PZ</translation>
        </message>
        <message>
            <source>Windows authentication (no SQL login)</source>
            <translation>Вход Windows (без логина SQL)</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>identsync_reader</source>
            <translation>identsync_reader</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Encrypt the connection</source>
            <translation>Шифровать подключение</translation>
        </message>
        <message>
            <source>Trust the server certificate</source>
            <translation>Доверять сертификату сервера</translation>
        </message>
        <message>
            <source>First load depth</source>
            <translation>Глубина первой загрузки</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>Филиалы</translation>
        </message>
        <message>
            <source>Tick the branches to read; none ticked means all. «Check the connection» loads the list from IDENT.</source>
            <translation>Отметьте филиалы, которые нужно читать; если ничего не отмечено — читаются все. «Проверить подключение» загружает список из IDENT.</translation>
        </message>
        <message>
            <source>Check the connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <source>The system keychain cannot be used: %1 Nothing is saved in plain text instead.</source>
            <translation>Защищённое хранилище системы недоступно: %1 В открытом виде ничего не сохраняется.</translation>
        </message>
    </context>
    <context>
        <name>FieldsSection</name>
        <message>
            <source>Field map</source>
            <translation>Соответствие полей</translation>
        </message>
        <message>
            <source>Field ids differ from portal to portal: after moving to another portal choose them again. «Check the portal» on the Connections tab loads the portal's fields.</source>
            <translation>Коды полей у каждого портала свои: после переезда на другой портал выберите их заново. «Проверить портал» на вкладке «Подключения» загружает поля портала.</translation>
        </message>
    </context>
    <context>
        <name>InterfaceSection</name>
        <message>
            <source>Display</source>
            <translation>Отображение</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The language changes the next time the console starts.</source>
            <translation>Язык сменится при следующем запуске консоли.</translation>
        </message>
        <message>
            <source>Mask phones and names in the log and in the console</source>
            <translation>Скрывать телефоны и имена в журнале и в консоли</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>IdentSync</source>
            <translation>IdentSync</translation>
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
            <translation>Секрета нет в защищённом хранилище.</translation>
        </message>
        <message>
            <source>The keychain could not delete the secret: %1</source>
            <translation>Хранилище не смогло удалить секрет: %1</translation>
        </message>
        <message>
            <source>Access to the keychain was denied. Unlock the keychain (or allow IdentSync access) and try again.</source>
            <translation>Доступ к защищённому хранилищу запрещён. Разблокируйте хранилище (или разрешите доступ IdentSync) и повторите.</translation>
        </message>
        <message>
            <source>No keychain is available (on Linux: start gnome-keyring or KWallet). IdentSync does not store secrets anywhere else.</source>
            <translation>Защищённое хранилище недоступно (в Linux запустите gnome-keyring или KWallet). В другом месте IdentSync секреты не хранит.</translation>
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation>Ошибка защищённого хранилища: %1</translation>
        </message>
        <message>
            <source>The keychain did not answer within %1 s.</source>
            <translation>Защищённое хранилище не ответило за %1 с.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings sections</source>
            <translation>Разделы настроек</translation>
        </message>
        <message>
            <source>Changes to save</source>
            <translation>Изменения для сохранения</translation>
        </message>
        <message>
            <source>Save and apply</source>
            <translation>Сохранить и применить</translation>
        </message>
        <message>
            <source>Overwrite their changes</source>
            <translation>Заменить их версию своей</translation>
        </message>
        <message>
            <source>Load their version</source>
            <translation>Загрузить их версию</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Вернуться к правке</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Отменить изменения</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
    </context>
    <context>
        <name>StagesSection</name>
        <message>
            <source>Deal pipeline</source>
            <translation>Воронка сделок</translation>
        </message>
        <message>
            <source>Stage mapping</source>
            <translation>Соответствие стадий</translation>
        </message>
        <message>
            <source>Never move a deal back to an earlier stage</source>
            <translation>Не возвращать сделку на более раннюю стадию</translation>
        </message>
        <message>
            <source>Protected stages</source>
            <translation>Защищённые стадии</translation>
        </message>
        <message>
            <source>Deals in these stages get field updates, but the service does not change their stage.</source>
            <translation>Поля таких сделок обновляются, но стадию служба не меняет.</translation>
        </message>
        <message>
            <source>Final stages</source>
            <translation>Финальные стадии</translation>
        </message>
        <message>
            <source>Set on the portal (won or lost). A deal in a final stage gets only the IDENT key; its stage and fields stay as they are.</source>
            <translation>Задаются на портале (успех или провал). Сделка в финальной стадии получает только ключ IDENT; её стадия и поля не меняются.</translation>
        </message>
        <message>
            <source>Closed lead statuses</source>
            <translation>Закрытые статусы лидов</translation>
        </message>
        <message>
            <source>Leads in these statuses are not turned into deals.</source>
            <translation>Лиды в этих статусах не превращаются в сделки.</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Synchronisation cycle</source>
            <translation>Цикл синхронизации</translation>
        </message>
        <message>
            <source>Poll IDENT every</source>
            <translation>Опрашивать IDENT каждые</translation>
        </message>
        <message>
            <source>Poll interval</source>
            <translation>Интервал опроса</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Appointments per batch</source>
            <translation>Приёмов в одном пакете</translation>
        </message>
        <message>
            <source>Clinic time zone (UTC offset)</source>
            <translation>Часовой пояс клиники (смещение от UTC)</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Часовой пояс клиники</translation>
        </message>
        <message>
            <source>+03:00</source>
            <translation>+03:00</translation>
        </message>
        <message>
            <source>Bind an open deal of the patient instead of creating a new one</source>
            <translation>Привязывать открытую сделку пациента вместо создания новой</translation>
        </message>
        <message>
            <source>Turn an open lead with the patient's phone into a deal</source>
            <translation>Превращать открытый лид с телефоном пациента в сделку</translation>
        </message>
        <message>
            <source>Write active treatment plans into the deal</source>
            <translation>Записывать активные планы лечения в сделку</translation>
        </message>
        <message>
            <source>Treatment plan update at most every</source>
            <translation>Обновлять план лечения не чаще чем раз в</translation>
        </message>
        <message>
            <source>Treatment plan interval</source>
            <translation>Интервал обновления плана лечения</translation>
        </message>
        <message>
            <source>Retries after an error</source>
            <translation>Повторы после ошибки</translation>
        </message>
        <message>
            <source>Attempts per appointment</source>
            <translation>Попыток на приём</translation>
        </message>
        <message>
            <source>First delay up to</source>
            <translation>Первая пауза до</translation>
        </message>
        <message>
            <source>First delay</source>
            <translation>Первая пауза</translation>
        </message>
        <message>
            <source>Longest delay</source>
            <translation>Самая длинная пауза</translation>
        </message>
        <message>
            <source>Retry schedule</source>
            <translation>Расписание попыток</translation>
        </message>
        <message>
            <source>Each delay is drawn at random up to the value shown, so many failed appointments do not all come back at once. Portal limits and paused work do not use up attempts.</source>
            <translation>Каждая пауза выбирается случайно в пределах показанного значения, чтобы много неудачных приёмов не вернулись разом. Ограничения портала и пауза работы попыток не расходуют.</translation>
        </message>
    </context>
    <context>
        <name>identsync</name>
        <message>
            <source>The portal's webhook address is missing. Write it without the secret code, e.g. https://clinic.bitrix24.ru/rest/1/ — the code goes to the keychain with «identsync-cli secret set webhook».</source>
            <translation>Не указан адрес вебхука портала. Укажите его без секретного кода, например https://clinic.bitrix24.ru/rest/1/ — код сохраняется в хранилище командой «identsync-cli secret set webhook».</translation>
        </message>
        <message>
            <source>«%1» is not a web address.</source>
            <translation>«%1» — не веб-адрес.</translation>
        </message>
        <message>
            <source>The portal must be reached over https:// (plain http:// only for a local test portal).</source>
            <translation>К порталу нужно подключаться по https:// (http:// — только для тестового портала на этом компьютере).</translation>
        </message>
        <message>
            <source>«%1» is not a plan: use standard, enterprise, unlimited or custom.</source>
            <translation>«%1» — неизвестный тариф: укажите standard, enterprise, unlimited или custom.</translation>
        </message>
        <message>
            <source>«%1» is not an offset like +03:00.</source>
            <translation>«%1» — не смещение вида +03:00.</translation>
        </message>
        <message>
            <source>The cap is shorter than the base delay; make it at least as long.</source>
            <translation>Самая длинная пауза короче первой; сделайте её не меньше первой.</translation>
        </message>
        <message>
            <source>Name the PostgreSQL database.</source>
            <translation>Укажите базу данных PostgreSQL.</translation>
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
            <translation>«%1» — не номер филиала из OwnCompanies.</translation>
        </message>
        <message>
            <source>«%1» is not COMPANY=BRANCH, e.g. 3=1.</source>
            <translation>«%1» — не пара ФИЛИАЛ=НОМЕР, например 3=1.</translation>
        </message>
        <message>
            <source>No IDENT database is configured: add a [source.main] section.</source>
            <translation>Не настроена ни одна база IDENT: добавьте подключение.</translation>
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
        <name>identsync::ConnectionsSection</name>
        <message>
            <source>Standard (50 requests, 2 per second)</source>
            <translation>Стандартный (50 запросов, 2 в секунду)</translation>
        </message>
        <message>
            <source>Enterprise (250 requests, 5 per second)</source>
            <translation>Энтерпрайз (250 запросов, 5 в секунду)</translation>
        </message>
        <message>
            <source>On-premise portal, no limit</source>
            <translation>Коробочный портал, без ограничения</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Свой</translation>
        </message>
        <message>
            <source>SQL Server — ODBC Driver 18</source>
            <translation>SQL Server — ODBC Driver 18</translation>
        </message>
        <message>
            <source>SQL Server — ODBC Driver 17</source>
            <translation>SQL Server — ODBC Driver 17</translation>
        </message>
        <message>
            <source>SQL Server — FreeTDS</source>
            <translation>SQL Server — FreeTDS</translation>
        </message>
        <message>
            <source>SQL Server — the system's default driver</source>
            <translation>SQL Server — драйвер системы по умолчанию</translation>
        </message>
        <message>
            <source>SQLite file (demo and tests)</source>
            <translation>Файл SQLite (демо и тесты)</translation>
        </message>
        <message>
            <source>PostgreSQL (demo and tests)</source>
            <translation>PostgreSQL (демо и тесты)</translation>
        </message>
        <message>
            <source>Branch %1</source>
            <translation>Филиал %1</translation>
        </message>
        <message>
            <source>The webhook code is kept in the system keychain and is not shown. «Replace code» to type a new one.</source>
            <translation>Код вебхука хранится в защищённом хранилище системы и не показывается. Чтобы ввести новый, нажмите «Заменить код».</translation>
        </message>
        <message>
            <source>No webhook code is saved yet: type it, or paste the whole webhook address.</source>
            <translation>Код вебхука ещё не сохранён: введите его или вставьте адрес вебхука целиком.</translation>
        </message>
        <message>
            <source>•••••••• (saved, not shown)</source>
            <translation>•••••••• (сохранён, не показывается)</translation>
        </message>
        <message>
            <source>the code after /rest/USER_ID/</source>
            <translation>код после /rest/НОМЕР_ПОЛЬЗОВАТЕЛЯ/</translation>
        </message>
        <message>
            <source>Windows authentication: no password is needed.</source>
            <translation>Вход Windows: пароль не нужен.</translation>
        </message>
        <message>
            <source>This connection needs no password.</source>
            <translation>Для этого подключения пароль не нужен.</translation>
        </message>
        <message>
            <source>The password is kept in the system keychain. Leave the field empty to keep it.</source>
            <translation>Пароль хранится в защищённом хранилище системы. Оставьте поле пустым, чтобы его не менять.</translation>
        </message>
        <message>
            <source>No password is saved for this connection yet.</source>
            <translation>Пароль для этого подключения ещё не сохранён.</translation>
        </message>
        <message>
            <source>Webhook address</source>
            <translation>Адрес вебхука</translation>
        </message>
        <message>
            <source>Webhook address: paste the portal's inbound webhook address.</source>
            <translation>Адрес вебхука: вставьте адрес входящего вебхука портала.</translation>
        </message>
        <message>
            <source>Webhook address: write it as https://PORTAL/rest/USER_ID/ (https is required; http only for a test portal on this computer).</source>
            <translation>Адрес вебхука: укажите его в виде https://ПОРТАЛ/rest/НОМЕР_ПОЛЬЗОВАТЕЛЯ/ (нужен https; http — только для тестового портала на этом компьютере).</translation>
        </message>
        <message>
            <source>Webhook code: type the code, or paste the whole webhook address.</source>
            <translation>Код вебхука: введите код или вставьте адрес вебхука целиком.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Проверяю…</translation>
        </message>
        <message>
            <source>✔ The portal answers (%1 ms). Loaded: %2 deal fields, %3 contact fields, %4 pipelines with %5 stages.</source>
            <translation>✔ Портал отвечает (%1 мс). Загружено: полей сделки — %2, полей контакта — %3, воронок — %4, стадий в них — %5.</translation>
        </message>
        <message>
            <source>✖ The portal check failed: %1
What to do: %2</source>
            <translation>✖ Проверка портала не прошла: %1
Что сделать: %2</translation>
        </message>
        <message>
            <source>✖ The connection failed: %1
What to do: %2</source>
            <translation>✖ Подключиться не удалось: %1
Что сделать: %2</translation>
        </message>
        <message>
            <source>✔ The connection works (%1 ms). Branches in IDENT: %2.</source>
            <translation>✔ Подключение работает (%1 мс). Филиалов в IDENT: %2.</translation>
        </message>
        <message>
            <source>Branch %1 (not in IDENT)</source>
            <translation>Филиал %1 (нет в IDENT)</translation>
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
            <translation>Файла настроек %1 нет.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be read (syntax error or no permission).</source>
            <translation>Файл настроек %1 не читается (ошибка в записи или нет прав).</translation>
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
        <name>identsync::FieldMapModel</name>
        <message>
            <source>IDENT appointment key</source>
            <translation>Ключ приёма IDENT</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Название сделки</translation>
        </message>
        <message>
            <source>Appointment start</source>
            <translation>Начало приёма</translation>
        </message>
        <message>
            <source>Appointment end</source>
            <translation>Окончание приёма</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>Врач</translation>
        </message>
        <message>
            <source>Doctor's speciality</source>
            <translation>Специальность врача</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Филиал</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Кресло</translation>
        </message>
        <message>
            <source>Appointment status</source>
            <translation>Статус приёма</translation>
        </message>
        <message>
            <source>Patient card number</source>
            <translation>Номер карты пациента</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Представитель</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата счёта</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Причина отмены</translation>
        </message>
        <message>
            <source>Treatment plan</source>
            <translation>План лечения</translation>
        </message>
        <message>
            <source>Treatment plan checksum</source>
            <translation>Контрольная сумма плана лечения</translation>
        </message>
        <message>
            <source>Registrar (on create only)</source>
            <translation>Регистратор (только при создании)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>IDENT patient id</source>
            <translation>Номер пациента в IDENT</translation>
        </message>
        <message>
            <source>«%1»: the portal has no field %2. Choose another field or create it on the portal.</source>
            <translation>«%1»: на портале нет поля %2. Выберите другое поле или создайте его на портале.</translation>
        </message>
        <message>
            <source>«%1»: the field %2 is used twice. Give each row its own field.</source>
            <translation>«%1»: поле %2 назначено дважды. У каждой строки должно быть своё поле.</translation>
        </message>
        <message>
            <source>«%1» is required: choose a portal field.</source>
            <translation>«%1» — обязательное поле: выберите поле портала.</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Config key fields/%1</source>
            <translation>Ключ настроек fields/%1</translation>
        </message>
        <message>
            <source>— not used —</source>
            <translation>— не используется —</translation>
        </message>
        <message>
            <source>On the portal</source>
            <translation>Есть на портале</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выключено</translation>
        </message>
        <message>
            <source>Missing on the portal</source>
            <translation>Нет на портале</translation>
        </message>
        <message>
            <source>Used twice</source>
            <translation>Назначено дважды</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Обязательное</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Сущность</translation>
        </message>
        <message>
            <source>What is written</source>
            <translation>Что записываем</translation>
        </message>
        <message>
            <source>Portal field</source>
            <translation>Поле портала</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>identsync::FieldsSection</name>
        <message>
            <source>— not used —</source>
            <translation>— не используется —</translation>
        </message>
        <message>
            <source>Portal fields loaded: %1 for deals, %2 for contacts.</source>
            <translation>Загружено полей портала: сделки — %1, контакта — %2.</translation>
        </message>
        <message>
            <source>The portal's fields are not loaded yet: press «Check the portal» on the Connections tab to see their names and find missing ones.</source>
            <translation>Поля портала ещё не загружены: нажмите «Проверить портал» на вкладке «Подключения», чтобы увидеть их названия и найти недостающие.</translation>
        </message>
        <message>
            <source>Rows to fix: %1 (marked in the State column).</source>
            <translation>Строк с ошибками: %1 (отмечены в столбце «Состояние»).</translation>
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
            <source>Log</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>show the engine's log live, filtered and masked.</source>
            <translation>показывать журнал обмена в реальном времени, с фильтрами и маскированием.</translation>
        </message>
        <message>
            <source>Settings ●</source>
            <translation>Настройки ●</translation>
        </message>
        <message>
            <source>Settings have unsaved changes</source>
            <translation>В настройках есть несохранённые изменения</translation>
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
        <name>identsync::SettingsPage</name>
        <message>
            <source>Connections</source>
            <translation>Подключения</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>Stages and pipeline</source>
            <translation>Стадии и воронка</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <source>Loading the configuration %1…</source>
            <translation>Загружаю настройки %1…</translation>
        </message>
        <message>
            <source>%1: %2 → removed</source>
            <translation>%1: %2 → удалено</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(не задано)</translation>
        </message>
        <message>
            <source>%1 (keychain): changed</source>
            <translation>%1 (хранилище): изменено</translation>
        </message>
        <message>
            <source>console language: %1 → %2</source>
            <translation>язык консоли: %1 → %2</translation>
        </message>
        <message>
            <source>There is no configuration at %1 yet. Fill in the sections and press Apply to create it.</source>
            <translation>Файла настроек %1 ещё нет. Заполните разделы и нажмите «Применить» — он будет создан.</translation>
        </message>
        <message>
            <source>Configuration: %1</source>
            <translation>Файл настроек: %1</translation>
        </message>
        <message>
            <source>No unsaved changes.</source>
            <translation>Несохранённых изменений нет.</translation>
        </message>
        <message numerus="yes">
            <source>Unsaved changes: %n</source>
            <translation>
                <numerusform>Несохранённое изменение: %n</numerusform>
                <numerusform>Несохранённых изменения: %n</numerusform>
                <numerusform>Несохранённых изменений: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix before applying:</source>
            <translation>Исправьте перед применением:</translation>
        </message>
        <message>
            <source>The configuration file was changed elsewhere (by the service, identsync-cli or an editor) after this page loaded it. Load their version (your edits here are dropped), or overwrite it with yours (a backup of theirs is kept).</source>
            <translation>Файл настроек изменили в другом месте (служба, identsync-cli или редактор) после того, как эта страница его загрузила. Загрузите их версию (ваши правки здесь пропадут) или замените её своей (копия их версии сохранится).</translation>
        </message>
        <message>
            <source>Save these changes? The engine applies them at its next cycle, without a restart. A backup of the current file is kept.</source>
            <translation>Сохранить эти изменения? Служба применит их в следующем цикле, без перезапуска. Копия текущего файла сохранится.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохраняю…</translation>
        </message>
        <message>
            <source>Saved %1. The engine applies the changes at its next cycle, no restart needed.</source>
            <translation>Сохранено в %1. Служба применит изменения в следующем цикле, перезапуск не нужен.</translation>
        </message>
        <message>
            <source>Previous version: %1</source>
            <translation>Предыдущая версия: %1</translation>
        </message>
        <message>
            <source>Nothing was saved: the engine would refuse this configuration.
• %1</source>
            <translation>Ничего не сохранено: служба не примет такие настройки.
• %1</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Ничего не сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::SettingsWorker</name>
        <message>
            <source>The configuration file %1 cannot be read: %2. Check that it exists and that your account may read it.</source>
            <translation>Файл настроек %1 не читается: %2. Проверьте, что он есть и что у вашей учётной записи есть право его читать.</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be created.</source>
            <translation>Не удаётся создать папку резервных копий %1.</translation>
        </message>
        <message>
            <source>The backup %1 cannot be written: %2.</source>
            <translation>Не удаётся записать резервную копию %1: %2.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be read: %2.</source>
            <translation>Файл настроек %1 не читается: %2.</translation>
        </message>
        <message>
            <source>The configuration file was changed by someone else after it was loaded (the service, identsync-cli or an editor).</source>
            <translation>Файл настроек изменили после загрузки (служба, identsync-cli или редактор).</translation>
        </message>
        <message>
            <source>The folder of %1 is not writable: %2.</source>
            <translation>В папку файла %1 нельзя записать: %2.</translation>
        </message>
        <message>
            <source>The secret «%1» was not saved: %2 Nothing was written to the configuration file.</source>
            <translation>Секрет «%1» не сохранён: %2 В файл настроек ничего не записано.</translation>
        </message>
        <message>
            <source>The configuration file %1 cannot be written: %2. Check the free space and that your account may write the folder.</source>
            <translation>Не удаётся записать файл настроек %1: %2. Проверьте свободное место и право вашей учётной записи писать в эту папку.</translation>
        </message>
        <message>
            <source>No webhook code is saved yet.</source>
            <translation>Код вебхука ещё не сохранён.</translation>
        </message>
        <message>
            <source>Type the webhook code (the part after /rest/USER_ID/ in the portal's webhook address) and check again.</source>
            <translation>Введите код вебхука (часть адреса вебхука после /rest/НОМЕР_ПОЛЬЗОВАТЕЛЯ/) и проверьте снова.</translation>
        </message>
        <message>
            <source>Copy the inbound webhook address from the portal (Developer resources → Inbound webhook): https://PORTAL/rest/USER_ID/CODE/.</source>
            <translation>Скопируйте адрес входящего вебхука на портале («Разработчикам» → «Входящий вебхук»): https://ПОРТАЛ/rest/НОМЕР_ПОЛЬЗОВАТЕЛЯ/КОД/.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общая</translation>
        </message>
        <message>
            <source>Check that your account may write the configuration folder.</source>
            <translation>Проверьте, что ваша учётная запись может писать в папку настроек.</translation>
        </message>
        <message>
            <source>Correct the fields named above and check again.</source>
            <translation>Исправьте названные поля и проверьте снова.</translation>
        </message>
        <message>
            <source>No password is saved for this connection yet.</source>
            <translation>Пароль для этого подключения ещё не сохранён.</translation>
        </message>
        <message>
            <source>Type the SQL login's password and check again.</source>
            <translation>Введите пароль логина SQL и проверьте снова.</translation>
        </message>
        <message>
            <source>Grant the login read access as docs/ident-access.md shows.</source>
            <translation>Выдайте логину право чтения, как описано в docs/ident-access.md.</translation>
        </message>
    </context>
    <context>
        <name>identsync::StageChecklistModel</name>
        <message>
            <source>%1 (not on the portal)</source>
            <translation>%1 (нет на портале)</translation>
        </message>
        <message>
            <source>%1 (%2), final</source>
            <translation>%1 (%2), финальная</translation>
        </message>
    </context>
    <context>
        <name>identsync::StageMappingModel</name>
        <message>
            <source>Scheduled</source>
            <translation>Запланирован</translation>
        </message>
        <message>
            <source>Patient arrived</source>
            <translation>Пациент пришёл</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>В процессе</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершён</translation>
        </message>
        <message>
            <source>Completed (invoice issued)</source>
            <translation>Завершён (счёт выдан)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Choose the stage for statuses not listed.</source>
            <translation>Выберите стадию для остальных статусов.</translation>
        </message>
        <message>
            <source>«%1»: the pipeline has no stage %2. Choose one of its stages.</source>
            <translation>«%1»: в воронке нет стадии %2. Выберите одну из её стадий.</translation>
        </message>
        <message>
            <source>Any other status</source>
            <translation>Любой другой статус</translation>
        </message>
        <message>
            <source>— as any other status —</source>
            <translation>— как у других статусов —</translation>
        </message>
        <message>
            <source>Keep the current stage</source>
            <translation>Не менять стадию</translation>
        </message>
        <message>
            <source>Not in the pipeline</source>
            <translation>Нет в воронке</translation>
        </message>
        <message>
            <source>Final stage: the deal gets only the IDENT key</source>
            <translation>Финальная стадия: сделка получит только ключ IDENT</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <source>In the pipeline</source>
            <translation>Есть в воронке</translation>
        </message>
        <message>
            <source>IDENT appointment status</source>
            <translation>Статус приёма в IDENT</translation>
        </message>
        <message>
            <source>Deal stage</source>
            <translation>Стадия сделки</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>identsync::StagesSection</name>
        <message>
            <source>— as any other status —</source>
            <translation>— как у других статусов —</translation>
        </message>
        <message>
            <source>Keep the current stage</source>
            <translation>Не менять стадию</translation>
        </message>
        <message>
            <source>The portal's pipelines and stages are not loaded yet: press «Check the portal» on the Connections tab.</source>
            <translation>Воронки и стадии портала ещё не загружены: нажмите «Проверить портал» на вкладке «Подключения».</translation>
        </message>
        <message>
            <source>Unknown until the portal is checked.</source>
            <translation>Неизвестны, пока портал не проверен.</translation>
        </message>
        <message>
            <source>Pipeline %1</source>
            <translation>Воронка %1</translation>
        </message>
        <message>
            <source>Pipeline %1 (not on the portal)</source>
            <translation>Воронка %1 (нет на портале)</translation>
        </message>
        <message>
            <source>The pipeline has no final stage.</source>
            <translation>В воронке нет финальных стадий.</translation>
        </message>
        <message>
            <source>The portal has no pipeline %1: choose one of its pipelines.</source>
            <translation>На портале нет воронки %1: выберите одну из его воронок.</translation>
        </message>
        <message>
            <source>Loaded from the portal: %1 pipelines, %2 stages in this one, %3 lead statuses.</source>
            <translation>Загружено с портала: воронок — %1, стадий в этой — %2, статусов лидов — %3.</translation>
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
        <name>identsync::SyncSection</name>
        <message>
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 дн.</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>Clinic time zone: write the offset like +03:00.</source>
            <translation>Часовой пояс клиники: укажите смещение вида +03:00.</translation>
        </message>
        <message>
            <source>Retries: the longest delay must be at least the first delay.</source>
            <translation>Повторы: самая длинная пауза должна быть не меньше первой.</translation>
        </message>
        <message>
            <source>One attempt: a failed appointment is not retried.</source>
            <translation>Одна попытка: неудачный приём не повторяется.</translation>
        </message>
        <message>
            <source>At once, then after up to %1. All attempts are used within %2 at most; then the appointment waits on the Problems page.</source>
            <translation>Сразу, затем через (не более) %1. Все попытки расходуются максимум за %2; потом приём ждёт на странице «Проблемы».</translation>
        </message>
    </context>
</TS>
