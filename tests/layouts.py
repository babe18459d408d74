"""Layout robustness: lay each gold body out again as other scrapers would, and parse it back.

Usage: ``python tests/layouts.py [FOLDER]`` prints one row per layout: how many
documents give their gold body back, and which do not. ``python
tests/layouts.py NAME LAYOUT`` also prints, for one document, the diff of the
gold blocks against the parsed ones, and ``--show`` the laid-out text itself.

Method (issue #4): the body a release's author wrote does not depend on how a
scraper laid it out. For every ``NAME.gold.json`` the gold dateline and body
blocks are written out again in each layout of ``LAYOUTS``; ``parse`` must
give back the gold blocks, kind and whitespace-normalised text, in order.
The layouts are the scraping styles seen in the corpus and in the releases of
the same sources:

- ``blank``: blocks between blank lines (most HTML scrapes);
- ``newline``: one newline between blocks (DOJ and Cook County pages);
- ``crlf``: ``blank`` with Windows line ends;
- ``indent``: ``blank`` with every block after the first indented by one
  space (wire_006 and other wire pages);
- ``wrap70``: every block hard-wrapped at 70 columns, blank lines between
  (e-mailed and wire releases; ``textwrap`` breaks no word and no hyphen);
- ``wrap72tight``: wrapped at 72 with no blank line between blocks, as PDF
  text is (da_004, da_022), a paragraph end shown only by its short last line;
- ``glued``: a paragraph that ends in a stop glued to the capital of the next
  with no separator at all (INTERPOL pages: ``world.Every``);
- ``nbspbullet``: list items as ``NBSP NBSP • NBSP text`` (INTERPOL lists).

A list item gets a ``- `` bullet (``•`` in ``nbspbullet``); the dateline
opens the first block as a dateline does. Documents without a body are left
out of the layouts that need one. The gold title is not laid out: a body that
opens with a subheading (wire_020) fails in every layout, as the text under
a dateline then has no title over it. Some failures are the corpus's own known
failures (``known_failures.json``): the raw text fails there too.

A script, not a test: pytest only imports it (for doctests), it runs nothing.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pressparse import parse
from tests.gold import norm

Blocks = list[tuple[str, str]]
"""The gold body: ``(kind, text)`` pairs."""


def _parts(first: str, blocks: Blocks, bullet: str = "- ") -> list[str]:
    """The blocks as written: the dateline opening the first, a list item behind its bullet.

    >>> _parts("CITY — ", [("paragraph", "One."), ("list_item", "Two")])
    ['CITY — One.', '- Two']
    """
    items = [bullet + text if kind == "list_item" else text for kind, text in blocks]
    return [first + items[0], *items[1:]] if items else [first]


def _opening(gold: dict[str, Any]) -> str:
    """The dateline as it opens the first block: ``WASHINGTON — `` (one space after a dash, else two)."""
    dateline = gold["dateline"]["text"] if gold["dateline"] else ""
    if not dateline:
        return ""
    return dateline + (" " if dateline.rstrip()[-1:] in "-–—,:" else "  ")


def _wrap(text: str, width: int) -> str:
    """``text`` hard-wrapped at ``width`` columns as a mail client does: no word or hyphenated word broken."""
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


Layout = Callable[[str, Blocks], str]
"""A layout: the opening dateline and the gold blocks in; the text out."""


def blank(first: str, blocks: Blocks) -> str:
    """Blocks between blank lines.

    >>> blank("CITY — ", [("paragraph", "One."), ("list_item", "Two")])
    'CITY — One.\\n\\n- Two'
    """
    return "\n\n".join(_parts(first, blocks))


def newline(first: str, blocks: Blocks) -> str:
    """One newline between blocks."""
    return "\n".join(_parts(first, blocks))


def crlf(first: str, blocks: Blocks) -> str:
    """Blocks between blank lines, Windows line ends."""
    return "\r\n\r\n".join(_parts(first, blocks))


def indent(first: str, blocks: Blocks) -> str:
    """Blocks between blank lines, every one after the first indented by one space (wire_006)."""
    return "\n\n ".join(_parts(first, blocks))


def wrap70(first: str, blocks: Blocks) -> str:
    """Every block wrapped at 70 columns, blank lines between.

    >>> print(wrap70("", [("paragraph", "word " * 20)]))
    word word word word word word word word word word word word word word
    word word word word word word
    """
    return "\n\n".join(_wrap(x, 70) for x in _parts(first, blocks))


def wrap72tight(first: str, blocks: Blocks) -> str:
    """Every block wrapped at 72 columns, no blank line between blocks (PDF text)."""
    return "\n".join(_wrap(x, 72) for x in _parts(first, blocks))


def glued(first: str, blocks: Blocks) -> str:
    """A block that ends in a stop glued to the capital opening the next one; else one newline.

    >>> glued("", [("paragraph", "Police met."), ("paragraph", "Every officer agreed"), ("paragraph", "today.")])
    'Police met.Every officer agreed\\ntoday.'
    """
    parts = _parts(first, blocks)
    text = parts[0]
    for part in parts[1:]:
        text += ("" if text[-1:] in '.!?”"' and part[:1].isupper() else "\n") + part
    return text


def nbspbullet(first: str, blocks: Blocks) -> str:
    """One newline between blocks, list items behind ``NBSP NBSP • NBSP`` (INTERPOL lists)."""
    return "\n".join(_parts(first, blocks, "\u00a0\u00a0•\u00a0"))


LAYOUTS: dict[str, Layout] = {
    "blank": blank,
    "newline": newline,
    "crlf": crlf,
    "indent": indent,
    "wrap70": wrap70,
    "wrap72tight": wrap72tight,
    "glued": glued,
    "nbspbullet": nbspbullet,
}
"""The layouts, by name."""
# Layouts that need a body: without one they are the blank layout again.
_NEED_BODY = frozenset(("wrap70", "wrap72tight", "glued", "nbspbullet"))


def laid_out(gold: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield ``(layout, text)`` for every layout that applies to the gold document."""
    blocks: Blocks = [(kind, text) for kind, text in gold["body"]]
    for name, layout in LAYOUTS.items():
        if blocks or name not in _NEED_BODY:
            yield name, layout(_opening(gold), blocks)


