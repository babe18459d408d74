"""Session 29 (n): noise readings of real releases and pinned fuzz findings.

Each case is written failing first, from the pinned finding or the real release it names, with a close
shape beside it that keeps its reading (a negative).
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable


class TestRepeatWindowAsRendered:
    """A copy is counted in the lines the rendering shows: a place line alone and its story's line are one."""

    def test_copy_under_a_bare_place_line_and_a_glued_counter(self) -> None:
        """F1130-4: the rendering cuts the glued ``1/3`` and sets ``THEH—`` on its story's line: a copy 3 lines on."""
        text = (
            "AcrossofficersacrossoperationinternationalsuspectsinternationalUSinternationalwellknownDrpolice.1/3\n"
            "THEH\u2014\n1e.\nt\n"
            "AcrossofficersacrossoperationinternationalsuspectsinternationalUSinternationalwellknownDrpolice\n"
            "D\n\u2022 r"
        )
        _stable(text)
        assert problems(text, render=True) == []

    def test_gallery_caption_printed_again_under_the_dateline(self) -> None:
        """A gallery caption with its counter glued, the place line set apart: the copy 3 rendered lines on goes."""
        text = (
            "Officers seized 40 kilograms of cocaine at the port of Santos in the operation.1/3\n\n"
            "LYON, France \u2014\n\n"
            "Police in 12 countries took part.\n\n"
            "The raid followed months of work.\n\n"
            "Officers seized 40 kilograms of cocaine at the port of Santos in the operation\n\n"
            "The operation ran for two weeks."
        )
        assert _stable(text) == [
            ("paragraph", "Officers seized 40 kilograms of cocaine at the port of Santos in the operation."),
            ("paragraph", "Police in 12 countries took part."),
            ("paragraph", "The raid followed months of work."),
            ("paragraph", "The operation ran for two weeks."),
        ]

    def test_copy_four_shown_lines_on_stays(self) -> None:
        """Without a place line between them, a line said again four lines on is the author's, and stays."""
        text = (
            "Officers seized 40 kilograms of cocaine at the port of Santos in the operation.1/3\n"
            "Police in 12 countries took part.\n"
            "The operation ran for two weeks.\n"
            "Seven people were arrested.\n"
            "Officers seized 40 kilograms of cocaine at the port of Santos in the operation\n"
            "The case goes on."
        )
        assert [b[1] for b in _stable(text)][-2:] == [
            "Officers seized 40 kilograms of cocaine at the port of Santos in the operation",
            "The case goes on.",
        ]


class TestComplianceCode:
    """An insurer's compliance number and expiry alone on a line is furniture."""

    def test_compliance_number_under_a_sponsored_feature(self) -> None:
        """Guardian Life's NewsUSA feature (yc_wire_newsusa_1) closes with "9080429.1 (08/2028)"."""
        text = (
            "(NewsUSA) - Small business owners can plan ahead.\n\n"
            "To learn more, visit https://www.guardianlife.com/reports.\n\n"
            "9080429.1 (08/2028) \n"
        )
        assert _stable(text) == [
            ("paragraph", "Small business owners can plan ahead."),
            ("paragraph", "To learn more, visit https://www.guardianlife.com/reports."),
        ]
        assert ("boilerplate", "9080429.1 (08/2028)") in [(n.kind.value, n.text) for n in parse(text).noise]

    def test_a_figure_with_a_year_in_brackets_stays(self) -> None:
        """A number and a date in a line of text stay: "Sales rose to 12000 (08/2028 target)." is a sentence."""
        text = "Officers met on Monday.\n\n125000 (2024)\n\nSales rose to 12000 (08/2028 target)."
        assert _stable(text)[1:] == [
            ("paragraph", "125000 (2024)"),
            ("paragraph", "Sales rose to 12000 (08/2028 target)."),
        ]
