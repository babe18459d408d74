"""Body structure on layouts and conventions the corpus shows once or not at all (issue #4, red team).

Method: each class holds one rule of ``paragraphs`` or ``headings`` that was
written for releases of the corpus's sources (US DOJ, Europol, UK police and
ministries, PR wires) read in layouts the corpus lacks. The positives are
short real-shaped texts; the negatives beside them are the nearest texts the
rule must leave alone. Every row is read through ``parse`` (what a user
sees) and checked for SPEC 5 (the clean text parses back to the same body).
"""

from __future__ import annotations

import pytest

from pressparse import parse
from pressparse.paragraphs import _spaced_heading


def _body(text: str) -> list[tuple[str, str]]:
    """The body as ``(kind, text)`` pairs, after checking that the clean text reads back the same."""
    doc = parse(text)
    again = parse(doc.text)
    assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]
    return [(b.kind, b.text) for b in doc.body]


# A Justice Department release whose paragraph breaks were flattened to single spaces (doj_001's shape).
FLAT_DOJ = (
    "WASHINGTON - A federal grand jury in Tulsa, Oklahoma, returned an indictment today charging a man with "
    "wire fraud and filing false tax returns, announced Acting Assistant Attorney General Jane Roe of the Tax "
    "Division and U.S. Attorney John Doe for the Northern District of Oklahoma. According to the indictment, "
    "from 2015 through 2019, Richard Poe of Tulsa stole more than $800,000 from his employer by directing "
    "payments to accounts he controlled. The indictment further alleges that Poe made false entries in the "
    "company books to hide the theft. Poe also filed false returns for tax years 2016 through 2018 that did "
    "not report the money. If convicted, Poe faces a statutory maximum sentence of 20 years in prison for each "
    "wire fraud count. He also faces a period of supervised release, restitution and monetary penalties. An "
    "indictment merely alleges that crimes have been committed. The defendant is presumed innocent until "
    "proven guilty beyond a reasonable doubt. Acting Assistant Attorney General Roe and U.S. Attorney Doe "
    "commended special agents of IRS Criminal Investigation, who investigated the case, and Trial Attorney "
    "Mary Major, who is prosecuting this case."
)


class TestFormulaParagraphs:
    """A block of nine sentences or more is split before prosecutors' formula paragraphs."""

    def test_flattened_release(self) -> None:
        """A flattened DOJ release gets its charges, penalty, presumption and credits paragraphs back."""
        openers = [text.split(",")[0][:24] for _, text in _body(FLAT_DOJ)]
        assert ["A federal grand jury in ", "According to the indictm", "If convicted", "An indictment merely all",
                "Acting Assistant Attorne"] == openers  # fmt: skip

    def test_presumption_stays_with_the_indictment(self) -> None:
        """``The defendant is presumed innocent`` goes on the paragraph of ``An indictment merely alleges``."""
        blocks = _body(FLAT_DOJ)
        assert blocks[3][1].endswith("proven guilty beyond a reasonable doubt.")

    # A paragraph of a few sentences with a formula opener inside it is a paragraph as written.
    def test_short_paragraph_is_not_cut(self) -> None:
        """A formula opener inside a paragraph of three sentences does not cut it."""
        text = (
            "The jury deliberated for two days. According to the indictment, the scheme ran for years. "
            "If convicted, he faces 20 years."
        )
        assert 1 == len(_body(text))


class TestGluedImage:
    """A markdown image glued to the paragraph above it is set apart from it."""

    def test_image_after_a_quote(self) -> None:
        """The ``!`` of ``![alt](url)`` stays with the image, not with the quotation before it (wire_031)."""
        text = (
            "Debt rose again this year, the survey found.\n\n"
            "“Knowing your numbers is the first step,” he said.![Portrait of the chairman](https://example.com/a.jpg)\n\n"
            "The survey polled 1,000 adults in March."
        )
        doc = parse(text)
        assert "“Knowing your numbers is the first step,” he said." == doc.body[1].text
        assert any(n.text.startswith("![Portrait") for n in doc.noise)

    # An exclamation glued to a capital is still a glued break, not an image.
    def test_exclamation_is_a_stop(self) -> None:
        """``Join us!The event`` is two paragraphs, the ``!`` with the first."""
        assert ["Join us!", "The event starts at noon."] == [t for _, t in _body("Join us!The event starts at noon.")]


