"""Session 29 (s, round 2): subheadings glued by one space to the paragraph that restates them.

Wire releases print a subheading and its paragraph in one line, the paragraph opening on the term the
subheading names. Each real shape (words rewritten, same shape) sits beside a close story shape that stays one
paragraph; every case reads the same in its rendering (SPEC 5).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestBracketedTermRestated:
    """A subheading closing on a term in brackets, the paragraph under it opening on that term (24-7 Press Release)."""

    def test_term_opens_the_sentence(self) -> None:
        """xx_wire_247_2: ``Quarterly Tax Filings (Form 941) Form 941 reports …`` parts after the brackets."""
        text = (
            "Employers are urged to review their records. Small gaps can lead to fines.  Records to Confirm  "
            "Annual Benefit Filings (Form 5500) Form 5500 reports the plan's assets and its members. Filing late "
            "can lead to penalties.  A review can help firms avoid fines. It takes an hour."
        )
        assert ("heading", "Annual Benefit Filings (Form 5500)") in _stable(text)
        assert problems(text, render=True) == []

    def test_term_after_an_adjective(self) -> None:
        """xx_wire_247_2: ``Wage and Tax Statements (W-2s) Annual W-2 forms must …``: the term in the singular."""
        text = (
            "Employers are urged to review their records. Small gaps can lead to fines.  Records to Confirm  "
            "Hourly Wage Summaries (W-3s) Yearly W-3 forms must match the totals the company reports. Errors may "
            "delay filings.  A review can help firms avoid fines. It takes an hour."
        )
        assert ("heading", "Hourly Wage Summaries (W-3s)") in _stable(text)
        assert problems(text, render=True) == []

    def test_abbreviation_in_a_sentence_stays(self) -> None:
        """A name and its abbreviation inside a sentence, the words after it no restatement: one paragraph."""
        story = "Staff at the Small Business Administration (SBA) Office in Denver will answer questions about loans."
        text = f"Owners are urged to apply. Small gaps can lead to delays.  {story}  A review takes an hour. It helps."
        assert ("paragraph", story) in _stable(text)


class TestNounRestatedInTheSingular:
    """The paragraph under a subheading restates the subheading's last noun in the singular (Noticias wire)."""

    def test_last_noun_restated(self) -> None:
        """x7_wire_noticias_2: ``Navigating Texas Medical Malpractice Laws Texas law imposes …`` parts."""
        text = (
            "The firm has published a guide.\n\n"
            "Understanding Ohio Product Liability Rules Ohio rule requires strict notice of every claim within "
            "two years. Families should act quickly."
        )
        assert ("heading", "Understanding Ohio Product Liability Rules") in _stable(text)
        assert problems(text, render=True) == []

    def test_name_before_its_noun_stays(self) -> None:
        """A name whose last word the sentence goes on to write in lower case: ``… the Yoga West yoga studio``."""
        text = (
            "The firm has published a guide.\n\n"
            "Visitors to the Yoga West yoga studio can join a class every morning this spring. Classes are free."
        )
        assert ("paragraph", text.split("\n\n")[1]) in _stable(text)

    def test_subheading_under_a_link_ends_no_list(self) -> None:
        """x7_wire_noticias_2: the subheading under a link under a colon is no list item, in either reading."""
        text = (
            "The firm has published a guide on its website:\n\n \U0001f517 https://example.com/guide/\n\n "
            "Understanding Ohio Product Liability Rules Ohio rule requires strict notice of every claim within "
            "two years. Families should act quickly."
        )
        blocks = _stable(text)
        assert ("heading", "Understanding Ohio Product Liability Rules") in blocks
        assert problems(text, render=True) == []

    def test_short_lines_under_a_colon_stay_a_list(self) -> None:
        """Two short title-case lines under a colon, the paragraph under them no restatement: still a list."""
        text = (
            "The firm has offices in two cities:\n\nOhio Product Liability Center\n\nTexas Medical Law Center\n\n"
            "Families can call either office every day of the week. Calls are free."
        )
        blocks = _stable(text)
        assert [("list_item", "Ohio Product Liability Center"), ("list_item", "Texas Medical Law Center")] == [
            b for b in blocks if b[0] == "list_item"
        ]


class TestInfinitiveOpensTheSentence:
    """Title case writes ``to`` in lower case: ``To`` and a lower-case verb open the sentence under a subheading."""

    def test_to_and_a_verb_after_a_title(self) -> None:
        """xk_wire_nmw_1: ``Partnership Opportunities To learn more about …`` parts before ``To``."""
        text = (
            "The company met its goals this year.\n\n"
            "Retail Partnership Programs To learn more about becoming a partner, call the sales office today."
        )
        assert ("heading", "Retail Partnership Programs") in _stable(text)
        assert problems(text, render=True) == []

    def test_name_with_to_in_capitals_stays(self) -> None:
        """A name that capitalises ``To`` goes on in capitals: one paragraph."""
        text = "The company met its goals.\n\nThe Freedom To Travel To Cuba Act passed the Senate on Monday by a vote."
        assert ("paragraph", text.split("\n\n")[1]) in _stable(text)

    def test_text_ending_on_an_address_parts(self) -> None:
        """The text under ends on a web address, no stop after it: the call to action ended (session 29, round 4)."""
        text = (
            "The company met its goals this year.\n\n"
            "Retail Partnership Programs To learn more about becoming a partner, visit: https://www.example.com"
        )
        assert ("heading", "Retail Partnership Programs") in _stable(text)


class TestContactLineEndsOnItsAddress:
    """A line ending on an e-mail or web address stops no sentence: a short line under it may be a subheading."""

    def test_subheading_under_a_handle(self) -> None:
        """xe_wire_noticias_1: ``Judges panel`` under ``… the crowd. @djname`` over its paragraph is a heading."""
        text = (
            "The show opens on Friday night.\n\nDJ ROE will be on the decks for the crowd. @djroe\n\n"
            "Judges panel\n\nAn elite panel of skaters will crown the winners:\n\nJane Roe\n\nJohn Doe"
        )
        assert ("heading", "Judges panel") in _stable(text)
        assert problems(text, render=True) == []

    def test_line_ending_on_a_word_goes_on(self) -> None:
        """The same line ending on a plain word stops mid-sentence: the short line under it is no heading."""
        text = (
            "The show opens on Friday night.\n\nDJ ROE will be on the decks for the crowd with\n\n"
            "Judges panel\n\nAn elite panel of skaters will crown the winners:\n\nJane Roe\n\nJohn Doe"
        )
        assert ("heading", "Judges panel") not in _stable(text)
