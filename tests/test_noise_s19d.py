"""Round 6 (s19, ext6) noise rules: each real minimal case beside the text that must stay."""

from __future__ import annotations

from pressparse import NoiseKind, parse
from tests.test_noise_s19c import STORY, _body, _noise, _stable  # the round-5 file's readers

# --- archive_links: the archive's link block with no "---" above it (xn_wire_247_1, _newsdirect_1, _prkarma_1) ---
SOURCE = "[Original/Source Press Release](https://www.24-7pressrelease.com/press-release/509403/great-tibet-tour) "
TLDR = "[Newsramp.com TLDR](https://newsramp.com/None) "
REDDIT = "https://www.reddit.com/r/Business_NewsRamp/comments/1d7zjhl/mediavine_appoints_amanda_martin_as_cro/"


def test_archive_links_without_rule_are_noise() -> None:
    text = f"{STORY}\n\nGreat Tibet Tour is a travel agency recommended by Lonely Planet.\n\n{SOURCE}\n\n{TLDR}"
    assert _noise(text) == [SOURCE.strip(), TLDR.strip()]
    assert [n.kind for n in parse(text).noise if n.kind is NoiseKind.ARCHIVE_TRAILER] == [NoiseKind.ARCHIVE_TRAILER] * 2
    assert _body(text)[-1] == ("paragraph", "Great Tibet Tour is a travel agency recommended by Lonely Planet.")
    _stable(text)


def test_archive_links_take_the_bare_reddit_url_under_them() -> None:
    text = (
        f"{STORY}\n\nmediavine@kitehillpr.com\n\n[Original/Source Press Release](https://newsdirect.com/news/x-525493247)\n"
        f"                    \n\n[Newsramp.com TLDR](None) \n\n{REDDIT}"
    )
    assert _noise(text)[-3:] == [
        "[Original/Source Press Release](https://newsdirect.com/news/x-525493247)",
        "[Newsramp.com TLDR](None)",
        REDDIT,
    ]
    assert not any("reddit" in t or "TLDR" in t for _, t in _body(text))
    _stable(text)


def test_other_link_lines_and_urls_stay() -> None:
    # A link line with another label, and a bare URL under no archive link, are the release's own.
    text = f"{STORY}\n\n[Read the full report](https://example.com/report)\n\nJoin the discussion:\n\n{REDDIT}"
    assert _noise(text) == []
    assert ("paragraph", REDDIT) in _body(text)
    # The label inside a sentence is words.
    said = f"{STORY}\n\nThe Original/Source Press Release link is printed at the end of each page."
    assert _noise(said) == []


# --- glued_none: the stand-in glued to a capital, a digit or an all-caps word (xm_doj_r02252) ----------------------
ADVISORY = (
    "Attorney General Lynch to hold a 9/11 commemoration event at the Department of Justice and Travel to New York to "
    "attend Memorial ServicesNoneNoneDEPARTMENT OF JUSTICE MOMENT OF SILENCE AND SURVIVOR TREE PLAQUE UNVEILINGNone"
    "9:00 a.m. EDTNoneCourtyard950 Pennsylvania Ave., N.W.Washington, D.C.NoneNoneNoneNone3:00 p.m. EDTNoneNone"
    "New York, NY 10022OPEN TO PRINT MEDIA NoneNote: NYCTV will also provide a livestream for media cameras outside "
    "the cathedral.9/11 COMMEMORATION CEREMONYNone8:46 a.m. EDTNone124 Henry StreetBrooklyn, NY 11201NoneNone"
    "Background on the Survivor Tree:Hundreds of trees grace the plaza of the 9/11 Memorial."
)


def test_none_glued_to_capitals_and_digits_is_noise() -> None:
    found = _noise(ADVISORY)
    assert found == ["NoneNone", "None", "None", "NoneNoneNoneNone", "NoneNone", "None", "None", "None", "NoneNone"]
    body = _body(ADVISORY)
    assert not any("None" in t for _, t in body)
    # The line stands apart from its stand-ins: at the top of the page it is the deck (meta), lower a block.
    kept = [t for _, t in body] + [m.text for m in parse(ADVISORY).meta]
    assert any(t.startswith("DEPARTMENT OF JUSTICE MOMENT") for t in kept)
    assert any(t.startswith("3:00 p.m. EDT") for _, t in body)
    # The opening headline's part (title or subtitle) is the meta stage's call; the rest reads alike again.
    _stable("WASHINGTON - The Attorney General will speak.NoneNone" + ADVISORY[ADVISORY.index("DEPARTMENT") :])


def test_none_as_a_word_stays() -> None:
    # "Nonetheless", "None of", "None were" and a glued word in lower case are the story's words.
    for text in (
        f"{STORY} Nonetheless, the officers arrested him. None of the defendants spoke.",
        f"{STORY} None were injured in the crash at 9:00 a.m. on Route 9.",
        f"{STORY} The NoneSuch brand is sold at 1,200 shops.",
        f"{STORY} The ruling was Nonesuch in 2010.",
    ):
        assert _noise(text) == [], text


