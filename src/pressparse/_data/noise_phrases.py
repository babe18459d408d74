"""Phrases of page furniture that ``noise.py`` removes when they stand alone on a line.

Source: written for pressparse from the furniture seen in scraped releases
(INTERPOL and Europol pages, US DOJ, county-prosecutor and Senate sites, the
Newsworthyai wire archive) and from the labels of common CMS share, cookie
and newsletter widgets. Licence: MIT, as the project.

Columns: each table is one phrase a line, lower case, words separated by one
space; ``noise.py`` matches a whole line against them after folding case and
collapsing whitespace, with at most a little punctuation around (``Share:``,
``Read more »``, ``[TWEET THIS]``). A phrase is only ever removed when it is
the *whole* line, so "officers shared information" or "read more than 300
files" inside a sentence is never touched.
"""

from __future__ import annotations


def _table(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines() if line.strip())


SHARE_PHRASES: frozenset[str] = _table(
    """
    share
    share this
    share this article
    share this page
    share this story
    share this post
    share on facebook
    share on twitter
    share on linkedin
    share on x
    share via email
    tweet
    tweet this
    copy link
    copy the link
    link copied
    email
    email this
    email this page
    e-mail
    print
    print this
    print this page
    print friendly
    facebook
    twitter
    linkedin
    whatsapp
    youtube
    instagram
    pinterest
    reddit
    flickr
    feedburner
    rss
    follow
    follow us
    like us on facebook
    stay connected
    connect with us
    compartir
    comparte
    imprimir
    social media profiles
    """
)
"""Share buttons and social furniture (``NoiseKind.SHARE_LINKS``)."""

ARCHIVE_LINK_LABELS: frozenset[str] = _table(
    """
    original/source press release
    newsramp.com tldr
    reddit post
    """
)
"""The labels of the links a wire archive appends to each release (``[Newsramp.com TLDR](...)``)."""

NAVIGATION_PHRASES: frozenset[str] = _table(
    """
    saltar al contenido principal
    saltar al contenido
    ir al contenido principal
    inicio
    noticias
    comunicados de prensa
    comunicado de prensa
    sala de prensa
    skip to content
    skip to main content
    skip to navigation
    skip navigation
    scroll to top
    back to top
    back to news
    back to press releases
    toggle navigation
    main navigation
    main menu
    menu
    open menu
    close menu
    search
    search for
    home
    news
    newsroom
    news room
    press
    press room
    press release
    press releases
    in the news
    news releases
    news and events
    news & events
    news and media
    media centre
    media center
    news centre
    press centre
    press center
    contact us
    about us
    sitemap
    previous article
    next article
    previous post
    next post
    breadcrumb
    """
)
"""Menus and skip links (``NoiseKind.NAVIGATION``)."""

BOILERPLATE_PHRASES: frozenset[str] = _table(
    """
    read more
    read the full story
    continue reading
    learn more
    related
    most read
    documents to download
    advertisement
    sponsored
    sponsored content
    accept cookies
    accept all cookies
    accept all
    cookie settings
    cookie policy
    cookie preferences
    manage cookies
    accept additional cookies
    reject additional cookies
    accept analytics cookies
    reject analytics cookies
    allow all cookies
    necessary cookies only
    view cookies
    hide cookie message
    hide this message
    reject all
    is this page useful?
    visit us on social media
    an official website of the united states government
    an official website of the united states government here's how you know
    an official website of the united states government here’s how you know
    here's how you know
    here’s how you know
    official websites use .gov
    secure .gov websites use https
    a .gov website belongs to an official government organization in the united states
    share sensitive information only on official, secure websites
    official websites use .gov a .gov website belongs to an official government organization in the united states
    a lock ( ) or https:// means you’ve safely connected to the .gov website
    a lock ( ) or https:// means you've safely connected to the .gov website
    want your company's news featured on prnewswire.com?
    want your company’s news featured on prnewswire.com?
    get started
    #hashtags
    was this page helpful?
    report a problem with this page
    subscribe
    subscribe now
    subscribe to our newsletter
    sign up for our newsletter
    sign up for email updates
    newsletter
    newsletter sign-up
    newsletter signup
    click here to access pdf version
    add us on google as a preferred source to see more news in your search results
    add us as a preferred source on google
    download pdf
    download pdf version
    print version
    image
    """
)
"""Prompts and teasers around the story (``NoiseKind.BOILERPLATE``); ``image``: a CMS image slot's label alone."""

# The US .gov banner's second box flattened onto one line (justice.gov), as the phrase tables hold it (folded).
BOILERPLATE_PHRASES |= frozenset(
    "secure .gov websites use https a lock ( ) or https:// means you" + apostrophe + "ve safely connected to the "
    ".gov website. share sensitive information only on official, secure websites"
    for apostrophe in "'’"
)

BREADCRUMB_OPENERS: frozenset[str] = _table(
    """
    you are here
    you are here:
    home
    """
)
"""Lines that open a breadcrumb trail split over lines (``NoiseKind.BREADCRUMB_TRAIL``)."""

BOT_WALL_PHRASES: frozenset[str] = _table(
    """
    pardon our interruption
    just a moment...
    checking your browser before accessing
    attention required! | cloudflare
    access denied
    are you a robot?
    please verify you are a human
    please enable javascript and cookies to continue
    """
)
"""Titles of bot walls and access-denied pages (``NoiseKind.NOT_A_RELEASE``), matched on a whole line."""

