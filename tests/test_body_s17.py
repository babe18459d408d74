"""Body structure on unseen releases of the corpus's sources (QA pages, round 17).

Method: each class holds one rule of ``paragraphs`` written from a release
the corpus did not show (a county prosecutor's PDF text, a Senate page, a
mining company's and a bank's wire releases). The positives are minimal
texts of the convention; the negatives beside them are the nearest texts the
rule must leave alone. Every row is read through ``parse`` and checked for
SPEC 5 (the clean text parses back to the same body). New cases of these
rules go here; cases of other rules go to the module's own test file.
"""

from __future__ import annotations

from pressparse import parse
from pressparse._block import Piece
from pressparse.paragraphs import _sentence_runs_on


def _body(text: str) -> list[tuple[str, str]]:
    """The body as ``(kind, text)`` pairs, after checking that the clean text reads back the same."""
    doc = parse(text)
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]
    return [(b.kind, b.text) for b in doc.body]


# A county prosecutor's PDF text: no blank lines, a glued paragraph makes one line long, so no width shows.
PDF_BACKGROUND = (
    "District Attorney Jane Roe announced today that a Hermitage contractor has been\n"
    "charged with 14 counts of fraud after taking more than $186,000 in deposits.Richard Poe, 51, is charged.\n"
    "Poe was arraigned before Judge Carol Dunn and released on bail.\n"
    "Background:\n"
    "The investigation began in May 2025 after the Attorney General’s Bureau of\n"
    "Consumer Protection referred several complaints to the District Attorney’s Office. County\n"
    "Detective Aaron Shilling identified 14 victims in Mercer and Lawrence counties.All defendants are innocent.\n"
)


class TestSentenceRunsOn:
    """A line that ends a sentence and begins the next one without ending it was wrapped (PDF text)."""

    def test_begun_sentence_joins_the_next_line(self) -> None:
        """``… Office. County`` / ``Detective Aaron …``: one paragraph, and ``Background:`` is its heading."""
        body = _body(PDF_BACKGROUND)
        assert ("heading", "Background:") in body
        assert any(text.endswith("Office. County Detective Aaron Shilling identified 14 victims in Mercer and "
                                 "Lawrence counties.") for _, text in body)  # fmt: skip

    # An initial's stop is no sentence end: a letterhead line in capitals stays on its own.
    def test_initial_is_no_sentence_end(self) -> None:
        """``JOHN A. DOE, DISTRICT ATTORNEY`` / ``NEWS RELEASE`` stay two blocks."""
        text = PDF_BACKGROUND.replace("Background:\n", "JONATHAN A. PRIESTLEY, DISTRICT ATTORNEY\nNews Release\n")
        texts = [t for _, t in _body(text)]
        assert "News Release" in texts

    # An abbreviation's stop is no sentence end either (the rule read alone: the run shows no width).
    def test_abbreviation_is_no_sentence_end(self) -> None:
        """``… the office of Mr. Smith`` does not run on into the capitalised line under it."""
        src = "The investigation that began in May 2025 is led by the office of Mr. Smith\nBackground"
        above, below = Piece("line", 0, src.index("\n")), Piece("line", src.index("\n") + 1, len(src))
        assert not _sentence_runs_on(src, above, below, 80)
        ended = src.replace("Mr. Smith", "the staff. County")
        above, below = Piece("line", 0, ended.index("\n")), Piece("line", ended.index("\n") + 1, len(ended))
        assert _sentence_runs_on(ended, above, below, 80)

    # A short line is no wrapped line: the begun sentence must reach near the run's longest line.
    def test_short_line_does_not_join(self) -> None:
        """``Police met. Jane`` far under the run's width stays apart from the capitalised line under it."""
        text = PDF_BACKGROUND.replace("Background:\n", "Police met. Jane\nRoe Report\n")
        texts = [t for _, t in _body(text)]
        assert "Police met. Jane" in texts


# A Senate page that glued a subheading to the paragraph under it, the senator's name opening the paragraph.
SENATE_GLUED = (
    "WASHINGTON – Senator Jane Pryce questioned the FAA Administrator at a hearing on staffing. "
    "Pryce asked for a date.\n\n"
    "Keel told the committee the agency expects to hire 2,000 controllers this year."
    "Pryce’s Record on Aviation SafetyPryce authored the provision in the 2024 FAA Reauthorization Act "
    "that requires the agency to publish staffing levels at every facility.\n"
)


