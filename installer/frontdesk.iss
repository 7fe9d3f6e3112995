; Inno Setup script: installs the PyInstaller folder (dist\FrontDesk) on the reception PC.
; Build with installer\build_windows.ps1, which runs PyInstaller first and then ISCC.exe.
; The venue's data is NOT in the program folder: it lives in the user's data dir (see README),
; so uninstalling or upgrading the program never touches customer files or backups.

#define AppName "FrontDesk 前台客户管理"
#define AppVersion GetEnv("FRONTDESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C4F2A5E-7B1D-4E9A-9C3F-0F2D8E1A5B77}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=FrontDesk
DefaultDirName={autopf}\FrontDesk
DefaultGroupName=FrontDesk
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=FrontDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern
UninstallDisplayIcon={app}\FrontDesk.exe

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\FrontDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\FrontDesk 前台客户管理"; Filename: "{app}\FrontDesk.exe"
Name: "{group}\{cm:UninstallProgram,FrontDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\FrontDesk 前台客户管理"; Filename: "{app}\FrontDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\FrontDesk.exe"; Description: "{cm:LaunchProgram,FrontDesk}"; Flags: nowait postinstall skipifsilent
