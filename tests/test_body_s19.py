"""Body structure on real releases the parser had not seen (session 19: Senate typewriter pages, wires).

Each class holds one rule of ``paragraphs`` written from a real release; the
negatives beside the positives are the nearest texts the rule must leave
alone. Every row is read through ``parse`` and checked for SPEC 5 (the clean
text parses back to the same body).
"""

from __future__ import annotations

from tests.test_body_unseen import _body  # the body as (kind, text) pairs, read back from the clean text (SPEC 5)

# xf_senate_biden_2: one line; two spaces after every sentence, three to five between paragraphs, and the
# one-space gaps after a stop mostly follow abbreviations ("Sen. Biden", "U.S. Senator").
TYPEWRITER = (
    "Washington, DC - Today, U.S. Senator Joseph R. Biden, Jr. (D-DE) introduced an amendment to restore the"
    " COPS hiring program.  The program is being considered during the debate on the appropriations bill.    "
    '"Today\'s tragic events are a sobering reminder of the real need for more police officers," said Sen. Biden.'
    '  "The rise in crime is no coincidence.  When we funded the COPS program, crime went down."    "Fewer police'
    " on the street means more crime - it's as simple that. Let's get back to basics,\" added Sen. Biden.   "
    "Independent studies have shown that the program helps reduce crime.  The Brookings Institution published a"
    " briefing this spring.  The authors found it was among the most cost-effective options. In short, it works."
    "   Local police departments urgently need this support.  Since 9/11, they have been struggling to keep up"
    " with the competing demands.  This amendment calls for an extra $110 million, said Sen. Biden.\n"
)

# x7_senate_baucus_1: the same spacing read the other way: one space between sentences (most one-space gaps
# end one), two or three between paragraphs.
SHORT_PARAGRAPHS = (
    "(Washington, D.C.)  Montana's senior U.S. Senator Max Baucus today introduced legislation that would provide"
    " tax relief for military families.  The Defenders of Freedom Tax Relief Act helps members of the military"
    " with combat pay. It also includes tax incentives for employers of reservists.   Baucus is chairman of the"
    " Senate Finance Committee.  Our brave military personnel lay their lives on the line every day, Baucus said."
    " This legislation would provide much needed relief. I am committed to getting it passed quickly.  Baucus said"
    " the committee is expected to consider the act this month. A vote is expected soon.   The bill has support"
    " from veterans groups. It was referred to the committee on Monday.\n"
)


class TestTypewriterParagraphs:
    """Two spaces after each sentence and longer runs between paragraphs, all on one line (Senate pages)."""

    def test_two_spaces_are_sentence_gaps_where_longer_runs_part_paragraphs(self) -> None:
        """xf_senate_biden_2: the runs of three to five spaces part paragraphs; the two-space gaps do not."""
        body = _body(TYPEWRITER)
        assert [text[:20] for _, text in body] == [
            "Today, U.S. Senator ",
            "\"Today's tragic even",
            '"Fewer police on the',
            "Independent studies ",
            "Local police departm",
        ]

    def test_most_one_space_ends_still_read_as_short_paragraphs(self) -> None:
        """x7_senate_baucus_1: one-space gaps that end sentences make the two-space gaps paragraph breaks."""
        body = _body(SHORT_PARAGRAPHS)
        assert [text[:20] for _, text in body] == [
            "Montana's senior U.S",
            "The Defenders of Fre",
            "Baucus is chairman o",
            "Our brave military p",
            "Baucus said the comm",
            "The bill has support",
        ]


class TestEndMarkBetweenRuns:
    """``###`` set between runs of spaces on a flattened line is the end mark, its own piece."""

    def test_end_mark_between_space_runs(self) -> None:
        """``… becomes law.     ###   Sen. Biden, former Chairman …`` (xf_senate_biden_2)."""
        from pressparse import parse

        text = (
            "WASHINGTON - The Senate passed the bill today.   The bill must be conferenced before it becomes"
            " law.     ###   Sen. Biden, former Chairman of the Judiciary Committee, wrote the 1994 Crime Bill.\n"
        )
        doc = parse(text)
        assert [m.text for m in doc.meta if m.kind == "end_mark"] == ["###"]
        assert [b.text[:9] for b in doc.body] == ["The Senat", "The bill ", "Sen. Bide"]

    def test_hashes_inside_a_sentence_stay(self) -> None:
        """``###   2`` after a stop: no word follows, no end mark (a count, a tag)."""
        from pressparse import parse

        text = "WASHINGTON - The Senate passed the bill today.   Press ### for more.   The vote was 52 to 48.\n"
        assert not [m for m in parse(text).meta if m.kind == "end_mark"]