class TestSpacedHeading:
    """A subheading glued by one space to a sentence that opens with a quantifier (wire_013)."""

    def test_quantifier_opens_the_sentence(self) -> None:
        """``How it works Many buyers struggle`` splits before ``Many``."""
        text = "How it works Many buyers struggle to picture a room that is empty."
        assert 13 == _spaced_heading(text, 0, len(text))

    # "Many" inside a name, or after a word that runs on, is no glue point.
    @pytest.mark.parametrize(
        "text",
        [
            "Members of the group Many Hands Project met today in the hall.",
            "Tickets are sold to Many buyers who came early to the show.",
        ],
        ids=["name", "after-a-preposition"],
    )
    def test_no_glue_point(self, text: str) -> None:
        """A capitalised quantifier after a preposition or a capital is no sentence opener."""
        assert 0 == _spaced_heading(text, 0, len(text))


# PDF text wrapped at 72 columns with no blank line between blocks (tests/layouts.py ``wrap72tight``).
TIGHT = """\
The Institute presented its annual awards during a special ceremony at
its flagship conference, Experience 2024, in Las Vegas, on April 8, 2024.
Investment Consulting Impact Award
The Investment Consulting Impact Award honors individuals who have made
an outstanding contribution to the field of investment consulting."""


class TestHeadingUnderFullLine:
    """In tight-wrapped text, a short line with no stop under a full line that ends a sentence is a heading."""

    def test_heading(self) -> None:
        """``Investment Consulting Impact Award`` stands alone between two paragraphs."""
        assert ["paragraph", "heading", "paragraph"] == [k for k, _ in _body(TIGHT)]

    # Under an initial the line is the name going on; with a link it is the paragraph's tail.
    @pytest.mark.parametrize(
        "tail",
        ["Porter of the Health and Human Services Office", "Details at www.example.org/awards"],
        ids=["after-an-initial", "link"],
    )
    def test_not_a_heading(self, tail: str) -> None:
        """The line joins the paragraph above."""
        text = TIGHT.replace("Investment Consulting Impact Award", tail)
        if tail.startswith("Porter"):
            text = text.replace("April 8, 2024.", "Agent in Charge C.J.")
        assert "heading" not in [k for k, _ in _body(text)]


EUROPOL = """\
Police dismantled a network involved in large-scale investment fraud.

The action day on 12 June resulted in:

27 arrests in Spain, Germany and Cyprus;
41 searches of houses and call centres;
seizure of EUR 2.3 million in bank accounts, cryptocurrencies and real estate;
freezing of 120 bank accounts.

The following authorities took part in this operation:

Spain: National Police (Policía Nacional)
Germany: Federal Criminal Police Office (Bundeskriminalamt)
Cyprus: Cyprus Police"""


class TestEuropolLists:
    """Lists written as one sentence (``;`` items) and lists of ``Country: agency`` lines."""

    def test_semicolon_items(self) -> None:
        """Each ``;`` line is an item, lower-case ones and the last one ending in a stop included."""
        blocks = _body(EUROPOL)
        assert ["list_item"] * 4 == [k for k, _ in blocks[2:6]]
        assert "freezing of 120 bank accounts." == blocks[5][1]

    def test_field_items(self) -> None:
        """``Spain: National Police`` lines under a sentence ending in ``:`` are its items."""
        assert ["list_item"] * 3 == [k for k, _ in _body(EUROPOL)[7:]]

    # An event's details under its name stay paragraphs (wire_015).
    def test_event_fields(self) -> None:
        """Fields under a name, not under the sentence, are no list."""
        text = (
            "The company will attend the following conferences:\n\nLD Micro Main Event\n\n"
            "Conference Date: October 29\n\nConference Location: Virtual"
        )
        assert "list_item" not in [k for k, _ in _body(text)]

    # A wrapped paragraph whose long line ends in ";" goes on below it.
    def test_wrapped_semicolon(self) -> None:
        """A full line ending in ``;`` in hard-wrapped text continues on the next line."""
        text = (
            "The operation targeted a network that laundered the proceeds of fraud;\n"
            "investigators traced payments through accounts in six countries and\n"
            "identified the leaders of the network, who were arrested on Monday.\n"
        )
        assert 1 == len(_body(text))


