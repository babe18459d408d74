"""Body paragraphs, session 27: breaks and list items of flattened real pages (tests/unseen).

Each test holds an excerpt from a real page with a close shape that must keep its reading beside it. The
rendering must read as the raw text (SPEC 5): ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


# --- an interview transcript flattened to one line (x7_senate_bayh_1) ----------------------------------------
# A senator's office posts a network interview as its transcript: each turn opens with the speaker's name in
# capitals and a colon ("BLITZER:", "SENATOR EVAN BAYH:"), and each turn is a paragraph. Flattened to one line,
# the turns are glued after the stop that ends the turn before, one space apart.
_TRANSCRIPT = (
    "WOLF BLITZER: Welcome back. Joining us now is Senator Evan Bayh.  Senator, will you vote to confirm him? "
    "SENATOR EVAN BAYH: Yes, Wolf, I will. He impressed me as being more candid.  We need a new policy. "
    "BLITZER: But you have to give the President some credit.  He said he wanted a fresh pair of eyes. "
    "BAYH: Yes, thats right. And that is a step in the right direction. "
    "BLITZER: Senator Bayh, thanks very much for stopping by."
)


def test_transcript_turns_are_paragraphs() -> None:
    """Each speaker's turn is a paragraph, its two-space sentence gaps no breaks."""
    assert [
        "WOLF BLITZER: Welcome back. Joining us now is Senator Evan Bayh. Senator, will you vote to confirm him?",
        "SENATOR EVAN BAYH: Yes, Wolf, I will. He impressed me as being more candid. We need a new policy.",
        "BLITZER: But you have to give the President some credit. He said he wanted a fresh pair of eyes.",
        "BAYH: Yes, thats right. And that is a step in the right direction.",
        "BLITZER: Senator Bayh, thanks very much for stopping by.",
    ] == [text for _, text in _body(_TRANSCRIPT)]
    assert _stable(_TRANSCRIPT)


def test_one_label_in_capitals_is_no_transcript() -> None:
    """One name in capitals before a colon (a statement quoted after a stop) parts nothing."""
    text = (
        "The senator spoke on the floor today. He said the bill would pass. "
        "BINGAMAN: The bill is a step in the right direction and I urge my colleagues to support it."
    )
    assert 1 == len(_body(text))
    assert _stable(text)
