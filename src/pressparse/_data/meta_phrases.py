"""Phrases that open the front and back matter of a press release.

Source: written for pressparse from the releases in ``../shared/corpus/real``
(US county prosecutors, US DOJ, US Senate, wire services: PR Newswire,
Business Wire, GlobeNewswire, 24-7PressRelease, News Direct, NewMediaWire,
Reportable, Noticias Newswire, PRISM) and the AP and Reuters conventions for
release headers. Licence: MIT, as the project. Columns: each table is one
phrase an entry, lower case, words separated by single spaces; the meta stage
matches them case-insensitively against a whole line (release notes) or the
start of a line (contact labels, disclaimer headings, media notes), with any
run of whitespace between words.
"""

from __future__ import annotations

# Release notes: the whole line is the note ("FOR IMMEDIATE RELEASE"), or it opens a
# "note: headline" line ("FOR IMMEDIATE RELEASE: 15 Charged ...").
RELEASE_NOTES: tuple[str, ...] = (
    "for immediate release",
    "immediate release",
    "for release",
    "media advisory",
    "media alert",
    "news release",
    "media release",
    "news advisory",
    "press statement",
    "embargoed",
    "para publicación inmediata",
    "para publicacion inmediata",
    "para divulgación inmediata",
    "communiqué de presse",
    "comunicado de prensa",
)

# Labels opening a media-contact block ("Media Contact:", "CONTACTO:", "Contact Details", "Media Inquiries:").
CONTACT_LABELS: tuple[str, ...] = (
    "media contacts",
    "media contact",
    "press contacts",
    "press contact",
    "pr contacts",  # "PR Contact: Arpita Karmakar" (the agency's desk beside the company's, sc_wire_blockchainwire_1)
    "pr contact",
    "investor contacts",
    "investor contact",
    "investor relations contact",
    "investor relations",
    "news media contact",
    "media inquiries",
    "media enquiries",
    "press inquiries",
    "press enquiries",
    "for media inquiries",
    "media relations",
    "press office",
    "media office",
    "contact details",
    "contact information",
    "contacts",
    "contacto para medios",
    "contacto para los medios",
    "contacto de prensa",
    "contactos de prensa",
    "contacto",
    "contactos",
    "contact",
)

# Headings (or openings) of legal notices at the end of a release.
DISCLAIMER_HEADINGS: tuple[str, ...] = (
    "cautionary note regarding forward-looking statements",
    "cautionary note regarding forward looking statements",
    # the other labels a wire puts before the phrase: "Notice Regarding Forward-Looking Statements" (NewMediaWire)
    *(
        f"{label} regarding {phrase}"
        for label in ("notice", "important notice", "special note", "note", "statement", "information")
        for phrase in ("forward-looking statements", "forward looking statements")
    ),
    "cautionary statement regarding forward-looking statements",
    "cautionary statement",
    "cautionary note",
    "forward-looking statements",
    "forward looking statements",
    "forward-looking statement",
    "safe harbor statement",
    "safe harbor",
    "safe harbour statement",
    "legal disclaimer",
    "disclaimer",
    "legal notice",
    # medical products' safety statements (xh_wire_newsusa_1): "Possible risks associated with Sphere-9 may include …"
    "important safety information",
    "possible risks associated with",
)

# Notes to the media that open a front line ("*Media interested in attending are asked to arrive ...",
# "NOTE TO EDITORS: ..."): the whole line is a release note.
MEDIA_NOTES: tuple[str, ...] = (
    "note to editors",
    "notes to editors",
    "editor's note",
    "editors' note",
    "editor’s note",
    "media interested in",
    "media are invited",
    "media availability",
    "photo opportunity",
)
