"""Subheadings inside the body (``headings.HEADING_RULES`` and glued subheadings of ``paragraphs``).

Method: ``DEV`` rows are headings of real releases (wire_020, wire_023,
doj_012, INTERPOL pages; list labels of wire_017 and wire_025, the field
labels of da_014's media advisory) and issue 4's examples; they tuned the
rule.
``NEGATIVE`` rows are lines that look short but are no heading (a wrapped
headline's second half, da_006; a list line under ``:``; a question in a
quote); ``BUGS_CAUGHT`` pins cases a first version got wrong; ``XFAIL`` rows
are known failures, strict.
"""

from __future__ import annotations

import pytest

from pressparse import parse

LONG = (
    "The officers agreed on a long plan for the whole region and its ten countries, "
    "with a budget, a timetable and a review every year."
)

DEV = [
    pytest.param(f"Police met.\n\nKey findings\n\n{LONG}", "Key findings", id="key-findings"),
    # Capitals set a section's name apart whatever its length, even under a flattened table's last cell.
    pytest.param(f"Police met.\n\nOUTLOOK\n\n{LONG}", "OUTLOOK", id="caps-one-word"),
    pytest.param(f"Police met.\n\nRevenue\n$120M\n\nOUTLOOK\n\n{LONG}", "OUTLOOK", id="caps-under-a-cell"),
    pytest.param(f"Police met.\n\nRegional cooperation\n\n{LONG}", "Regional cooperation", id="two-words"),
    pytest.param(
        f"Police met.\n\nExpanding Positioning Solutions\n\n{LONG}", "Expanding Positioning Solutions", id="wire_023"
    ),
    pytest.param(
        f"Police met.\n\nSix Things Dental Practice Sellers Can Do to Ensure a Smooth Dental Practice Transition\n\n{LONG}",
        "Six Things Dental Practice Sellers Can Do to Ensure a Smooth Dental Practice Transition",
        id="wire_020-long-title-case",
    ),
    pytest.param(
        f"Police met.\n\nFAQ #1: Should you hire a dental practice transitions broker to help?\n\n{LONG}",
        "FAQ #1: Should you hire a dental practice transitions broker to help?",
        id="wire_020-labelled-question",
    ),
    pytest.param(
        f"{LONG}\n\nAdditional Resources:\n- Multimedia is available on the right column.\n- The study is online.",
        "Additional Resources:",
        id="wire_017-list-label",
    ),
    pytest.param(
        "Police met.\n\nKey Takeaways:* First Orion announced a new go-to-market collaboration.\n"
        "* The service reaches enterprise customers in Germany.",
        "Key Takeaways:",
        id="wire_025-list-label-glued-bullet",
    ),
    pytest.param(
        f"{LONG}\nWHEN:\nThursday, August 29, 2024 at 2:30 p.m.\n#####",
        "WHEN:",
        id="da_014-advisory-field",
    ),
    pytest.param(
        "The Company will present at the following financial conferences:\n\n"
        "Lytham Partners Fall 2024 Investor Conference\n\nConference Date: Tuesday, October 1, 2024\n\n"
        f"Conference Location: Virtual\n\n{LONG}",
        "Lytham Partners Fall 2024 Investor Conference",
        id="wire_015-event-over-its-fields",
    ),
    pytest.param(
        f"{LONG}\n\nStudy details, background or design:\n\n * The study compared 85,438 adults.\n"
        "* Mental health conditions were defined by diagnosis codes.",
        "Study details, background or design:",
        id="wire_018-sentence-case-label-alone-over-a-list",
    ),
]

BUGS_CAUGHT = [
    pytest.param(
        f"Police met.Kickbacks to Nursing Home PharmaciesThe civil settlement also resolves allegations. {LONG}",
        "Kickbacks to Nursing Home Pharmacies",
        id="doj_012-glued-after-glued-break",
    ),
    pytest.param(
        f"Police met.\n\nFAQ #2: How will a broker help?A dental broker provides support at every step. {LONG}",
        "FAQ #2: How will a broker help?",
        id="wire_020-glued-question",
    ),
]

