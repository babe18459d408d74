"""Session 30 (m): titles and contacts read the same in the page and in its rendering (SPEC 5)."""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED, OPEN

PINS = {**OPEN, **FIXED}


def _metas(text: str) -> list[tuple[str, str]]:
    return [(str(m.kind), m.text) for m in parse(text).meta]


def test_line_closing_a_colon_in_brackets_is_no_headline() -> None:
    """A line ending ``:)`` or ``:]`` opens what follows it: no headline, as the line glued to its next one reads it.

    Fuzz F1125-57: under the headline, ``Ns fer a:]`` glued to ``A t e`` was no subtitle in the page (its end is
    a colon past the bracket) but the title once the rendering set it alone.
    """
    text = "Police Seize Drugs in Lyon Raid\nRead the Charges Here (in French:)\n\nThe officers met on Monday."
    assert ("title", "Police Seize Drugs in Lyon Raid") in _metas(text)
    assert all(kind != "subtitle" for kind, _ in _metas(text))
    assert problems(PINS["F1125-57"][0], render=True) == []


def test_headline_closing_on_a_word_in_brackets_stays() -> None:
    """A headline closed by a bracket after a word (``… (Video)``) or a question mark stays one."""
    text = "Police Seize Drugs in Lyon Raid (Video)\nOfficers Met With the Mayor\nThe officers met on Monday to plan."
    assert _metas(text)[:2] == [
        ("title", "Police Seize Drugs in Lyon Raid (Video)"),
        ("subtitle", "Officers Met With the Mayor"),
    ]


def test_line_cut_inside_a_word_after_a_bracket_is_no_headline() -> None:
    """A first line opening on a bracket and a word's lower-case tail is a line's tail, no headline.

    Fuzz F1125-60: a flattened Senate release cut inside a word, ``(erity Industiness Software Association  the
    Consumers Union …`` (``(Sev|erity …`` once), most of its words names: the page read it as story (no column gap
    ends it), the rendering, alone on its line, as the title. A headline opens with a capital, a digit or a
    brand inside its bracket as inside its quotation marks (F1130-41).
    """
    text = "(ustry groups back the bill Senators Joe Biden Orrin Hatch and Dick Durbin\n\nI am grateful that my colleagues met."
    assert all(kind != "title" for kind, _ in _metas(text))
    assert problems(PINS["F1125-60"][0], render=True) == []


def test_headline_opening_on_a_bracketed_capital_stays() -> None:
    """A headline that opens with a bracketed label in capitals (``(VIDEO) …``) or a brand (``(iPhone) …``) stays."""
    for head in ("(VIDEO) Police Seize Drugs in Lyon Raid", "(iPhone) Acme Launches New Repair Service"):
        text = f"{head}\n\nThe officers met on Monday to agree on a plan for the region, the police said."
        assert ("title", head) in _metas(text)


_STORY = "LYON, France – The officers met on Monday to agree on a plan for the region."
_UNDER = "## Key Findings\nThe officers agreed on a long plan for the whole region, the police said."


def test_subheading_under_a_contact_block_reads_past_its_lines() -> None:
    """A subheading under a contact's label and the lines meta takes with it reads the block above them.

    Fuzz F1125-54 in words: ``Media contact:`` / ``Jane Roe`` / ``Lyon police`` / ``press office`` / ``## Key
    Findings``: meta takes the label and its lines (up to three, ``meta._extend_contact``), the rendering drops
    them and reads ``Key Findings`` as a subheading under the story's paragraph, as the page must.
    """
    text = f"{_STORY}\n\nMedia contact:\nJane Roe\nLyon police\npress office\n{_UNDER}"
    assert ("heading", "Key Findings") in [(b.kind, b.text) for b in parse(text).body]
    assert problems(text, render=True) == []
    assert problems(PINS["F1125-54"][0], render=True) == []


def test_subheading_under_lines_no_label_heads_stays() -> None:
    """The same lines with no contact's label over them are story: the subheading under ``press office`` is none."""
    text = f"{_STORY}\n\nJane Roe\nLyon police\npress office\n{_UNDER}"
    assert ("paragraph", "Key Findings") in [(b.kind, b.text) for b in parse(text).body]
    assert problems(text, render=True) == []