class TestGluedNamedHeading:
    """A subheading glued to a name the release uses alone is a heading over the name's paragraph."""

    def test_name_used_alone(self) -> None:
        """``… Aviation SafetyPryce authored …`` splits at ``Pryce``, a name the page writes alone."""
        body = _body(SENATE_GLUED)
        assert ("heading", "Pryce’s Record on Aviation Safety") in body
        assert body[-1][1].startswith("Pryce authored the provision")

    # A brand name glues pieces seldom written alone: it stays one word.
    def test_brand_name_stays(self) -> None:
        """``Leawo PowerPoint to Video Pro`` is not cut at ``Point`` when ``Point`` stands nowhere alone."""
        text = "Leawo PowerPoint to Video Pro is free today. It converts slides to video."
        assert [("paragraph", text)] == _body(text)

    # A name with an inner capital has a short first part: McDonald is one name though Donald stands alone.
    def test_inner_capital_name_stays(self) -> None:
        """``Officer Ronald McDonald said`` is not cut at ``Donald``, even when ``Donald`` is used alone."""
        text = (
            "Police thanked Donald Roe for his help. Officer Ronald McDonald said the case is closed. "
            "Donald Roe agreed with him."
        )
        body = _body(text)
        assert all(kind == "paragraph" for kind, _ in body)
        assert any("Ronald McDonald said" in t for _, t in body)

    # A glued name used nowhere else proves nothing: the short glued piece may be part of a name.
    def test_name_not_used_alone(self) -> None:
        """``… Aviation SafetyPryce authored …`` stays when ``Pryce`` appears nowhere alone."""
        text = SENATE_GLUED.replace("Jane Pryce", "Jane Roe").replace("Pryce asked", "Roe asked")
        text = text.replace("Pryce’s Record", "Roe’s Record")
        assert ("heading", "Roe’s Record on Aviation Safety") not in _body(text)


# A mining company's results under "Highlights", one drill hole a line, each longer than a bare list line.
DRILL_RESULTS = (
    "VANCOUVER, British Columbia – Northcape Minerals Corp. is pleased to report assay results.\n"
    "Highlights\n"
    "RL26-004: 14.2 metres of 6.8 g/t gold from 88.0 metres, including 3.1 metres of 22.4 g/t gold\n"
    "RL26-006: 9.5 metres of 3.9 g/t gold from 141.5 metres\n"
    "Figure 1: Plan map of the Raven Lake drill program\n"
    '"Hole 4 confirms the shoot continues at depth," said Kristen Albrecht, President.\n'
)


class TestCodedResults:
    """Under a list's name, fields labelled by a code are its items, one result a line."""

    def test_drill_results_are_items(self) -> None:
        """``RL26-004: …`` and ``RL26-006: …`` under ``Highlights`` are two list items."""
        items = [t for kind, t in _body(DRILL_RESULTS) if kind == "list_item"]
        assert ["RL26-004", "RL26-006"] == [t.split(":")[0] for t in items]

    # The list ends at the first line with no code: the figure's caption is no result.
    def test_caption_ends_the_results(self) -> None:
        """``Figure 1: Plan map …`` under the results is a caption, not an item."""
        doc = parse(DRILL_RESULTS)
        assert ["Figure 1: Plan map of the Raven Lake drill program"] == [c.text for c in doc.captions]

    # Fields labelled by words under no list's name are an event's details, each a paragraph.
    def test_worded_fields_are_no_items(self) -> None:
        """``Conference Date: …`` / ``Conference Location: …`` under a sentence stay paragraphs."""
        text = (
            "LONDON – The company will present its results.\n\nConference Date: Tuesday, October 1, 2024\n"
            "Conference Location: The Grand Hotel, London\n"
        )
        assert all(kind == "paragraph" for kind, _ in _body(text))


# A bank's earnings table printed one cell a line, under its title.
EARNINGS_TABLE = (
    "SPOKANE, Wash. – Cobalt Ridge Bancorp reported record net income for the fourth quarter.\n"
    "Selected Financial Data\n"
    "(Dollars in thousands, except per share data)\n"
    "Three Months Ended\n"
    "Dec. 31, 2025\n"
    "Sept. 30, 2025\n"
    "Net interest income\n"
    "$31,460\n"
    "$30,112\n"
    "Provision for credit losses\n"
    "1,150\n"
    "(900)\n"
    "Diluted earnings per share\n"
    "$1.03\n"
    "$0.97\n"
    "Conference Call\n"
    "Management will host a conference call at 11:00 a.m. Pacific Time on January 28, 2026.\n"
)


class TestValueTables:
    """A financial table without its layout: header cells are headings, each row one list item."""

    def test_cells_one_a_line(self) -> None:
        """A row label and its figures, each on a line, make one item; the cells over them are headings."""
        body = _body(EARNINGS_TABLE)
        assert [("list_item", "Net interest income $31,460 $30,112"),
                ("list_item", "Provision for credit losses 1,150 (900)"),
                ("list_item", "Diluted earnings per share $1.03 $0.97")] == [b for b in body if b[0] == "list_item"]  # fmt: skip
        assert ("heading", "Dec. 31, 2025") in body
        assert ("heading", "(Dollars in thousands, except per share data)") in body

    def test_rows_one_a_line(self) -> None:
        """The same table printed a row a line reads the same."""
        text = EARNINGS_TABLE.replace("income\n$31,460\n$30,112", "income $31,460 $30,112")
        text = text.replace("losses\n1,150\n(900)", "losses 1,150 (900)").replace(
            "share\n$1.03\n$0.97", "share $1.03 $0.97"
        )
        assert _body(EARNINGS_TABLE) == _body(text)

    # A label over one figure is a name and an age, or a field: no table.
    def test_one_figure_a_row_is_no_table(self) -> None:
        """``Jane Roe`` / ``34`` / ``John Doe`` / ``41`` is no table."""
        text = "LEEDS – Two people were charged.\n\nJane Roe\n34\nJohn Doe\n41\n"
        assert not any(kind == "list_item" and "34" in t for kind, t in _body(text))

    # A single row is a sentence's figures, not a table.
    def test_one_row_is_no_table(self) -> None:
        """One label over two figures is left alone."""
        text = "LEEDS – Police met.\n\nNet income\n$14,208\n$13,377\n\nThe board met."
        assert not any(kind in ("list_item", "heading") for kind, _ in _body(text))