BUGS_CAUGHT += [
    pytest.param(
        f"Police met.\n\nImproving Precision in a market with 40 Million Annual MRI Scans\n\n{LONG}",
        "Improving Precision in a market with 40 Million Annual MRI Scans",
        id="wire_023-sentence-case-twelve-words",
    ),
    pytest.param(
        f"Police met.\n\nA seal of quality and authenticity\n\n{LONG} The restaurant offers:",
        "A seal of quality and authenticity",
        id="wire_030-over-a-paragraph-opening-a-list",
    ),
    pytest.param(
        f"Police met.\n\nCompany Updates:\n\nNet Interest Income: net income rose to $187.1M in 2Q25. {LONG}",
        "Company Updates:",
        id="wire_024-label-alone-over-a-paragraph",
    ),
    pytest.param(
        f"Police met.\n\nA smarter way to shop — and sell For agents and sellers, Virtual Staging is a high-impact "
        f"way to make listings stand out in a competitive market. {LONG}",
        "A smarter way to shop — and sell",
        id="wire_013-glued-by-a-space-before-an-opener",
    ),
]

# doj_012: a title-case subheading of 19 words, glued to its paragraph in the raw page ("…Off-Label UsesIn a").
J_AND_J = (
    "J&J and Janssen Settle Civil Allegations of Targeting Vulnerable Patients with the Drugs Risperdal and Invega "
    "for Off-Label Uses"
)
BUGS_CAUGHT += [
    pytest.param(
        f"Police met.{J_AND_J}In a related civil complaint filed today, the United States alleges misconduct. {LONG}",
        J_AND_J,
        id="doj_012-glued-nineteen-words",
    ),
    pytest.param(f"Police met.\n\n{J_AND_J}\n\n{LONG}", J_AND_J, id="doj_012-alone-nineteen-words"),
]

NEGATIVE = [
    # A section is named in words: a figure or one letter is no subheading.
    pytest.param(f"Police met.\n\n2024\n\n{LONG}", id="figure-alone"),
    pytest.param(f"Police met.\n\nK\n\n{LONG}", id="one-letter"),
    # Capitals under the second line of a wrapped headline in capitals continue it.
    pytest.param(f"Police met in Lyon.\n\nTWO MEN CHARGED WITH\nFRAUD\n\n{LONG}", id="caps-wrapped-headline"),
    # Beside doj_012's 19 words: a title-case line of 22 words is longer than any subheading.
    pytest.param(f"Police met.\n\n{J_AND_J} in Nursing Homes\n\n{LONG}", id="title-case-twenty-two-words"),
    pytest.param(f"Police met.\n\nNote:\n\n{LONG}", id="one-word-label-alone"),
    pytest.param(
        f"Police met.\n\nThe officers said the plan would start in May and run for two years\n\n{LONG}",
        id="thirteen-word-sentence-without-stop",
    ),
    pytest.param(
        "For Immediate Release: Office of Dallas DA John Creuzot Secures Guilty Verdict for\n"
        "Convicted Felon Who Assaulted Two Garland Police Officers\n"
        f"{LONG}",
        id="da_006-wrapped-headline-half",
    ),
    pytest.param(f"The charges are:\nFraud and theft\n{LONG}", id="under-colon"),
    pytest.param(f"{LONG}\n\nThe defendants are:\n- Jane Roe\n- John Doe", id="sentence-over-list"),
    pytest.param(
        f"{LONG}\n\nHighlights of the event update include:\n\n- Ten countries signed.\n- The plan starts in May.",
        id="wire_004-sentence-alone-over-list",
    ),
    pytest.param(f"{LONG}\n\nThe defendants charged:\n\n- Jane Roe\n- John Doe", id="short-sentence-alone-over-list"),
    pytest.param(f"{LONG}\n\nMedia Contact:\nJane Roe, 202-555-0100", id="label-over-no-list"),
    pytest.param(f"{LONG}\n\nR:\nThursday at 2:30 p.m.", id="one-letter-label"),
    pytest.param(
        f"{LONG}\n\nJane Roe\n\nPhone: 202-555-0100\n\nEmail: jane.roe@example.org", id="name-over-contact-fields"
    ),
    pytest.param(f"Police met.\n\nWhat can we do better?\n\n{LONG}", id="bare-question"),
    pytest.param(f"Police met.\n\nIt rained all day.\n\n{LONG}", id="sentence"),
    pytest.param("Leawo PowerPoint to Video Pro will be free on April 14 for all users.", id="brand-name-glue"),
    pytest.param(f"Police met.\n\nMembers of Concerned Citizens For Justice met today. {LONG}", id="for-in-a-name"),
    pytest.param(f"Police met.\n\nAccording to The Times the plan works. {LONG}", id="phrase-ends-in-preposition"),
    pytest.param(f"Police met.\n\nChief Roe said on Monday The plan works. {LONG}", id="phrase-with-speech-verb"),
    pytest.param(
        "Police met.\n\nThe senator spoke today  The bill passed  It now goes to the House For the veterans it "
        "means a great deal  They waited ten years for this bill to pass the Senate  The vote was unanimous today",
        id="stripped-text-no-stop",
    ),
]

