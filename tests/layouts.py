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
- ``nbspbullet``: list items as ``NBSP NBSP • NBSP text`` (INTERPOL lists);
- ``interpol``: the INTERPOL/Europol web template (``interpol_bogota_2019``,
  ``interpol_santiago_chiefs``): paragraphs glued (``world.Every``) or
  parted by a whitespace-only line of four spaces, list items glued behind
  ``-`` and NBSP padding, photo captions floating at 20 spaces in a run of
  whitespace-only lines indented 4, 8 and 12 (after the first block,
  every fourth one after it, and in a third of the documents after the
  last paragraph; never before a list item), and one slideshow block (``1 /`` / ``3`` in
  whitespace lines indented up to 44) in the middle. The captions are the
  gold captions of the corpus and ``CAPTIONS``, written in the styles
  agencies caption photos in; the row then also counts caption precision,
  recall and the captions that leak into the body.

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
import zlib
from collections import Counter
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


CAPTIONS = (
    # The gold captions of the corpus (interpol_bogota_2019, wire_031).
    (
        "Colombian President Ivan Duque Márquez (centre) welcomed INTERPOL Secretary General Jürgen Stock (left)"
        " to Bogota."
    ),
    (
        "After meeting with INTERPOL Secretary General Stock, President Duque said ‘we have made very significant"
        " progress in the fight against international crime and terrorism’."
    ),
    (
        "[Howard Dvorkin](https://www.debt.com/author/hdvorkin/)"
        " [CPA and chairman](https://www.debt.com/author/hdvorkin/) of Debt.com"
    ),
    # A person "(left)" with someone; positions.
    "INTERPOL Secretary General Jürgen Stock (left) with the Minister of Interior of Senegal, Antoine Diome.",
    (
        "Europol Executive Director Catherine De Bolle (right) and the Director General of the Spanish National"
        " Police sign the agreement."
    ),
    "Left to right: Director Anne Smith, Commissioner Paul Jones and Inspector Maria Lopez",
    # A group.
    "Participants at the Global Conference on Missing Persons in Lyon, France.",
    "Delegates from 35 countries attended the three-day meeting in Buenos Aires.",
    "Group photo of the heads of delegation",
    "Workshop participants during a practical exercise.",
    # A scene.
    "Officers inspect seized firearms at the port of Guayaquil.",
    "The Secretary General addresses delegates at the opening ceremony",
    "Rescued victims receive medical assistance in Abidjan.",
    "Police dogs search containers for drugs at the port of Rotterdam.",
    "A specialist from the INTERPOL Cybercrime Directorate trains officers in Singapore.",
    "Some of the 42 suspects arrested during the operation.",
    # A label.
    "Photo: Investigators examine documents seized during the action day in Madrid.",
    "Image: Counterfeit medicines seized in the operation",
    # A quoted sentence with its attribution, as in the Bogota standfirst.
    "Opening the meeting, the Executive Director said “no country can fight organized crime alone”.",
    # One word, or short, often with no full stop.
    "Seized firearms",
    "Cash, jewellery and luxury watches seized in the raids.",
    "Illegal timber seized in Brazil during Operation Thunder",
    "Operation Pangea XVI: pharmaceuticals seized in Ireland.",
)
"""The captions the ``interpol`` layout floats between blocks, taken in turn from a place set by the document."""

# The INTERPOL template's pieces, as the two corpus pages show them (``cat -A``).
_PARTED = "    \n    \n"  # a paragraph's trailing spaces, then a whitespace-only line
_CAPTION_SLOT = (" " * 12 + "\n    \n        \n" + " " * 20, "\n" + " " * 12 + "\n")
_GLUED_ITEM = "-" + "\u00a0" * 13 + " "
_SLIDESHOW = (  # whitespace-only lines of these depths around the counter "1 /" / "3" at 20 (interpol_santiago_chiefs)
    "    \n"
    + "".join(" " * n + "\n" for n in (8, 12, 16, 44, 4, 4, 44, 4, 4, 44, 4, 4, 36, 16))
    + " " * 20 + "1 /\n"
    + " " * 20 + "3\n"
    + "".join(" " * n + "\n" for n in (16, 16, 20, 24, 20, 16, 16, 20, 24, 20, 16, 12, 8, 4))
)  # fmt: skip