# --- end_mark_link: the "Return" link after the closing "###" (xo_senate_carper_1) -------------------------------
def _metas(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


def test_return_after_end_mark_is_navigation() -> None:
    said = f"WASHINGTON - {STORY}  He said more things here today."
    for tail in ("   ### Return", "\n\n### Return", "\n### Return\n"):
        text = said + tail
        assert [(n.kind, n.text) for n in parse(text).noise if n.text.strip()] == [(NoiseKind.NAVIGATION, "Return")]
        assert ("end_mark", "###") in _metas(text), tail
        assert not any("Return" in t or "###" in t for _, t in _body(text))
        _stable(text)


def test_end_mark_glued_to_the_last_schedule_row() -> None:
    # The advisory's schedule ends with a place name, the end mark set apart by a run of spaces.
    text = (
        "SUSSEX COUNTY, DE - Senator Carper will tour the new center on Friday.      "
        "1:45 pm - 2:45 pm    Tours Newly Opened Easter Seals Complex    22317 DuPont Boulevard    Georgetown    ### Return"
    )
    assert _noise(text) == ["Return"]
    assert ("end_mark", "###") in _metas(text)
    assert _body(text)[-1][1].endswith("Georgetown")
    _stable(text)


def test_return_as_a_word_or_a_heading_stays() -> None:
    # "Return" with no end mark before it, and a markdown heading that opens with it, are the release's.
    assert _noise(f"{STORY}\n\nReturn\n\nThe chiefs will return to Lyon next year.") == []
    assert _noise(f"{STORY}\n\n### Return Policy\n\nItems may be returned within 30 days.") == ["###"]
    assert _noise(f"{STORY} The ### Return key is broken.") == []


# --- spaced_chrome: "Senator <name>   <state>", the site's letterhead opening a one-line page (xo_senate_webb_1) -----
WEBB_STORY = (
    "Washington   DCSenator John W  Warner  R VA  and Senator Jim Webb  D VA    both members of the Senate Committee "
    "on Armed Services  announced today that  provisions in the Department of Defense Appropriations Act for fiscal "
    "year 2008   H R  3222   reflect Virginias significant contributions to national security  and the welfare of "
    "our nations servicemembers"
)


def test_senator_and_state_letterhead_is_navigation() -> None:
    text = (
        f"   Senator Jim Webb   Virginia{' ' * 40}Press Releases   October 4  2007 Warner   Webb  FY2008 Defense "
        f"Appropriations Reflect Virginia s Contributions to National Security  Troop Welfare{' ' * 60}{WEBB_STORY}"
    )
    found = [(n.kind, n.text) for n in parse(text).noise if n.text.strip()]
    assert (NoiseKind.NAVIGATION, "Senator Jim Webb   Virginia") in found
    assert not any(t == "Senator Jim Webb Virginia" for _, t in _metas(text))


def test_senator_without_state_or_later_stays() -> None:
    # A name with no state after it, a state after a story segment, and "Senator" inside the story stay.
    head = f"   Senator Jim Webb Announces Funding for Virginia Projects{' ' * 40}"
    assert not any("Senator Jim Webb" in t for t in _noise(head + WEBB_STORY))
    later = f"{WEBB_STORY}   Senator Jim Webb   Virginia   Press Releases"
    assert not any("Senator Jim Webb" in t for t in _noise(later))


# --- button_label: a button's label on a line of its own, among the story's paragraphs (xn_wire_prism_1) ------------
def test_button_labels_are_boilerplate() -> None:
    text = (
        "Get a List of Lithium Investment Projects in Latin America\n\n Tap here to request the report.\n\n"
        " Buenos Aires, Argentina | June 4–5, 2026\n\n"
        f" {STORY}\n\n Get the free report\n\n Among the projects listed in the report:\n\n"
        "* KACHI PROJECT (USD $1200M): Project by Lake Resources, located in Catamarca.\n\n"
        " Register for the Congress\n\n Bronze Sponsors: Gorman-Rupp Pumps, Amalgamated Research\n\n"
        " Tap here to request the report.\n\n The chiefs will meet again in May."
    )
    assert _noise(text) == ["Get the free report", "Register for the Congress", "Tap here to request the report."]
    assert [n.kind for n in parse(text).noise if n.text.strip()] == [NoiseKind.BOILERPLATE] * 3
    # Above the story the line is left to the meta stage, which reads the header's lines together.
    assert _body(text)[0] == ("paragraph", "Tap here to request the report.")
    _stable(text)


def test_call_to_action_in_a_sentence_stays() -> None:
    # The same words in a sentence, or going on after the button's words, are the release's own.
    for line in (
        "Readers can get the free report from the agency's website until June.",
        "Register for the Congress before May 1 to secure a discounted seat.",
        "To request the report, tap here or write to the press office.",
        "Get the Free Report on Lithium Projects in Argentina and Chile Now Available",
    ):
        assert _noise(f"{STORY}\n\n{line}\n\nThe chiefs will meet again in May.") == [], line


def test_click_here_to_another_link_stays() -> None:
    # Only a button to the offer ("... request the report") is furniture; a link to the story's own event stays.
    assert _noise(f"{STORY}\n\nClick here to register for the town hall.\n\nThe chiefs will meet again.") == []
    assert _noise(f"{STORY}\n\nClick here to download the free guide.\n\nThe chiefs will meet again.") == [
        "Click here to download the free guide."
    ]


def test_new_rules_stay_linear() -> None:
    import time

    for text in (
        "a" + "None" * 50_000 + "x",
        ("ServicesNone" * 20_000) + "end.",
        "Georgetown" + " " * 100_000 + "### Return",
        "\n".join(["[Reddit Post](https://reddit.com/r/x)"] * 5_000),
        "   Senator Jim Webb" + "   " * 30_000,
    ):
        began = time.perf_counter()
        parse(text)
        assert time.perf_counter() - began < 10
