"""Session 30 (s, round 5): the lists under a lead-in read past one set of lines the rendering leaves out.

``paragraphs._unmarked_lists`` (short items) and ``paragraphs._tip_items`` (tips of one or two sentences)
each passed over what meta takes and the clean rendering drops (noise, end marks, release notes, labelled
date lines, contact labels), each with its own list, and the two drifted apart (F1125-52, F1125-71). They
now ask one helper, ``paragraphs._left_out``. Consumer-protection releases (district attorneys', attorneys
general's) paste the page's ``Contact:`` label between a tips list's lines when the scraper flattens a
sidebar; the rendering leaves the label out, where the tips stand together, and the raw reading must agree
(SPEC invariant 5).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s22g import _body

_LEAD_IN = "Fraud is rising. Here are some tips to evade scams:\nMeet your landlord in person.\n"
_TIPS = "Never wire money to a stranger you have not met.\nAsk for a written lease before you pay.\n"


class TestTipsPastAContactLabel:
    """``paragraphs._tip_items`` reads past a contact label as ``_unmarked_lists`` does (``_left_out``)."""

    def test_contact_label_between_tips(self) -> None:
        """A ``Contact:`` label between two tips is left out: the tips are one list, raw or rendered."""
        text = f"{_LEAD_IN}Contact:\n{_TIPS}"
        body = _body(text)
        assert [kind for kind, _ in body[1:]] == ["list_item"] * 3
        assert body == _body(f"{_LEAD_IN}{_TIPS}")
        assert [] == problems(text, render=True)

    def test_contact_label_over_the_first_tip(self) -> None:
        """Negative: a contact label right under the lead-in, over no tip yet, keeps its reading: no list.

        Only a label between items is read past (as between short items); one over the first would make the
        lines under a ``Contact:`` a list's items. (The rendering, which drops the label, still reads a list
        there: left open, as for short items.)
        """
        text = f"Fraud is rising. Here are some tips to evade scams:\nContact:\n{_TIPS}"
        assert all(kind == "paragraph" for kind, _ in _body(text))
