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
from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

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


# Real unseen releases (s17 ext): one-line stories whose paragraph breaks are two spaces, sentence gaps one.
WIRE_247 = (
    "ST. PAUL, MN, May 15, 2024 /24-7PressRelease/ -- Global Air Charters proudly announces a joint venture with"
    " Mayfair Jets. Representatives of each company signed the deal in early May 2024 at the Arabian Travel Market."
    "  According to Michael Vanacore-Netz, CEO at Global Air Charters, the agreement involves a block-hour"
    ' arrangement.  "Working with Mayfair Jets will allow Global Air Charters to expand its exposure," said'
    " Vanacore-Netz.  The JV started to take shape in January 2024. The current agreement involves one airframe."
    "  For more information about Global Air Charters, please visit gac.aero.\n"
)


class TestTwoSpaceParagraphs:
    """Two spaces between paragraphs and one between sentences, on one line (24-7PressRelease, Senate, DOJ)."""

    def test_as_many_paragraphs_as_sentences_gaps(self) -> None:
        """wire_247_x1: as many two-space gaps as one-space ones still reads as paragraph breaks."""
        assert [k for k, _ in _body(WIRE_247)] == ["paragraph"] * 5

    # Typewriter text puts two spaces after every sentence: its one-space gaps follow initials only.
    def test_typewriter_text_stays_one_paragraph(self) -> None:
        """Two spaces after every sentence end, one after ``U.S.`` and ``J.``: one paragraph."""
        text = (
            "WASHINGTON - The U.S. Attorney said the case was closed.  The U.S. Marshals made the arrest.  "
            "Judge J. Smith set bail.  The U.S. Attorney thanked the agents.  Sentencing is in May.\n"
        )
        assert len(_body(text)) == 1

    def test_colon_before_two_spaces_ends_a_paragraph(self) -> None:
        """senate_akaka_x1: ``… statement for the hearing:  Aloha and welcome …`` opens the statement."""
        text = (
            "WASHINGTON, DC - Senator Jane Roe held an oversight hearing today. The following is her opening"
            " statement for the hearing:  Aloha and welcome to another hearing. This morning we will focus on"
            " employment.  Making these transitions is never easy. The needs deserve our attention.   Despite"
            " these problems, veterans make good employees. This deserves a closer look.\n"
        )
        body = _body(text)
        assert len(body) == 4
        assert body[1][1].startswith("Aloha")

    # Where the line keeps no two-space convention, a colon's two spaces are no break.
    def test_colon_gap_alone_is_no_break(self) -> None:
        """One ``will:  If`` gap in a line of one-space gaps only: one paragraph."""
        text = (
            "WASHINGTON - The city agreed to pay $24,000. Under the decree the city will:  If approved, the"
            " settlement resolves the suit. It was filed in 2009.\n"
        )
        assert len(_body(text)) == 1


class TestSuperscriptOrdinal:
    """A page that renders ``75<sup>th</sup>`` on three lines: ``… Department’s 75`` / ``th`` / ``Precinct …``."""

    def test_suffix_line_joins_both_lines(self) -> None:
        """da_kings_correa: one paragraph, read ``… 75 th Precinct …``."""
        text = (
            "Brooklyn District Attorney Ken Thompson today announced that a 60-year-old man has been convicted of"
            " two counts of second-degree murder for the 2013 shooting death of two men outside a home.\n"
            "The case was investigated by Detective Brian Champion of the Police Department’s 75\nth\n"
            "Precinct Detective Squad and Detective Richard Amato of the Brooklyn North Homicide Squad.\n"
            "The case was prosecuted by Assistant District Attorney Emily Dean of the Homicide Bureau, under the"
            " supervision of Assistant District Attorney Kenneth Taub, Bureau Chief.\n"
        )
        body = _body(text)
        assert len(body) == 3
        assert "Department’s 75 th Precinct Detective Squad" in body[1][1]

    # Without a figure before it, ``th`` is no suffix; and a capitalised line under a figure stays apart.
    def test_no_figure_no_superscript(self) -> None:
        """``… in Room 75`` / ``Precinct …`` (no suffix line) stays two paragraphs."""
        text = (
            "Brooklyn District Attorney Ken Thompson today announced that a 60-year-old man has been convicted of"
            " two counts of second-degree murder for the 2013 shooting death of two men outside a home.\n"
            "The hearing was held in Room 75\n"
            "Precinct Detective Squad members and Detective Richard Amato testified at the hearing.\n"
        )
        assert len(_body(text)) == 3


