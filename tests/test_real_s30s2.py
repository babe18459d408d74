"""Session 30 (s, round 2): a sentence-case subheading glued by one space to a sentence opening on a name.

Wire releases (PR Newswire via citybiz, Noticias Newswire) print a subheading in sentence case and its
paragraph in one line, the paragraph's first word a name the release writes elsewhere: ``Zillow’s AI innovation
in action Virtual Staging is …`` (wire_013), ``The Mission: Skaters take back the culture Super Patch
Revolution is …`` (xe_wire_noticias_1). A sentence whose subject follows a clause in lower case keeps its
reading (``Earlier this week the company said Acme Corp …``), and so does a list's lead-in.
"""

from __future__ import annotations

from pathlib import Path

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s28m import _body

_HERE = Path(__file__).parent


def _blocks_at(path: Path, needle: str) -> list[tuple[str, str]]:
    """The body blocks of the release at ``path`` from the one holding ``needle``, two of them."""
    doc = parse(path.read_text(encoding="utf-8"))
    body = [(b.kind, b.text) for b in doc.body]
    at = next(k for k, (_, text) in enumerate(body) if needle in text)
    return body[at : at + 2]


class TestSentenceCaseNamedHeading:
    """A sentence-case phrase glued to a sentence that opens on a name the release writes elsewhere."""

    def test_wire_013_possessive_phrase(self) -> None:
        """wire_013: ``Zillow’s AI innovation in action`` heads the paragraph on Virtual Staging."""
        blocks = _blocks_at(_HERE / "corpus" / "wire_013.txt", "Zillow’s AI innovation in action")
        assert ("heading", "Zillow’s AI innovation in action") == blocks[0]
        assert blocks[1][1].startswith("Virtual Staging is the first major integration")

    def test_noticias_labelled_phrase(self) -> None:
        """xe_wire_noticias_1: a label and its sentence-case phrase are cut from the paragraph on Super Patch Revolution.

        The cut part is a paragraph, not a heading: ``headings.standalone_heading`` reads a line with ``: `` in
        sentence case as a field line, and the rendering sets the phrase alone, so the raw text reads it so too.
        """
        blocks = _blocks_at(_HERE / "unseen" / "xe_wire_noticias_1.txt", "The Mission:")
        assert ("paragraph", "The Mission: Skaters take back the culture") == blocks[0]
        assert blocks[1][1].startswith("Super Patch Revolution is a movement")

    def test_pinned_shape_reads_alike_rendered(self) -> None:
        """The shape on its own: cut, and the clean text reads the same blocks."""
        text = (
            "Acme Corp opened a plant.\n\n"
            "Community roots in the valley Acme Corp is hiring two hundred people for its new plant near the river."
        )
        assert [
            ("paragraph", "Acme Corp opened a plant."),
            ("heading", "Community roots in the valley"),
            ("paragraph", "Acme Corp is hiring two hundred people for its new plant near the river."),
        ] == _body(text)
        assert [] == problems(text, render=True)

    # Close shapes that keep their reading: one paragraph each.

    def test_subject_after_a_speech_verb_stays_one_sentence(self) -> None:
        """``the company said Acme Corp will …``: the name is the subject of a reported clause."""
        text = (
            "Acme Corp opened a plant.\n\n"
            "Earlier this week the company said Acme Corp will hire two hundred people for its new plant by May."
        )
        assert "paragraph" == _body(text)[1][0]
        assert 2 == len(_body(text))

    def test_subject_after_a_participle_clause_stays_one_sentence(self) -> None:
        """``Working with local farmers Acme Corp has …``: a participle's clause before its subject."""
        text = (
            "Acme Corp opened a plant.\n\n"
            "Working closely with local farmers Acme Corp has built a supply chain that spans three counties."
        )
        assert 2 == len(_body(text))

    def test_subject_after_a_time_phrase_stays_one_sentence(self) -> None:
        """``Earlier this year Acme Corp …``: a time phrase, its comma left out, before the subject."""
        text = "Acme Corp opened a plant.\n\nEarly in the new year Acme Corp opened a second plant near the river."
        assert 2 == len(_body(text))

    def test_list_lead_in_stays_one_line(self) -> None:
        """``Services for families Acme Corp provides include:``: the lead-in of a list, no subheading."""
        text = (
            "Acme Corp opened a plant.\n\n"
            "Services for families in the valley Acme Corp provides to its many members include the following:\n"
            "- Meals\n- Rides"
        )
        assert ("paragraph", "Services for families in the valley") != _body(text)[1]
        assert _body(text)[1][1].startswith("Services for families")
        assert _body(text)[1][1].endswith("include the following:")

    def test_name_not_written_elsewhere_stays_one_sentence(self) -> None:
        """The name must stand elsewhere in the release: else the capitals may be any words of a phrase."""
        text = (
            "The firm opened a plant.\n\n"
            "Community roots in the valley Acme Corp is hiring two hundred people for its new plant near the river."
        )
        assert 2 == len(_body(text))
