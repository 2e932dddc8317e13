"""The offline bundle, built for this machine and installed with the network off (--no-index)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from zhoubao_cli import __version__

# Building needs PyPI; offline, skip it with `-m "not network"` or ZHOUBAO_OFFLINE=1.
pytestmark = [
    pytest.mark.network,
    pytest.mark.skipif(bool(os.environ.get("ZHOUBAO_OFFLINE")), reason="ZHOUBAO_OFFLINE is set"),
    pytest.mark.skipif(sys.platform == "win32", reason="install.sh is the Linux installer"),
]


def test_bundle_installs_without_the_network(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "tools/make_bundle.py"), "--this-machine", "--out", tmp_path],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (bundle,) = tmp_path.glob("zhoubao-offline-*.zip")
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "unpacked")
    wheels = [n for n in names if n.endswith(".whl")]
    assert any(n.split("/")[-1].startswith(f"zhoubao-{__version__}-") for n in wheels)
    assert any("pydantic_core" in n for n in wheels) and any("lxml" in n for n in wheels)
    assert {"zhoubao-offline/install.sh", "zhoubao-offline/install.bat"} <= set(names)

    target = tmp_path / "env"
    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    env = {**os.environ, "ZHOUBAO_PYTHON": sys.executable, "PIP_NO_INDEX": "1", "HOME": str(home)}
    env.pop("VIRTUAL_ENV", None)
    env.pop("XDG_DATA_HOME", None)
    installed = subprocess.run(
        ["sh", str(tmp_path / "unpacked/zhoubao-offline/install.sh"), str(target)],
        env=env,
        capture_output=True,
        timeout=300,
    )
    said = installed.stdout.decode("utf-8") + installed.stderr.decode("utf-8")
    assert installed.returncode == 0, said
    assert "安装完成" in said and f"{target}/bin/activate" in said
    version = subprocess.run([target / "bin/zhoubao", "--version"], capture_output=True, check=True)
    assert version.stdout.decode("utf-8").strip() == f"zhoubao {__version__}"
    # 周报汇编 in the menu and on the desktop starts the page in the editor's workspace.
    shortcut = (home / ".local/share/applications/zhoubao.desktop").read_text("utf-8")
    assert "Name=周报汇编" in shortcut and f'"{target}/bin/zhoubao" serve' in shortcut
    assert (home / "Desktop/周报汇编.desktop").is_file()
    assert (home / "周报/zhoubao.toml").is_file()