# A county prosecutor's PDF text, wrapped in a proportional font: the quote paragraph's last line is full.
QUOTE_PARAGRAPH = (
    "The group targeted hybrid vehicles parked at apartment complexes and park-and-ride lots,\n"
    "using battery-powered saws to remove a converter in under two minutes. The converters\n"
    "were sold to a scrap buyer in Portland for as much as $900 each.\n"
    "“This was an organized business built on other people’s misfortune,” said DA Oyelaran.\n"
    "“Working people had to miss shifts and pay thousands of dollars for repairs. I am grateful\n"
    "to the Riverbend Police Department for the months of work it took to take this ring apart.”\n"
    "Deputy District Attorney Sean Whitlock of the Property Crimes Unit prosecuted the case.\n"
)


class TestQuoteParagraphEnds:
    """A paragraph that opened with a quotation ends where the quotation closes on a stop at a line's end."""

    def test_closed_quotation_ends_paragraph(self) -> None:
        """``… this ring apart.”`` / ``Deputy District Attorney …``: two paragraphs."""
        body = _body(QUOTE_PARAGRAPH)
        deputy = "Deputy District Attorney Sean Whitlock of the Property Crimes Unit prosecuted the case."
        assert ("paragraph", deputy) in body

    # An attribution after the closed quotation still belongs to it.
    def test_attribution_stays(self) -> None:
        """``… apart.”`` / ``District Attorney Oyelaran said …`` is left to the width: it stays joined."""
        text = QUOTE_PARAGRAPH.replace(
            "Deputy District Attorney Sean Whitlock of the Property Crimes Unit prosecuted the case.",
            "District Attorney Oyelaran said the ring had stolen more than 400 converters in a year.",
        )
        assert not any(t.startswith("District Attorney Oyelaran said") for _, t in _body(text))

    # A paragraph that opened in prose and quotes in its middle is left to the width.
    def test_prose_paragraph_stays(self) -> None:
        """A prose paragraph whose line ends ``… apart.”`` goes on under it."""
        text = QUOTE_PARAGRAPH.replace("“This was an organized", "This was, he said, an “organized")
        text = text.replace("misfortune,” said DA Oyelaran.\n“Working", "misfortune.” DA Oyelaran said:\n“Working")
        body = _body(text)
        assert not any(t.startswith("Deputy District") for _, t in body)


# A Senate media advisory: each field's label over its value, the date and the time on lines of their own.
ADVISORY = (
    "WASHINGTON – Senator Ana Castellanos will host a town hall on water rights.\n\n"
    "WHO:\nU.S. Senator Ana Castellanos\nYuma County Supervisor Dale Brock\n"
    "WHAT:\nTown hall on Colorado River water rights\n"
    "WHEN:\nThursday, July 10, 2025\n6:00 p.m. MST\n"
    "WHERE:\nArizona Western College\n"
)


class TestAdvisoryWhen:
    """A time of day under a date completes it: an advisory's ``WHEN:`` is one value."""

    def test_time_completes_date(self) -> None:
        """``Thursday, July 10, 2025`` / ``6:00 p.m. MST`` under ``WHEN:`` is one paragraph."""
        body = _body(ADVISORY)
        assert ("paragraph", "Thursday, July 10, 2025 6:00 p.m. MST") in body
        assert ("heading", "WHEN:") in body

    # Dates one a line are a list of dates: no time joins them.
    def test_dates_stay_items(self) -> None:
        """``Monday, July 7`` / ``Tuesday, July 8`` under ``WHEN:`` stay two items."""
        text = ADVISORY.replace("Thursday, July 10, 2025\n6:00 p.m. MST", "Monday, July 7\nTuesday, July 8")
        items = [t for kind, t in _body(text) if kind == "list_item"]
        assert ["Monday, July 7", "Tuesday, July 8"] == items[-2:]

    # A time under a name is no date's time: the name list stays as it is.
    def test_time_under_a_name_stays(self) -> None:
        """``Dale Brock`` / ``6:00 p.m. MST`` under ``WHO:`` are two items."""
        text = ADVISORY.replace(
            "Yuma County Supervisor Dale Brock\n", "Yuma County Supervisor Dale Brock\n6:00 p.m. MST\n"
        )
        assert ("list_item", "6:00 p.m. MST") in _body(text)