def _interpol(first: str, blocks: Blocks) -> tuple[str, list[str]]:
    """The INTERPOL template text and the captions it floats in it.

    >>> text, caps = _interpol("LYON, France – ", [("paragraph", "One."), ("paragraph", "Two."), ("paragraph", "Three.")])
    >>> caps == [c for c in CAPTIONS if c in text]
    True
    >>> text.replace(caps[0], "CAPTION").split("\\n")[:6]
    ['LYON, France – One.            ', '    ', '        ', '                    CAPTION', '            ', 'Two.    ']
    """
    if not blocks:
        return first, []
    turn = zlib.crc32(blocks[0][1].encode("utf-8"))
    # Photos stand between paragraphs, not inside a list: a slot before a list item moves down.
    slideshow = len(blocks) // 2 if len(blocks) >= 3 else 0
    due = caption_due = 1
    captions: list[str] = []
    kind, text = blocks[0]
    out = first + (_GLUED_ITEM if kind == "list_item" else "") + text
    for i in range(1, len(blocks)):
        (before_kind, before), (kind, text) = blocks[i - 1], blocks[i]
        if i >= caption_due and kind != "list_item" and before_kind != "dateline":
            caption = CAPTIONS[(turn + len(captions)) % len(CAPTIONS)]
            captions.append(caption)
            caption_due = i + 4
            out += _CAPTION_SLOT[0] + caption + _CAPTION_SLOT[1]
        elif slideshow and i > slideshow and due and kind != "list_item":
            due = 0
            out += _SLIDESHOW
        elif kind == "list_item":
            out += _GLUED_ITEM if before_kind != "heading" else _PARTED + _GLUED_ITEM
            out += text
            continue
        elif (
            kind == before_kind == "paragraph"
            and i % 3
            and before[-1:] in '.!?”"'
            and (text[:1].isupper() or text[:1] in '“"')
        ):
            out += text  # glued: ``world.Every``
            continue
        else:
            out += _PARTED
        out += (_GLUED_ITEM if kind == "list_item" else "") + text
    if turn % 3 == 0 and blocks[-1][0] == "paragraph":  # a photo after the last paragraph
        captions.append(CAPTIONS[(turn + len(captions)) % len(CAPTIONS)])
        out += _CAPTION_SLOT[0] + captions[-1] + _CAPTION_SLOT[1]
    return out, captions


def interpol(first: str, blocks: Blocks) -> str:
    """The INTERPOL/Europol web template (``_interpol``), its captions floating between blocks."""
    return _interpol(first, blocks)[0]


LAYOUTS: dict[str, Layout] = {
    "blank": blank,
    "newline": newline,
    "crlf": crlf,
    "indent": indent,
    "wrap70": wrap70,
    "wrap72tight": wrap72tight,
    "glued": glued,
    "nbspbullet": nbspbullet,
    "interpol": interpol,
}
"""The layouts, by name."""
# Layouts that need a body: without one they are the blank layout again.
_NEED_BODY = frozenset(("wrap70", "wrap72tight", "glued", "nbspbullet", "interpol"))