class TestLostStopAfterName:
    """A paragraph junction that lost its stop with the newline, after a capitalised word (DOJ pages)."""

    TEXT = (
        "ROANOKE, VA - Twenty members of the Mad Stone Bloods street gang were charged in an indictment unsealed today, announced"
        " U.S. Attorney John P. Fishwick Jr. of the Western District of VirginiaThe indictment was returned under"
        " seal last week and charges 13 defendants. Charges against seven additional members were also unsealed.\n"
    )

    def test_name_glued_to_opener_is_a_junction(self) -> None:
        """doj_r02000: ``… District of VirginiaThe indictment …`` is two paragraphs."""
        body = _body(self.TEXT)
        assert len(body) == 2
        assert body[1][1].startswith("The indictment was returned")

    # A camel-case name glued to a word that opens no sentence stays whole.
    def test_camel_case_name_stays(self) -> None:
        """``… of VirginiaTech graduates``, ``MacArthur``, ``LinkedIn``: one paragraph."""
        text = self.TEXT.replace("VirginiaThe indictment", "VirginiaTech graduates. The MacArthur indictment")
        assert len(_body(text.replace("returned", "posted on LinkedIn and returned"))) == 1


class TestLinkLineAfterColon:
    """A link the page put on its own line after ``here:``, the sentence's stop on the line under it."""

    TEXT = (
        "SAN DIEGO – District Attorney Summer Stephan said today that monthly events are providing easier access"
        " to vital resources.\n"
        "There is no need to register in advance. You can see a flyer with the list of the upcoming meetings and"
        " topics, here:\nCAFECITO CON LA COMUNIDAD – FLYER\n.\n"
        "The next Cafecito con la Comunidad will be on September 8, at 10 a.m.\n"
    )

    def test_link_and_stop_join_the_sentence(self) -> None:
        """da_sd_cafecito: ``… here: CAFECITO CON LA COMUNIDAD – FLYER .`` ends one paragraph."""
        body = _body(self.TEXT)
        assert any(t.endswith("topics, here: CAFECITO CON LA COMUNIDAD – FLYER .") for _, t in body)

    # After a sentence's own stop, the link line and the stray stop under it are a block of their own.
    def test_link_after_a_full_stop_stays(self) -> None:
        """``… topics, here.`` / ``CAFECITO CON LA COMUNIDAD – FLYER`` / ``.``: the link is not joined on."""
        text = self.TEXT.replace("here:", "here.")
        assert ("paragraph", "CAFECITO CON LA COMUNIDAD – FLYER .") in _body(text)


