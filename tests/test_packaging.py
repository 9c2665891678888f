"""The wheel carries what it needs (schemas/, warehouse/, the flow) and installs no `flows` package.

The wheel is built from a clean copy of the working tree, as CI builds it; `.ci/wheel-check`
then installs such a wheel outside the checkout and runs the sample through it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from un_statements_etl.resources import resource

REPO = Path(__file__).resolve().parents[1]
SHIPPED = {"schemas": "*.yaml", "warehouse": "**/*.sql", "flows": "*.py"}


def _top_level_files() -> dict[str, bytes]:
    return {f"{folder}/{p.relative_to(REPO / folder)}": p.read_bytes()
            for folder, pattern in SHIPPED.items() for p in sorted((REPO / folder).glob(pattern))}


def _not_sources(folder: str, names: list[str]) -> set[str]:
    skipped = shutil.ignore_patterns(".git", ".venv", ".tools", "build", "*.egg-info", "__pycache__", ".*_cache")
    root_only = {"data", "bench-out"} if Path(folder) == REPO else set()
    return set(skipped(folder, names)) | (root_only & set(names))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    tmp = tmp_path_factory.mktemp("wheel")
    # a copy without build/ or egg-info, so no stale file from an earlier build can slip in
    src = tmp / "src"
    shutil.copytree(REPO, src, symlinks=True, ignore=_not_sources)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp / "dist"), str(src)],
                   check=True, capture_output=True)
    (path,) = (tmp / "dist").glob("*.whl")
    return zipfile.ZipFile(path)


def test_the_wheel_ships_exact_copies_of_the_top_level_folders(wheel):
    packaged = {name.removeprefix("un_statements_etl/_resources/"): wheel.read(name) for name in wheel.namelist()
                if name.startswith("un_statements_etl/_resources/")}
    assert packaged == _top_level_files()


def test_the_wheel_installs_only_the_library_package(wheel):
    tops = {name.split("/")[0] for name in wheel.namelist() if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"un_statements_etl"}
    assert "un_statements_etl/data/samples/000_53fc4278c411d2e1.txt" in wheel.namelist()


def test_the_installed_package_reads_the_top_level_files():
    assert {name: (resource(*name.split("/"))).read_bytes() for name in _top_level_files()} == _top_level_files()


def test_the_flow_loads_by_path_without_a_flows_package(tmp_path):
    # a fresh interpreter outside the checkout: nothing named `flows` can be imported there
    code = ("import sys; from un_statements_etl.resources import flow_module; m = flow_module(); "
            "assert 'flows' not in sys.modules; assert callable(m.run_flow) and callable(m.serve_flow); "
            "print(m.__name__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "_un_statements_flows.statements_flow"
