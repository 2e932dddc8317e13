#!/bin/sh
# zhoubao offline install (Linux): a virtual environment from the wheels beside this script,
# without the network. Usage: sh install.sh [目标文件夹]   (default: ~/zhoubao-env)
set -e
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-"$HOME/zhoubao-env"}

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