class TestWireHeadings:
    """Subheadings of real wire releases (s17 ext), each beside the nearest line that is none."""

    def test_title_with_inner_colon(self) -> None:
        """wire_evertise_x1: ``Exceptional After-Sales Service: The Key to Long-Term Value`` heads a section."""
        text = (
            "# VinFast VF 8 – The Car to Retake the EV Momentum\n\n"
            " In the landscape of electric vehicles, momentum in the U.S. market has been slowing.\n\n"
            " Exceptional After-Sales Service: The Key to Long-Term Value\n\n"
            " To retake the EV momentum, the MCI survey highlights the importance of extended warranties.\n\n"
            " The VF 8’s after-sales service does just that by offering an impressive warranty.\n"
        )
        assert ("heading", "Exceptional After-Sales Service: The Key to Long-Term Value") in _body(text)
        # A field line: a label of one or two words over a name, or a date.
        for field in ("Media Contact: Jane Van Roe", "Company Presentation: Vancouver, October 1"):
            assert ("heading", field) not in _body(text.replace("Exceptional After-Sales Service: The Key to "
                                                                "Long-Term Value", field))  # fmt: skip

    LISTS = (
        "All the applicants will be prominently featured in the event program.\n\nMedical Device/Diagnostics Group 1\n\n"
        "* Demeter\n* Vira Regen\n* TAGS Medical\n\nMedical Device/Diagnostics Group 2\n\n* Freyya\n* RefloDX\n"
        "* Zealacare\n\nTherapeutics/Pharmaceuticals Group\n\n* Evolution Bio\n* Neuropharma\n"
    )

    def test_group_name_after_a_list(self) -> None:
        """wire_reportable_x1: every group's name is a heading, also those right under a list's last item."""
        headings = [t for k, t in _body(self.LISTS) if k == "heading"]
        assert headings == [
            "Medical Device/Diagnostics Group 1",
            "Medical Device/Diagnostics Group 2",
            "Therapeutics/Pharmaceuticals Group",
        ]

    # A line in sentence case between two lists may be an item whose bullet was lost: no heading.
    def test_sentence_case_line_after_a_list(self) -> None:
        """``Other device makers`` between two lists stays out of the headings."""
        text = self.LISTS.replace("Medical Device/Diagnostics Group 2", "other device makers")
        assert ("heading", "other device makers") not in _body(text)

    BOOKS = (
        "There are secrets within the Church. Some are worth killing for.\n\nPurchase at https://tinyurl.com/wrath.\n\n"
        "“Allegory” by Jack Martin Haley\n\n"
        "Set along the Yukon River, “Allegory” follows Fred, a Korean War veteran.\n\n"
        "Purchase at https://tinyurl.com/allegory-epiphany.\n"
    )

    def test_quoted_title_by_author(self) -> None:
        """wire_newsusa_x1: ``“Allegory” by Jack Martin Haley`` heads its blurb."""
        assert ("heading", "“Allegory” by Jack Martin Haley") in _body(self.BOOKS)

    # A quotation that opens a line is a paragraph: the quote mark alone makes no title.
    def test_quotation_is_no_title(self) -> None:
        """``“Allegory” follows Fred`` and ``“We won,” said Roe`` are no headings."""
        for line in ("“Allegory” follows Fred home", "“Allegory” by the sea is what we wrote"):
            body = _body(self.BOOKS.replace("“Allegory” by Jack Martin Haley", line))
            assert ("heading", line) not in body

    def test_line_ending_in_a_link(self) -> None:
        """wire_newsworthy_x1: ``Apply to Join an HR Alliance:www.hr.com/alliances`` is no heading."""
        text = (
            "“We’re thrilled to offer the HR community more opportunities,” said Debbie McGrath at HR.com.\n\n"
            "Apply to Join an HR Alliance:www.hr.com/alliances\n\n"
            "HR.com, the largest network of HR professionals, is committed to helping HR professionals build careers.\n"
        )
        assert ("paragraph", "Apply to Join an HR Alliance:www.hr.com/alliances") in _body(text)
        assert ("heading", "Join an HR Alliance") in _body(text.replace("Apply to Join an HR Alliance:www.hr.com/alliances",
                                                                        "Join an HR Alliance"))  # fmt: skip


class TestGluedHeadingOverList:
    """A subheading glued to a paragraph that opens a list with a colon (wire_pressservices_x1)."""

    TEXT = (
        "Avrek Law Firm's team can investigate the circumstances of the accident.\n\n"
        "Injuries Resulting from Bicycle Dooring AccidentsBicycle dooring accidents can lead to severe and"
        " long-lasting injuries, including:\n\n* Broken bones\n* Head and neck injuries\n\n"
        "Even when cyclists are wearing protective gear, the force can cause significant damage.\n"
    )

    def test_heading_split_off(self) -> None:
        """``…AccidentsBicycle dooring … including:`` is a heading and a paragraph."""
        body = _body(self.TEXT)
        assert ("heading", "Injuries Resulting from Bicycle Dooring Accidents") in body
        assert any(t.startswith("Bicycle dooring accidents can lead") for _, t in body)

    # A colon that ends no sentence under it, a short label's: no glue point is trusted.
    def test_short_label_under_glue_stays(self) -> None:
        """``Injuries Resulting from Bicycle Dooring AccidentsBicycle Types:`` stays one block."""
        text = self.TEXT.replace(
            "Bicycle dooring accidents can lead to severe and long-lasting injuries, including:", "Bicycle Types:"
        )
        assert not any(k == "heading" and t.startswith("Injuries") for k, t in _body(text))


class TestHeadlineOverStory:
    """A headline in title case right over the story's first line, single newlines (da_kings_aps)."""

    TEXT = (
        "FOR IMMEDIATE RELEASE\nFriday, November 13, 2015\n"
        "City Employee Charged In $214,000 Theft From 94-Year-Old Woman in Her Care\n"
        "Brooklyn District Attorney Ken Thompson today announced that a case manager was charged.\n"
        "The defendant was arraigned today before Judge Jane Roe and released.\n"
    )

    def test_headline_is_not_joined(self) -> None:
        """The headline is not the first words of the story's paragraph."""
        body = _body(self.TEXT)
        assert not any(t.startswith("City Employee") and "today announced" in t for _, t in body)
        assert any(t.startswith("Brooklyn District Attorney Ken Thompson today announced") for _, t in body)

    # A wrapped line of names keeps its small words in lower case: it goes on under it.
    def test_wrapped_names_join(self) -> None:
        """``… Acting U.S. Attorney Jane Roe of the Eastern District of New York and Special Agent in`` joins."""
        text = (
            "BROOKLYN, NY - Acting U.S. Attorney Jane Roe of the Eastern District of New York and FBI Special Agent\n"
            "John Doe announced that a case manager was charged with stealing from a woman in her care.\n"
            "The defendant was arraigned today before Judge Jane Roe and released on bail.\n"
        )
        assert any("FBI Special Agent John Doe announced" in t for _, t in _body(text))

    # A dateline two spaces before a sentence in title case opens a wrapped paragraph (wrap70 layout).
    def test_dateline_line_joins(self) -> None:
        """``BOISE, Idaho  The Department of Justice and the U.S. Bureau of Land`` / ``Management …`` joins."""
        text = (
            "BOISE, Idaho  The Department of Justice and the U.S. Bureau of Land\n"
            "Management announced today Dec. 28, 2012 a settlement of the United\n"
            "States federal court lawsuit against Custer County and the State of\n"
            "Idaho concerning county action on roads and trails on federal land.\n"
        )
        assert len(_body(text)) == 1


