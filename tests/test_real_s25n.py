"""Round 15 noise (session 25): wire pointers, bracketed media labels, empty-field stand-ins, DOJ trailers, X posts.

Each test copies its excerpt from a blind round-15 release (tests/unseen sa_*, sc_*, and ta_doj_r07268 of round
14); a close shape that must keep its reading stands beside it.
"""

from __future__ import annotations

from pressparse import NoiseKind, parse


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).body]


def _noise(text: str) -> list[tuple[NoiseKind, str]]:
    return [(n.kind, n.text) for n in parse(text).noise if n.text.strip()]


# --- link_teaser: IBN's pointer with a colon after "visit" (sc_wire_ibn_1) ---------------------------------------
_IBN = (
    "LOS ANGELES, May 5, 2026 -- SKYX Platforms Corp. announced a new hotel deployment today in France.\n"
    "\n"
    "To view the full press release, visit: https://ibn.fm/qXoi9\n"
    "\n"
    "The company expects the work to begin this summer.\n"
)


def test_full_release_pointer_with_a_colon_is_noise() -> None:
    """``To view the full press release, visit: URL`` is IBN's pointer, as it is without the colon."""
    assert (NoiseKind.BOILERPLATE, "To view the full press release, visit: https://ibn.fm/qXoi9") in _noise(_IBN)
    assert 2 == len(_body(_IBN))


def test_call_to_visit_the_company_site_stays() -> None:
    """A release's own call to action with a colon names no full release: it stays in the body."""
    text = "Acme opened a plant.\n\nTo learn more about Acme, visit: https://acme.example.com\n"
    assert ["Acme opened a plant.", "To learn more about Acme, visit: https://acme.example.com"] == _body(text)


# --- boilerplate_pattern: a bracketed link label opening with its verb (sa_da_sd_2) ------------------------------
_SD_VIDEO = (
    "The District Attorney’s Office unveiled the first ever Elder and Dependent Adult Abuse Blueprint.\n"
    "[WATCH A VIDEO THAT FEATURES THE STORIES OF ELDER ABUSE VICTIMS]\n"
    "Because of a rise in elder abuse prosecutions, the District Attorney brought together county agencies.\n"
)


def test_bracketed_caps_label_opening_with_watch_is_noise() -> None:
    """``[WATCH A VIDEO …]`` is a link's label whose link was lost, like ``[WATCH NEWS CONFERENCE HERE]``."""
    assert (NoiseKind.BOILERPLATE, "[WATCH A VIDEO THAT FEATURES THE STORIES OF ELDER ABUSE VICTIMS]") in _noise(
        _SD_VIDEO
    )
    assert 2 == len(_body(_SD_VIDEO))


def test_bracketed_caps_note_without_a_link_verb_stays() -> None:
    """A bracketed capitals line with no verb of a link (``[REDACTED FOR PRIVACY]``) is the story's."""
    text = "The court released the filing.\n\n[REDACTED FOR PRIVACY REASONS BY THE COURT]\n\nThe case goes on.\n"
    assert "[REDACTED FOR PRIVACY REASONS BY THE COURT]" in _body(text)


# --- glued_none: spaced stand-ins after a glued one (sa_doj_r08093) ----------------------------------------------
_DOJ_NONES = (
    "WASHINGTON  A former financial services executive was indicted yesterday, the Department of Justice "
    "announced.None NoneNone   The indictment also alleges that Murphy misrepresented the bidding process."
)


def test_spaced_none_runs_after_a_glued_one_are_noise() -> None:
    """``announced.None NoneNone   The`` holds two empty fields' stand-ins: no ``None`` is left in the text."""
    doc = parse(_DOJ_NONES)
    assert ["None", "NoneNone"] == [n.text for n in doc.noise if n.kind is NoiseKind.SCRAPER_ARTEFACT]
    assert all("None" not in b.text for b in doc.body)


def test_none_opening_a_sentence_after_a_glued_stand_in_stays() -> None:
    """``announced.None None of them …``: the glued stand-in goes, the sentence's ``None`` stays."""
    text = "WASHINGTON  Three men were charged, the Department announced.None None of them has pleaded guilty."
    doc = parse(text)
    assert ["None"] == [n.text for n in doc.noise if n.kind is NoiseKind.SCRAPER_ARTEFACT]
    assert "None of them has pleaded guilty." in " ".join(b.text for b in doc.body)


