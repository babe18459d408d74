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


# An archived justice.gov release, hard-wrapped near 68 columns under a dateline line that runs past the width.
WRAPPED_ABBREVIATION = (
    "WASHINGTON — A former president of a Missouri bank was sentenced today to 84 months\n"
    "in prison for his role in a scheme to defraud the bank through a\n"
    "series of fraudulent loans totaling more than $40 million, Assistant\n"
    "Attorney General Alice S. Fisher of the Criminal Division and U.S.\n"
    "Attorney Catherine L. Hanaway for the Eastern District of Missouri\n"
    "announced.\n\n"
    "Gerald W. Pruett, 61, was also ordered to pay $28.6 million in restitution.\n"
)


class TestWrappedAbbreviation:
    """A wrapped line that ends in an abbreviation before a name goes on with the name's line."""

    def test_us_before_title(self) -> None:
        """``… Division and U.S.`` / ``Attorney Catherine L. Hanaway …``: one paragraph."""
        body = _body(WRAPPED_ABBREVIATION)
        assert 2 == len(body)
        assert "and U.S. Attorney Catherine L. Hanaway" in body[0][1]

    def test_title_before_name(self) -> None:
        """``… and Dr.`` / ``Jane Roe …`` and ``… case No.`` / ``25-104 …``: the line goes on."""
        pairs = (("Dr.", "Jane Roe"), ("Sen.", "Mark Poe"), ("St.", "Louis"), ("No.", "25-104"), ("Jan.", "12, 2024"))
        for end, start in pairs:
            text = WRAPPED_ABBREVIATION.replace("and U.S.\nAttorney Catherine", f"and {end}\n{start} Catherine")
            assert 2 == len(_body(text)), end

    # A usual sentence opener after the abbreviation: the sentence ended in it ("in the U.S." / "The …").
    def test_sentence_opener_after_us(self) -> None:
        """``… expand in the U.S.`` / ``The company …`` keeps the paragraph break."""
        text = WRAPPED_ABBREVIATION.replace(
            "Attorney General Alice S. Fisher of the Criminal Division and U.S.\nAttorney Catherine",
            "Attorney General Fisher said the bank will now expand in the U.S.\nThe company agreed with",
        )
        assert 3 == len(_body(text))

    # A street's abbreviation may end the sentence: a usual opener follows it.
    def test_street_before_opener(self) -> None:
        """``… at 12 Main St.`` / ``The company …`` keeps the paragraph break."""
        text = WRAPPED_ABBREVIATION.replace(
            "Attorney General Alice S. Fisher of the Criminal Division and U.S.\nAttorney Catherine",
            "Attorney General Fisher said the bank has moved to 12 Main St.\nThe company agreed with",
        )
        assert 3 == len(_body(text))

    # A figure is no initial: "Place 3." ends its sentence.
    def test_figure_is_no_initial(self) -> None:
        """``… for City Council, Place 3.`` / ``Cindy Sturgeon and …`` keeps the paragraph break."""
        text = WRAPPED_ABBREVIATION.replace(
            "Criminal Division and U.S.\nAttorney", "Crime Division, Place 3.\nCindy Roe and"
        )
        assert 3 == len(_body(text))

    # A short line is no wrapped line: it ended its paragraph, whatever its last word.
    def test_short_line_ends(self) -> None:
        """A line ending ``U.S.`` far under the width ends its paragraph."""
        text = WRAPPED_ABBREVIATION.replace(
            "Attorney General Alice S. Fisher of the Criminal Division and U.S.\n",
            "Attorney General Alice S. Fisher is in the U.S.\n",
        )
        assert 3 == len(_body(text))


# An archived justice.gov header: the web address in capitals on its own line, under the date.
CAPS_ADDRESS = (
    "FOR IMMEDIATE RELEASE\nTHURSDAY, JUNE 5, 2008\nWWW.USDOJ.GOV\nCRM\n(202) 514-2007\n\n"
    "FORMER BANK PRESIDENT SENTENCED FOR ROLE IN\n$40 MILLION LOAN FRAUD SCHEME\n\n"
    "WASHINGTON — A former bank president was sentenced today.\n"
)


