; Inno Setup 6 script: a per-user (or, when run as admin, per-machine) installer for the
; PyInstaller one-folder build in dist\sessionkit\.
;
; Build on Windows, from the repository root, after the PyInstaller build:
;   pyinstaller --noconfirm packaging\sessionkit.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\sessionkit.iss
; Result: dist\installer\SessionKit-0.1.0-setup.exe
;
; Paths below are relative to this file's folder. The uninstaller removes the program only:
; the user's notes (%LOCALAPPDATA%\SessionKit) are never deleted.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SessionKit"
#define AppExe "SessionKit.exe"

[Setup]
; Never change AppId: it is how Windows recognises an upgrade of the same app.
AppId={{DAF49A39-F594-4475-A046-2548BD762BD3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The SessionKit contributors
AppComments=Agenda, clock, notes and the post-session report for one conference session, offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=SessionKit-{#AppVersion}-setup
SetupIconFile=..\icons\sessionkit.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\sessionkit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