RELATED_OPENERS: frozenset[str] = _table(
    """
    related articles
    related news
    related stories
    related content
    related posts
    related links
    related press releases
    related topics
    related documents
    related publications
    related resources
    related information
    related materials
    related crime areas
    related entities
    related issues
    related files
    recent news
    recent posts
    recent press releases
    latest news
    latest posts
    latest press releases
    more news
    more stories
    more press releases
    other news
    read next
    you may also like
    you might also like
    """
)
"""Headings of a list of links to other pages (``NoiseKind.RELATED_LINKS``)."""

TITLE_LABELS: frozenset[str] = _table(
    """
    for immediate release
    news release
    press release
    media advisory
    media release
    breaking
    update
    """
)
"""Labels a page prints before a repeated headline ("NEWS RELEASE -- <title>"), for ``repeated_line``."""

MENU_PHRASES: frozenset[str] = _table(
    """
    about
    about us
    about the office
    accessibility
    calendar
    careers
    community
    community engagement
    community outreach
    contact
    departments
    directory
    divisions
    documents
    donate
    employment
    en español
    español
    events
    faq
    faqs
    get help
    get involved
    internships
    investor relations
    investors
    jobs
    join our team
    leadership
    links
    locations
    log in
    login
    media
    media center
    media relations
    my account
    notifications
    our team
    photos
    podcasts
    privacy policy
    programs
    public records requests
    publications
    quick links
    report a crime
    reports
    resources
    select language
    services
    sign in
    site map
    terms of use
    terms of service
    translate
    units
    videos
    who we are
    what we do
    """
)
"""Items of a site menu (``NoiseKind.NAVIGATION``). Never removed on their own: they are the
evidence that a run of short lines outside the story is a menu (``noise.menu_run``), together
with ``NAVIGATION_PHRASES`` and ``SHARE_PHRASES``."""

SPACED_CHROME: frozenset[str] = _table(
    """
    news room
    news room news releases
    press room news releases
    news releases
    press releases
    browse by
    current record
    current press release
    current news release
    originating site number site filter search
    questions or comments
    text size
    """
)
"""Site chrome of US Senate pages scraped into one line (the Grimmer corpus: senate_006, Specter's
template, and Shelby's ``Press Room News Releases``, xl_senate_shelby_1; the search form's labels closing Harkin's,
xb_senate_harkin_1), matched on a segment set apart by runs of
three or more spaces (``noise.spaced_chrome``). ``current Press Release`` is Smith's form of the archive box's
``Current record`` label (xt_senate_smith_1)."""

SPACED_HEADER_CHROME: frozenset[str] = _table(
    """
    both
    """
)
"""Site chrome of a one-line US Senate page that is chrome only in the header, before the story's first long
segment: Lincoln's template prints the release's sender filter, ``Both`` (the two senators' joint releases), between
the headline and its copy (ub_senate_lincoln_1, xo_senate_lincoln_1). In the story the word is the author's."""

LANGUAGE_NAMES: frozenset[str] = _table(
    """
    afrikaans
    albanian
    amharic
    arabic
    armenian
    azerbaijani
    basque
    belarusian
    bengali
    bosnian
    bulgarian
    burmese
    catalan
    cebuano
    chichewa
    chinese
    chinese (simplified
    chinese (traditional
    chinese simplified
    chinese traditional
    corsican
    croatian
    czech
    danish
    dutch
    english
    esperanto
    estonian
    filipino
    finnish
    french
    frisian
    galician
    georgian
    german
    greek
    gujarati
    haitian creole
    hausa
    hawaiian
    hebrew
    hindi
    hmong
    hungarian
    icelandic
    igbo
    indonesian
    irish
    italian
    japanese
    javanese
    kannada
    kazakh
    khmer
    korean
    kurdish
    kyrgyz
    lao
    latin
    latvian
    lithuanian
    luxembourgish
    macedonian
    malagasy
    malay
    malayalam
    maltese
    maori
    marathi
    mongolian
    nepali
    norwegian
    pashto
    persian
    polish
    portuguese
    punjabi
    romanian
    russian
    samoan
    scots gaelic
    serbian
    sesotho
    shona
    sindhi
    sinhala
    slovak
    slovenian
    somali
    spanish
    sundanese
    swahili
    swedish
    tagalog
    tajik
    tamil
    telugu
    thai
    turkish
    ukrainian
    urdu
    uzbek
    vietnamese
    welsh
    xhosa
    yiddish
    yoruba
    zulu
    """
)
"""Languages by their English names, as Google Translate's widget lists them under "Select Language"
("Afrikaans" / "Albanian" / ... / "Yiddish", x5_da_la_*). Never removed on their own ("French" may head
a section): they are evidence that a long run of short lines is a menu (``noise._long_menus``), and
names under a language picker's label (``noise.language_picker``). ``chinese (simplified`` is the
label of "Chinese (Simplified)" once the edge punctuation is stripped."""


DOCUMENT_NOUNS: frozenset[str] = _table(
    """
    motion
    motions
    complaint
    complaints
    indictment
    indictments
    memorandum
    memo
    affidavit
    affidavits
    petition
    exhibit
    exhibits
    transcript
    filing
    filings
    pdf
    """
)
"""The court papers a prosecutor's page links under its contact block, the last word of the link's label: "DA
Proctor Opposition Motion" (Los Angeles's, xj_da_la_1). Nouns of a ruling or an order ("Judge Issues Order",
"Court Ruling") name what a headline reports as much as a paper, and are not here (``noise.attachment_label``)."""