class TestSentenceCaseLabel:
    """A noun phrase in sentence case ending in ``:`` over paragraphs: a section's label (Senate bill pages)."""

    TEXT = (
        "WASHINGTON, D.C. – U.S. Senator Ruth Calloway today introduced the Insulin Access for All Act, which would"
        " cap out-of-pocket insulin costs at $35 per month.\n\n"
        "Key provisions of the bill:\n\n"
        "SEC. 2. CAP ON COST-SHARING FOR INSULIN. Requires manufacturers to offer insulin at no more than $35.\n\n"
        "SEC. 3. ENFORCEMENT. Authorizes civil penalties of up to $10,000 per violation.\n"
    )

    def test_label_over_paragraphs(self) -> None:
        """``Key provisions of the bill:`` is a heading."""
        assert ("heading", "Key provisions of the bill:") in _body(self.TEXT)

    # A sentence's lead-in (a verb) and a two-word field label are no section labels.
    def test_lead_in_and_field_stay(self) -> None:
        """``The bill would do the following:`` and ``Media contact:`` are no headings."""
        for line in ("The bill would do the following:", "Media contact:"):
            assert ("heading", line) not in _body(self.TEXT.replace("Key provisions of the bill:", line))


class TestEventFields:
    """A sentence over an event's details in ``Label: value`` lines: each field a paragraph (Newsfile notices)."""

    TEXT = (
        "Toronto, Ontario--(Newsfile Corp. - March 2, 2026) - Aurelis Gold Inc. will release its fourth quarter"
        " results after market close on Wednesday, March 11, 2026.\n"
        "Senior management will host a webcast and conference call on Thursday, March 12, 2026 to discuss the"
        " results. Details are as follows:\n"
        "Date: Thursday, March 12, 2026\nTime: 10:00 a.m. ET\nToll-free (North America): 1-800-555-0142\n"
        "International: +1-416-555-0187\n"
        "A replay of the webcast will be available on the company's website for 90 days.\n"
    )

    def test_details_are_paragraphs(self) -> None:
        """``Date: …`` and ``Time: …`` are paragraphs like the phone lines under them."""
        body = _body(self.TEXT)
        assert ("paragraph", "Date: Thursday, March 12, 2026") in body
        assert ("paragraph", "Time: 10:00 a.m. ET") in body

    # Fields that name members (Europol's countries and their agencies) stay a list.
    def test_member_fields_stay_a_list(self) -> None:
        """``Spain: National Police`` / ``France: Gendarmerie`` under ``took part:`` are list items."""
        text = (
            "THE HAGUE – Police forces from two countries arrested 12 suspects in a joint action day. "
            "The following authorities took part:\nSpain: National Police\nFrance: National Gendarmerie\n"
            "The investigation continues and further arrests are expected.\n"
        )
        kinds = {t: k for k, t in _body(text)}
        assert kinds.get("Spain: National Police") == "list_item"


class TestLabelFirstInBody:
    """A list's label in sentence case is a heading also as the body's first block (SPEC 5, PR Newswire)."""

    TEXT = (
        "Brightwell Foods Opens $180 Million Plant-Based Dairy Facility in Iowa\n\nKey highlights:\n\n"
        "  • Facility will produce 60 million pounds of products a year\n  • 320 new jobs\n\n"
        "CEDAR FALLS, Iowa, March 10, 2026 /PRNewswire/ -- Brightwell Foods today opened its largest facility.\n"
    )

    def test_label_under_title_and_first(self) -> None:
        """``Key highlights:`` is a heading in the page and in its clean text (which opens with it)."""
        assert ("heading", "Key highlights:") in _body(self.TEXT)
        assert ("heading", "Key highlights:") in _body(self.TEXT.split("\n\n", 1)[1])

    # A sentence's lead-in at the top stays a paragraph.
    def test_lead_in_first_stays(self) -> None:
        """``The company said it will:`` over the items is no heading."""
        text = self.TEXT.split("\n\n", 1)[1].replace("Key highlights:", "The company said it will:")
        assert ("heading", "The company said it will:") not in _body(text)