class TestSectionNames:
    """Headings in capitals, names over lists, and interview questions."""

    def test_caps_heading_under_a_table(self) -> None:
        """``OUTLOOK`` under a table's last cell is a heading."""
        text = "Results were strong.\n\nRevenue\n$1.2B\n$120M\n\nOUTLOOK\n\nThe company expects growth in 2025."
        assert ("heading", "OUTLOOK") in _body(text)

    def test_name_over_a_list(self) -> None:
        """``Facts about the case`` over numbered notes is a heading."""
        text = "Police thanked the public.\n\nFacts about the case\n\n1. The victim was 24.\n2. The trial lasted two weeks."
        assert ("heading", "Facts about the case") in _body(text)

    # A clause over a list, a number over a list, and the first line are no headings.
    @pytest.mark.parametrize("line", ["The defendants are", "3"], ids=["clause", "number"])
    def test_not_a_list_name(self, line: str) -> None:
        """The line stays a paragraph."""
        text = f"Police thanked the public.\n\n{line}\n\n- Jane Roe\n- John Doe"
        assert ("heading", line) not in _body(text)

    def test_interview_question(self) -> None:
        """``Q: …?`` is a paragraph of the dialogue; ``FAQ #1: …?`` heads its answer."""
        text = (
            "The chief executive answered questions.\n\nQ: What drove growth in the quarter?\n\n"
            "A: Strong demand for our cloud products, particularly in Europe and Asia.\n\n"
            "FAQ #1: Should you hire a broker?\n\nYes, working with a broker can be very beneficial to sellers."
        )
        kinds = {t: k for k, t in _body(text)}
        assert "paragraph" == kinds["Q: What drove growth in the quarter?"]
        assert "heading" == kinds["FAQ #1: Should you hire a broker?"]


class TestFlattenedTable:
    """A table printed one cell a line under a sentence ending in ``:`` keeps its header only if it names columns."""

    def test_header_row(self) -> None:
        """Header cells in words over rows that agree on digits become headings (da_003's shape)."""
        text = (
            "The defendant was charged with the following:\n"
            "Charge\nAge of Victim\nYear\nSexual Assault\n14 years old\n1996\nSexual Abuse\n15 years old\n1997"
        )
        # The rendering puts each header cell and each row on a line of its own: the same table (da_003).
        assert ["heading"] * 3 == [k for k, _ in _body(text)[1:4]]

    # One letter names no column: the cells stay a list (F1123-45).
    def test_one_letter_cells(self) -> None:
        """Cells of one letter over rows are list items, not a header."""
        text = "The defendant was charged with the following:\nC\nA\nY\nC\n1\n6\nP\n8\n8\nThe case continues."
        assert "heading" not in [k for k, _ in _body(text)]


