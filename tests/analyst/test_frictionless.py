"""`frictionless validate datapackage.json` passes on an export, descriptor and data.

The run includes a statement with no publication date, so most tables have two partition
files. Frictionless reads only the first file of a multi-file Parquet resource, so the
second test validates every file as a resource of its own against its table's schema.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


@pytest.fixture(scope="module")
def package_dir(mixed_data_dir: Path) -> Path:
    return (mixed_data_dir / "parquet").resolve()


def test_the_validator_passes_the_descriptor_and_the_data(package_dir: Path):
    result = subprocess.run([str(FRICTIONLESS), "validate", "datapackage.json"], cwd=package_dir,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout[-4000:]


def test_every_file_of_every_table_is_valid(package_dir: Path):
    from frictionless import Resource, Schema, validate

    package = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    checked = 0
    for described in package["resources"]:
        paths = described["path"] if isinstance(described["path"], list) else [described["path"]]
        schema = {k: v for k, v in described["schema"].items() if k != "foreignKeys"}
        for path in paths:
            resource = Resource(path=path, basepath=str(package_dir), format="parquet",
                                schema=Schema.from_descriptor(schema))
            report = validate(resource)
            assert report.valid, (path, report.flatten(["type", "fieldName", "note"])[:5])
            checked += 1
    assert checked > len(package["resources"])  # the undated statement's folders were checked too
