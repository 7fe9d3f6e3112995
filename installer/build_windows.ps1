# Build the Windows installer on a Windows PC with Python 3.11+ and Inno Setup 6 installed.
# Usage (PowerShell, from the repository root):  .\installer\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)

if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install --upgrade pip
.\.venv\Scripts\python -m pip install -e ".[installer]"

# The folder dist\FrontDesk with FrontDesk.exe (desktop) and frontdesk-cli.exe (command line).
.\.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build installer\frontdesk.spec
# A bundle that cannot start fails the build here rather than at the venue.
.\dist\FrontDesk\frontdesk-cli.exe --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the bundled command line does not start" }

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found: $iscc" }
& $iscc installer\frontdesk.iss
Write-Host "Installer written to dist\"