class TestNamedLists:
    """A list named over it with no colon (earnings releases' ``Third Quarter Highlights``): heading and items."""

    STORY = "SAN JOSE, Calif. – Acme Robotics today reported results for the third quarter.\n"

    @pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["newlines", "blank-lines"])
    def test_items_of_a_wrapping_width_stay_apart(self, gap: str) -> None:
        """Items whose lengths look like a wrapped paragraph's (one long, the next capitalised) stay one a line."""
        items = [
            "Revenue of $142.3 million, up 18% year over year",
            "GAAP net income of $12.1 million, or $0.31 per diluted share",
            "Cash and equivalents of $410.5 million as of September 30, 2026",
        ]
        text = self.STORY + "\nThird Quarter 2026 Highlights" + gap + "\n".join(items) + "\n\nThe call is at 5 p.m."
        body = _body(text)
        assert [("list_item", item) for item in items] == [b for b in body if b[0] == "list_item"]
        assert body == _body(parse(text).text)

    @pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["newlines", "blank-lines"])
    def test_highlights_over_lines(self, gap: str) -> None:
        """The name is a heading and the unfinished short lines under it are list items."""
        text = gap.join(
            [
                self.STORY.strip(),
                "Third Quarter Highlights",
                "Revenue of $412.5 million, up 42% year over year",
                "Cash and equivalents of $1.2 billion",
                "The company raised its outlook for the year.",
            ]
        )
        assert [
            ("heading", "Third Quarter Highlights"),
            ("list_item", "Revenue of $412.5 million, up 42% year over year"),
            ("list_item", "Cash and equivalents of $1.2 billion"),
            ("paragraph", "The company raised its outlook for the year."),
        ] == _body(text)[1:]

    def test_name_over_sentences_is_a_heading_over_paragraphs(self) -> None:
        """Sentences under the name are paragraphs: only unfinished short lines are items."""
        text = self.STORY + "\nKey Findings\n\nThe survey found that fraud rose by a third in a year.\n"
        assert [
            ("heading", "Key Findings"),
            ("paragraph", "The survey found that fraud rose by a third in a year."),
        ] == (_body(text)[1:])

    def test_one_line_under_the_name_is_no_list(self) -> None:
        """One short line is no list."""
        text = self.STORY + "\nHighlights\n\nRevenue up 42%\n\nThe company raised its outlook for the year.\n"
        assert "list_item" not in [kind for kind, _ in _body(text)]

    def test_headline_is_no_list_name(self) -> None:
        """Before the story, a headline ending in the word is the title, and the lines under it no list."""
        text = (
            "Acme Announces Third Quarter Highlights\nRevenue up 42% year over year\nRecord cash of $1.2 billion\n\n"
            + self.STORY
        )
        assert "list_item" not in [kind for kind, _ in _body(text)]


class TestJusticeDepartmentPage:
    """US DOJ pages print the case number, an ``Updated`` date and the topic under the story."""

    def test_case_furniture_leaves_the_body(self) -> None:
        """``Case Number: 1:23-cr-45``, ``Updated …``, ``Topic`` lines are no body blocks; the story stays whole."""
        text = (
            "WASHINGTON – A Virginia man was sentenced today to 10 years in prison for wire fraud.\n\n"
            "According to court documents, John Doe, 45, of Richmond, defrauded investors of $2 million.\n\n"
            "Case Number: 1:23-cr-45\n\nUpdated March 4, 2025\n\nTopic\nFinancial Fraud\n\n"
            "Component\nCriminal Division"
        )
        assert ["paragraph", "paragraph"] == [k for k, _ in _body(text)]


class TestSenateRelease:
    """Senate releases: bill sections, cosponsors one a line, a closing pointer to the bill's text."""

    def test_cosponsors_under_a_colon(self) -> None:
        """The cosponsors under ``with the following cosponsors:`` are items; the pointer is a paragraph."""
        text = (
            "WASHINGTON, D.C. – Senator Jane Roe today introduced the Safe Streets Act with the following "
            "cosponsors:\n\nSenator John Doe (D-Ill.)\nSenator Mary Major (R-Iowa)\nSenator Richard Poe (D-N.Y.)"
            "\n\nFull text of the bill is available here."
        )
        assert ["paragraph", "list_item", "list_item", "list_item", "paragraph"] == [k for k, _ in _body(text)]

    # One senator a line with no lead-in at all: paragraphs, not a stack of headings.
    def test_cosponsors_without_a_lead_in(self) -> None:
        """Names with their party tags under a finished sentence are no headings."""
        text = (
            "WASHINGTON, D.C. – Senator Jane Roe today introduced the Safe Streets Act. It has three cosponsors."
            "\n\nSenator John Doe (D-Ill.)\nSenator Mary Major (R-Iowa)\nSenator Richard Poe (D-N.Y.)\n\n"
            "Full text of the bill is available here."
        )
        assert ["paragraph"] * 5 == [k for k, _ in _body(text)]