def _story(gold: dict[str, Any], raw: str | None = None) -> tuple[str, Blocks]:
    """The opening and the blocks to lay out: the dateline where the source puts it.

    A dateline opens the first block (the opening), unless the raw text
    ``raw`` shows it opening a later block (``DALLAS — Among people`` under
    wire_018's highlights list) or standing on a line of its own (wire_020's
    ``Brentwood, United States - November 18, 2024 / DDSMatch South /``),
    which it keeps, as a block of kind ``dateline``.

    >>> gold = {"dateline": {"text": "LYON –"}, "body": [["heading", "Key points"], ["paragraph", "Police met."]]}
    >>> _story(gold, "Title\\n\\nKey points\\n\\nLYON – Police met.")
    ('', [('heading', 'Key points'), ('paragraph', 'LYON – Police met.')])
    >>> _story(gold, "LYON –\\n\\nKey points\\n\\nPolice met.")
    ('', [('dateline', 'LYON –'), ('heading', 'Key points'), ('paragraph', 'Police met.')])
    """
    blocks: Blocks = [(kind, text) for kind, text in gold["body"]]
    opening = _opening(gold)
    at = raw.find(gold["dateline"]["text"]) if raw and opening and blocks else -1
    if at < 0:
        return opening, blocks
    end = at + len(gold["dateline"]["text"])
    line_end = raw.find("\n", end)
    rest = raw[end : line_end if line_end >= 0 else len(raw)]
    after = norm(raw[end : end + 300])
    k = next((k for k, (_, text) in enumerate(blocks) if after.startswith(norm(text)[:40])), 0)
    if not rest.strip():
        return "", [*blocks[:k], ("dateline", gold["dateline"]["text"]), *blocks[k:]]
    if k == 0:
        return opening, blocks
    kind, text = blocks[k]
    return "", [*blocks[:k], (kind, opening + text), *blocks[k + 1 :]]


def laid_out(gold: dict[str, Any], raw: str | None = None) -> Iterator[tuple[str, str]]:
    """Yield ``(layout, text)`` for every layout that applies to the gold document (``raw``: its source)."""
    opening, blocks = _story(gold, raw)
    for name, layout in LAYOUTS.items():
        if gold["body"] or name not in _NEED_BODY:
            yield name, layout(opening, blocks)


def _raw(gold_path: Path) -> str | None:
    """The source text beside a gold file, if there is one."""
    txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    return txt.read_text(encoding="utf-8") if txt.is_file() else None


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
        for layout, text in laid_out(gold, _raw(gold_path)):
            right, wrong = table[layout]
            if _parsed(text) == _expected(gold):
                table[layout] = (right + 1, wrong)
            else:
                wrong.append(name)
    return table


def caption_scores(folder: Path) -> tuple[int, int, int, int, dict[str, list[str]]]:
    """Score the captions of the ``interpol`` layout: ``(right, found, expected, leaked, misses by document)``.

    A caption is right when its text comes back as a caption; it leaks when
    its text (or a sentence of it) ends up inside a body block. The misses
    list, per document, the captions missed (``-``) and the blocks wrongly
    taken for captions (``+``).
    """
    right = found = expected = leaked = 0
    misses: dict[str, list[str]] = {}
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold["body"]:
            continue
        text, captions = _interpol(*_story(gold, _raw(gold_path)))
        doc = parse(text)
        want = Counter(norm(c) for c in captions)
        got = Counter(norm(c.text) for c in doc.captions)
        hits = want & got
        right, found, expected = right + hits.total(), found + got.total(), expected + want.total()
        body = [norm(block.text) for block in doc.body]
        leaks = [c for c in want if any(c in b or b in c for b in body)]
        leaked += len(leaks)
        wrong = [f"- {c}" for c in (want - got).elements()] + [f"+ {c}" for c in (got - want).elements()]
        if wrong:
            misses[gold_path.name.removesuffix(".gold.json")] = wrong
    return right, found, expected, leaked, misses


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
        right, found, expected, leaked, misses = caption_scores(args.folder)
        print(
            f"interpol captions: precision {right / max(found, 1):.3f} ({right}/{found}),"
            f" recall {right / max(expected, 1):.3f} ({right}/{expected}), leaked into the body {leaked}"
        )
        for name, wrong in misses.items():
            print(f"  {name}: " + " | ".join(w[:70] for w in wrong))
        return 0
    gold = json.loads((args.folder / f"{args.name}.gold.json").read_text(encoding="utf-8"))
    for layout, text in laid_out(gold, _raw(args.folder / f"{args.name}.gold.json")):
        if layout != args.layout:
            continue
        if args.show:
            print(text, end="\n\n")
        diff = difflib.unified_diff(_expected(gold), _parsed(text), "gold", "parsed", lineterm="", n=0)
        print("\n".join(line[:160] for line in diff) or "same blocks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
