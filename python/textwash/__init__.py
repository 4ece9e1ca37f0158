"""textwash: clean noisy text, restoring it as its author wrote it.

>>> import textwash
>>> textwash.clean("two tribal dis🍌tricts, 𝐆its spokes𝄹person, seveౠral questi🍌ons")
'two tribal districts, its spokesperson, several questions'
"""

from ._extract import Match, extract
from ._textwash import KINDS, OPTIONS, REASONS, UNICODE_VERSION, Cleaner, TextwashError, __version__, clean, junk

__all__ = [
    "KINDS",
    "OPTIONS",
    "REASONS",
    "UNICODE_VERSION",
    "Cleaner",
    "Match",
    "TextwashError",
    "__version__",
    "clean",
    "extract",
    "junk",
]

from . import _dispatch, _extensions, _textwash

_textwash._set_dispatch(_dispatch.clean)  # the native `clean` hands every column to it
_extensions.install()