class TestTableHeaderMarks:
    """A flattened table whose header cells hold a slash or a unit in brackets (a county prosecutor's page)."""

    TABLE = (
        "Judge Lomax sentenced the following defendants on Monday in Kessler County Superior Court:\n"
        "Defendant\nAge\n{h}\nSentence\n"
        "Marcus Delane Pruitt\n34\nGuilty verdict\n30 years, 15 to serve\n"
        "Tavon Richards\n27\nGuilty plea\n20 years, 10 to serve\n"
        "The cases were prosecuted by Senior Assistant District Attorney Colleen Brandt of the Drug Unit.\n"
    )

    def test_header_with_marks(self) -> None:
        """``Plea / Verdict`` and ``Sentence (years)`` head their columns: four headings, two rows."""
        for header in ("Plea / Verdict", "Plea (or verdict)"):
            kinds = [k for k, _ in _body(self.TABLE.format(h=header))]
            assert kinds == ["paragraph", "heading", "heading", "heading", "heading", "list_item", "list_item",
                             "paragraph"]  # fmt: skip

    # A header cell in sentence case outside its brackets is no header: the cells stay a list.
    def test_sentence_case_cell_is_no_header(self) -> None:
        """``Plea or verdict`` opens no table."""
        kinds = [k for k, _ in _body(self.TABLE.format(h="Plea or verdict"))]
        assert "heading" not in kinds


class TestStrippedAcronymGap:
    """Punctuation-stripped Senate text: ``Agency (FEMA). This`` leaves a run as long as a paragraph break."""

    S = " " * 40
    TEXT = (
        "WASHINGTON   Senators Chris Dodd  D Conn   and Joe Lieberman  ID Conn   announced Wednesday that"
        " Connecticut will receive more than  1 3 million  New Britain will receive  129 892 in grants for bus"
        " security         The funding for Bridgeport is part of the federal Port Security Grant  PSG  Program"
        " administered by the Federal Emergency Management Agency  FEMA    This year s port security grants for"
        " Connecticut total  1 211 134   a nearly 83 percent increase       The grants for New Britain and Rocky"
        " Hill are part of the Intracity Bus Security Grant Program        30                  "
    )

    def test_acronym_gap_is_a_sentence_gap(self) -> None:
        """senate_lieberman_1: ``FEMA    This year`` stays inside its paragraph: three paragraphs."""
        assert len([1 for k, _ in _body(self.TEXT) if k == "paragraph"]) == 3

    # After a lower-case word the same run is a paragraph break.
    def test_word_gap_is_a_break(self) -> None:
        """``… Management Agency    This year``: four paragraphs."""
        text = self.TEXT.replace("Agency  FEMA    This", "Agency    This")
        assert len([1 for k, _ in _body(text) if k == "paragraph"]) == 4


class TestLinkedNameLines:
    """Pages that link the prosecutor's name break the sentence around it: the lines are one paragraph."""

    TEXT = (
        "CHICAGO\n—\nCook County State’s Attorney\nEileen O’Neill Burke\ntoday announced the citywide "
        "implementation of Expedited Felony Review.\nThe review was developed with the police.\n"
    )

    def test_title_name_and_verb_are_one_paragraph(self) -> None:
        """``Cook County State’s Attorney`` / ``Eileen O’Neill Burke`` / ``today announced …``."""
        doc = parse(self.TEXT)
        assert doc.dateline is not None
        assert doc.dateline.city == "CHICAGO"
        assert doc.body[0].text.startswith("Cook County State’s Attorney Eileen O’Neill Burke today announced")
        assert [b.text for b in parse(doc.text).body] == [b.text for b in doc.body]

    # Negatives: an e-mail under a contact's name, and a sentence-case lead-in over a list, stay apart.
    def test_name_over_an_address_stays_apart(self) -> None:
        """``Europol Press Office`` / ``press@europol.europa.eu`` is no sentence going on."""
        text = "Police met in Lyon on Monday.\n\nPress contacts\nEuropol Press Office\npress@europol.europa.eu\n"
        assert "Press contacts Europol Press Office press@europol.europa.eu" not in [b.text for b in parse(text).body]

    def test_lead_in_is_no_name(self) -> None:
        """``Under the plan, countries will:`` over lower-case items is no linked name."""
        text = (
            "Police met in Lyon on Monday.\n\nAction plan\nUnder the plan, participating countries will:\n"
            "share data on firearms trafficking across the region and beyond it\n"
        )
        assert ("heading", "Action plan") in _body(text)

    def test_lone_opening_mark_joins_its_quotation(self) -> None:
        """A quotation mark the markup set on its own line opens the quotation under it."""
        text = (
            "The defendant was sentenced on Thursday.\n“\nThis defendant’s crimes nearly took lives,” said DA "
            "Summer Stephan.\nThe case was prosecuted by Deputy District Attorney Dan Roe.\n"
        )
        assert "“ This defendant’s crimes nearly took lives,” said DA Summer Stephan." in [
            b.text for b in parse(text).body
        ]