class TestCapsAddress:
    """A web address in capitals is one word: no paragraph starts inside it."""

    def test_www_address(self) -> None:
        """``WWW.USDOJ.GOV`` is not cut after ``WWW.``."""
        assert not any("WWW." in t for _, t in _body(CAPS_ADDRESS))

    def test_dotted_domain(self) -> None:
        """``… visit JUSTICE.USDOJ.GOV for more`` stays one paragraph."""
        text = "Victims may visit JUSTICE.USDOJ.GOV for more information."
        assert [("paragraph", text)] == _body(text)

    # A sentence glued to the next one, whose first word is no domain, is still cut.
    def test_glued_sentence_still_cut(self) -> None:
        """``… in capitals.VICTIMS may …`` is two paragraphs; so is ``… the site.Visit …``."""
        assert 2 == len(_body("He SHOUTED IN CAPITALS.VICTIMS may call the office today."))
        assert 2 == len(_body("He updated the site.Visitors may call the office today."))

    # A brand that is a web address may open a sentence glued to the last one.
    def test_brand_address_opens_sentence(self) -> None:
        """``… of America.Lotto.com also gives …`` is two paragraphs."""
        assert 2 == len(_body("It works with Greyhound Pets of America.Lotto.com also gives money to the group."))


# Europol's closing list of participating authorities, one country a line, no blank lines.
AUTHORITIES = (
    "THE HAGUE – Europol deployed four experts to France and Germany.\n"
    "Participating authorities\n"
    "Belgium: Federal Judicial Police West Flanders\n"
    "France: Central Office for the Repression of Irregular Immigration (OCRIEST)\n"
    "Germany: Federal Police (Bundespolizei)\n"
)
# A Nordic earnings release's financial calendar: labels in sentence case.
CALENDAR = (
    "OSLO – The company will present the results in a webcast at 08:00 CET today.\n"
    "Financial calendar\n"
    "Annual General Meeting: 23 April 2026\n"
    "First quarter 2026 results: 7 May 2026\n"
    "Second quarter 2026 results: 20 August 2026\n"
)
# A county prosecutor's case fields, one of them (the case number) page furniture the cleanup removes.
CASE_FIELDS = (
    "BEXLEY, Ohio – Prosecuting Attorney Dana Whitcomb announced the sentence today.\n\n"
    "Case Information\n\n"
    "Defendant: Corey Lamont Fisk, 38, of Columbus\nCase Number: 25CR-04417\nJudge: Hon. Patricia Okonkwo\n\n"
    "Fisk was found guilty by a jury in January.\n"
)


