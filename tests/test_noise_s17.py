"""Noise and captions, session 17: conventions taken from unseen QA pages (STYLE rule 26).

Method. Each fix was written test-first from a minimal case of the
convention, with the text that must stay beside it. ``DEV`` holds the
furniture the rules were written from (a PDF page number under the last line
of prose, WordPress's ``Posted in`` category footer, Business Wire's social
media profile links, Newsfile's two-line image pointer); ``NEGATIVE`` holds
the same shapes that are the author's (a table's cells, a sentence opening
with ``Posted in``, a heading naming a network). ``TestStableRendering``
pins the repeats a caption or an end mark hid from ``repeated_line``:
the rendering drops both, so a copy three blocks under its first print there
stood four lines under it in the raw text (fuzz findings F1123-33, F1123-46).
New cases go in ``tests/test_noise.py``'s groups.
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import NoiseKind, parse

STORY = "Police chiefs from the region met in Lyon on Monday to discuss organised crime."
AFTER = "The meeting ended with a joint declaration on cooperation and information sharing."
MORE = "Officers from twelve countries agreed to share data on firearms trafficking networks."

K = NoiseKind


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, " ".join(n.text.split())) for n in parse(text).noise if n.kind is not K.WHITESPACE]


def _case(text: str, *expected: tuple[NoiseKind, str], case_id: str) -> Any:
    return pytest.param(text, [(k.value, t) for k, t in expected], id=case_id)


DEV = [
    # A PDF's page number, alone on the line under the last line of prose of the page (da_b).
    _case(f"{STORY}\n{AFTER}\n1\n", (K.BOILERPLATE, "1"), case_id="page-number-last-line"),
    _case(f"{STORY}\n{AFTER}\n2\n{MORE}", (K.BOILERPLATE, "2"), case_id="page-number-between-pages"),
    # WordPress's category footer under the post, with no colon (da_c).
    _case(
        f"{STORY}\n{AFTER}\nPosted in Press Releases\n",
        (K.BOILERPLATE, "Posted in Press Releases"),
        case_id="posted-in",
    ),
    _case(
        f"{STORY}\n{AFTER}\nPosted in News, Press Releases\n",
        (K.BOILERPLATE, "Posted in News, Press Releases"),
        case_id="posted-in-two-categories",
    ),
    # Business Wire's "Social Media Profiles" box: the company's name on each network (wire_a).
    _case(
        f"{STORY}\n{AFTER}\n\nSocial Media Profiles\nHarborline Robotics on LinkedIn\nHarborline Robotics on X\n",
        (K.SHARE_LINKS, "Social Media Profiles"),
        (K.SHARE_LINKS, "Harborline Robotics on LinkedIn"),
        (K.SHARE_LINKS, "Harborline Robotics on X"),
        case_id="social-media-profiles",
    ),
    # Newsfile's pointer to the enhanced graphic, its link on the next line: one piece (wire_e).
    _case(
        f"{STORY}\nTo view an enhanced version of this graphic, please visit:\nhttps://images.example.com/f/fig1.jpg\n"
        f"{AFTER}",
        (
            K.BOILERPLATE,
            "To view an enhanced version of this graphic, please visit: https://images.example.com/f/fig1.jpg",
        ),
        case_id="enhanced-graphic-two-lines",
    ),
]

NEGATIVE = [
    # A number under a label is a table's cell (GlobeNewswire's tables flattened one cell a line).
    pytest.param(f"{STORY}\nProvision for credit losses\n1,150\n900\n1,400\n{AFTER}", id="table-cells"),
    pytest.param(f"{STORY}\nNumber of defendants\n14\n{AFTER}", id="cell-under-a-label"),
    # A number set apart by a blank line is no page footer of a text flowing over it.
    pytest.param(f"{STORY}\n{AFTER}\n\n3\n", id="number-after-blank-line"),
    # A short line over the number is no page of prose.
    pytest.param(f"Total seized.\n5\n{STORY}", id="number-under-short-line"),
    pytest.param(
        f"{STORY}\nPosted in the lobby of the courthouse, the notice lists the new hours.\n{AFTER}",
        id="posted-in-sentence",
    ),
    pytest.param(f"{STORY}\nPosted in March.\n{AFTER}", id="posted-in-with-stop"),
    # "<Name> on <network>" away from a profiles box is the author's heading.
    pytest.param(f"{STORY}\nBan on TikTok\n{AFTER}", id="heading-naming-a-network"),
    pytest.param(f"{STORY}\nHarborline Robotics on LinkedIn\n{AFTER}", id="profile-line-alone"),
]


class TestNoiseS17:
    @pytest.mark.parametrize(("text", "expected"), DEV)
    def test_dev(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The furniture is noise of its kind."""
        assert expected == _noise(text)

    @pytest.mark.parametrize("text", NEGATIVE)
    def test_negative(self, text: str) -> None:
        """The author's text with the same shape is no noise."""
        assert [] == _noise(text)

    @pytest.mark.parametrize("text", [pytest.param(row.values[0], id=row.id) for row in DEV])
    def test_rendering_is_stable(self, text: str) -> None:
        """A second clean removes nothing more."""
        once = parse(text).text
        assert once == parse(once).text


# A sentence printed twice, four lines apart in the raw text, three blocks apart in the rendering.
COPY = "The INTERPOL-led operation across the region arrested officers of the network"


class TestStableRendering:
    """SPEC 5: what the rendering drops between two copies (a caption, an end mark) does not count."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                f"{COPY}.\n\n        Chief Roe poses with officers.\n\n{STORY}\n\n{AFTER}\n\n{COPY}",
                id="caption-between",
            ),
            pytest.param(f"{STORY}\n\n{COPY}.\n\n###\n\n{AFTER}\n\n{MORE}\n\n{COPY}.", id="end-mark-between"),
        ],
    )
    def test_clean_is_idempotent(self, text: str) -> None:
        """The copy is dropped from the raw text as from its rendering."""
        doc = parse(text)
        once = doc.text
        assert once == parse(once).text
        assert [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in parse(once).body]

    def test_copy_above_the_caption_stays(self) -> None:
        """Only the later copy goes: the first print is the author's."""
        text = f"{COPY}.\n\n        Chief Roe poses with officers.\n\n{STORY}\n\n{AFTER}\n\n{COPY}"
        assert [f"{COPY}.", STORY, AFTER] == [b.text for b in parse(text).body]

    def test_copy_far_below_stays(self) -> None:
        """A copy more than three blocks under its first print, caption left out, stays."""
        text = f"{COPY}.\n\n        Chief Roe poses with officers.\n\n{STORY}\n\n{AFTER}\n\n{MORE}\n\n{COPY}"
        assert [f"{COPY}.", STORY, AFTER, MORE, COPY] == [b.text for b in parse(text).body]