class TestRealUnseenRound4:
    """Round 4 of real unseen releases (county prosecutors, DOJ one-line pages): b6's rules, test-first."""

    # A quotation resumed after an attribution line that ends in its speech verb (Cook County pages).
    def test_quote_resumes_after_name_said(self) -> None:
        """``“…,”`` / ``State’s Attorney Burke said.`` / ``“These are …”``: one paragraph, AP style."""
        text = (
            "CHICAGO\n—\nCook County State’s Attorney Eileen O’Neill Burke today announced charges.\n"
            "“Organized retail thieves need to understand we take these crimes seriously,”\n"
            "State’s Attorney Burke said.\n“These are far from victimless crimes.”\nThe defendants were charged.\n"
        )
        want = (
            "“Organized retail thieves need to understand we take these crimes seriously,” State’s Attorney "
            "Burke said. “These are far from victimless crimes.”"
        )
        assert ("paragraph", want) in _body(text)

    def test_long_line_ending_said_opens_no_quote(self) -> None:
        """A long sentence that ends in ``said.`` is no attribution line: the quote under it stands apart."""
        text = (
            "“We will keep going,”\nsaid the Chief.\n\nThe officers in the district who met with residents over "
            "the last three months of the year said.\n“We need more help.”\n"
        )
        assert ("paragraph", "“We need more help.”") in _body(text)

    # "; and" ends an item in lines no wrapper broke.
    def test_semicolon_and_ends_item(self) -> None:
        """``… by a felon; and`` / ``aggravated unlawful possession …``: the last item stands alone."""
        text = (
            "The standard applies to three felony gun possession charges that do not involve a victim:\n"
            "unlawful possession of a weapon;\nunlawful possession of a weapon by a felon; and\n"
            "aggravated unlawful possession of a weapon.\nThe initiative builds on a pilot program.\n"
        )
        items = [t for k, t in _body(text) if k == "list_item"]
        assert items == [
            "unlawful possession of a weapon;",
            "unlawful possession of a weapon by a felon; and",
            "aggravated unlawful possession of a weapon.",
        ]

    def test_wrapped_semicolon_and_still_joins(self) -> None:
        """A wrapped paragraph whose full line ends ``; and`` goes on below it."""
        text = (
            "The company said revenue rose in every region this year and costs fell; and\n"
            "margins improved in each of the four quarters of the year for the first time.\n"
            "The board met on Monday and agreed on the new dividend for shareholders of the firm.\n"
        )
        assert len(_body(text)) <= 2

    # A name that lost a space is no glued subheading.
    def test_camelcase_name_is_no_heading(self) -> None:
        """``Christopher MichaelPaul Jackson, DOB: …``: one paragraph, no heading."""
        text = (
            "RIVERSIDE -- The man dubbed the snake burglar entered guilty pleas today.\n\n"
            "Christopher MichaelPaul Jackson, DOB: 7-31-90, was immediately sentenced to seven months in jail.\n\n"
            "Despite the quantity of convictions, Jackson was not eligible for prison time.\n"
        )
        assert not [k for k, _ in _body(text) if k == "heading"]

    def test_glued_heading_over_a_name_still_cut(self) -> None:
        """``SEC Files Separate Civil ComplaintHector Absi, 47, …``: a heading of five words."""
        # Under the story's first paragraph: at the very top of the page it is the page's deck, a subtitle.
        text = (
            "WASHINGTON - Charges were announced today.\n\n"
            "SEC Files Separate Civil ComplaintHector Absi, 47, of Las Vegas, Nevada, was arrested today.\n"
        )
        assert ("heading", "SEC Files Separate Civil Complaint") in [(b.kind, b.text) for b in parse(text).body]

    def test_short_glued_heading_over_an_opener_still_cut(self) -> None:
        """``Practice OptimizationBefore listing, …``: the glued word opens a sentence."""
        doc = parse("WASHINGTON - Doctors met today.\n\nPractice OptimizationBefore listing, plan ahead.\n")
        assert ("heading", "Practice Optimization") in [(b.kind, b.text) for b in doc.body]

    # DOJ one-line pages: which space runs part paragraphs follows the run widths of the page.
    def test_two_spaces_widest_part_paragraphs(self) -> None:
        """Two spaces, the widest gap, after a stand-in and after a stop: both part paragraphs."""
        text = (
            "  WASHINGTONThe Department of Justice announced today a proposed settlement.NoneNoneNone  The "
            "department today filed its proposed settlement in U.S. District Court in Charleston, W.Va. If "
            "approved, it would resolve the concerns.  The proposed settlement will be published in the "
            "Federal Register."
        )
        assert len(parse(text).body) == 3

    def test_lone_two_space_slip_stays(self) -> None:
        """One two-space gap in a line with none before it is a typing slip, not a break."""
        text = (
            "Police met in Lyon on Monday. They agreed a plan.  The plan starts in May. It covers ten "
            "countries. It was signed today."
        )
        assert len(_body(text)) == 1

    def test_wide_runs_make_two_spaces_a_sentence_gap(self) -> None:
        """Breaks of four to six spaces: the two spaces inside a quote are a sentence gap."""
        text = (
            "    Former chief Walter Young was sentenced today, the Justice Department announced.     We trust "
            "our officers to protect and serve, said Michael J. Moore, U.S. Attorney.  When we discover "
            "violations of that trust, we will act.    This case was investigated by the FBI."
        )
        assert len(parse(text).body) == 3

    def test_three_space_runs_keep_two_space_breaks(self) -> None:
        """Breaks of three spaces (wire_002): a two-space gap after a stop parts paragraphs too."""
        text = (
            "Police met in Lyon on Monday. They agreed a plan.   The plan starts in May. It covers ten "
            "countries.  It was signed today by the ministers. They met again.   The next meeting is in June."
        )
        assert len(_body(text)) == 4

    # A link that ends its sentence, the stop alone under it; a two-word label over the excerpts it names.
    def test_link_then_lone_stop_joins(self) -> None:
        """``… can be read`` / ``HERE`` / ``.``: one paragraph; ``Selected excerpts:`` heads the quotations."""
        text = (
            "CHICAGO —\nOver the weekend, the editorial board looked at the first six months.\n"
            "The entire editorial can be read\nHERE\n.\nSelected excerpts:\n"
            "“She has wasted no time beginning to whip the office into shape.”\n"
        )
        body = _body(text)
        assert ("paragraph", "The entire editorial can be read HERE .") in body
        assert ("heading", "Selected excerpts:") in body

    def test_short_line_after_a_sentence_stays(self) -> None:
        """A short line under a finished sentence, a stop under it, is no link inside the sentence."""
        text = "Police met in Lyon on Monday.\nHERE\n.\nThe plan starts in May.\n"
        assert "Police met in Lyon on Monday. HERE ." not in [t for _, t in _body(text)]

    def test_two_word_label_over_prose_stays_paragraph(self) -> None:
        """``Selected results:`` over a paragraph that opens in prose is no heading (two words, no quotation)."""
        text = "Police met in Lyon on Monday.\nSelected results:\nTen countries signed the plan today.\n"
        assert ("heading", "Selected results:") not in _body(text)

    # A bullet with two spaces before it and a tab after it, inside a line of two-space paragraphs.
    def test_inline_tab_bullets(self) -> None:
        """``exhibit:  •\\tAn Emphasis …  •\\tCulinary …``: list items, and SPEC 5 keeps them."""
        text = (
            "The Board is excited to share the findings of its latest study.  Key highlights from the study show "
            "that younger consumers exhibit:  •\tAn Emphasis on Health: Young consumers prioritize nutrition.  "
            "•\tCulinary Creativity: This age group finds joy in preparing food.   Jane Roe commented on it.  "
        )
        items = [t for k, t in _body(text) if k == "list_item"]
        assert items == [
            "An Emphasis on Health: Young consumers prioritize nutrition.",
            "Culinary Creativity: This age group finds joy in preparing food.",
        ]

    def test_address_bullets_stay_inline(self) -> None:
        """A letterhead's ``Courts Building  •  133 N. Riverfront Blvd.``: no sentence introduces it."""
        text = "Courts Building  •\t133 N. Riverfront Blvd.  •\tDallas, Texas\n\nPolice met in Lyon on Monday.\n"
        assert not [k for k, _ in _body(text) if k == "list_item"]

    # A punctuation-stripped Senate story: the date line over it heads no bill summary.
    def test_stripped_date_line_heads_nothing(self) -> None:
        """``Thursday  August 2  2007   WASHINGTON    Following …``: paragraphs, and the place is the dateline."""
        sentence = "the senator said Thursday that they would not back away from the plan to permit the refinery"
        text = (
            "Thursday  August 2  2007   WASHINGTON    Following a meeting with officials  "
            + sentence
            + "   But the Illinois Democrat  who met with them  said efforts may soon turn to a permit  They met   "
            + "I was asking about the air permit  which BP has yet to secure  Durbin said  The plan stands   "
            + "Among those who met with Durbin  a leading opponent of the plan  were two mayors  They agreed   "
            + "Durbin said he was disappointed to hear from the officials that they had no say in it   "
            + "With the delegation apparently united in its opposition to the plan  the talks went on   "
        )
        doc = parse(text)
        assert not [b for b in doc.body if b.kind == "list_item"]
        assert doc.dateline is not None
        assert doc.dateline.city == "WASHINGTON"