XFAIL = [
    pytest.param(
        f"Police met.\n\nAbout Turner MedTechTurner MedTech is an ISO 13485 certified maker. {LONG}",
        "About Turner MedTech",
        id="glued-after-brand-name",
        marks=pytest.mark.xfail(strict=True, reason="a glue point after a camel-case brand name is ambiguous"),
    ),
]


def _headings(text: str) -> list[str]:
    return [b.text for b in parse(text).body if b.kind == "heading"]


class TestHeadings:
    @pytest.mark.parametrize(("text", "heading"), DEV + BUGS_CAUGHT + XFAIL)
    def test_heading(self, text: str, heading: str) -> None:
        """The body has the expected subheading."""
        assert [heading] == _headings(text)

    @pytest.mark.parametrize("text", NEGATIVE)
    def test_not_a_heading(self, text: str) -> None:
        """A short line that is no subheading stays in its paragraph or list."""
        assert [] == _headings(text)


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


class TestStableRendering:
    """SPEC invariant 5: a heading is one on the raw text and on its clean rendering alike (F1123-10, F1123-11).

    The rendering puts every block alone between blank lines and drops noise,
    so the rule reads neither the blank lines around the line nor a noise
    neighbour; a line under a line that stops mid-sentence is never a heading.
    """

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"Police met.\n\nKey findings\n{LONG}", id="blank-line-above-only"),
            pytest.param(f"Police met.\nKey findings\n\n{LONG}", id="blank-line-below-only"),
            pytest.param(f"Police met.\n\nShare\n\nKey findings\n\n{LONG}", id="noise-above"),
            pytest.param(
                "Key Findings:\n\n* Police chiefs met.\n* They agreed.\n\nDALLAS — Among those who met, most agreed.",
                id="label-first-in-the-body-wire_018",
            ),
        ],
    )
    def test_heading_both_ways(self, text: str) -> None:
        """A short line over its paragraph is a heading whatever the blank lines or noise around it."""
        doc = parse(text)
        assert {("heading", "Key findings"), ("heading", "Key Findings:")} & set(_body(text))
        assert _body(doc.text) == _body(text)

    def test_long_glued_heading_both_ways(self) -> None:
        """A 19-word subheading glued to its paragraph is one heading in the raw text and in its rendering."""
        text = f"Police met.{J_AND_J}In a related civil complaint filed today, the United States alleges it. {LONG}"
        assert ("heading", J_AND_J) in _body(text)
        assert _body(parse(text).text) == _body(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Police met.\n\nKey findings\n\nShare", id="last-but-for-noise"),
            pytest.param(f"Police met.\n\nThe officers met in\n\nLyon and Paris\n\n{LONG}", id="under-mid-sentence"),
            pytest.param("l\x0bZ\x0cP .", id="fuzz-under-a-word-no-blank-line"),
        ],
    )
    def test_no_heading_both_ways(self, text: str) -> None:
        """The last block, or a line under a line that stops on a word, is no heading, raw or clean."""
        doc = parse(text)
        assert [] == [t for k, t in _body(text) if k == "heading"]
        assert _body(doc.text) == _body(text)

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            pytest.param(
                f"Police met.\nCompany Updates:\n{LONG}", "Company Updates:", id="over-a-paragraph-no-blank-line"
            ),
            pytest.param(f"Police met.\n\nCompany Updates:\n\n{LONG}", "Company Updates:", id="over-a-paragraph-alone"),
            pytest.param(f"{LONG}\n\nMedia Contact:\n\nJane Roe, 202-555-0100", None, id="over-a-field-value"),
        ],
    )
    def test_section_label_both_ways(self, text: str, label: str | None) -> None:
        """A title-case label over a paragraph that ends a sentence is a heading, blank lines or not."""
        doc = parse(text)
        assert ([label] if label else []) == [t for k, t in _body(text) if k == "heading"]
        assert _body(doc.text) == _body(text)

    @pytest.mark.parametrize(
        ("text", "headings"),
        [
            pytest.param(
                f"Police met.\n\nSix Things Sellers Can Do\n\nEarly Planning and Preparation\n\n{LONG}",
                ["Six Things Sellers Can Do", "Early Planning and Preparation"],
                id="stacked-wire_020",
            ),
            pytest.param(
                f"Police met.\nSix Things Sellers Can Do\nEarly Planning and PreparationThe key is to start early. {LONG}",
                ["Six Things Sellers Can Do", "Early Planning and Preparation"],
                id="stacked-over-a-glued-subheading",
            ),
            # Negatives: a line ending in a small word runs on (a wrapped headline), a sentence-case line too.
            pytest.param(
                f"Police met.\n\nSix Things Sellers Can Do for\n\nEarly Planning and Preparation\n\n{LONG}",
                [],
                id="wrapped-headline-first-half",
            ),
            pytest.param(
                f"Police met.\n\nSellers can do six things\n\nEarly planning and preparation\n\n{LONG}",
                [],
                id="sentence-case-lines",
            ),
        ],
    )
    def test_stacked_headings(self, text: str, headings: list[str]) -> None:
        """A finished title-case line over a subheading is a heading too (wire_020), raw or clean.

        The clean text shows the subheading alone under it, so it is read as a
        heading one level down; a title line ending in ``for`` is a wrapped headline.
        """
        doc = parse(text)
        assert headings == [t for k, t in _body(text) if k == "heading"]
        assert _body(doc.text) == _body(text)

    @pytest.mark.parametrize(
        ("text", "heading"),
        [
            pytest.param(
                "Police met.\nKey findings\nCHICAGO –\nPolice from 40 countries met.", "Key findings", id="dl"
            ),
            pytest.param("9?\nKe\nRE,N–\nS .", "Ke", id="fuzz-over-a-place-line"),
            # One letter names no section: the fuzz input's "K" is no heading, in the raw text or the rendering.
            pytest.param("9?\nK\nRE,N–\nS .", None, id="fuzz-over-a-place-line-one-letter"),
            pytest.param("aì.ØJ\nSINGAPORE, France\u00a0–\nO .", "ØJ", id="fuzz-over-a-place-line-glued"),
            # Negatives: a line ending in a dash over no sentence, or over a heading-shaped line.
            pytest.param("Police met.\nKey findings\nCHICAGO –\nMore to come", None, id="dl-over-no-sentence"),
            pytest.param("Police met.\nKey findings\nCHICAGO –", None, id="dl-last"),
        ],
    )
    def test_over_a_dateline_line(self, text: str, heading: str | None) -> None:
        """Over a line ending in a dash, the text under is read with the line after it, as the rendering joins them.

        A dateline on a line of its own (``CHICAGO –``) is rendered in one
        paragraph with its story, so a heading over it is decided on both.
        """
        doc = parse(text)
        assert ([heading] if heading else []) == [t for k, t in _body(text) if k == "heading"]
        assert _body(doc.text) == _body(text)

    @pytest.mark.parametrize(
        ("text", "heading"),
        [
            pytest.param(f"Police met.\n\n[Key findings](https://example.org/k)\n\n{LONG}", "Key findings", id="link"),
            pytest.param("ty.[Pn](g)\n\ne :", "Pn", id="fuzz-link-over-a-label"),
            pytest.param(f"Police met.\n\n[key findings](https://example.org/k)\n\n{LONG}", None, id="link-lower-case"),
        ],
    )
    def test_decided_on_the_rendered_text(self, text: str, heading: str | None) -> None:
        """A line is read as the clean text shows it: a markdown link is its link text."""
        doc = parse(text)
        assert ([heading] if heading else []) == [t for k, t in _body(text) if k == "heading"]
        assert _body(doc.text) == _body(text)


