"""Body structure on real releases the parser had not seen (session 21, round 10: eyA, eyB, eyC).

Each class holds one rule of ``paragraphs`` written from a real release (named
in the docstrings); the negatives beside the positives are the nearest texts
the rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

import pytest

from pressparse import parse
from pressparse._block import Piece
from pressparse.paragraphs import _glued_fields, _link_broken, _lost_spaces
from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

LEAD = "CHICAGO –\nThe office today announced the results of the blitz.\n"
TAIL = "CCSAO had filed charges in 1,450 felony retail theft cases.\n"


class TestLinkBrokenLines:
    """ya_da_cook_1, ya_da_sandiego_1: bold or linked words set on lines of their own inside a sentence."""

    def test_preposition_before_bold_figure(self) -> None:
        text = LEAD + "As part of the blitz, more than\n100\nagencies across\n28\nstates conducted operations.\n" + TAIL
        body = _body(text)
        assert len(body) == 3
        assert body[1][1] == "As part of the blitz, more than 100 agencies across 28 states conducted operations."

    def test_possessive_before_linked_name(self) -> None:
        text = LEAD + "In 2020, the District Attorney’s\nOffice announced\na new online form.\n" + TAIL
        assert _body(text)[1] == ("paragraph", "In 2020, the District Attorney’s Office announced a new online form.")

    @pytest.mark.parametrize(
        ("above", "joined"),
        [
            ("the District Attorney’s", True),
            ("agencies across", True),
            ("and that’s", False),  # a contraction, no possessive
            ("the office of the District Attorney.", False),  # a stop
            ("the agencies", False),
        ],
    )
    def test_link_broken(self, above: str, joined: bool) -> None:
        src = f"Text.\n{above}\nOffice announced it."
        lines = Piece("line", 6, 6 + len(above)), Piece("line", 7 + len(above), len(src))
        assert _link_broken(src, *lines) is joined


class TestAttributionLines:
    """ya_da_cook_1: an attribution broken over lines, and a described speaker before the quote resumes."""

    def test_attribution_over_two_lines(self) -> None:
        text = (
            LEAD
            + "“Organized retail crime is a public safety issue,”\nCook County\nState’s Attorney Eileen Burke said.\n"
            + TAIL
        )
        body = _body(text)
        assert len(body) == 3
        assert body[1][1].endswith("Cook County State’s Attorney Eileen Burke said.")

    def test_prose_paragraph_stays(self) -> None:
        # The paragraph opened in prose, and the line under the short one is a sentence of its own.
        text = LEAD + "The bureau organized the blitz,”\nCook County\nState’s Attorney Eileen Burke said.\n" + TAIL
        assert ("paragraph", "State’s Attorney Eileen Burke said.") in _body(text)

    def test_described_speaker(self) -> None:
        text = (
            LEAD
            + "“This has been a tremendous opportunity to enforce the law,”\n"
            + "MJB Deputy Bureau Chief, Assistant State’s Attorney David Williams, who leads CCROC, said.\n"
            + "“Based on information gathered during the blitz, we will be following promising leads.”\n"
            + TAIL
        )
        body = _body(text)
        assert len(body) == 3
        assert body[1][1].endswith("we will be following promising leads.”")

    def test_narrative_said_line(self) -> None:
        # A line of its own sentence ending "said." (no comma before the verb) resumes no quote.
        text = (
            LEAD
            + "“This has been a tremendous opportunity to enforce the law,”\n"
            + "the deputy bureau chief who organized the blitz with the help of many partners said.\n"
            + "“Based on information gathered during the blitz, we will be following promising leads.”\n"
            + TAIL
        )
        assert len(_body(text)) == 4


class TestStrippedInvertedAttribution:
    """yb_senate_clinton_1, yb_senate_specter_1: ``… now   said Senator Clinton   Without action …`` is one paragraph."""

    HEAD = "February 10  2005 Clinton Calls for Action                                        Washington  DC    "
    HEAD += "U S  Senator Hillary Rodham Clinton today called for action  This afternoon  she will unveil it          "

    def test_equal_runs(self) -> None:
        text = self.HEAD + (
            "Today s announcement is an alarm bell  We need to take steps now   said Senator Clinton   "
            "Without action  our debt will drag down our economy           This record deficit is misguided   "
            "added Senator Dorgan   The President has been using the term crisis           "
        )
        starts = [" ".join(t.split()[:2]) for _, t in _body(text)]
        assert starts == ["U S", "Today s", "This record"]

    def test_wider_run_after_ends_the_paragraph(self) -> None:
        # The run after the attribution is wider than the one before it: a paragraph break (senate_003).
        text = self.HEAD + (
            "Today s announcement is an alarm bell  We need to take steps now   said Senator Clinton           "
            "Without action  our debt will drag down our economy           "
        )
        starts = [" ".join(t.split()[:2]) for _, t in _body(text)]
        assert starts == ["U S", "Today s", "Without action"]


class TestGluedHeadings:
    """yc_wire_blockchainwire_1: a camel-case brand the page writes whole, and a ``$TICKER`` in a subheading."""

    INTRO = "# ShepskyAI to Introduce AI Bots\n\nThe team working on the ShepskyAI project announces trading bots.\n\n"

    def test_brand_written_whole(self) -> None:
        text = self.INTRO + "Adaptive and Intelligent TradingOne of the features of ShepskyAI’s bots is to adapt.\n"
        assert ("heading", "Adaptive and Intelligent Trading") in _body(text)

    def test_ticker_word(self) -> None:
        text = self.INTRO + "The $SEKY TokenomicsThe $SEKY token has a vital role in the ecosystem.\n"
        assert ("heading", "The $SEKY Tokenomics") in _body(text)

    def test_lost_spaces_still_refused(self) -> None:
        # A camel-case junction the page never writes whole: the text lost its spaces, the glue is no evidence.
        text = self.INTRO + "Adaptive and Intelligent TradingOne of the features of ShepskyBot’s bots is to adapt.\n"
        assert ("heading", "Adaptive and Intelligent Trading") not in _body(text)

    def test_lost_spaces(self) -> None:
        src = "the ShepskyAI project. One of ShepskyAI’s bots and theShiao bots"
        assert not _lost_spaces(src, 20, 45)
        assert _lost_spaces(src, 20, len(src))


class TestGluedFields:
    """yc_wire_nmw_1, yc_wire_prism_1: event fields glued to the values before them, never inside a word."""

    LINE = (
        "World Vaccine Congress, April 22-24, 2025, Washington, DCDate/Time: April 24, 2025 at 10:25 a.m. EDT (Room"
        " 207A)Session Title: Phase 2b Study Results Against COVID-19Speaker: Don J. Diamond, PhD, Director"
    )

    def test_event_line(self) -> None:
        text = "# GeoVax to Present\n\n ATLANTA, GA - April 15, 2025 - GeoVax will take part in events:\n\n" + self.LINE
        starts = [t.split(":")[0] for _, t in _body(text)][1:]
        assert starts == [
            "World Vaccine Congress, April 22-24, 2025, Washington, DC",
            "Date/Time",
            "Session Title",
            "Speaker",
        ]

    def test_cuts(self) -> None:
        at = [self.LINE[cut:].split(":")[0] for cut, _, _ in _glued_fields(self.LINE, 0, len(self.LINE))]
        assert at == ["Date/Time", "Session Title", "Speaker"]

    @pytest.mark.parametrize(
        "line",
        [
            "Website: www.jp3e.com · E-Mail: info@jp3e.com · K2Global Platform: jp3e.com/k2global-smb500",
            "The company of the year, Washington, DCDate/Time: April 24, 2025",  # one loose label: prose
            "Investor Relations Inquiries:Skyline Group, LLC1177 Avenue, New York 10036Office: (646) 893-5835Email: a@b.com",
        ],
    )
    def test_no_cut(self, line: str) -> None:
        assert _glued_fields(line, 0, len(line)) == []

    def test_prism_contact(self) -> None:
        text = (
            "# JP3E Holdings Establishes Demora Foundation\n\n"
            " WILMINGTON, Del., March 20, 2026 – PRISM MediaWire – JP3E Holdings Inc. today announces a foundation.\n\n"
            " John Park\n\n 1300 Kuser Road, First Floor, Trenton NJ 08619\n\n"
            " Website: www.jp3e.com · E-Mail: info@jp3e.com · K2Global Platform: jp3e.com/k2global-smb500\n"
        )
        doc = parse(text)
        assert not any("Global Platform" in b.text for b in doc.body)
