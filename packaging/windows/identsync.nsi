; IdentSync installer for Windows (NSIS 3, Unicode, 64-bit). README.md beside this file says how
; it is built and what is and is not verified.
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=C:\stage /DWINDEPLOYQT=C:\Qt\6.5.3\msvc2019_64\bin\windeployqt.exe
;            /DOUTFILE=identsync-0.1.0-setup.exe identsync.nsi
;
; PAYLOAD is `cmake --install build --prefix C:\stage` of a Windows build (identsync.exe and
; identsync-cli.exe in it) plus the service wrapper (WinSW renamed identsync-service.exe; see
; README.md). With WINDEPLOYQT defined, windeployqt copies Qt's DLLs, plugins and translations
; next to the executables before anything is packed.

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "pass /DPAYLOAD=folder (the installed Windows build)"
!endif
!ifndef OUTFILE
  !define OUTFILE "identsync-${VERSION}-setup.exe"
!endif

!define APPNAME "IdentSync"
!define SERVICE "IdentSync"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

!ifdef WINDEPLOYQT
  ; The windeployqt step: Qt's runtime next to both executables (the CLI needs no widgets).
  !system '"${WINDEPLOYQT}" --release --compiler-runtime --no-system-d3d-compiler --dir "${PAYLOAD}" "${PAYLOAD}/identsync.exe"' = 0
  !system '"${WINDEPLOYQT}" --release --compiler-runtime --dir "${PAYLOAD}" "${PAYLOAD}/identsync-cli.exe"' = 0
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "IdentSync: IDENT to Bitrix24 sync"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "IdentSync developers"

!define MUI_ICON "${__FILEDIR__}/../icons/identsync.ico"
!define MUI_UNICON "${__FILEDIR__}/../icons/identsync.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; Russian first: the clinic's administrators read Russian.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

LangString SecAppName ${LANG_RUSSIAN} "IdentSync (консоль и identsync-cli)"
LangString SecAppName ${LANG_ENGLISH} "IdentSync (console and identsync-cli)"
LangString SecServiceName ${LANG_RUSSIAN} "Служба обмена (на сервере клиники)"
LangString SecServiceName ${LANG_ENGLISH} "Sync service (on the clinic server)"
LangString ConsoleLink ${LANG_RUSSIAN} "IdentSync"
LangString ConsoleLink ${LANG_ENGLISH} "IdentSync"
LangString UninstallLink ${LANG_RUSSIAN} "Удалить IdentSync"
LangString UninstallLink ${LANG_ENGLISH} "Uninstall IdentSync"
LangString ConfigLink ${LANG_RUSSIAN} "Настройки службы IdentSync"
LangString ConfigLink ${LANG_ENGLISH} "IdentSync service settings"
LangString NeedsX64 ${LANG_RUSSIAN} "IdentSync работает только в 64-разрядной Windows."
LangString NeedsX64 ${LANG_ENGLISH} "IdentSync needs 64-bit Windows."
LangString ServiceFailed ${LANG_RUSSIAN} "Не удалось зарегистрировать службу IdentSync (код $0). Консоль установлена; службу можно зарегистрировать позже: identsync-service.exe install."
LangString ServiceFailed ${LANG_ENGLISH} "The IdentSync service could not be registered (code $0). The console is installed; register the service later with: identsync-service.exe install."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsX64)"
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "!$(SecAppName)" SecApp
  SectionIn RO
  ; An upgrade replaces files the running service holds open: stop it first.
  nsExec::Exec '"$SYSDIR\sc.exe" stop ${SERVICE}'
  Pop $0
  SetOutPath "$INSTDIR"
  ; Named files first, so a payload without them fails at compile time, not on the clinic's PC.
  File "${PAYLOAD}/identsync.exe"
  File "${PAYLOAD}/identsync-cli.exe"
  File "${PAYLOAD}/Qt6Core.dll"
  File "${PAYLOAD}/Qt6Gui.dll"
  File "${PAYLOAD}/Qt6Widgets.dll"
  File "${PAYLOAD}/Qt6Network.dll"
  File "${PAYLOAD}/Qt6Sql.dll"
  File "${PAYLOAD}/qt6keychain.dll"
  File /oname=identsync.ico "${__FILEDIR__}/../icons/identsync.ico"
  ; Qt's plugins as windeployqt laid them out: the platform, the SQL drivers, TLS.
  File /r "${PAYLOAD}/platforms"
  File /r "${PAYLOAD}/sqldrivers"
  File /r "${PAYLOAD}/tls"
  File /nonfatal /r "${PAYLOAD}/styles"
  File /nonfatal /r "${PAYLOAD}/translations"
  File /nonfatal "${PAYLOAD}/*.dll"
  SetOutPath "$INSTDIR\doc"
  File "${__FILEDIR__}/../../docs/install.md"
  File "${__FILEDIR__}/../../docs/configuration.md"
  File "${__FILEDIR__}/../../resources/identsync.sample.ini"

  ; The service's configuration lives with its data, outside Program Files; an upgrade keeps it.
  CreateDirectory "$APPDATA\${APPNAME}"
  SetOverwrite off
  SetOutPath "$APPDATA\${APPNAME}"
  File /oname=identsync.ini "${__FILEDIR__}/../../resources/identsync.sample.ini"
  SetOverwrite on

  SetOutPath "$INSTDIR"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(ConsoleLink).lnk" "$INSTDIR\identsync.exe" "" "$INSTDIR\identsync.ico"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(ConfigLink).lnk" "notepad.exe" '"$APPDATA\${APPNAME}\identsync.ini"'
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(UninstallLink).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "IdentSync"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\identsync.ico"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