QUOTE = "“We will keep going, and we will bring charges,” she said at the meeting in Lyon."
ITEMS = "- Ten countries signed the declaration.\n- The plan starts in May."


class TestColonLabels:
    """A line ending in ``:`` heads what follows when it names it; the lead-in of a sentence does not (issue 4).

    A label is a noun phrase: ``Research Highlights:`` (wire_018), ``Key Takeaways:`` (wire_025). A line that
    opens with a conjunction, a connective or the ``from`` of a source, or holds a verb of speech, introduces
    the quote or list under it and stays a paragraph: ``And from Chairwoman Roe:``, ``Chairman Smith Said:``.
    """

    @pytest.mark.parametrize(
        "label",
        [
            pytest.param("Research Highlights:", id="wire_018"),
            pytest.param("Key Takeaways:", id="wire_025"),
            pytest.param("Company Updates:", id="wire_024"),
            pytest.param("Next Steps:", id="next-steps"),
            pytest.param("Results of the Operation:", id="with-of-the"),
            pytest.param("Field Notes:", id="notes-is-a-noun"),
            pytest.param("Member States:", id="states-is-a-noun"),
        ],
    )
    @pytest.mark.parametrize("under", [pytest.param(LONG, id="over-paragraph"), pytest.param(ITEMS, id="over-list")])
    def test_label_heads(self, label: str, under: str) -> None:
        """A title-case noun phrase ending in ``:`` is a heading over a paragraph or a list."""
        assert [label] == _headings(f"Police met on Monday.\n\n{label}\n\n{under}")

    @pytest.mark.parametrize(
        "lead_in",
        [
            pytest.param("And from Chairwoman Roe:", id="and-from"),
            pytest.param("From Senator Smith:", id="from-a-source"),
            pytest.param("Chairman Smith Said:", id="speech-verb"),
            pytest.param("Stock Added:", id="speech-verb-added"),
            pytest.param("As Stock Put It:", id="as"),
            pytest.param("Additionally:", id="connective"),
            pytest.param("And from Ranking Member Lucas:", id="five-words-over-list"),
        ],
    )
    @pytest.mark.parametrize(
        "under",
        [
            pytest.param(QUOTE, id="over-quote"),
            pytest.param(LONG, id="over-paragraph"),
            pytest.param(ITEMS, id="over-list"),
        ],
    )
    def test_lead_in_does_not_head(self, lead_in: str, under: str) -> None:
        """A sentence's lead-in ending in ``:`` is no heading, whatever is under it."""
        assert [] == _headings(f"Police met on Monday.\n\n{lead_in}\n\n{under}")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"Police met on Monday.\n\nResearch Highlights:\n\n{ITEMS}", id="label"),
            pytest.param(f"Police met on Monday.\n\nAnd from Chairwoman Roe:\n\n{QUOTE}", id="lead-in"),
        ],
    )
    def test_both_ways(self, text: str) -> None:
        """The clean text reads back the same blocks (SPEC invariant 5)."""
        assert _body(parse(text).text) == _body(text)


