<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About IdentSync</source>
            <translation>О программе IdentSync</translation>
        </message>
        <message>
            <source>Keeps the clinic's Bitrix24 deals in step with IDENT.</source>
            <translation>Синхронизирует сделки клиники в Битрикс24 с записями IDENT.</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Файл журнала:</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Файл журнала</translation>
        </message>
        <message>
            <source>State database:</source>
            <translation>База состояния:</translation>
        </message>
        <message>
            <source>State database</source>
            <translation>База состояния</translation>
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
            <translation>Привязка приёма к сделке</translation>
        </message>
        <message>
            <source>&amp;Appointment:</source>
            <translation>&amp;Приём:</translation>
        </message>
        <message>
            <source>Appointment key</source>
            <translation>Ключ приёма</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>Show the appointment</source>
            <translation>Показать приём</translation>
        </message>
        <message>
            <source>Find &amp;deals by phone, name or deal ID:</source>
            <translation>Найти с&amp;делки по телефону, фамилии или номеру:</translation>
        </message>
        <message>
            <source>Phone, name or deal ID</source>
            <translation>Телефон, фамилия или номер сделки</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>Find deals</source>
            <translation>Найти сделки</translation>
        </message>
        <message>
            <source>Deals found</source>
            <translation>Найденные сделки</translation>
        </message>
        <message>
            <source>&amp;Bind</source>
            <translation>Прив&amp;язать</translation>
        </message>
        <message>
            <source>Bind the appointment to the selected deal</source>
            <translation>Привязать приём к выбранной сделке</translation>
        </message>
        <message>
            <source>&amp;Unbind</source>
            <translation>&amp;Отвязать</translation>
        </message>
        <message>
            <source>Remove the appointment's binding</source>
            <translation>Снять привязку приёма</translation>
        </message>
        <message>
            <source>Create a &amp;new deal</source>
            <translation>Создать &amp;новую сделку</translation>
        </message>
        <message>
            <source>Let the sync create a new deal</source>
            <translation>Пусть синхронизация создаст новую сделку</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
    </context>
    <context>
        <name>BindingPreview</name>
        <message>
            <source>Nothing will be written: %1</source>
            <translation>Ничего не будет записано: %1</translation>
        </message>
        <message>
            <source>Deal %1 already carries this appointment's IDENT key, so the next cycle updates deal %1, not this one.</source>
            <translation>Ключ IDENT этого приёма уже стоит в сделке %1, поэтому следующий цикл обновит сделку %1, а не эту.</translation>
        </message>
        <message>
            <source>Nothing will be written yet: %1</source>
            <translation>Пока ничего не будет записано: %1</translation>
        </message>
        <message>
            <source>The deal is closed: only the IDENT key will be written.</source>
            <translation>Сделка закрыта: будет записан только ключ IDENT.</translation>
        </message>
        <message>
            <source>The fields will be updated; the stage stays «%1».</source>
            <translation>Обновятся поля, стадия «%1» не изменится.</translation>
        </message>
        <message>
            <source>Full update; the stage stays «%1».</source>
            <translation>Полное обновление, стадия «%1» сохранится.</translation>
        </message>
        <message>
            <source>Full update; the stage moves to «%1».</source>
            <translation>Полное обновление, сделка перейдёт на стадию «%1».</translation>
        </message>
    </context>
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
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
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
        <name>ErrorClass</name>
        <message>
            <source>Temporary connection problem</source>
            <translation>Временный сбой связи</translation>
        </message>
        <message>
            <source>Bitrix24 could not be reached or answered with a server error. This usually passes by itself. IdentSync tries again with growing pauses and marks the task as failed only after the last attempt.</source>
            <translation>Битрикс24 недоступен или ответил ошибкой сервера. Обычно это проходит само. IdentSync повторяет отправку с растущими паузами и считает задачу неудачной только после последней попытки.</translation>
        </message>
        <message>
            <source>Nothing, if it clears up. If it keeps happening, check the clinic's internet connection and whether Bitrix24 opens in a browser.</source>
            <translation>Ничего, если сбой пройдёт. Если он повторяется, проверьте интернет в клинике и открывается ли Битрикс24 в браузере.</translation>
        </message>
        <message>
            <source>Bitrix24 asked to slow down</source>
            <translation>Битрикс24 попросил снизить частоту запросов</translation>
        </message>
        <message>
            <source>Too many requests were sent in a short time. IdentSync slows down and sends the task again; this does not count as a failed attempt.</source>
            <translation>За короткое время отправлено слишком много запросов. IdentSync замедляется и отправляет задачу снова; это не считается неудачной попыткой.</translation>
        </message>
        <message>
            <source>Nothing. If it happens often, check that no other program uses the same Bitrix24 portal heavily from this computer.</source>
            <translation>Ничего. Если это бывает часто, проверьте, не нагружает ли тот же портал Битрикс24 другая программа с этого компьютера.</translation>
        </message>
        <message>
            <source>Bitrix24 paused one kind of request</source>
            <translation>Битрикс24 приостановил один вид запросов</translation>
        </message>
        <message>
            <source>Bitrix24 limits how much work one kind of request may take in ten minutes. IdentSync stops that kind of request until the portal allows it again, usually within a few minutes; other work continues.</source>
            <translation>Битрикс24 ограничивает нагрузку одного вида запросов за десять минут. IdentSync приостанавливает этот вид запросов, пока портал снова не разрешит их (обычно через несколько минут); остальная работа продолжается.</translation>
        </message>
        <message>
            <source>Nothing. The tasks are sent automatically when the pause ends.</source>
            <translation>Ничего. Задачи отправятся автоматически, когда пауза закончится.</translation>
        </message>
        <message>
            <source>Bitrix24 does not accept the webhook</source>
            <translation>Битрикс24 не принимает вебхук</translation>
        </message>
        <message>
            <source>The webhook address or its secret code was rejected: it may have been deleted, changed or mistyped, or it does not start with https://. IdentSync has stopped sending anything and keeps all tasks.</source>
            <translation>Адрес вебхука или его секретный код отклонён: вебхук мог быть удалён, изменён или введён с ошибкой, либо адрес не начинается с https://. IdentSync остановил отправку и сохраняет все задачи.</translation>
        </message>
        <message>
            <source>Create or copy the inbound webhook in Bitrix24 again and enter it in IdentSync's connection settings. Sending resumes on its own.</source>
            <translation>Создайте или скопируйте входящий вебхук в Битрикс24 заново и введите его в настройках подключения IdentSync. Отправка возобновится сама.</translation>
        </message>
        <message>
            <source>Not allowed by Bitrix24</source>
            <translation>Битрикс24 не разрешает действие</translation>
        </message>
        <message>
            <source>Bitrix24 recognised the webhook but refused the work: the webhook lacks the CRM permission, its user has no access to deals or contacts, the plan does not include the REST API, or the portal was blocked or deleted. IdentSync has stopped sending and keeps all tasks.</source>
            <translation>Битрикс24 узнал вебхук, но отказал в работе: у вебхука нет права на CRM, у его пользователя нет доступа к сделкам или контактам, тариф не включает REST API, либо портал заблокирован или удалён. IdentSync остановил отправку и сохраняет все задачи.</translation>
        </message>
        <message>
            <source>Ask the Bitrix24 administrator to give the webhook the CRM permission and its user access to deals and contacts, or to check the portal's plan and status. Then resume IdentSync.</source>
            <translation>Попросите администратора Битрикс24 дать вебхуку право на CRM, а его пользователю — доступ к сделкам и контактам, или проверить тариф и состояние портала. Затем возобновите IdentSync.</translation>
        </message>
        <message>
            <source>Bitrix24 rejected the data</source>
            <translation>Битрикс24 отклонил данные</translation>
        </message>
        <message>
            <source>Bitrix24 refused this record because of its content; its message is shown with the task. Sending it again unchanged would fail again, so IdentSync has stopped trying this task.</source>
            <translation>Битрикс24 не принял запись из-за её содержимого; его сообщение показано в задаче. Повторная отправка без изменений снова не пройдёт, поэтому IdentSync прекратил попытки по этой задаче.</translation>
        </message>
        <message>
            <source>Read Bitrix24's message, correct the appointment or patient in IDENT or the field mapping in the settings, then retry the task.</source>
            <translation>Прочитайте сообщение Битрикс24, исправьте приём или пациента в IDENT либо сопоставление полей в настройках и повторите задачу.</translation>
        </message>
        <message>
            <source>The linked deal no longer exists</source>
            <translation>Привязанной сделки больше нет</translation>
        </message>
        <message>
            <source>The deal this appointment was linked to was deleted in Bitrix24. IdentSync will not guess what to do and waits for a decision.</source>
            <translation>Сделка, к которой был привязан этот приём, удалена в Битрикс24. IdentSync не станет угадывать и ждёт вашего решения.</translation>
        </message>
        <message>
            <source>Link the appointment to another deal, or let IdentSync create a new deal for it.</source>
            <translation>Привяжите приём к другой сделке или разрешите IdentSync создать для него новую.</translation>
        </message>
        <message>
            <source>More than one match</source>
            <translation>Несколько совпадений</translation>
        </message>
        <message>
            <source>Several deals or contacts in Bitrix24 could belong to this appointment, or the same IDENT number appears on more than one deal. IdentSync does not pick one at random and waits for a decision.</source>
            <translation>К этому приёму могут относиться несколько сделок или контактов в Битрикс24, либо один и тот же номер IDENT стоит в нескольких сделках. IdentSync не выбирает наугад и ждёт вашего решения.</translation>
        </message>
        <message>
            <source>Choose the right deal or contact for this appointment, and merge or clean up the duplicates in Bitrix24.</source>
            <translation>Выберите нужную сделку или контакт для этого приёма и объедините или уберите дубли в Битрикс24.</translation>
        </message>
        <message>
            <source>Problem in the IDENT data</source>
            <translation>Ошибка в данных IDENT</translation>
        </message>
        <message>
            <source>The record in IDENT is incomplete or has a value IdentSync cannot read, such as a malformed phone number, a missing patient or an impossible date. Nothing was sent; the record is checked again when it changes in IDENT.</source>
            <translation>Запись в IDENT неполная или содержит значение, которое IdentSync не может прочитать: неверный телефон, нет пациента, невозможная дата. Ничего не отправлено; запись проверится снова, когда изменится в IDENT.</translation>
        </message>
        <message>
            <source>Correct the record in IDENT. IdentSync picks up the change on its own.</source>
            <translation>Исправьте запись в IDENT. IdentSync заметит изменение сам.</translation>
        </message>
        <message>
            <source>Settings do not match the portal</source>
            <translation>Настройки не совпадают с порталом</translation>
        </message>
        <message>
            <source>Something the settings rely on is missing on this Bitrix24 portal, such as a mapped field, a stage or a REST method, or the secure connection to the portal cannot be established. IdentSync has stopped sending and keeps all tasks.</source>
            <translation>На портале Битрикс24 нет того, на что опираются настройки (поля из сопоставления, стадии или метода REST), либо не удаётся установить защищённое соединение с порталом. IdentSync остановил отправку и сохраняет все задачи.</translation>
        </message>
        <message>
            <source>Open the settings and run the portal check: it names what is missing. Create the field or stage in Bitrix24 or change the mapping, check the portal address and the computer's date and time, then resume.</source>
            <translation>Откройте настройки и запустите проверку портала: она покажет, чего не хватает. Создайте поле или стадию в Битрикс24 либо измените сопоставление, проверьте адрес портала и дату и время на компьютере, затем возобновите работу.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Bitrix24 sent an answer IdentSync cannot understand, or IdentSync itself went wrong. The task was stopped and the details were recorded.</source>
            <translation>Битрикс24 прислал ответ, который IdentSync не может разобрать, или сбой произошёл в самом IdentSync. Задача остановлена, подробности записаны.</translation>
        </message>
        <message>
            <source>Retry the task once. If it fails again, send the task's details and the log to support.</source>
            <translation>Повторите задачу один раз. Если ошибка повторится, отправьте подробности задачи и журнал в поддержку.</translation>
        </message>
    </context>
    <context>
        <name>FieldMap</name>
        <message>
            <source>%1: %2 control characters (such as NUL) in %3 cannot be stored in Bitrix24 and were left out.</source>
            <translation>%1: в поле %3 было служебных символов (например, NUL): %2. Битрикс24 не может их хранить, они удалены.</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n символ</numerusform>
                <numerusform>%n символа</numerusform>
                <numerusform>%n символов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 has %3 characters, more than Bitrix24 stores (%4); it was cut and ends with «%5».</source>
            <translation>%1: в поле %2 символов: %3 — больше, чем хранит Битрикс24 (%4). Текст обрезан и заканчивается на «%5».</translation>
        </message>
        <message>
            <source>patient %1</source>
            <translation>пациент %1</translation>
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
        <name>JobDetailsText</name>
        <message>
            <source>Appointment %1</source>
            <translation>Приём %1</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Попытки</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Следующая попытка</translation>
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
            <source>Request id</source>
            <translation>ID запроса</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>An earlier attempt may have reached the portal; the next one searches the portal first, so no duplicate is created.</source>
            <translation>Предыдущая попытка могла дойти до портала; следующая сначала ищет на портале, поэтому дубликат не появится.</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Что делать:</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-статус</translation>
        </message>
        <message>
            <source>Portal's message</source>
            <translation>Сообщение портала</translation>
        </message>
        <message>
            <source>The portal's answer</source>
            <translation>Ответ портала</translation>
        </message>
        <message>
            <source>Attempt history</source>
            <translation>История попыток</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>What is sent</source>
            <translation>Что отправляется</translation>
        </message>
    </context>
    <context>
        <name>JobTexts</name>
        <message>
            <source>Waiting to send</source>
            <translation>Ждёт отправки</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Отправляется</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Ожидает повтора</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Failed, no more retries</source>
            <translation>Без повтора</translation>
        </message>
        <message>
            <source>Needs a person</source>
            <translation>Нужно решение</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Network or portal outage</source>
            <translation>Сеть или сбой портала</translation>
        </message>
        <message>
            <source>Portal request limit</source>
            <translation>Лимит запросов портала</translation>
        </message>
        <message>
            <source>Portal operation time limit</source>
            <translation>Лимит времени операций портала</translation>
        </message>
        <message>
            <source>Portal access</source>
            <translation>Доступ к порталу</translation>
        </message>
        <message>
            <source>Portal permissions</source>
            <translation>Права на портале</translation>
        </message>
        <message>
            <source>Portal rejected the data</source>
            <translation>Портал отклонил данные</translation>
        </message>
        <message>
            <source>Deal deleted in the CRM</source>
            <translation>Сделка удалена в CRM</translation>
        </message>
        <message>
            <source>Several matching deals</source>
            <translation>Несколько подходящих сделок</translation>
        </message>
        <message>
            <source>Data in IDENT</source>
            <translation>Данные в IDENT</translation>
        </message>
        <message>
            <source>Settings do not match the portal</source>
            <translation>Настройки не совпадают с порталом</translation>
        </message>
        <message>
            <source>Internal error</source>
            <translation>Внутренняя ошибка</translation>
        </message>
        <message>
            <source>The portal could not be reached or answered with a server error. This is usually a short internet or Bitrix24 outage.</source>
            <translation>Портал недоступен или ответил ошибкой сервера. Обычно это короткий сбой интернета или Битрикс24.</translation>
        </message>
        <message>
            <source>The portal asked to slow down. IdentSync waits and sends again by itself; no attempts are used up.</source>
            <translation>Портал попросил отправлять медленнее. IdentSync подождёт и отправит сам; попытки не расходуются.</translation>
        </message>
        <message>
            <source>The portal limits how long one kind of request may run. IdentSync waits for the limit to reset and continues by itself.</source>
            <translation>Портал ограничивает время работы одного вида запросов. IdentSync дождётся сброса лимита и продолжит сам.</translation>
        </message>
        <message>
            <source>The portal rejected the webhook code. Synchronisation is paused until a new code is entered.</source>
            <translation>Код вебхука отклонён порталом. Синхронизация приостановлена до ввода нового кода.</translation>
        </message>
        <message>
            <source>The webhook has no right to do this on the portal, or the portal is blocked. Synchronisation is paused.</source>
            <translation>У вебхука нет прав на это действие, или портал заблокирован. Синхронизация приостановлена.</translation>
        </message>
        <message>
            <source>The portal refused the data of this appointment and explained why in its message. Retrying the same data will not help.</source>
            <translation>Портал не принял данные этого приёма и объяснил причину в своём сообщении. Повтор тех же данных не поможет.</translation>
        </message>
        <message>
            <source>The deal this appointment was bound to no longer exists in the CRM.</source>
            <translation>Сделки, к которой был привязан этот приём, больше нет в CRM.</translation>
        </message>
        <message>
            <source>Several deals or contacts in the CRM fit this appointment, so IdentSync did not guess.</source>
            <translation>Этому приёму подходят несколько сделок или контактов в CRM, поэтому IdentSync не стал угадывать.</translation>
        </message>
        <message>
            <source>The appointment in IDENT has data that cannot be sent, such as an unreadable phone, a missing patient or a wrong date.</source>
            <translation>В приёме в IDENT есть данные, которые нельзя отправить: нечитаемый телефон, нет пациента или неверная дата.</translation>
        </message>
        <message>
            <source>A field or stage from the settings does not exist on the portal. Synchronisation is paused.</source>
            <translation>Поля или стадии из настроек нет на портале. Синхронизация приостановлена.</translation>
        </message>
        <message>
            <source>Something unexpected happened in IdentSync or in the portal's answer.</source>
            <translation>В IdentSync или в ответе портала произошло что-то непредвиденное.</translation>
        </message>
        <message>
            <source>Check the internet connection. IdentSync retries by itself; after an outage press «Retry all of these».</source>
            <translation>Проверьте подключение к интернету. IdentSync повторяет сам; после сбоя нажмите «Повторить все эти».</translation>
        </message>
        <message>
            <source>Nothing to do: the jobs are sent as soon as the portal allows.</source>
            <translation>Ничего делать не нужно: задания уйдут, как только портал позволит.</translation>
        </message>
        <message>
            <source>Enter a new webhook code in Settings.</source>
            <translation>Введите новый код в Настройках.</translation>
        </message>
        <message>
            <source>Give the webhook the CRM right on the portal, or check that the portal is paid and active, then retry.</source>
            <translation>Дайте вебхуку право «CRM» на портале или проверьте, что портал оплачен и активен, затем повторите.</translation>
        </message>
        <message>
            <source>Read the portal's message, fix the appointment in IDENT or the field map, then retry.</source>
            <translation>Прочитайте сообщение портала, исправьте приём в IDENT или карту полей, затем повторите.</translation>
        </message>
        <message>
            <source>Open Binding and choose the right deal, or create a new one.</source>
            <translation>Откройте «Привязку» и выберите нужную сделку или создайте новую.</translation>
        </message>
        <message>
            <source>Correct the appointment in IDENT; it is sent again after the change.</source>
            <translation>Исправьте приём в IDENT — после изменения он будет отправлен снова.</translation>
        </message>
        <message>
            <source>Open Settings and fix the field map or the stages, then resume.</source>
            <translation>Откройте Настройки, исправьте карту полей или стадии и возобновите синхронизацию.</translation>
        </message>
        <message>
            <source>Retry once. If it fails again, export the queue to CSV and send it to support.</source>
            <translation>Повторите один раз. Если ошибка повторится, выгрузите очередь в CSV и отправьте в поддержку.</translation>
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
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>in %1 s</source>
            <translation>через %1 с</translation>
        </message>
        <message>
            <source>in %1 min %2 s</source>
            <translation>через %1 мин %2 с</translation>
        </message>
        <message>
            <source>in %1 h %2 min</source>
            <translation>через %1 ч %2 мин</translation>
        </message>
        <message>
            <source>in %1 d %2 h</source>
            <translation>через %1 д %2 ч</translation>
        </message>
        <message>
            <source>now</source>
            <translation>сейчас</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>отправляется…</translation>
        </message>
    </context>
    <context>
        <name>LegacyImport</name>
        <message>
            <source>IdentSync has no web page or metrics endpoint; the console shows the engine's state.</source>
            <translation>В IdentSync нет веб-страницы и метрик: состояние службы показывает консоль.</translation>
        </message>
        <message>
            <source>IdentSync does not send e-mail; the console notifies on the desktop.</source>
            <translation>IdentSync не отправляет письма: консоль показывает уведомления на рабочем столе.</translation>
        </message>
        <message>
            <source>IdentSync paces itself by the portal's limits; there is nothing to tune here.</source>
            <translation>IdentSync сам подстраивается под ограничения портала, настраивать здесь нечего.</translation>
        </message>
        <message>
            <source>IdentSync always verifies certificates and keeps secrets in the system keychain.</source>
            <translation>IdentSync всегда проверяет сертификаты и хранит секреты в защищённом хранилище системы.</translation>
        </message>
        <message>
            <source>Use «identsync-cli plan --dry-run» to see what a cycle would write.</source>
            <translation>Чтобы увидеть, что запишет цикл, используйте «identsync-cli plan --dry-run».</translation>
        </message>
        <message>
            <source>IdentSync writes no company fields.</source>
            <translation>IdentSync не пишет поля компаний.</translation>
        </message>
    </context>
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
        <name>PhoneNormalizer</name>
        <message>
            <source>no Russian area or operator code starts with %1; check the digits</source>
            <translation>нет российского кода города или оператора, начинающегося с %1; проверьте цифры</translation>
        </message>
        <message>
            <source>the phone has no digits</source>
            <translation>в телефоне нет цифр</translation>
        </message>
        <message>
            <source>a country code never starts with 0; check the digits after +</source>
            <translation>код страны не начинается с 0; проверьте цифры после +</translation>
        </message>
        <message>
            <source>a +7 number has 10 digits after the 7, this one has %1</source>
            <translation>в номере +7 после семёрки должно быть 10 цифр, а здесь %1</translation>
        </message>
        <message>
            <source>too few digits (%1) for an international number with a country code</source>
            <translation>слишком мало цифр (%1) для международного номера с кодом страны</translation>
        </message>
        <message>
            <source>too many digits (%1) for one phone number (at most 15); if the field holds two numbers, keep one</source>
            <translation>слишком много цифр (%1) для одного номера (не больше 15); если в поле два номера, оставьте один</translation>
        </message>
        <message>
            <source>an 11-digit number must start with 8 or 7; write a foreign number with + and its country code</source>
            <translation>номер из 11 цифр должен начинаться с 8 или 7; иностранный номер пишите с + и кодом страны</translation>
        </message>
        <message>
            <source>looks like a mobile number with a digit missing (8 9XX and only 10 digits)</source>
            <translation>похоже на мобильный номер без одной цифры (8 9XX и всего 10 цифр)</translation>
        </message>
        <message>
            <source>10 digits starting with 7 are ambiguous (a digit missing, or a +7 7XX number?); write the number with +7</source>
            <translation>10 цифр, начинающихся с 7, неоднозначны (не хватает цифры или это номер +7 7XX?); запишите номер с +7</translation>
        </message>
        <message>
            <source>a local number without a city code; add the city or operator code, e.g. 8 (495) 123-45-67</source>
            <translation>местный номер без кода города; добавьте код города или оператора, например 8 (495) 123-45-67</translation>
        </message>
        <message>
            <source>too few digits (%1) for a phone number with a city or operator code</source>
            <translation>слишком мало цифр (%1) для номера с кодом города или оператора</translation>
        </message>
        <message>
            <source>too many digits (%1) for one phone number; if the field holds two numbers, keep one</source>
            <translation>слишком много цифр (%1) для одного номера; если в поле два номера, оставьте один</translation>
        </message>
        <message>
            <source>the phone is empty</source>
            <translation>телефон не указан</translation>
        </message>
        <message>
            <source>two phone numbers in one field; keep one number in this field (another can go to a second phone field)</source>
            <translation>два номера в одном поле; оставьте в этом поле один номер (второй можно записать во второе поле телефона)</translation>
        </message>
        <message>
            <source>the field holds more than one value; keep only the number</source>
            <translation>в поле несколько значений; оставьте только номер</translation>
        </message>
        <message>
            <source>a '+' may only stand at the start of the number</source>
            <translation>знак «+» может стоять только в начале номера</translation>
        </message>
        <message>
            <source>the phone contains letters; keep only the number (an extension may follow "доб.")</source>
            <translation>в телефоне есть буквы; оставьте только номер (добавочный можно указать после «доб.»)</translation>
        </message>
        <message>
            <source>unexpected character '%1' in the phone</source>
            <translation>недопустимый символ «%1» в телефоне</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPage</name>
        <message>
            <source>Problems by cause</source>
            <translation>Проблемы по причинам</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что случилось</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Что делать</translation>
        </message>
        <message>
            <source>&amp;Retry all of these</source>
            <translation>&amp;Повторить все эти</translation>
        </message>
        <message>
            <source>&amp;Show in the queue</source>
            <translation>По&amp;казать в очереди</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Состояние:</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>Фильтр по состоянию</translation>
        </message>
        <message>
            <source>&amp;Problem:</source>
            <translation>Про&amp;блема:</translation>
        </message>
        <message>
            <source>Filter by problem</source>
            <translation>Фильтр по проблеме</translation>
        </message>
        <message>
            <source>&amp;Hide empty groups</source>
            <translation>С&amp;крыть пустые группы</translation>
        </message>
        <message>
            <source>Search: patient, appointment (F1_123) or deal id — Ctrl+F</source>
            <translation>Поиск: пациент, приём (F1_123) или номер сделки — Ctrl+F</translation>
        </message>
        <message>
            <source>Search the queue</source>
            <translation>Поиск по очереди</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>Показать вс&amp;ё</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Выбрать &amp;все</translation>
        </message>
        <message>
            <source>Selects every row loaded so far; shift-click selects a range</source>
            <translation>Выделяет все загруженные строки; Shift+щелчок выделяет диапазон</translation>
        </message>
        <message>
            <source>&amp;Retry now</source>
            <translation>&amp;Повторить сейчас</translation>
        </message>
        <message>
            <source>Send the selected jobs again now (Ctrl+R). A manual retry does not use up an automatic attempt.</source>
            <translation>Отправить выбранные задания снова сейчас (Ctrl+R). Ручной повтор не расходует автоматическую попытку.</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Stop sending the selected jobs (Delete). A later change in IDENT brings them back.</source>
            <translation>Не отправлять выбранные задания (Delete). Если приём снова изменится в IDENT, задание вернётся.</translation>
        </message>
        <message>
            <source>Retry all of this &amp;problem</source>
            <translation>Повторить все с этой п&amp;роблемой</translation>
        </message>
        <message>
            <source>Retry all &amp;failed</source>
            <translation>Повторить все &amp;без повтора</translation>
        </message>
        <message>
            <source>E&amp;xport to CSV</source>
            <translation>&amp;Экспорт в CSV</translation>
        </message>
        <message>
            <source>Saves the rows of the current filter to a file Excel opens</source>
            <translation>Сохраняет строки текущего фильтра в файл для Excel</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <source>Details of the selected job</source>
            <translation>Подробности выбранного задания</translation>
        </message>
    </context>
    <context>
        <name>ReceptionCheck</name>
        <message>
            <source>reception %1 of branch %2</source>
            <translation>приём %1 филиала %2</translation>
        </message>
        <message>
            <source>the record is re-read automatically</source>
            <translation>запись будет перечитана автоматически</translation>
        </message>
        <message>
            <source>%1: the reception has no valid IDENT ID (%2); it cannot be given a deal key. Report this: the IDENT query returned a row without Receptions.ID.</source>
            <translation>%1: у приёма нет корректного идентификатора IDENT (%2), ему нельзя присвоить ключ сделки. Сообщите об этом: запрос к IDENT вернул строку без Receptions.ID.</translation>
        </message>
        <message>
            <source>%1: the branch ID %2 is invalid. Give the appointment's chair a branch (OwnCompanies) in IDENT; %3.</source>
            <translation>%1: недопустимый код филиала %2. Укажите в IDENT филиал (OwnCompanies) для кресла этого приёма; %3.</translation>
        </message>
        <message>
            <source>%1: the appointment has no patient. Assign a patient to the appointment in IDENT; %2.</source>
            <translation>%1: у приёма нет пациента. Назначьте пациента приёму в IDENT; %2.</translation>
        </message>
        <message>
            <source>%1: the phone of patient %2 cannot be used: %3. Fix the phone in the patient card in IDENT; %4.</source>
            <translation>%1: телефон пациента %2 нельзя использовать: %3. Исправьте телефон в карточке пациента в IDENT; %4.</translation>
        </message>
        <message>
            <source>%1: the birthday of patient %2 is not a valid date (expected dd.mm.yyyy, year 1900 or later). Fix the birthday in the patient card in IDENT or clear it; %3.</source>
            <translation>%1: дата рождения пациента %2 некорректна (ожидается дд.мм.гггг, год не раньше 1900). Исправьте или очистите дату рождения в карточке пациента в IDENT; %3.</translation>
        </message>
        <message>
            <source>%1: %2 holds «%3», which is not a date and time. Correct it in IDENT; %4.</source>
            <translation>%1: в %2 записано «%3», а это не дата и время. Исправьте значение в IDENT; %4.</translation>
        </message>
        <message>
            <source>%1: the planned start time is missing or invalid. Check the appointment's date and time in IDENT's schedule; %2.</source>
            <translation>%1: плановое время начала не указано или некорректно. Проверьте дату и время приёма в расписании IDENT; %2.</translation>
        </message>
        <message>
            <source>%1: the planned end (%2) is before the planned start (%3). Fix the appointment's duration in IDENT's schedule; %4.</source>
            <translation>%1: плановое окончание (%2) раньше планового начала (%3). Исправьте длительность приёма в расписании IDENT; %4.</translation>
        </message>
        <message>
            <source>%1: patient %2 has no surname, name or patronymic (Persons.Surname, Name, Patronymic), and Bitrix24 needs a name to create the patient's contact. Enter the patient's name in the patient card in IDENT; %3.</source>
            <translation>%1: у пациента %2 не указаны ни фамилия, ни имя, ни отчество (Persons.Surname, Name, Patronymic), а Битрикс24 не создаёт контакт без имени. Впишите имя в карточку пациента в IDENT; %3.</translation>
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
        <message>
            <source>The service reads its secrets from systemd credentials; "%1" cannot be changed from here. Replace the credential file with systemd-creds and restart the service (see docs/install.md).</source>
            <translation>Служба берёт секреты из учётных данных systemd; «%1» отсюда изменить нельзя. Замените файл учётных данных с помощью systemd-creds и перезапустите службу (см. docs/install.md).</translation>
        </message>
        <message>
            <source>The service was started with systemd credentials, but the credential "%1" is missing. Add LoadCredentialEncrypted=%1:/etc/credstore.encrypted/identsync.%1 to the unit (see docs/install.md) and restart the service.</source>
            <translation>Служба запущена с учётными данными systemd, но учётных данных «%1» нет. Добавьте в юнит LoadCredentialEncrypted=%1:/etc/credstore.encrypted/identsync.%1 (см. docs/install.md) и перезапустите службу.</translation>
        </message>
        <message>
            <source>Cannot read the credential "%1": %2</source>
            <translation>Не удаётся прочитать учётные данные «%1»: %2</translation>
        </message>
        <message>
            <source>The credential "%1" is empty. Create it again with systemd-creds (see docs/install.md).</source>
            <translation>Учётные данные «%1» пусты. Создайте их заново с помощью systemd-creds (см. docs/install.md).</translation>
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
        <message>
            <source>Webhook address</source>
            <translation>Адрес вебхука</translation>
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
            <source>Drain rate</source>
            <translation>Скорость</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Ожидание ответа</translation>
        </message>
        <message>
            <source>Deal pipeline</source>
            <translation>Воронка сделок</translation>
        </message>
        <message>
            <source>Poll interval</source>
            <translation>Интервал опроса</translation>
        </message>
        <message>
            <source>Appointments per batch</source>
            <translation>Приёмов в одном пакете</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Часовой пояс клиники</translation>
        </message>
        <message>
            <source>Bind an open deal of the patient</source>
            <translation>Привязка открытой сделки пациента</translation>
        </message>
        <message>
            <source>Turn leads into deals</source>
            <translation>Превращение лидов в сделки</translation>
        </message>
        <message>
            <source>Mask phones and names</source>
            <translation>Скрытие телефонов и имён</translation>
        </message>
        <message>
            <source>Closed lead statuses</source>
            <translation>Закрытые статусы лидов</translation>
        </message>
        <message>
            <source>Attempts per appointment</source>
            <translation>Попыток на приём</translation>
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
            <source>Stage mapping</source>
            <translation>Соответствие стадий</translation>
        </message>
        <message>
            <source>Protected stages</source>
            <translation>Защищённые стадии</translation>
        </message>
        <message>
            <source>Never move a deal back</source>
            <translation>Не возвращать сделку назад</translation>
        </message>
        <message>
            <source>Treatment plans</source>
            <translation>Планы лечения</translation>
        </message>
        <message>
            <source>Treatment plan interval</source>
            <translation>Интервал обновления плана лечения</translation>
        </message>
    </context>
    <context>
        <name>StageGuard</name>
        <message>
            <source>The deal's current stage could not be read; nothing is written until it can be checked.</source>
            <translation>Не удалось прочитать текущую стадию сделки; ничего не записывается, пока её нельзя проверить.</translation>
        </message>
        <message>
            <source>Mapped stage %1 is not in pipeline %2; the new deal starts in its first stage.</source>
            <translation>Стадии %1 из сопоставления нет в воронке %2; новая сделка начнётся с первой стадии.</translation>
        </message>
        <message>
            <source>Nothing to keep on a new deal; it starts in the pipeline's first stage.</source>
            <translation>У новой сделки нечего сохранять; она начнётся с первой стадии воронки.</translation>
        </message>
        <message>
            <source>New deal created in stage %1.</source>
            <translation>Создана новая сделка в стадии %1.</translation>
        </message>
        <message>
            <source>Deal is closed in stage %1; only the IDENT key is written.</source>
            <translation>Сделка закрыта в стадии %1; записывается только ключ IDENT.</translation>
        </message>
        <message>
            <source>Stage %1 is protected; fields are updated, the stage is kept.</source>
            <translation>Стадия %1 защищена; поля обновляются, стадия не меняется.</translation>
        </message>
        <message>
            <source>Stage %1 is not in pipeline %2 as last loaded, so it cannot be checked; nothing is written until the stages are reloaded.</source>
            <translation>Стадии %1 нет в последней загруженной воронке %2, проверить её нельзя; ничего не записывается, пока стадии не будут загружены заново.</translation>
        </message>
        <message>
            <source>The status keeps the current stage %1.</source>
            <translation>Для этого статуса текущая стадия %1 сохраняется.</translation>
        </message>
        <message>
            <source>Mapped stage %1 is not in pipeline %2; fields are updated, the stage %3 is kept. Fix the stage mapping.</source>
            <translation>Стадии %1 из сопоставления нет в воронке %2; поля обновляются, стадия %3 сохраняется. Исправьте сопоставление стадий.</translation>
        </message>
        <message>
            <source>Deal is already in mapped stage %1.</source>
            <translation>Сделка уже в стадии %1 из сопоставления.</translation>
        </message>
        <message>
            <source>Mapped stage %1 comes before the current stage %2; the stage is not moved back.</source>
            <translation>Стадия %1 из сопоставления стоит раньше текущей стадии %2; стадия назад не переводится.</translation>
        </message>
        <message>
            <source>Stage %1 → %2 (mapped).</source>
            <translation>Стадия %1 → %2 (по сопоставлению).</translation>
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
        <name>UnbatchedWrite</name>
        <message>
            <source>Not sent: the record it links to was not created.</source>
            <translation>Не отправлено: запись, с которой это связано, не была создана.</translation>
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
        <message>
            <source>«%1» is not an address and port like 127.0.0.1:9464.</source>
            <translation>«%1» — это не адрес с портом вида 127.0.0.1:9464.</translation>
        </message>
        <message>
            <source>The metrics endpoint listens on loopback only (127.0.0.1 or ::1), not on «%1»: it has no authentication.</source>
            <translation>Метрики доступны только на локальном адресе (127.0.0.1 или ::1), не на «%1»: у них нет защиты паролем.</translation>
        </message>
    </context>
    <context>
        <name>identsync::AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Версия %1</translation>
        </message>
        <message>
            <source>, schema %1</source>
            <translation>, схема %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::BindingDialog</name>
        <message>
            <source>Forgets the binding and has the next cycle look again: it updates a deal that carries the appointment's key, or creates a new one when nothing matches.</source>
            <translation>Снимает привязку, и следующий цикл ищет сделку заново: обновит сделку с ключом этого приёма или создаст новую, если ничего не подходит.</translation>
        </message>
        <message>
            <source>Type the appointment key (as in the queue, e.g. F1_12345) and press «Show».</source>
            <translation>Введите ключ приёма (как в очереди, например F1_12345) и нажмите «Показать».</translation>
        </message>
        <message>
            <source>No portal is configured, so deals cannot be searched: enter the webhook URL in Settings.</source>
            <translation>Портал не настроен, искать сделки негде: введите адрес вебхука в Настройках.</translation>
        </message>
        <message>
            <source>No deals found. Try the phone in another form, the surname or the deal ID.</source>
            <translation>Сделки не найдены. Попробуйте телефон в другом виде, фамилию или номер сделки.</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) found. Select one to see what the next cycle will do to it.</source>
            <translation>
                <numerusform>Найдена %n сделка. Выберите её, чтобы увидеть, что сделает следующий цикл.</numerusform>
                <numerusform>Найдено %n сделки. Выберите одну, чтобы увидеть, что сделает следующий цикл.</numerusform>
                <numerusform>Найдено %n сделок. Выберите одну, чтобы увидеть, что сделает следующий цикл.</numerusform>
            </translation>
        </message>
        <message>
            <source>The portal could not be searched: %1 Check the connection and press «Find» again.</source>
            <translation>Не удалось выполнить поиск на портале: %1 Проверьте связь и нажмите «Найти» ещё раз.</translation>
        </message>
        <message>
            <source>«%1» is not an appointment key: it looks like F1_12345 (branch and appointment number).</source>
            <translation>«%1» — не ключ приёма. Ключ выглядит так: F1_12345 (филиал и номер приёма).</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Читаю %1…</translation>
        </message>
        <message>
            <source>%1: %2, %3, doctor %4. Status: %5.</source>
            <translation>%1: %2, %3, врач %4. Статус: %5.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>The sync has not read %1 from IDENT yet: check the key, or run a cycle first.</source>
            <translation>Синхронизация ещё не читала %1 из IDENT: проверьте ключ или сначала запустите цикл.</translation>
        </message>
        <message>
            <source>Bound to deal %1 by hand.</source>
            <translation>Привязан к сделке %1 вручную.</translation>
        </message>
        <message>
            <source>Bound to deal %1.</source>
            <translation>Привязан к сделке %1.</translation>
        </message>
        <message>
            <source>Not bound to a deal yet.</source>
            <translation>Пока не привязан к сделке.</translation>
        </message>
        <message>
            <source>Waiting because: %1</source>
            <translation>Ждёт, потому что: %1</translation>
        </message>
        <message>
            <source>Type a phone, a surname or a deal ID to search.</source>
            <translation>Введите телефон, фамилию или номер сделки для поиска.</translation>
        </message>
        <message>
            <source>Searching the portal…</source>
            <translation>Ищу на портале…</translation>
        </message>
        <message>
            <source>If bound to deal %1: %2</source>
            <translation>При привязке к сделке %1: %2</translation>
        </message>
        <message>
            <source>This deal is already bound to %1.</source>
            <translation>Эта сделка уже привязана к %1.</translation>
        </message>
        <message>
            <source>Deal %1 is already bound to appointment %2. Bind %3 to it as well? Both appointments will then update the same deal.</source>
            <translation>Сделка %1 уже привязана к приёму %2. Привязать к ней ещё и %3? Тогда оба приёма будут обновлять одну сделку.</translation>
        </message>
        <message>
            <source>Bind appointment %1 to deal %2 «%3»?</source>
            <translation>Привязать приём %1 к сделке %2 «%3»?</translation>
        </message>
        <message>
            <source>Next cycle: %1</source>
            <translation>Следующий цикл: %1</translation>
        </message>
        <message>
            <source>Bind</source>
            <translation>Привязать</translation>
        </message>
        <message>
            <source>Sent: the sync binds %1 to deal %2 within a second and updates the deal in the next cycle. The change is recorded in Stage transitions.</source>
            <translation>Отправлено: синхронизация привяжет %1 к сделке %2 в течение секунды и обновит сделку в следующем цикле. Изменение будет видно в «Переходах стадий».</translation>
        </message>
        <message>
            <source>Remove the binding of %1 to deal %2? The deal itself is not changed; the next cycle looks for the appointment's deal again.</source>
            <translation>Снять привязку %1 к сделке %2? Сама сделка не изменится; следующий цикл снова будет искать сделку для приёма.</translation>
        </message>
        <message>
            <source>Unbind</source>
            <translation>Отвязать</translation>
        </message>
        <message>
            <source>Sent: %1 will be unbound within a second.</source>
            <translation>Отправлено: привязка %1 будет снята в течение секунды.</translation>
        </message>
        <message>
            <source>Let the next cycle create a new deal for %1? It first looks for a deal that carries this appointment's key; if several contacts of the patient match, it waits again: merge them in Bitrix24 first.</source>
            <translation>Создать для %1 новую сделку в следующем цикле? Сначала будет найдена сделка с ключом этого приёма, если она есть; если у пациента несколько подходящих контактов, приём снова будет ждать — сначала объедините их в Битрикс24.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Sent: the next cycle handles %1 again.</source>
            <translation>Отправлено: следующий цикл обработает %1 заново.</translation>
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
        <name>identsync::ConsolePortalWorker</name>
        <message>
            <source>No portal is configured: enter the webhook URL in Settings.</source>
            <translation>Портал не настроен: введите адрес вебхука в Настройках.</translation>
        </message>
        <message>
            <source>The webhook code is not in the keychain: %1 Enter it in Settings.</source>
            <translation>Кода вебхука нет в хранилище паролей: %1 Введите его в Настройках.</translation>
        </message>
    </context>
    <context>
        <name>identsync::DealCandidatesModel</name>
        <message>
            <source>free</source>
            <translation>свободна</translation>
        </message>
        <message>
            <source>Open an appointment to see what will happen.</source>
            <translation>Откройте приём, чтобы увидеть, что произойдёт.</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадия</translation>
        </message>
        <message>
            <source>IDENT key</source>
            <translation>Ключ IDENT</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Bound to</source>
            <translation>Привязана к</translation>
        </message>
        <message>
            <source>What the next cycle does</source>
            <translation>Что сделает следующий цикл</translation>
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
        <name>identsync::Importer</name>
        <message>
            <source>encrypted with Windows DPAPI, which cannot be decrypted here. Type it once: %1</source>
            <translation>зашифрован Windows DPAPI, здесь его не расшифровать. Введите его один раз: %1</translation>
        </message>
        <message>
            <source>the keychain (%1); never written to the file</source>
            <translation>в защищённое хранилище (%1); в файл не записывается</translation>
        </message>
        <message>
            <source>IdentSync has no such setting.</source>
            <translation>В IdentSync такой настройки нет.</translation>
        </message>
        <message>
            <source>IdentSync uses fixed timeouts (15 s to connect, 60 s per query).</source>
            <translation>В IdentSync ожидание постоянное (15 с на подключение, 60 с на запрос).</translation>
        </message>
        <message>
            <source>the code went to the keychain (webhook)</source>
            <translation>код перенесён в защищённое хранилище (webhook)</translation>
        </message>
        <message>
            <source>not a webhook address with its code (https://PORTAL/rest/USER/CODE/); set it on the Connections page.</source>
            <translation>это не адрес вебхука с кодом (https://ПОРТАЛ/rest/ПОЛЬЗОВАТЕЛЬ/КОД/); укажите его на странице «Подключения».</translation>
        </message>
        <message>
            <source>IdentSync paces requests by the portal's plan (portal/plan) and retries by its own policy.</source>
            <translation>IdentSync задаёт темп запросов по тарифу портала (portal/plan), а повторяет по своим правилам.</translation>
        </message>
        <message>
            <source>IdentSync leaves the responsible person to the portal (the webhook's owner).</source>
            <translation>Ответственного IdentSync оставляет порталу (владелец вебхука).</translation>
        </message>
        <message>
            <source>an old token of the replaced service; the webhook code replaces it.</source>
            <translation>старый токен прежней службы; его заменяет код вебхука.</translation>
        </message>
        <message>
            <source>pipeline prefixes (C2:) dropped: stages are moved into the pipeline of portal/deal_category</source>
            <translation>префиксы воронки (C2:) убраны: стадии переносятся в воронку из portal/deal_category</translation>
        </message>
        <message>
            <source>as its default: entry</source>
            <translation>как стадия для остальных статусов (default:)</translation>
        </message>
        <message>
            <source>cannot be read: %1 Set the stages on the Stages page.</source>
            <translation>не читается: %1 Задайте стадии на странице «Стадии и воронка».</translation>
        </message>
        <message>
            <source>belongs to the mapping, which was not taken.</source>
            <translation>относится к соответствию стадий, которое не перенесено.</translation>
        </message>
        <message>
            <source>as the default: entry of the standard mapping</source>
            <translation>как стадия для остальных статусов (default:) в стандартном соответствии</translation>
        </message>
        <message>
            <source>IdentSync reads final stages from the portal (won and lost stages), so they cannot disagree with it.</source>
            <translation>Финальные стадии IdentSync берёт с портала (успех и провал), поэтому они не расходятся с ним.</translation>
        </message>
        <message>
            <source>IdentSync writes the status once, as text (fields/status from status_text).</source>
            <translation>IdentSync пишет статус один раз, текстом (fields/status из status_text).</translation>
        </message>
        <message>
            <source>IdentSync does not write this value.</source>
            <translation>IdentSync это значение не записывает.</translation>
        </message>
        <message>
            <source>IdentSync finds contacts by the IDENT patient id (fields/contact_patient_id) and writes no other contact user field.</source>
            <translation>IdentSync находит контакты по номеру пациента в IDENT (fields/contact_patient_id) и других пользовательских полей контакта не пишет.</translation>
        </message>
        <message>
            <source>IdentSync converts leads by phone (sync/convert_leads), not by a trigger field.</source>
            <translation>IdentSync превращает лиды в сделки по телефону (sync/convert_leads), а не по полю-признаку.</translation>
        </message>
        <message>
            <source>IdentSync reads every change each cycle; its own sync/batch_size is how many it sends in one request (up to 50), a different setting.</source>
            <translation>IdentSync читает все изменения в каждом цикле; его sync/batch_size — это сколько записей уходит в одном запросе (до 50), другая настройка.</translation>
        </message>
        <message>
            <source>IdentSync always updates the deals it keeps; protected and final stages say what it may change.</source>
            <translation>IdentSync всегда обновляет свои сделки; что можно менять, определяют защищённые и финальные стадии.</translation>
        </message>
        <message>
            <source>branch numbers taken as IDENT OwnCompanies ids, as the replaced service used them</source>
            <translation>номера филиалов взяты как номера OwnCompanies в IDENT, как их использовала прежняя служба</translation>
        </message>
        <message>
            <source>[FilialFilter] default_filial_id was taken instead.</source>
            <translation>Вместо него взят [FilialFilter] default_filial_id.</translation>
        </message>
        <message>
            <source>IdentSync always keeps failed writes in its queue.</source>
            <translation>IdentSync всегда хранит неудавшиеся записи в своей очереди.</translation>
        </message>
        <message>
            <source>IdentSync's queue has no size limit: nothing is dropped when it is full.</source>
            <translation>У очереди IdentSync нет предела размера: ничего не теряется.</translation>
        </message>
        <message>
            <source>IdentSync keeps its queue in the state database; import the file with --queue.</source>
            <translation>IdentSync хранит очередь в базе состояния; сам файл переносится ключом --queue.</translation>
        </message>
        <message>
            <source>IdentSync's log is kept by the console and the service manager (journal), not configured here.</source>
            <translation>Журнал IdentSync ведут консоль и системный журнал службы, здесь он не настраивается.</translation>
        </message>
    </context>
    <context>
        <name>identsync::LegacyImport</name>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 не читается: %2.</translation>
        </message>
        <message>
            <source>%1 is not the replaced service's queue file: %2.</source>
            <translation>%1 — не файл очереди прежней службы: %2.</translation>
        </message>
        <message>
            <source>«%1» is not a reception key like F1_12345.</source>
            <translation>«%1» — не ключ приёма вида F1_12345.</translation>
        </message>
        <message>
            <source>completed by the replaced service.</source>
            <translation>уже выполнено прежней службой.</translation>
        </message>
        <message>
            <source>unknown state «%1».</source>
            <translation>неизвестное состояние «%1».</translation>
        </message>
        <message>
            <source>%1 there: read again from IDENT on the first run and sent (deals the replaced service made are found by their key).</source>
            <translation>там в состоянии %1: первый запуск заново прочитает приём из IDENT и отправит его (сделки прежней службы находятся по их ключу).</translation>
        </message>
        <message>
            <source>%1 undelivered receptions: first_run_days raised to %2 so the first run reads them again.</source>
            <translation>недоставленных приёмов: %1; first_run_days увеличен до %2, чтобы первый запуск прочитал их заново.</translation>
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
            <source>Stage transitions</source>
            <translation>Переходы стадий</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Привязка</translation>
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
        <name>identsync::MetricsEndpoint</name>
        <message>
            <source>The metrics endpoint listens on loopback only; [metrics] listen is «%1».</source>
            <translation>Метрики доступны только на локальном адресе; сейчас в [metrics] listen указано «%1».</translation>
        </message>
        <message>
            <source>The metrics endpoint cannot listen on %1:%2: %3</source>
            <translation>Не удаётся открыть метрики на %1:%2: %3</translation>
        </message>
        <message>
            <source>The engine is paused: %1</source>
            <translation>Обмен приостановлен: %1</translation>
        </message>
        <message>
            <source>No cycle has finished without errors for %1 s (the limit is %2 poll intervals, %3 s).</source>
            <translation>Уже %1 с ни один цикл обмена не прошёл без ошибок (допустимо интервалов опроса: %2, это %3 с).</translation>
        </message>
    </context>
    <context>
        <name>identsync::Notifier</name>
        <message>
            <source>IdentSync: synchronisation paused</source>
            <translation>IdentSync: синхронизация приостановлена</translation>
        </message>
        <message>
            <source>The portal refused the webhook (%1). Enter a new webhook code in Settings; synchronisation then resumes by itself.</source>
            <translation>Портал отклонил вебхук (%1). Введите новый код вебхука в «Настройках» — синхронизация продолжится сама.</translation>
        </message>
        <message>
            <source>The webhook lacks a permission (%1). Grant it in Bitrix24, then choose Resume.</source>
            <translation>У вебхука нет нужного права (%1). Выдайте его в Битрикс24, затем выберите «Продолжить».</translation>
        </message>
        <message>
            <source>The settings need fixing (%1). Open Settings and correct them; synchronisation then resumes by itself.</source>
            <translation>Настройки нужно исправить (%1). Откройте «Настройки» и исправьте их — синхронизация продолжится сама.</translation>
        </message>
        <message>
            <source>%1. Open the overview to see what to do.</source>
            <translation>%1. Что делать дальше — смотрите в «Обзоре».</translation>
        </message>
        <message>
            <source>IdentSync: items need attention</source>
            <translation>IdentSync: записи требуют внимания</translation>
        </message>
        <message>
            <source>Items that could not be synced: %1. Open Problems to see why and retry them.</source>
            <translation>Не удалось синхронизировать записей: %1. Откройте «Проблемы», чтобы узнать причину и повторить.</translation>
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
        <name>identsync::ProblemsModel</name>
        <message>
            <source>no code</source>
            <translation>без кода</translation>
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
            <translation>Команда передана синхронизации; числа обновятся, когда она будет выполнена.</translation>
        </message>
        <message>
            <source>The command was not sent: %1</source>
            <translation>Команда не отправлена: %1</translation>
        </message>
        <message>
            <source>No problems: every job is sent or on its way.</source>
            <translation>Проблем нет: все задания отправлены или в пути.</translation>
        </message>
        <message>
            <source>%1 job(s) could not be sent, grouped by cause. Choose a cause to see what to do.</source>
            <translation>Не удалось отправить заданий: %1. Они сгруппированы по причинам — выберите причину, чтобы узнать, что делать.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>What to do: %1</source>
            <translation>Что делать: %1</translation>
        </message>
        <message>
            <source>Retry all of these (%1)</source>
            <translation>Повторить все эти (%1)</translation>
        </message>
        <message>
            <source>Open &amp;Settings</source>
            <translation>Открыть &amp;настройки</translation>
        </message>
        <message>
            <source>Open &amp;Binding</source>
            <translation>Открыть при&amp;вязку</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Send all %1 job(s) with the problem «%2» again now?</source>
            <translation>Отправить снова все задания с проблемой «%2» (%1 шт.)?</translation>
        </message>
        <message>
            <source>Retry all</source>
            <translation>Повторить все</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueueChipsModel</name>
        <message>
            <source>All states</source>
            <translation>Все состояния</translation>
        </message>
        <message>
            <source>All problems</source>
            <translation>Все проблемы</translation>
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
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Попытки</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Следующая попытка</translation>
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
            <source>Last error</source>
            <translation>Последняя ошибка</translation>
        </message>
        <message>
            <source>Branch %1</source>
            <translation>Филиал %1</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueuePage</name>
        <message>
            <source>Export the queue</source>
            <translation>Выгрузка очереди</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV для Excel (*.csv)</translation>
        </message>
        <message>
            <source>Could not read the queue: %1</source>
            <translation>Не удалось прочитать очередь: %1</translation>
        </message>
        <message>
            <source>Sent to the synchronisation engine; the table updates when it has acted.</source>
            <translation>Команда передана синхронизации; таблица обновится, когда она будет выполнена.</translation>
        </message>
        <message>
            <source>The command was not sent: %1</source>
            <translation>Команда не отправлена: %1</translation>
        </message>
        <message>
            <source>Showing only: %1</source>
            <translation>Показаны только: %1</translation>
        </message>
        <message>
            <source>Retry all «%1» (%2)</source>
            <translation>Повторить все «%1» (%2)</translation>
        </message>
        <message>
            <source>Choose a problem in the list above first</source>
            <translation>Сначала выберите проблему в списке выше</translation>
        </message>
        <message>
            <source>Retry all failed (%1)</source>
            <translation>Повторить все «Без повтора» (%1)</translation>
        </message>
        <message>
            <source>%1 job(s) need a person: %2 failed with no more retries, %3 need a decision. Choose them below and press «Retry now» or open Problems.</source>
            <translation>Требуют вашего внимания: %1 (без повтора — %2, ждут решения — %3). Выберите их ниже и нажмите «Повторить сейчас» или откройте «Проблемы».</translation>
        </message>
        <message>
            <source>%1 job(s) wait to be retried automatically; nothing needs you now.</source>
            <translation>Ждут автоматического повтора: %1. От вас ничего не требуется.</translation>
        </message>
        <message>
            <source>%1 job(s) are being sent; nothing needs you now.</source>
            <translation>Отправляются: %1. От вас ничего не требуется.</translation>
        </message>
        <message>
            <source>Everything is sent; nothing needs you now.</source>
            <translation>Всё отправлено. От вас ничего не требуется.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <source>Select the jobs to retry in the table first.</source>
            <translation>Сначала выберите задания в таблице.</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Повторить сейчас</translation>
        </message>
        <message>
            <source>Select the jobs to cancel in the table first.</source>
            <translation>Сначала выберите в таблице задания для отмены.</translation>
        </message>
        <message>
            <source>Cancel jobs</source>
            <translation>Отменить задания</translation>
        </message>
        <message>
            <source>Choose a problem in the list above first.</source>
            <translation>Сначала выберите проблему в списке выше.</translation>
        </message>
        <message>
            <source>Send all %1 job(s) with the problem «%2» again now?</source>
            <translation>Отправить снова все задания с проблемой «%2» (%1 шт.)?</translation>
        </message>
        <message>
            <source>Retry all</source>
            <translation>Повторить все</translation>
        </message>
        <message>
            <source>Send all %1 failed job(s) again now? A manual retry does not use up an automatic attempt.</source>
            <translation>Отправить снова все задания без повтора (%1 шт.)? Ручной повтор не расходует автоматическую попытку.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Выгрузка…</translation>
        </message>
        <message>
            <source>Exported %1 row(s) to %2.</source>
            <translation>Выгружено строк: %1, файл %2.</translation>
        </message>
        <message>
            <source>Selected: %1</source>
            <translation>Выбрано: %1</translation>
        </message>
        <message>
            <source>Send %1 selected job(s) again now? Automatic attempts are not used up.</source>
            <translation>Отправить снова выбранные задания (%1 шт.)? Автоматические попытки не расходуются.</translation>
        </message>
        <message>
            <source>Cancel %1 selected job(s)? They are not sent to the portal unless the appointment changes in IDENT again. The cancellation is recorded.</source>
            <translation>Отменить выбранные задания (%1 шт.)? Они не будут отправлены на портал, пока приём снова не изменится в IDENT. Отмена записывается в журнал.</translation>
        </message>
        <message>
            <source>Retry all of the chosen problem</source>
            <translation>Повторить все задания выбранной проблемы</translation>
        </message>
    </context>
    <context>
        <name>identsync::QueueWorker</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Попытки</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Следующая попытка</translation>
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
            <source>Last error</source>
            <translation>Последняя ошибка</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлено</translation>
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
        <message>
            <source>Webhook code</source>
            <translation>Код вебхука</translation>
        </message>
        <message>
            <source>Password of %1</source>
            <translation>Пароль подключения %1</translation>
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
        <message>
            <source>More contacts have this patient's phone than Bitrix24 lists at once (20 or more). Merge the duplicates in Bitrix24 or bind the record by hand.</source>
            <translation>Телефон пациента указан у слишком многих контактов (20 и больше), Битрикс24 не показывает их все сразу. Объедините дубликаты в Битрикс24 или привяжите запись вручную.</translation>
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
    <context>
        <name>identsync::TrayPresenter</name>
        <message>
            <source>running, nothing waiting</source>
            <translation>работает, очередь пуста</translation>
        </message>
        <message>
            <source>synchronising</source>
            <translation>идёт синхронизация</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>пауза</translation>
        </message>
        <message>
            <source>paused — %1</source>
            <translation>пауза — %1</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>не запущена</translation>
        </message>
        <message>
            <source>IdentSync: %1</source>
            <translation>IdentSync: %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
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
