"""Tests for the package as released: one version, a licence, and a wheel and sdist that check out.

The build tests need the ``release`` extra (``build``, ``twine``, ``hatchling``)
and are skipped without it; CI installs it, and ``.ci/run`` also installs the
wheel in a fresh virtual environment and runs ``pressparse --example`` from it.
"""

import importlib.metadata
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import pressparse

ROOT = Path(__file__).parent.parent


class TestMetadata:
    def test_one_version(self):
        """The installed metadata reads its version from ``pressparse.__version__``."""
        assert pressparse.__version__ == importlib.metadata.version("pressparse")

    def test_licence(self):
        """The MIT licence ships at the root."""
        assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")

    def test_entry_point(self):
        """The console script is the CLI's main."""
        (script,) = [e for e in importlib.metadata.entry_points(group="console_scripts") if e.name == "pressparse"]

        assert "pressparse.cli:main" == script.value


@pytest.fixture(name="dist", scope="module")
def _dist(tmp_path_factory):
    """The wheel and sdist, built from this tree without network (``--no-isolation``)."""
    for module in ("build", "hatchling"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"needs {module} (pip install -e '.[release]')")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.package
class TestBuild:
    def test_wheel_contents(self, dist):
        """The wheel holds the typing marker, the bundled example and this version's metadata."""
        (wheel,) = dist.glob("*.whl")
        names = zipfile.ZipFile(wheel).namelist()

        assert {"pressparse/py.typed", "pressparse/_example/interpol_bogota_2019.txt"} <= set(names)
        assert f"pressparse-{pressparse.__version__}.dist-info/METADATA" in names

    def test_sdist(self, dist):
        """The sdist is named for this version."""
        assert [f"pressparse-{pressparse.__version__}.tar.gz"] == [p.name for p in dist.glob("*.tar.gz")]

    def test_twine_check(self, dist):
        """``twine check`` accepts both files (long description renders, metadata complete)."""
        if importlib.util.find_spec("twine") is None:
            pytest.skip("needs twine (pip install -e '.[release]')")
        result = subprocess.run(
            [sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())],
            capture_output=True,
            text=True,
            check=False,
        )

        assert 0 == result.returncode, result.stdout + result.stderr