class TestNextToCaption:
    def test_heading_over_a_caption_reads_the_block_under_it(self) -> None:
        """A caption under a subheading is left out, as the clean text leaves it out: the heading stays one."""
        text = (
            "Police met on Monday.\n\nRegional Cooperation\n            \n    \n        \n"
            f"                    Participants at the meeting in Lyon\n            \n{LONG}"
        )
        doc = parse(text)
        assert ["Regional Cooperation"] == _headings(text)
        assert ["Participants at the meeting in Lyon"] == [c.text for c in doc.captions]
        assert _body(doc.text) == _body(text)


CASE_TABLE = "Defendant\nCharges\nMaximum Sentence\nCourt Date\n"
STORY = "A 19-year-old driver is scheduled to be arraigned tomorrow for the vehicular manslaughter of two minors."


class TestHeaderRow:
    """A table's header row printed one cell a line (da_018's case table): each cell is a heading."""

    def test_header_cells_are_headings(self) -> None:
        """Three or more short title-case cells under a finished sentence, over the row, head the table."""
        text = f"{STORY}\n{CASE_TABLE}Josselyn Jazmine Anguiano, 19, Santa Ana\n{LONG}"
        assert ["Defendant", "Charges", "Maximum Sentence", "Court Date"] == _headings(text)

    def test_both_ways(self) -> None:
        """The clean text puts each cell alone and reads them back as headings (SPEC invariant 5)."""
        text = f"{STORY}\n{CASE_TABLE}Josselyn Jazmine Anguiano, 19, Santa Ana\n{LONG}"
        assert _body(parse(text).text) == _body(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"{STORY}\nDefendant\nCharges\n{LONG}", id="two-cells"),
            pytest.param(f"The defendants include:\nJane Roe\nJohn Doe\nMax Mustermann\n{LONG}", id="list-under-colon"),
            pytest.param(
                f"The case was handled by\nDefendant\nCharges\nCourt Date\n{LONG}", id="under-unfinished-line"
            ),
            pytest.param(f"{STORY}\nDefendant\nCharges\nCourt Date 2019\n{LONG}", id="cell-with-digit"),
        ],
    )
    def test_no_header_row(self, text: str) -> None:
        """Two cells, a list under a colon, lines continuing a sentence, or a figure make no header row."""
        assert [] == _headings(text)

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("Josselyn Jazmine Anguiano, 19, Santa Ana", id="da_018"),
            pytest.param("Jane Roe, 34, of Santa Ana", id="of-city"),
        ],
    )
    def test_person_with_age_is_no_heading(self, line: str) -> None:
        """A person named with an age between commas is no subheading, even in title case."""
        assert [] == _headings(f"Police met on Monday.\n\n{line}\n\n{LONG}")