class TestClauseListsUnderAModal:
    """``… will:`` over lines that each open with a verb: a list whose bullets were lost, however long its items."""

    def test_clauses_under_will_colon(self) -> None:
        """x4_senate_grassley_1: each provision is a list item, the paragraph after the list is none."""
        text = (
            "WASHINGTON - Sen. Roe is the sponsor of a bill to help soldiers.\n"
            "The bill includes tax relief for veterans. Provisions in the legislation will:\n"
            "Make permanent a provision that allows soldiers to count their combat pay. It is refundable.\n"
            "Allow all veterans to use qualified mortgage bonds to purchase their homes.\n"
            "Extend a provision that gives retired veterans more time to claim a refund.\n"
            "Roe introduced the bill with Sen. Doe, and said Roe expects a vote this month.\n"
        )
        assert [k for k, _ in _body(text)] == ["paragraph", "paragraph", *["list_item"] * 3, "paragraph"]

    def test_title_case_list_name_ending_in_would(self) -> None:
        """x7_senate_baucus_1: ``… Tax Relief Act Would:`` names the clauses under it."""
        text = (
            "WASHINGTON - Sen. Roe introduced a bill today.\n"
            "Roe Defenders of Freedom Tax Relief Act Would:\n"
            "Make permanent a provision that allows soldiers to count their combat pay.\n"
            "Cut taxes for small businesses when they pay members of the Guard.\n"
        )
        assert [k for k, _ in _body(text)][-2:] == ["list_item", "list_item"]

    def test_a_colon_after_another_word_introduces_no_clauses(self) -> None:
        """``Roe said:`` over sentences: paragraphs (a quotation or a statement), not a list."""
        text = (
            "WASHINGTON - Sen. Roe introduced a bill today. Roe said:\n"
            "Make no mistake about what this bill does for the soldiers.\n"
            "Give it a vote, and give it one this month.\n"
        )
        assert [k for k, _ in _body(text)] == ["paragraph"] * 3


class TestAmountLists:
    """A funding list: ``… the following projects:`` over one amount and its purpose a line (Senate)."""

    def test_amounts_after_runs_of_spaces_are_items(self) -> None:
        """xf_senate_bond_2: one line; ``projects:   $2,500,000 for …   $1,000,000 for …``."""
        text = (
            "WASHINGTON, D.C. - Sen. Roe secured funds for roads today.   Roe secured funds for the following"
            " projects:   $2,500,000 for Route D Road in Caruthersville. Funds will provide for construction.   "
            "$1,000,000 for Route EE Road in New Madrid. Funds will provide for maintenance.   $760,000 for Route AB"
            " Road in Cape Girardeau.   Roe also thanked the local officials for their work.  # # #  \n"
        )
        doc_body = _body(text)
        assert [k for k, _ in doc_body] == ["paragraph", "paragraph", *["list_item"] * 3, "paragraph"]
        assert doc_body[2][1].startswith("$2,500,000 for Route D")

    def test_a_table_cell_before_a_figure_stays(self) -> None:
        """``Theft ($50,000-$100,000)          8 years DOC``: a run after a bracket is a table's cell gap."""
        text = "WASHINGTON - Sentences were handed down today.\nJohn Doe    29     Theft ($5,000-$20,000)     4 years DOC\n"
        assert _body(text)[-1] == ("paragraph", "John Doe 29 Theft ($5,000-$20,000) 4 years DOC")

    def test_one_amount_or_amounts_after_no_colon_stay_paragraphs(self) -> None:
        """One amount under a colon, or amounts under a sentence that ends in a stop: paragraphs."""
        one = "WASHINGTON - Roe secured funds for the following project:\n$2,000,000 for the bus facilities.\n"
        assert [k for k, _ in _body(one)] == ["paragraph", "paragraph"]
        stop = "WASHINGTON - Roe secured funds.\n$2,000,000 for the bus facilities.\n$900 for a depot.\n"
        assert [k for k, _ in _body(stop)] == ["paragraph"] * 3

    def test_end_mark_closing_a_flattened_line(self) -> None:
        """``… Bus Facilities.  # # #   ``: the end mark, not part of the sentence."""
        from pressparse import parse

        doc = parse("WASHINGTON - Roe secured $2,000,000 for the Statewide Bus Facilities.  # # #   \n")
        assert doc.body[-1].text.endswith("Facilities.")
        assert [m.text for m in doc.meta if m.kind == "end_mark"] == ["# # #"]


