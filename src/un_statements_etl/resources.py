"""Files the package ships beside its code: table specs, warehouse SQL, the Prefect flow.

`schemas/`, `warehouse/` and `flows/` stay at the top of the repository (the design card
asks for them and they are the source of truth). `_resources/` in this package holds
symlinks to them: an editable install reads the checkout's files through the links, and
setuptools copies their content into the wheel (package-data in pyproject.toml). Either
way every reader goes through `importlib.resources`, never through a path walked up from
a source file, so an installed wheel works from any directory.

The flow is shipped as data, not as an importable package: `src/` never imports Prefect,
and a wheel must not install a top-level `flows` package. `flow_module` imports it by
path, on demand, for the CLI's Prefect commands only.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import ModuleType

from .errors import ConfigError

# The name the flow package gets when loaded from its packaged copy: private, so it can
# never shadow (or be shadowed by) a `flows` package of the user's own.
_FLOWS_PACKAGE = "_un_statements_flows"


def resource(*parts: str) -> Traversable:
    """`resource("warehouse", "views")`: a shipped file or folder, wheel or checkout alike."""
    node = files(__package__ or "un_statements_etl") / "_resources"
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    """A shipped file as a real path (wheels install unpacked; a zipped install is refused)."""
    node = resource(*parts)
    if not isinstance(node, Path):
        raise ConfigError(f"un_statements_etl is installed in a zip ({node}): install the wheel unpacked")
    return node.resolve()


def flows_module(name: str) -> ModuleType:
    """A module of the shipped `flows/` package (`api`, `statements_flow`), imported by path.

    A checkout that already imported `flows.<name>` itself (the tests, `python -m flows...`)
    gets that module back, so one flow object serves everyone in the process. Only
    `statements_flow` imports Prefect; `api` decides first whether it is needed at all.
    """
    for prefix in ("flows", _FLOWS_PACKAGE):
        if f"{prefix}.{name}" in sys.modules:
            return sys.modules[f"{prefix}.{name}"]
    if _FLOWS_PACKAGE not in sys.modules:
        folder = resource_path("flows")
        spec = importlib.util.spec_from_file_location(_FLOWS_PACKAGE, folder / "__init__.py",
                                                      submodule_search_locations=[str(folder)])
        if spec is None or spec.loader is None:
            raise ConfigError(f"the flow package is missing from {folder}")
        package = importlib.util.module_from_spec(spec)
        sys.modules[_FLOWS_PACKAGE] = package
        spec.loader.exec_module(package)  # flows/__init__.py: Prefect's environment defaults
    return importlib.import_module(f"{_FLOWS_PACKAGE}.{name}")


def flow_module() -> ModuleType:
    """`flows/statements_flow.py`, the Prefect layer."""
    return flows_module("statements_flow")