class TestEndMarkNeighbour:
    """An end mark (``###``, ``-30-``) is meta wherever it stands, so the rendering drops it like noise."""

    @pytest.mark.parametrize(
        ("text", "kinds"),
        [
            pytest.param(
                "Police met today in the city.\nOUTLOOK\n###\nThe company said today that sales rose. It said more.",
                ["paragraph", "heading", "paragraph"],
                id="heading-over-end-mark",
            ),
            pytest.param(
                "M\nRE:\n6\n###\nF",  # F1123-44
                ["paragraph", "heading", "list_item", "list_item"],
                id="list-over-end-mark",
            ),
            pytest.param(
                "The suspects are listed below:\nJane Roe\n-30-\nJohn Doe",
                ["paragraph", "list_item", "list_item"],
                id="unmarked-list-over-end-mark",
            ),
            # Negative: an end mark after the last item stays outside the list; one item is no list.
            pytest.param(
                "The suspect is named below:\nJane Roe\n###",
                ["paragraph", "paragraph"],
                id="end-mark-after-one-item",
            ),
        ],
    )
    def test_read_over_end_mark(self, text: str, kinds: list[str]) -> None:
        """A heading or a list reads its neighbours past an end mark, as the rendering shows them (SPEC 5)."""
        doc = parse(text)
        assert kinds == [b.kind for b in doc.body]
        assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in parse(doc.text).body]


