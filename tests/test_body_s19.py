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
