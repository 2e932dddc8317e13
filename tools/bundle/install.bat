@echo off
rem zhoubao offline install (Windows): a virtual environment from the wheels beside this file,
rem without the network, and a shortcut 周报汇编 (desktop and start menu) that opens the page
rem (zhoubao serve) in the editor's workspace.
rem Usage: install.bat [target folder] [workspace]   (defaults: %USERPROFILE%\zhoubao-env, %USERPROFILE%\周报)
chcp 65001 >nul
setlocal
set "HERE=%~dp0"
set "TARGET=%~1"
if "%TARGET%"=="" set "TARGET=%USERPROFILE%\zhoubao-env"
set "WORK=%~2"
if "%WORK%"=="" set "WORK=%USERPROFILE%\周报"
set "PY="
for %%v in (3.13 3.12 3.11) do if not defined PY py -%%v -c "" >nul 2>&1 && set "PY=py -%%v"
if not defined PY python -c "import sys; sys.exit(sys.version_info < (3, 11))" >nul 2>&1 && set "PY=python"
if not defined PY (
    echo 没有找到 Python 3.11 或更高版本。请先安装 Python，安装时勾选 Add python.exe to PATH。
    pause
    exit /b 1
)
echo 安装到 %TARGET% ……
%PY% -m venv "%TARGET%" || goto failed
"%TARGET%\Scripts\python.exe" -m pip install --no-index --find-links "%HERE%wheels" zhoubao || goto failed
if not exist "%WORK%" mkdir "%WORK%"
if not exist "%WORK%\zhoubao.toml" (
    pushd "%WORK%"
    "%TARGET%\Scripts\python.exe" -c "from zhoubao_cli.workspace import Workspace, write_default_config; from pathlib import Path; write_default_config(Workspace(Path('.').resolve()))"
    popd
)
rem 周报汇编: on the desktop and in the start menu, it starts the page in the workspace.
powershell -NoProfile -Command "$s=(New-Object -ComObject WScript.Shell); foreach($d in @([Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs'))){ $l=$s.CreateShortcut((Join-Path $d '周报汇编.lnk')); $l.TargetPath='%TARGET%\Scripts\zhoubao.exe'; $l.Arguments='serve'; $l.WorkingDirectory='%WORK%'; $l.Description='在浏览器里汇编本期周报'; $l.Save() }"
echo.
echo 已在桌面和开始菜单放了“周报汇编”：双击它就在浏览器里使用，工作区是 %WORK%
echo 安装完成。每次打开新的命令提示符窗口，先运行下面这一行，再使用 zhoubao 命令：
echo     "%TARGET%\Scripts\activate"
pause
exit /b 0
:failed
echo 安装没有完成，请把上面的信息发给信息中心。
pause
exit /b 1