; The headless engine as a Windows service: WinSW (identsync-service.exe) runs
; `identsync-cli --config %ProgramData%\IdentSync\identsync.ini run` and restarts it on failure.
Section /o "$(SecServiceName)" SecService
  SetOutPath "$INSTDIR"
  File "${PAYLOAD}/identsync-service.exe"
  File "${__FILEDIR__}/identsync-service.xml"
  nsExec::ExecToLog '"$INSTDIR\identsync-service.exe" install'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_ICONEXCLAMATION "$(ServiceFailed)"
  ${EndIf}
  ; Not started here: it needs the portal address in identsync.ini and the secrets first
  ; (README.md: identsync-cli secret set, run as the service's account).
SectionEnd

Section "Uninstall"
  ; Stop and unregister the service before its files go.
  ${If} ${FileExists} "$INSTDIR\identsync-service.exe"
    nsExec::ExecToLog '"$INSTDIR\identsync-service.exe" stop'
    Pop $0
    nsExec::ExecToLog '"$INSTDIR\identsync-service.exe" uninstall'
    Pop $0
  ${EndIf}
  Delete "$SMPROGRAMS\${APPNAME}\*.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\sqldrivers"
  RMDir /r "$INSTDIR\tls"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\translations"
  RMDir /r "$INSTDIR\doc"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.xml"
  Delete "$INSTDIR\*.log"
  Delete "$INSTDIR\identsync.ico"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\${APPNAME}"
  ; %ProgramData%\IdentSync (configuration, state database, logs) is the clinic's data: kept.
SectionEnd

LangString DescApp ${LANG_RUSSIAN} "Консоль IdentSync и identsync-cli."
LangString DescApp ${LANG_ENGLISH} "The IdentSync console and identsync-cli."
LangString DescService ${LANG_RUSSIAN} "Обмен работает как служба Windows без открытого окна. Нужно только на компьютере, где он будет работать постоянно."
LangString DescService ${LANG_ENGLISH} "Runs the exchange as a Windows service without a window. Only on the computer where it runs all the time."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DescApp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecService} "$(DescService)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END