class TestEarningsRelease:
    """Earnings releases: highlights lists and tables flattened one cell a line."""

    # A financial table one cell a line: its header cells (figures allowed: "Q3 2024") are headings and each
    # row one item, as the corpus reads da_003's table and the QA gold an earnings table (wire_c, round 17).
    def test_financial_table_cells(self) -> None:
        """A financial table one cell a line reads back the same: header headings, one item a row."""
        text = (
            "SAN JOSE, Calif. – Acme Robotics today reported results for the third quarter.\n\n"
            "The table below summarizes the results:\n\nMetric\nQ3 2024\nQ3 2023\nRevenue\n$412.5\n$290.1\n"
            "Net income\n$38.1\n$12.4\n\n“We delivered another record quarter,” said Jane Roe, CEO."
        )
        blocks = _body(text)
        assert [("heading", "Metric"), ("heading", "Q3 2024"), ("heading", "Q3 2023"),
                ("list_item", "Revenue $412.5 $290.1"), ("list_item", "Net income $38.1 $12.4")] == blocks[2:7]  # fmt: skip
        assert ("paragraph", "“We delivered another record quarter,” said Jane Roe, CEO.") == blocks[-1]


class TestPoliceAppeal:
    """UK police appeals: the call for information, defendants one a line, a question over its answer."""

    def test_appeal_is_a_paragraph(self) -> None:
        """``Anyone with information should call 101 quoting reference …`` is a paragraph, not a heading or item."""
        text = (
            "Officers are appealing for witnesses after a man was assaulted in Leeds on Saturday night.\n\n"
            "Anyone with information should call 101 quoting reference 13240123456.\n\n"
            "Information can also be passed anonymously to Crimestoppers on 0800 555 111."
        )
        assert ["paragraph"] * 3 == [k for k, _ in _body(text)]

    def test_defendants_one_a_line(self) -> None:
        """``Jane Roe, 34, of Leeds – jailed for six years`` lines under ``:`` are items, none a heading."""
        text = (
            "Five men have been jailed for their part in a drugs conspiracy.\n\n"
            "They were sentenced at Leeds Crown Court on Friday:\n"
            "Jane Roe, 34, of Leeds – jailed for six years\n"
            "John Doe, 41, of Bradford – jailed for four years and six months\n"
            "Richard Poe, 29, of no fixed abode – jailed for three years\n\n"
            "Detective Inspector Mary Major said: “This was a determined investigation.”"
        )
        assert ["paragraph", "paragraph", "list_item", "list_item", "list_item", "paragraph"] == [
            k for k, _ in _body(text)
        ]

    def test_question_heading(self) -> None:
        """``What happens next?`` heads its answer; ``Did you see anything?`` is the appeal itself."""
        text = (
            "LEEDS – Two men were arrested on Monday after a robbery in the city centre.\n\n"
            "What happens next?\n\nThe men will appear before magistrates on Tuesday morning.\n\n"
            "Did you see anything?\n\nOfficers want to hear from anyone who was in the area at the time."
        )
        kinds = {t: k for k, t in _body(text)}
        assert "heading" == kinds["What happens next?"]
        assert "paragraph" == kinds["Did you see anything?"]


