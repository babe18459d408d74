"""Write ``src/pressparse/_data/place_tables.py``: the snapshot of what ``pycountry`` and ``us`` give.

Run after upgrading either package: ``python tests/update_place_tables.py``. ``test_place_tables.py``
fails while the snapshot and the installed packages disagree.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "pressparse" / "_data" / "place_tables.py"
HEADER = '''"""Snapshot of the place tables ``pycountry`` and ``us`` give (generated; do not edit).

Written by ``tests/update_place_tables.py`` from pycountry {pycountry} and us {us}; read by
``places._table`` only when those packages are not installed. Each table is the space-separated
lookup keys (``places.place_key``) of ``places.library_tables()``.
"""

# fmt: off
'''


def render() -> str:
    """The snapshot module's text for the installed packages."""
    from importlib.metadata import version

    from pressparse._data.places import library_tables

    out = [HEADER.format(pycountry=version("pycountry"), us=version("us"))]
    for name, keys in library_tables().items():
        body = textwrap.fill(" ".join(sorted(keys)), width=100, break_long_words=False, break_on_hyphens=False)
        out.append(f'{name} = """\n{body}\n"""\n')
    return "\n".join(out)


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