def _expected(gold: dict[str, Any]) -> list[str]:
    return [f"{kind}: {norm(text)}" for kind, text in gold["body"]]


def _parsed(text: str) -> list[str]:
    return [f"{block.kind}: {norm(block.text)}" for block in parse(text).body]


def evaluate(folder: Path) -> dict[str, tuple[int, list[str]]]:
    """Return, per layout, the number of documents read back right and the names of the others."""
    table: dict[str, tuple[int, list[str]]] = {name: (0, []) for name in LAYOUTS}
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = gold_path.name.removesuffix(".gold.json")
        for layout, text in laid_out(gold):
            right, wrong = table[layout]
            if _parsed(text) == _expected(gold):
                table[layout] = (right + 1, wrong)
            else:
                wrong.append(name)
    return table


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and print the table (and one document's diff)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=Path(__file__).parent / "corpus")
    parser.add_argument("name", nargs="?", help="a document to diff, e.g. wire_012")
    parser.add_argument("layout", nargs="?", choices=sorted(LAYOUTS), help="the layout to diff it in")
    parser.add_argument("--show", action="store_true", help="print the laid-out text of NAME too")
    args = parser.parse_args(argv)
    if args.folder.suffix or not args.folder.is_dir():  # "layouts.py NAME LAYOUT": no folder given
        args.folder, args.name, args.layout = Path(__file__).parent / "corpus", str(args.folder), args.name
    if args.name is None:
        print(f"{'layout':12s} {'right':>7s}  wrong")
        for layout, (right, wrong) in evaluate(args.folder).items():
            print(f"{layout:12s} {right:>3d}/{right + len(wrong):<3d}  {' '.join(wrong)}")
        return 0
    gold = json.loads((args.folder / f"{args.name}.gold.json").read_text(encoding="utf-8"))
    for layout, text in laid_out(gold):
        if layout != args.layout:
            continue
        if args.show:
            print(text, end="\n\n")
        diff = difflib.unified_diff(_expected(gold), _parsed(text), "gold", "parsed", lineterm="", n=0)
        print("\n".join(line[:160] for line in diff) or "same blocks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
