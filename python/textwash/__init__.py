"""textwash: clean noisy text, restoring it as its author wrote it.

>>> import textwash
>>> textwash.clean("two tribal dis🍌tricts, 𝐆its spokes𝄹person, seveౠral questi🍌ons")
'two tribal districts, its spokesperson, several questions'
"""

from ._extract import Match, extract
from ._textwash import OPTIONS, UNICODE_VERSION, Cleaner, TextwashError, __version__, clean, junk

__all__ = [
    "OPTIONS",
    "UNICODE_VERSION",
    "Cleaner",
    "Match",
    "TextwashError",
    "__version__",
    "clean",
    "extract",
    "junk",
]

from . import _extensions

_extensions.install()