class TestOperationResults:
    """INTERPOL and Europol operation results: bullets glued to the lead-in or padded with NBSPs."""

    RESULTS = ("1 200 arrests", "EUR 3 million seized", "More than 20 000 bank accounts frozen")

    @pytest.mark.parametrize(
        "listing",
        [
            (
                "Operation results include:- \u00a01 200 arrests- \u00a0EUR 3 million seized- \u00a0More than 20 000 "
                "bank accounts frozen"
            ),
            (
                "Operation results include:\n\u00a0- 1 200 arrests\n\u00a0- EUR 3 million seized\n\u00a0- More than "
                "20 000 bank accounts frozen"
            ),
            (
                "Operation results include:\n-\u00a0\u00a01 200 arrests\n-\u00a0\u00a0EUR 3 million seized\n"
                "-\u00a0\u00a0More than 20 000 bank accounts frozen"
            ),
        ],
        ids=["glued", "nbsp-before-the-dash", "nbsp-after-the-dash"],
    )
    def test_results_are_items(self, listing: str) -> None:
        """Each result is an item, whatever glues or pads it."""
        text = (
            "LYON, France – A global operation against cybercrime has led to hundreds of arrests.\n\n"
            f"{listing}\n\nThe operation was coordinated by INTERPOL."
        )
        assert [("list_item", r) for r in self.RESULTS] == [b for b in _body(text) if b[0] == "list_item"]

    # A figure after a dash inside a sentence is no bullet.
    def test_dash_in_a_sentence(self) -> None:
        """``arrests - 1 200 in all -`` stays one paragraph."""
        text = "LYON, France – The operation led to arrests - 1 200 in all - across 40 countries."
        assert ["paragraph"] == [k for k, _ in _body(text)]


class TestTitleCase:
    """A subheading in title case against a story sentence written in title case."""

    def test_title_case_heading(self) -> None:
        """``What Happens Next`` over a longer sentence is a heading."""
        text = (
            "LEEDS – Two men were arrested on Monday after a robbery in the city centre.\n\n"
            "What Happens Next\n\nThe men will appear before magistrates on Tuesday morning."
        )
        assert ("heading", "What Happens Next") in _body(text)

    # A first sentence in title case ends in a stop: no heading, however it is capitalised.
    def test_title_case_sentence(self) -> None:
        """``Two Men Were Arrested On Monday …`` (a stop at its end) is a paragraph."""
        text = (
            "LEEDS – Police made arrests.\n\nTwo Men Were Arrested On Monday After A Robbery In Leeds City Centre.\n\n"
            "Police said the men were held in custody."
        )
        assert "heading" not in [k for k, _ in _body(text)]


class TestColonLabels:
    """A label ending in ``:`` heads a section when it names it, not when it opens a sentence."""

    @pytest.mark.parametrize(("label", "heading"), [("Background:", True), ("Summary:", True), ("Note:", False)])
    def test_one_word_section_name(self, label: str, heading: bool) -> None:
        """``Background:`` over a paragraph names its section; a field label (``Note:``) does not."""
        text = (
            "LEEDS – Keeble was released on bail pending trial.\n\n"
            f"{label}\nThe investigation began in May 2025 after several complaints were referred to the office."
        )
        assert heading == (("heading", label) in _body(text))
        assert _body(text) == _body(parse(text).text)

    def test_label_over_a_list(self) -> None:
        """``Results of the action day:`` over its items is a heading."""
        text = (
            "THE HAGUE – Europol supported an action day against a criminal network.\n\n"
            "Results of the action day:\n- 1 200 arrests\n- EUR 3 million seized\n\nThe investigation continues."
        )
        assert ("heading", "Results of the action day:") in _body(text)

    # A lead-in of a quotation or of a list as a sentence is no heading.
    @pytest.mark.parametrize(
        "line",
        ["And from Chief Constable Jane Roe:", "The defendants were sentenced as follows:"],
        ids=["speaker", "sentence"],
    )
    def test_lead_in(self, line: str) -> None:
        """The line stays a paragraph."""
        text = f"LEEDS – Police made arrests.\n\n{line}\n- Jane Roe, jailed\n- John Doe, jailed"
        assert ("heading", line) not in _body(text)