class TestRunsOnPagesWithBlankLines:
    """Where blank lines part the paragraphs, a run of spaces inside a line is a sentence gap or a slip."""

    PAGE = (
        "November 3, 2023\n\n"
        "A Temecula man will spend 15 years to life in prison for the fentanyl-related homicide of a 26-year-old"
        " woman three years ago.\n\n"
        "The murder case was prosecuted by Deputy DA Jerry Pfohl of the DA’s Homicide Division, and was the first"
        " fentanyl murder case in the county to go to trial.\n\n"
        "Judge Timothy Freer sentenced Vicente David Romero today, remarking, “It should be known far and wide that"
        " they will aggressively prosecute individuals for furnishing fentanyl.  That should be abundantly clear.  "
        "They will seek murder charges in this case.”  \n\n"
        "On Aug. 31, jurors at the Southwest Justice Center in Murrieta took one day to find Romero guilty of"
        " second-degree murder.   In an open plea to the court prior to the trial, Romero admitted to five charges.\n"
    )

    def test_runs_inside_blank_line_paragraphs_stay(self) -> None:
        """xg_da_riverside_2: four paragraphs, as the blank lines set them."""
        assert [k for k, _ in _body(self.PAGE)] == ["paragraph"] * 4

    def test_a_one_line_page_is_still_cut_at_its_runs(self) -> None:
        """The same sentences flattened onto one line: the runs are all the layout left, and part paragraphs."""
        line = " ".join(part.strip() for part in self.PAGE.split("\n\n")[1:]).replace("”  On", "”    On")
        assert len(_body("WASHINGTON - " + line + "\n")) > 1


class TestGluedArticleTwice:
    """``Tuesday.A`` glued twice in one page is two junctions, not a dotted brand name like ``Bit.Store``."""

    def test_article_after_a_glued_stop_twice(self) -> None:
        """Found by hypothesis (tests/test_damage.py): the dotted-name rule took ``Tuesday.A`` for a name."""
        from pressparse import parse

        paragraphs = [
            "The Justice Department returned an indictment on Tuesday.",
            "A federal grand jury announced charges against three men.",
            "Attorney General Holder announced charges against three men.",
            "A federal grand jury returned an indictment on Tuesday.",
            "A federal grand jury sentenced the man to five years.",
        ]
        doc = parse("WASHINGTON – " + "".join(paragraphs))
        assert [p.text for p in doc.paragraphs] == paragraphs
        brand = parse("Bit.Store launched a card today. Bit.Store users can top up in seconds.")
        assert [p.text for p in brand.paragraphs] == [
            "Bit.Store launched a card today. Bit.Store users can top up in seconds."
        ]


class TestMarkdownTitleLine:
    """A markdown heading line is one heading: no subheading glued by a space is read inside it."""

    def test_markdown_title_with_an_opener_inside(self) -> None:
        """xn_wire_citybiz_1: ``# Clear the Clutter Before the Storm: Junk.com Offers …`` is the title, whole."""
        from pressparse import parse

        text = (
            "# Clear the Clutter Before the Storm: Junk.com Offers Hurricane Prep Tips To Help Protect Your Property\n\n"
            "With hurricane season in full swing, Junk.com urges homeowners to clear out the clutter.\n"
        )
        doc = parse(text)
        assert doc.title == (
            "Clear the Clutter Before the Storm: Junk.com Offers Hurricane Prep Tips To Help Protect Your Property"
        )
        assert [b.kind for b in doc.body] == ["paragraph"]

    def test_the_same_line_without_its_marker_is_still_cut(self) -> None:
        """Under a paragraph, a plain line ``A smarter way to shop — and sell For agents …`` is still cut."""
        from pressparse import parse

        text = (
            "Police met.\n\nA smarter way to shop — and sell For agents and sellers, Virtual Staging is a high-impact "
            "way to make listings stand out in a competitive market."
        )
        assert [b.kind for b in parse(text).body] == ["paragraph", "heading", "paragraph"]

    def test_a_place_glued_to_a_sentence_twice(self) -> None:
        """``… in Boise.Attorney General …`` twice (hypothesis): never a name's opening, so two junctions."""
        from pressparse import parse

        paragraphs = [
            "A federal grand jury returned an indictment in Boise.",
            "Attorney General Holder announced charges.",
            "The man was arrested in Boise.",
            "Attorney General Holder sentenced the man.",
        ]
        assert [p.text for p in parse("WASHINGTON – " + "".join(paragraphs)).paragraphs] == paragraphs
