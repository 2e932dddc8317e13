#!/bin/sh
# zhoubao offline install (Linux): a virtual environment from the wheels beside this script,
# without the network, and a menu shortcut 周报汇编 that opens the page (zhoubao serve) in the
# editor's workspace. Usage: sh install.sh [目标文件夹] [工作区]
# (defaults: ~/zhoubao-env, ~/周报)
set -e
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-"$HOME/zhoubao-env"}
workspace=${2:-"$HOME/周报"}

python=${ZHOUBAO_PYTHON:-}
if [ -z "$python" ]; then
    for candidate in python3.13 python3.12 python3.11 python3 python; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            python=$candidate
            break
        fi
    done
fi
if [ -z "$python" ]; then
    echo "没有找到 Python 3.11 或更高版本（麒麟、统信 UOS 自带的多是 3.7/3.8）。" >&2
    echo "请先安装 python3.11（如 sudo apt install python3.11 python3.11-venv），再运行本脚本。" >&2
    exit 1
fi

echo "使用 $("$python" --version 2>&1)，安装到 $target ……"
if ! "$python" -m venv "$target"; then
    echo "无法建立虚拟环境。Debian/Ubuntu/UOS/麒麟上请先安装 python3.11-venv（或对应版本的 -venv 包）。" >&2
    exit 1
fi
"$target/bin/python" -m pip install --no-index --find-links "$here/wheels" zhoubao
echo
echo "安装完成：$("$target/bin/zhoubao" --version)"
echo "每次打开新的终端窗口，先运行下面这一行，再使用 zhoubao 命令："
echo "    . \"$target/bin/activate\""

# 周报汇编: a shortcut in the applications menu (and on the desktop when there is one) that starts
# the page in the workspace; the first `zhoubao new` there writes its zhoubao.toml.
mkdir -p "$workspace"
[ -f "$workspace/zhoubao.toml" ] || (cd "$workspace" && "$target/bin/python" -c \
    "from zhoubao_cli.workspace import Workspace, write_default_config; from pathlib import Path; write_default_config(Workspace(Path('.').resolve()))")
applications=${XDG_DATA_HOME:-"$HOME/.local/share"}/applications
mkdir -p "$applications"
shortcut="$applications/zhoubao.desktop"
cat > "$shortcut" <<DESKTOP
[Desktop Entry]
Type=Application
Name=周报汇编
Comment=在浏览器里汇编本期周报（zhoubao serve）
Exec=sh -c 'cd "$workspace" && "$target/bin/zhoubao" serve'
Terminal=true
Categories=Office;
DESKTOP
chmod +x "$shortcut"
for desktop in "$HOME/Desktop" "$HOME/桌面"; do
    [ -d "$desktop" ] && cp "$shortcut" "$desktop/周报汇编.desktop" && chmod +x "$desktop/周报汇编.desktop"
done
echo "已在应用程序菜单（和桌面）上放了“周报汇编”：打开它就在浏览器里使用，工作区是 $workspace"