class TestHeadingOverFields:
    """A short line with no closing stop over two or more ``Label: value`` lines names them."""

    def test_sentence_case_name(self) -> None:
        """``Participating authorities`` over the countries is a heading; the fields stay paragraphs."""
        body = _body(AUTHORITIES)
        assert ("heading", "Participating authorities") in body
        assert ("paragraph", "Germany: Federal Police (Bundespolizei)") in body

    def test_sentence_case_labels(self) -> None:
        """``Financial calendar`` over ``First quarter 2026 results: 7 May 2026`` is a heading."""
        assert ("heading", "Financial calendar") in _body(CALENDAR)

    def test_furniture_between_fields(self) -> None:
        """``Case Information`` heads its fields though the cleanup takes one of them (SPEC 5 holds)."""
        assert ("heading", "Case Information") in _body(CASE_FIELDS)

    def test_blank_lines_do_not_decide(self) -> None:
        """A blank line over the name but none under it reads as the clean text does (SPEC 5)."""
        for name in ("Participating authorities", "LD Micro Main Event"):
            text = f"Police met today in the city.\n\n{name}\nBelgium: Federal Police\nFrance: National Police\n"
            assert ("heading", name) in _body(text)

    # A contact's name over its phone and e-mail is a contact block, not a section.
    def test_contact_fields(self) -> None:
        """``Media relations`` over ``Phone:`` / ``Email:`` lines is no heading."""
        text = AUTHORITIES.replace("Participating authorities", "Media relations").replace(
            "Belgium: Federal", "Phone: +32 Federal"
        )
        text = text.replace("France: Central", "Email: Central")
        assert ("heading", "Media relations") not in _body(text)

    # One field is no list of fields; a lead-in with a verb is a sentence.
    def test_one_field_or_a_clause(self) -> None:
        """A line over a single field, or a clause (``Police said the agencies were``), is no heading."""
        one = CALENDAR.replace(
            "First quarter 2026 results: 7 May 2026\nSecond quarter 2026 results: 20 August 2026\n", ""
        )
        one += "The webcast will be recorded and published on the website.\n"
        assert ("heading", "Financial calendar") not in _body(one)
        clause = AUTHORITIES.replace("Participating authorities", "Police said the agencies were")
        assert not any(kind == "heading" for kind, _ in _body(clause))


# A PR Newswire release rendered as markdown: a bold line for a subheading, a pipe table for the figures.
MARKDOWN_TABLE = (
    "CHICAGO – Brightwell Foods reported record net sales of $1.42 billion for the quarter.\n\n"
    "**Fourth Quarter Summary**\n\n"
    "| | Q4 2025 | Q4 2024 | Change |\n|---|---|---|---|\n"
    "| Net sales | $1,421.6 | $1,331.1 | 6.8 % |\n| Diluted EPS | $1.12 | $0.98 | 14.3 % |\n\n"
    "The company reaffirmed its fiscal 2026 outlook.\n"
)


class TestMarkdownBody:
    """Markdown's bold line is a subheading; a pipe table is a header row over one item a row."""

    def test_bold_line(self) -> None:
        """``**Fourth Quarter Summary**`` alone on its line is a heading, its markers kept."""
        assert ("heading", "**Fourth Quarter Summary**") in _body(MARKDOWN_TABLE)

    # Bold words that open a sentence are the sentence's, and a bold sentence is no heading.
    def test_bold_sentence(self) -> None:
        """``**Net sales rose 6.8%.**`` and ``**Chicago** – the company …`` stay paragraphs."""
        text = MARKDOWN_TABLE.replace("**Fourth Quarter Summary**", "**Net sales rose 6.8% in the quarter.**")
        assert ("paragraph", "**Net sales rose 6.8% in the quarter.**") in _body(text)
        text = MARKDOWN_TABLE.replace("**Fourth Quarter Summary**", "**Brightwell** made more of everything")
        assert not any(kind == "heading" and "Brightwell" in t for kind, t in _body(text))

    def test_pipe_table(self) -> None:
        """The header row is a heading, each data row one item, and the ``|---|`` rule is noise."""
        body = _body(MARKDOWN_TABLE)
        assert ("heading", "| | Q4 2025 | Q4 2024 | Change |") in body
        assert [("list_item", "| Net sales | $1,421.6 | $1,331.1 | 6.8 % |"),
                ("list_item", "| Diluted EPS | $1.12 | $0.98 | 14.3 % |")] == [b for b in body if b[0] == "list_item"]  # fmt: skip
        assert any(n.text == "|---|---|---|---|" for n in parse(MARKDOWN_TABLE).noise)

    # One row between pipes is no table: a line of text that uses pipes as separators stays a paragraph.
    def test_one_row_is_no_table(self) -> None:
        """``| Home | News | Contact |`` alone stays as it was."""
        text = "CHICAGO – Brightwell Foods met.\n\n| Home | News | Contact |\n\nThe company met.\n"
        assert not any(kind in ("heading", "list_item") for kind, _ in _body(text))
