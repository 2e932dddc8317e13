"""Build the offline bundle: zhoubao and every wheel it needs, for machines without the network.

    python tools/make_bundle.py                  Windows x64, Linux x86_64 and aarch64; Python 3.11-3.13
    python tools/make_bundle.py --this-machine   only this machine's platform and Python (small, quick)

The zip holds wheels/, install.sh and install.bat (tools/bundle/); both install with
`pip install --no-index --find-links wheels zhoubao` into a new virtual environment.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent / "bundle"
PYTHONS = ["3.11", "3.12", "3.13"]
# pip accepts a wheel for any of the platform tags given; manylinux_2_28 covers Kylin V10 and
# UOS 20 (glibc 2.28), the older tags what most packages publish.
PLATFORMS = {
    "Windows x64": ["win_amd64"],
    "Linux x86_64": ["manylinux2014_x86_64", "manylinux_2_17_x86_64", "manylinux_2_28_x86_64"],
    "Linux aarch64": ["manylinux2014_aarch64", "manylinux_2_17_aarch64", "manylinux_2_28_aarch64"],
}


def _pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args, "--disable-pip-version-check"], check=True)


def _version() -> str:
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def build(out: Path, *, this_machine: bool) -> Path:
    """Build the bundle into out/ and return the zip's path."""
    with tempfile.TemporaryDirectory(prefix="zhoubao-bundle-") as tmp:
        staging = Path(tmp) / "zhoubao-offline"
        wheels = staging / "wheels"
        wheels.mkdir(parents=True)
        _pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels), str(ROOT))
        own = next(wheels.glob("zhoubao-*.whl"))
        if this_machine:
            _pip("download", "--quiet", "--only-binary=:all:", "--dest", str(wheels), str(own))
        else:
            for name, tags in PLATFORMS.items():
                for python in PYTHONS:
                    print(f"{name}, Python {python} ……", flush=True)
                    abi = "cp" + python.replace(".", "")
                    platform_args = [arg for tag in tags for arg in ("--platform", tag)]
                    _pip(
                        "download",
                        "--quiet",
                        "--only-binary=:all:",
                        "--implementation",
                        "cp",
                        "--python-version",
                        python,
                        "--abi",
                        abi,
                        "--abi",
                        "abi3",
                        "--abi",
                        "none",
                        *platform_args,
                        "--dest",
                        str(wheels),
                        str(own),
                    )
        for script in ("install.sh", "install.bat"):
            shutil.copy2(SCRIPTS / script, staging / script)
        out.mkdir(parents=True, exist_ok=True)
        suffix = "-this-machine" if this_machine else ""
        bundle = out / f"zhoubao-offline-{_version()}{suffix}.zip"
        with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(staging.rglob("*")):
                info = zipfile.ZipInfo.from_file(path, path.relative_to(staging.parent).as_posix())
                if path.is_file():
                    if path.suffix == ".sh":
                        info.external_attr = 0o755 << 16
                    archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    return bundle


def main() -> None:
    parser = argparse.ArgumentParser(description="生成 zhoubao 的离线安装包（需要联网下载依赖）。")
    parser.add_argument(
        "--this-machine", action="store_true", help="只为本机的系统和 Python 版本生成"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="放安装包的文件夹")
    args = parser.parse_args()
    bundle = build(args.out, this_machine=args.this_machine)
    count = len([n for n in zipfile.ZipFile(bundle).namelist() if n.endswith(".whl")])
    print(f"已生成 {bundle}（{count} 个 wheel，{bundle.stat().st_size / 1e6:.1f} MB）")


if __name__ == "__main__":
    main()
