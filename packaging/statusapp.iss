; Inno Setup 6 script of the Statusapp installer: per user, no administrator rights.
;
; Build the bundle first (python packaging\build_bundle.py makes dist\Statusapp\), then
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" packaging\statusapp.iss
; or "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\statusapp.iss
; which writes dist\Statusapp-<version>-setup.exe. The version is read from Statusapp.exe's
; version information, which the build took from pyproject.toml.
;
; Installs into %LOCALAPPDATA%\Programs\Statusapp, adds a Start menu entry (and, if chosen, a
; desktop icon) for the current user only. The user's data (%LOCALAPPDATA%\Statusapp: the
; database and its backups) and settings (%APPDATA%\Statusapp) are not part of the
; installation: uninstalling keeps them unless the user says to delete them.

#define AppName "Statusapp"
; SourcePath: this script's folder (with a trailing backslash), whatever the current folder.
#define BundleDir SourcePath + "..\dist\Statusapp"
#define AppExe "Statusapp.exe"
#define AppVersion GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "ProductVersion")
#define AppNumericVersion GetVersionNumbersString(AddBackslash(BundleDir) + AppExe)
#if AppVersion == ""
  #error Build the bundle first: python packaging\build_bundle.py (no dist\Statusapp\Statusapp.exe)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6A0C2F47-3D5B-4C1E-9E7A-5B1F2D8C9A34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Statusapp developers
AppComments=Status updates of a municipal execution programme
VersionInfoVersion={#AppNumericVersion}
; Per user: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=Statusapp-{#AppVersion}-setup
SetupIconFile=..\resources\icons\statusapp.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Setup offers to close a running Statusapp before it replaces the files.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DeleteDataQuestion=Wilt u ook uw Statusapp-gegevens verwijderen?%n%nDatabase en back-ups: %1%nInstellingen: %2%n%nKies Nee om ze te bewaren (aanbevolen als u Statusapp later opnieuw installeert).
en.DeleteDataQuestion=Also delete your Statusapp data?%n%nDatabase and backups: %1%nSettings: %2%n%nChoose No to keep them (recommended if you will install Statusapp again).
nl.CommandLineNote=Opdrachtregel voor concerncontrol: statusapp-cli.exe in de programmamap.
en.CommandLineNote=Command line for the control team: statusapp-cli.exe in the program folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an earlier version that this one no longer ships (PyInstaller's folder changes).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder. The portable marker is never installed: an installed program
; keeps its data in the user's profile.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Excludes: "portable,Statusapp data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} and {autodesktop} are the user's own folders in a per-user installation.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:CommandLineNote}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Uninstalling keeps the user's data unless the user says otherwise. The question's default
  answer is No, and a silent uninstall (/SILENT, /VERYSILENT) never deletes data. }

function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\Statusapp');
end;

function SettingsFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\Statusapp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if UninstallSilent then
    exit;
  if not DirExists(DataFolder()) and not DirExists(SettingsFolder()) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataFolder(), SettingsFolder()]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataFolder(), True, True, True);
    DelTree(SettingsFolder(), True, True, True);
  end;
end;