TIPS = (
    "District Attorney Jane Roe had a specific warning today for seniors.\n"
    "Tips for seniors to protect themselves include:\n"
    "When your new Medicare card arrives, keep it in a safe place.\n"
    "There is no charge for your new card, so don’t pay anyone to send it to you.\n"
    "Guard your Medicare card like it’s a credit card.\n"
    "[TWEET THIS]\n"
    "To learn more about protecting yourself from identity theft, visit\n"
    "Medicare.gov/fraud\n"
    "Earlier this month, the DA announced an Elder Protection Council.\n"
)


class TestSentenceItemsAfterInclude:
    """Under ``… include:``, one sentence a line is a list of sentences (x3_da_sd_medicare's tips)."""

    def test_sentences_after_include_are_items(self) -> None:
        body = _body(TIPS)
        assert [t for k, t in body if k == "list_item"] == [
            "When your new Medicare card arrives, keep it in a safe place.",
            "There is no charge for your new card, so don’t pay anyone to send it to you.",
            "Guard your Medicare card like it’s a credit card.",
        ]
        assert (
            "paragraph",
            "To learn more about protecting yourself from identity theft, visit Medicare.gov/fraud",
        ) in body

    def test_sentences_after_other_colon_stay_paragraphs(self) -> None:
        # A sentence that ends in ":" but names no members (a quotation follows) introduces paragraphs.
        text = TIPS.replace("Tips for seniors to protect themselves include:", "Roe said the office warned them:")
        assert not [t for k, t in _body(text) if k == "list_item"]

    def test_long_paragraph_after_include_is_no_item(self) -> None:
        # The first block under the colon is a paragraph, not one sentence alone on its line: no list.
        text = (
            "District Attorney Jane Roe announced charges today.\n"
            "The charges include:\n"
            "Poe was charged with fraud in a complaint filed Monday, after a two-year investigation by the office's"
            " Economic Crimes Division found that he had taken deposits from 14 homeowners and never began work."
            " He faces up to 20 years.\n"
            "Earlier this month, the DA announced an Elder Protection Council.\n"
        )
        assert not [t for k, t in _body(text) if k == "list_item"]


class TestWebAddressUnderVerb:
    """A web address alone on its line under a sentence stopped on a lower-case word ends that sentence."""

    LONG = (
        "District Attorney Jane Roe warned seniors today that con artists call and ask for their new"
        " Medicare numbers, and that the office has stepped up its work against elder fraud this year.\n"
    )

    def test_address_under_visit_joins(self) -> None:
        text = self.LONG + "To learn more about protecting yourself, visit\nMedicare.gov/fraud\nThe DA also met.\n"
        assert ("paragraph", "To learn more about protecting yourself, visit Medicare.gov/fraud") in _body(text)

    def test_address_after_full_stop_stays(self) -> None:
        text = self.LONG + "To learn more, call the office today.\nMedicare.gov/fraud\nThe DA also met.\n"
        assert ("paragraph", "To learn more, call the office today.") in _body(text)

    def test_address_after_number_stays(self) -> None:
        # A line ending in a phone number is a contact line of its own; the address under it is another.
        text = (
            self.LONG
            + "Seniors with questions may call the Fraud Unit at 619-531-4040\nMedicare.gov/fraud\nThe DA met.\n"
        )
        assert ("paragraph", "Medicare.gov/fraud") in _body(text)
