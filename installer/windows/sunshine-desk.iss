; Inno Setup 6 script: installs the PyInstaller bundle dist\sunshine-desk\ on a
; service-centre PC (no Python, no network needed). Saved as UTF-8 with a BOM,
; which Inno Setup needs to read the Chinese names.
;
;   python installer\build.py --setup        (builds the bundle, then runs iscc)
;   iscc /DAppVersion=0.1.0 installer\windows\sunshine-desk.iss
;
; Output: dist\sunshine-desk-setup-<version>.exe
;
; User data is never touched: the store (sunshine.db and its migration backups) and
; the log live in %LOCALAPPDATA%\sunshine-desk, the per-PC settings in the registry
; under HKCU\Software\sunshine-desk. Neither is installed by this script, so neither
; an upgrade nor the uninstaller removes them; the first start of a new version
; backs the store up and migrates it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\sunshine-desk"

[Setup]
; Keep this AppId for every release: it is how an upgrade finds the old install.
AppId={{6E0B6C1D-3F0A-4B8E-9A57-5D1C2F3B8A41}
AppName=阳光台 Sunshine Desk
AppVersion={#AppVersion}
AppVerName=阳光台 Sunshine Desk {#AppVersion}
AppPublisher=Sunshine Desk
DefaultDirName={autopf}\Sunshine Desk
DefaultGroupName=阳光台
DisableProgramGroupPage=yes
; Per machine by default (front desk and kiosk accounts share one install); a user
; without admin rights may choose an install just for themselves.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=sunshine-desk-setup-{#AppVersion}
SetupIconFile=sunshine-desk.ico
UninstallDisplayIcon={app}\sunshine-desk-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running client before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder, so no library of the old version
; lingers beside the new one. (Only {app}: user data lives elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\阳光台"; Filename: "{app}\sunshine-desk-gui.exe"; WorkingDir: "{app}"; \
    Comment: "物业服务中心客户端"
Name: "{group}\阳光台 查询机"; Filename: "{app}\sunshine-desk-gui.exe"; Parameters: "kiosk"; \
    WorkingDir: "{app}"; Comment: "住户自助查询（查询机）"
Name: "{group}\{cm:UninstallProgram,阳光台}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\阳光台"; Filename: "{app}\sunshine-desk-gui.exe"; WorkingDir: "{app}"; \
    Tasks: desktopicon

[Run]
Filename: "{app}\sunshine-desk-gui.exe"; Description: "{cm:LaunchProgram,阳光台}"; \
    Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it
; installed, and %LOCALAPPDATA%\sunshine-desk (the store, backups, log) stays.