# --- related_title: a related item's title glued at a DOJ page's end (sa_doj_r02674, ta_doj_r07268) --------------
_DOJ_STORY = (
    "The Department of Justices Antitrust Division and the staff of the Federal Trade Commission have issued a "
    "joint statement encouraging the Puerto Rican legislature to consider expanding the services that optometrists "
    "can provide. Providing optometrists a pharmacological role has the potential to bring the benefits of "
    "competition to Puerto Rican health care consumers."
)


def test_title_glued_at_the_doj_page_end_is_noise() -> None:
    """``consumers.Comments on S.B. 8991 - Optometry Letter`` ends the page: the related item's title."""
    doc = parse(_DOJ_STORY + "Comments on S.B. 8991 - Optometry Letter")
    assert (NoiseKind.BOILERPLATE, "Comments on S.B. 8991 - Optometry Letter") in [(n.kind, n.text) for n in doc.noise]
    assert doc.body[-1].text.endswith("health care consumers.")


def test_speech_title_glued_at_the_doj_page_end_is_noise() -> None:
    """A speech's title (``Principal Deputy … Speaks at the Second Annual …``) glued there goes too."""
    title = "Principal Deputy Assistant Attorney General Stuart F. Delery Speaks at the Second Annual Summit"
    doc = parse(_DOJ_STORY + title)
    assert title in [n.text for n in doc.noise]


def test_sentence_case_text_glued_at_the_page_end_stays() -> None:
    """A last paragraph glued in sentence case, with no stop (``In a later interview he said so``), is the story's."""
    doc = parse(_DOJ_STORY + "In a later interview the director said the statement was welcome")
    assert doc.body[-1].text.endswith("the statement was welcome")


def test_title_case_words_followed_by_more_text_stay() -> None:
    """A Title Case run glued to a stop with more text on a later line is no page trailer."""
    doc = parse(_DOJ_STORY + "Comments on S.B. 8991 - Optometry Letter\n\nThe letter was sent on Monday.\n")
    assert not [n for n in doc.noise if "Optometry" in n.text]


# --- embedded_post: an embedded X post (sc_wire_prism_1) -------------------------------------------------------
_TWEET = (
    "MIAMI, May 5, 2026 – SKYX Platforms Corp. will deploy its technologies in a historic French hotel.\n"
    "\n"
    "For more information about SKYX click here: www.skyx.com\n"
    "\n"
    "$SKYX SKYX Platforms Corp deploys smart tech in France’s Grand Hotel du Parc renovation "
    "https://t.co/IwHbthCnm5 pic.twitter.com/nLuKKPKpEi\n"
    "\n"
    "— PRISM MediaWire (@prism_mediawire) [May 5, 2026](https://twitter.com/prism_mediawire/status/"
    "2051666021036020196?ref_src=twsrc%5Etfw)\n"
)


def test_embedded_x_post_and_its_attribution_are_noise() -> None:
    """The post's text (with its ``t.co`` link) and the ``— Name (@handle) [date](…/status/…)`` line go."""
    doc = parse(_TWEET)
    assert [
        "SKYX Platforms Corp. will deploy its technologies in a historic French hotel.",
        "For more information about SKYX click here: www.skyx.com",
    ] == [b.text for b in doc.body]
    assert 2 == len([n for n in doc.noise if n.kind is NoiseKind.SHARE_LINKS])


def test_quotation_signed_with_a_handle_stays() -> None:
    """A quotation signed ``— Jane Doe (@janedoe)`` with no date is no embedded post; the line over it stays."""
    text = (
        "The mayor welcomed the plan.\n\n"
        "“This is a great day for the city,” she wrote.\n\n"
        "— Jane Doe (@janedoe)\n\n"
        "The plan starts in June.\n"
    )
    assert "“This is a great day for the city,” she wrote." in _body(text)
    assert not [n for n in parse(text).noise if n.kind is NoiseKind.SHARE_LINKS]