class TestSectionQuestions:
    """A short question opening with a question word names a section (``What happens next?``, UK police)."""

    @pytest.mark.parametrize(
        "question", ["What happens next?", "How can I report a scam?", "Where can victims get help?"]
    )
    def test_question_heading(self, question: str) -> None:
        """The question is a heading over the answer, raw and clean."""
        text = f"Police met.\n\n{question}\n\n{LONG}"
        assert [question] == _headings(text)
        assert _body(parse(text).text) == _body(text)

    # The appeal itself, the writer's own question, a quoted one and a long one are sentences of the story.
    @pytest.mark.parametrize(
        "question",
        [
            "Did you see anything?",
            "What can we do better?",
            "“What are we waiting for?”",
            "What does the new law mean for the thousands of drivers who use the road?",
        ],
        ids=["yes-no", "writer", "quoted", "long"],
    )
    def test_question_paragraph(self, question: str) -> None:
        """The question stays a paragraph."""
        assert [] == _headings(f"Police met.\n\n{question}\n\n{LONG}")


class TestBillSections:
    """A section-by-section summary's ``Sec. 2. Definitions.`` heads the section's text (``bill_section``)."""

    SUMMARY = (
        "WASHINGTON, D.C. – Senators Jane Roe and John Doe today introduced the Safe Streets Act.\n\n"
        "Section-by-section\n\n"
        "Sec. 1. Short title.\nThis Act may be cited as the Safe Streets Act.\n\n"
        "SEC. 2. DEFINITIONS.\nIn this Act, the term “covered grant” means a grant under section 501.\n\n"
        "Section 3. Authorization of appropriations.\nThere are authorized $10,000,000 for each fiscal year.\n\n"
        "Full text of the bill is available here."
    )

    def test_sections(self) -> None:
        """Each numbered section name is a heading, its text a paragraph, raw and clean."""
        assert [
            "Section-by-section",
            "Sec. 1. Short title.",
            "SEC. 2. DEFINITIONS.",
            "Section 3. Authorization of appropriations.",
        ] == _headings(self.SUMMARY)
        assert _body(parse(self.SUMMARY).text) == _body(self.SUMMARY)

    # A section written with its text on one line is a paragraph; so is a reference to a section in the story.
    @pytest.mark.parametrize(
        "line",
        [
            "Sec. 3. The Attorney General may award grants to States.",
            "Section 5 of the Act applies to all grants.",
            "Sec. 4. Grants to States; conditions; reports to Congress.",
        ],
        ids=["section-with-its-text", "reference", "clauses"],
    )
    def test_not_a_section_heading(self, line: str) -> None:
        """The line stays in the story."""
        assert line not in _headings(f"Police met.\n\n{line}\n\n{LONG}")


class TestDatelineLine:
    """A line that opens with a dateline is the story's first paragraph, never a heading (F1123-41)."""

    def test_dateline_and_first_words(self) -> None:
        """The clean text joins a dateline to its story's first block; the joined line is no heading."""
        text = 'R?TA JUN 3 2026\u2014\nA\x0b" n C d V .'
        doc = parse(text)
        assert "heading" not in [b.kind for b in parse(doc.text).body]
        assert (doc.dateline and doc.dateline.text) == (parse(doc.text).dateline and parse(doc.text).dateline.text)

    # A title-case line with a dash inside, no place and no date before it, is a heading still.
    def test_dash_in_a_heading(self) -> None:
        """``Operation Pangea – Results`` over its text is a heading."""
        assert ["Operation Pangea – Results"] == _headings(f"Police met.\n\nOperation Pangea – Results\n\n{LONG}")
