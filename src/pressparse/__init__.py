"""pressparse: raw press-release text to clean, typed, trustworthy data."""

from pressparse.api import clean, parse, parse_bytes, parse_dateline
from pressparse.batch import parse_many
from pressparse.model import (
    Block,
    Caption,
    Contact,
    Dateline,
    Heading,
    ListItem,
    Meta,
    MetaKind,
    Noise,
    NoiseKind,
    Paragraph,
    PressRelease,
    Quote,
    Sentence,
    Span,
)

__version__ = "0.1.0"

__all__ = (
    "Block",
    "Caption",
    "Contact",
    "Dateline",
    "Heading",
    "ListItem",
    "Meta",
    "MetaKind",
    "Noise",
    "NoiseKind",
    "Paragraph",
    "PressRelease",
    "Quote",
    "Sentence",
    "Span",
    "__version__",
    "clean",
    "parse",
    "parse_bytes",
    "parse_dateline",
    "parse_many",
)


def __dir__() -> tuple[str, ...]:
    return __all__