# (text, expected body) -- a list written as one sentence, its last item after "; and", no bullets
# (DOJ settlements, Senate bill summaries, INTERPOL/Europol plans), found by the QA red team.
SEMICOLON_LISTS = [
    pytest.param(
        "Under the agreement, Ashford County will:\nProvide interpreters for medical appointments;\n"
        "Install videophones in each housing unit;\nAdopt a written policy on effective communication; and\n"
        "Pay $75,000 in damages to the two complainants.\nThe Justice Department opened its investigation in 2023.\n",
        [
            ("paragraph", "Under the agreement, Ashford County will:"),
            ("list_item", "Provide interpreters for medical appointments;"),
            ("list_item", "Install videophones in each housing unit;"),
            ("list_item", "Adopt a written policy on effective communication; and"),
            ("list_item", "Pay $75,000 in damages to the two complainants."),
            ("paragraph", "The Justice Department opened its investigation in 2023."),
        ],
        id="doj-settlement-terms",
    ),
    pytest.param(
        "The Affordable Medicines Act would:\nCap monthly out-of-pocket costs at $50 for insulin;\n"
        "Require manufacturers to justify price increases above inflation; and\nExpand access to generic drugs.\n\n"
        "The bill is endorsed by AARP.",
        [
            ("paragraph", "The Affordable Medicines Act would:"),
            ("list_item", "Cap monthly out-of-pocket costs at $50 for insulin;"),
            ("list_item", "Require manufacturers to justify price increases above inflation; and"),
            ("list_item", "Expand access to generic drugs."),
            ("paragraph", "The bill is endorsed by AARP."),
        ],
        id="senate-bill-summary",
    ),
    pytest.param(
        "Under the plan, participating countries will:\n\u00a0\u00a0\u00a0\u00a0increase checks at ports;\n"
        "\u00a0\u00a0\u00a0\u00a0set up a regional analysis cell in Suva; and\n"
        "\u00a0\u00a0\u00a0\u00a0share seizure data within 48 hours.\n",
        [
            ("paragraph", "Under the plan, participating countries will:"),
            ("list_item", "increase checks at ports;"),
            ("list_item", "set up a regional analysis cell in Suva; and"),
            ("list_item", "share seizure data within 48 hours."),
        ],
        id="nbsp-padded-lower-case-items",
    ),
    # Negative: a hard-wrapped paragraph whose long line happens to end "; and" goes on in lower case.
    pytest.param(
        "LYON, France – Police from 20 countries met on Monday to agree on a common plan against crime; and\n"
        "the meeting ended with a joint statement signed by every delegation present at the summit.",
        [
            (
                "paragraph",
                (
                    "Police from 20 countries met on Monday to agree on a common plan against crime; and the meeting "
                    "ended with a joint statement signed by every delegation present at the summit."
                ),
            )
        ],
        id="wrapped-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEMICOLON_LISTS)
def test_semicolon_list(text: str, expected: list[tuple[str, str]]) -> None:
    """Each clause ending in ``;`` or ``; and`` is an item of its own, and the rendering reads the same."""
    assert expected == _body(text)
    assert expected == _body(parse(text).text)


def test_steps_wrapped_over_lines_are_no_breadcrumb() -> None:
    """A hard-wrapped sentence of steps (``… page > Click on`` / ``Boost > Create Team > …``) stays prose."""
    text = (
        "How to create a team: Visit the Liquid Restaking event page > Click on\n"
        "Boost > Create Team > Set up the team profile > Share the invitation\n"
        "poster or link with friends."
    )
    assert [("paragraph", " ".join(text.split()))] == _body(text)


# (text, expected paragraphs): PDF text wrapped at the page's width (da_022): where a paragraph ends on a full line.
PDF_BREAKS = [
    pytest.param(
        "San Diego County District Attorney Jane Roe announced today that Deputy District\n"
        "Attorney John Doe was recognized as Prosecutor of the Year for his work in the unit by\n"
        "Mothers Against Drunk Driving at the annual award held on June 6 at the Lighthouse.\n"
        "“We often focus on driving under the influence of alcohol, but we are seeing many cases\n"
        "involving drugs, and the results are often deadly,” said DA Roe.",
        [
            (
                "San Diego County District Attorney Jane Roe announced today that Deputy District Attorney John Doe "
                "was recognized as Prosecutor of the Year for his work in the unit by Mothers Against Drunk Driving at "
                "the annual award held on June 6 at the Lighthouse."
            ),
            (
                "“We often focus on driving under the influence of alcohol, but we are seeing many cases involving "
                "drugs, and the results are often deadly,” said DA Roe."
            ),
        ],
        id="quotation-opens-its-paragraph",
    ),
    pytest.param(
        "In 2023, 28 people were killed in 26 DUI-related crashes in the county. So far this year, nine died. In\n"
        "2023, the office filed 4,805 DUI cases, including 234 drug cases and 153 combined cases, it said.",
        [
            (
                "In 2023, 28 people were killed in 26 DUI-related crashes in the county. So far this year, nine died. In "
                "2023, the office filed 4,805 DUI cases, including 234 drug cases and 153 combined cases, it said."
            )
        ],
        id="sentence-just-begun-runs-on",
    ),
    # A glued paragraph end makes its line the longest: the width is read up to the glue (QA round 2).
    pytest.param(
        "The DA announced today that a contractor has been charged with fraud after taking\n"
        "more than $186,000 in deposits from homeowners and never starting the work.\n"
        "The investigation began in May 2025 after the Attorney General’s Bureau of\n"
        "Consumer Protection referred several complaints to the District Attorney’s Office. County\n"
        "Detective Aaron Shilling identified 14 victims in Mercer and Lawrence counties.All defendants are "
        "presumed innocent.\n",
        [
            (
                "The DA announced today that a contractor has been charged with fraud after taking more than $186,000 "
                "in deposits from homeowners and never starting the work."
            ),
            (
                "The investigation began in May 2025 after the Attorney General’s Bureau of Consumer Protection "
                "referred several complaints to the District Attorney’s Office. County Detective Aaron Shilling "
                "identified 14 victims in Mercer and Lawrence counties."
            ),
            "All defendants are presumed innocent.",
        ],
        id="glued-end-on-the-longest-line",
    ),
    # Negative: a quotation mark opening a line inside a sentence (the line above runs on) joins.
    pytest.param(
        "The jury deliberated for two days before it returned its verdict in the case on Friday afternoon.\n"
        "The District Attorney thanked the officers who worked the case and the jurors, and then she said\n"
        "“justice was served” for the family of the victim, who attended every day of the long trial.",
        [
            (
                "The jury deliberated for two days before it returned its verdict in the case on Friday afternoon. "
                "The District Attorney thanked the officers who worked the case and the jurors, and then she said "
                "“justice was served” for the family of the victim, who attended every day of the long trial."
            )
        ],
        id="quotation-inside-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PDF_BREAKS)
def test_pdf_paragraph_breaks(text: str, expected: list[str]) -> None:
    """A quotation after a sentence's end opens a paragraph; a sentence begun at a line's end runs on."""
    assert [("paragraph", p) for p in expected] == _body(text)


def test_quotation_going_on_after_its_attribution() -> None:
    """``“A,” said X.`` / ``“B …”`` on the next line: the quotation goes on in the same paragraph (AP style)."""
    text = (
        "The defendants used battery-powered saws to remove a converter in under two minutes. The\n"
        "converters were sold to a scrap buyer in Portland for as much as $900 each, police said.\n"
        "“This was an organized business built on other people’s misfortune,” said DA Jane Roe.\n"
        "“Working people had to miss shifts and pay thousands of dollars for repairs. I am grateful\n"
        "to the police department for the months of work it took to take this ring apart.”\n"
        "Deputy District Attorney John Doe of the Property Crimes Unit prosecuted the case."
    )
    quote = (
        "“This was an organized business built on other people’s misfortune,” said DA Jane Roe. “Working people "
        "had to miss shifts and pay thousands of dollars for repairs. I am grateful to the police department for "
        "the months of work it took to take this ring apart.”"
    )
    assert any(quote in b.text for b in parse(text).body)
