"""The flow goes one way: the import contracts of pyproject.toml hold, and the core never
loads Textual, whatever of it is imported."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import briefing.core

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_core_never_imports_textual() -> None:
    modules = [
        m.name for m in pkgutil.walk_packages(briefing.core.__path__, prefix="briefing.core.")
    ]
    assert "briefing.core.workspace" in modules and "briefing.core.brief.build" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'briefing')"
        " and m.startswith(('textual', 'briefing.tui', 'briefing.cli', 'briefing.commands'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout


def test_every_package_of_the_code_is_installed() -> None:
    """`pyproject.toml` names the packages `pip install .` ships: one left out (a module made
    a package, `briefing/commands/`) works from a checkout and fails once installed."""
    import tomllib

    root = Path(__file__).resolve().parent.parent
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "briefing").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
