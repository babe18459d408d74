"""Noise, session 29 (helper n, round 4): a wire release's closing lines, as the real unseen pages print them.

Each test holds an excerpt shaped like a real page (tests/unseen), with a close shape that must keep its reading
beside it. The rendering must read as the raw text: ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable

# --- "Follow <Company> on …" closing the company's profile (yc_wire_citybiz_1) ----------------------------------
# A company's boilerplate, as the wires print what it sent (citybiz, News Direct), ends with where to follow it:
# "Follow Kaizen on LinkedIn, Facebook, and Twitter @KaizenAnalytix." That sentence is the profile's, and the About
# section runs over it. The same prompt under a story, or under a contact label, is the page's share furniture.
_STORY = "Gopalaswamy will focus on expanding the firm's strategic offerings in packaging and retail.\n\n"
_ABOUT = (
    "About Acme Analytix LLC\n\n"
    "Acme is a leading provider of technology, data analytics, and AI services and solutions. "
    "For more information, visit www.acmeanalytix.com.\n\n"
)
_FOLLOW = "Follow Acme on LinkedIn, Facebook, and Twitter @AcmeAnalytix."


def test_follow_sentence_closing_an_about_section_is_the_profiles() -> None:
    """The prompt under the About paragraph stays, and the about meta runs over it (yc_wire_citybiz_1)."""
    text = f"{_STORY}{_ABOUT}{_FOLLOW}\n"
    doc = parse(text)
    assert ("share_links", _FOLLOW) not in _noise(text)
    abouts = [m.text for m in doc.meta if m.kind.value == "about"]
    assert len(abouts) == 1
    assert abouts[0].startswith("About Acme Analytix LLC")
    assert abouts[0].endswith(_FOLLOW)
    assert _stable(text)


def test_follow_prompt_under_a_story_is_share_furniture() -> None:
    """With no About section above it, the same line is the page's social prompt, as before."""
    text = f"{_STORY}{_FOLLOW}\n"
    assert ("share_links", _FOLLOW) in _noise(text)


def test_follow_prompt_under_a_contact_label_is_share_furniture() -> None:
    """A short label between the profile and the prompt ends the section: the prompt is furniture."""
    text = f"{_STORY}{_ABOUT}Media Contact\n\nFollow us on X @acme\n"
    assert ("share_links", "Follow us on X @acme") in _noise(text)


# --- a wire's own link directory over its NewsRamp cross-link (xk_wire_prism_1) ----------------------------------
# PRISM MediaWire's weekly round-up, where PRISM is the issuer, closes with its link directory: "<name> <label>:
# <link>" lines, a "Follow <name> on Social Media:…" line and a network's link, down to its "<name> on Newsramp:
# URL" cross-link and the Slack line under it. All of it is the template's, one noise line each; the contact
# block above keeps only its own fields.
_CONTACT = (
    "Contact Information Acme Wire110 East 59th Street, New York, NY 10022\n\n"
    "Phone: 646-780-8850 Email: info@acmewire.com Website: https://acmewire.com\n\n"
)
_DIRECTORY = [
    "Acme Wire Bio Link: https://linktr.ee/acmewire",
    "Acme Wire RSS Feed: https://acmewire.com/feed",
    "Acme Wire GPT: Acme Wire GPT",
    "Follow Acme Wire on Social Media:X (formerly Twitter): https://x.com/acmewireFacebook: https://www.facebook.com/acmewire",
    "Bluesky: https://bsky.app/profile/acmewire.bsky.social",
    "Acme Wire on Newsramp: https://newsramp.com/newswire/acme",
    "Acme Wire Slack Community: acmewire.slack.com",
]


def test_wire_directory_above_its_cross_link_is_noise() -> None:
    """Every directory line is noise; the contact meta ends at its own fields (xk_wire_prism_1)."""
    text = _CONTACT + "".join(f"{line}\n\n" for line in _DIRECTORY)
    doc = parse(text)
    noise = _noise(text)
    for line in _DIRECTORY:
        assert ("boilerplate", line) in noise
    contacts = [m.text for m in doc.meta if m.kind.value == "contact"]
    assert contacts
    assert contacts[-1].endswith("https://acmewire.com")
    assert _stable(text)


def test_link_lines_with_no_cross_link_under_them_stay() -> None:
    """The same ``<name> <label>: <link>`` lines with no NewsRamp cross-link are the issuer's fields: kept."""
    text = _CONTACT + "".join(f"{line}\n\n" for line in _DIRECTORY[:3])
    noise = _noise(text)
    assert not any(line in {n[1] for n in noise} for line in _DIRECTORY[:3])


def test_another_names_link_line_over_the_cross_link_stays() -> None:
    """A link line naming someone else over the wire's cross-link is not its directory: kept, as before."""
    other = "Beta Corp Bio Link: https://linktr.ee/betacorp"
    text = f"{_CONTACT}{other}\n\n{_DIRECTORY[5]}\n\n{_DIRECTORY[6]}\n"
    noise = _noise(text)
    assert other not in {n[1] for n in noise}
    assert ("boilerplate", _DIRECTORY[5]) in noise
