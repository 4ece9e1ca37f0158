"""Yardstick data for textwash's own benchmarks: faker prose in 26 locales, with seeded junk whose every
position is known.

The shape is the one the shared yardstick describes (its `noise.py` and `corpus.py` docstrings); this module
builds it from that description, so the project's benchmarks make their own data and need only
Faker, emoji and regex (pinned in the `bench` extra, which fixes the pools and the documents).

Documents
    About 200 code points each (faker is asked for a length drawn from 160..300), NFC, at least 60 code
    points, in the 26 locales of LOCALES (14 script groups). A locale whose faker lorem provider is its own
    gives `text()`; the others (faker falls back to Latin lorem ipsum there) are composed of the locale's
    names, addresses, cities, streets, jobs, companies, countries, catch phrases, slogans and colour
    names, keeping only values whose letters are all in the locale's script, each ended by a full stop.
    No date providers: they draw dates up to today, which would change the corpus from day to day.

Junk
    One item per 100 code points of clean text on average: a document of n code points gets
    floor(n / 100 + u) items, u uniform in [0, 1). An item is one code point or one emoji sequence, of
    one of five classes, mixed 55 / 15 / 10 / 15 / 5 %:

    emoji      fully-qualified sequences of the `emoji` package: 75 % single code points and 5 % each of
               VS16-qualified pairs, ZWJ sequences, flags (regional-indicator pairs and tag sequences),
               skin-tone sequences and keycaps
    symbol     general category So of script Common or Braille, in the pictographic and notation blocks
               (PICTOGRAPHIC_BLOCKS, POLICY.md's list), minus anything the emoji package lists (alone or
               with VS16) and the regional indicators; so never the typography real text uses (© ® ° № ™)
    styled     Mathematical Alphanumeric Symbols, U+1D400..U+1D7FF
    foreign    a letter, mark or punctuation of one of FOREIGN_SCRIPTS that the document does not use
               (Latin is foreign to a text without Latin; Han, Hiragana, Katakana, Hangul and Bopomofo count
               as one family): a script drawn uniformly, then a character of it
    invisible  U+200B, U+FEFF, the bidi embeddings and overrides U+202A..U+202E and isolates U+2066..U+2069
               (never ZWNJ, ZWJ or the soft hyphen, which are legitimate in Persian, Indic and German text)

    Items go 70 % inside words, 15 % at their start and 15 % at their end, a word being a run of letters,
    marks and digits, possibly joined by ZWNJ/ZWJ; each at its own offset, and only at a grapheme boundary:
    never before a combining mark, never on either side of ZWJ/ZWNJ, never after a virama, never inside
    CRLF. Deleting the items gives back the document exactly.

Corpora
    accuracy_corpus   N documents per locale, every junk item tracked (Sample.junk)
    throughput_corpus "english" (en_US) or "mixed" (all locales, equal numbers of base documents): about
                      `mb` MB of UTF-8 of noisy documents, base documents reused with fresh junk for every
                      copy and shuffled, so every string differs and any prefix is a fair sample; the
                      junk-free counterparts ("english-clean", "mixed-clean") come with them.

Everything is deterministic for a seed, given the Unicode version of Python's unicodedata and the pinned
versions of Faker, emoji and regex.

    python benches/yardstick.py             # pool sizes and the shape of the generated corpora
    python benches/yardstick.py --check     # the invariants above, on every locale and some hard texts
"""

from __future__ import annotations

import argparse
import functools
import math
import random
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import emoji
import regex
from faker import Faker

# --------------------------------------------------------------------------- the shape, as numbers

ITEMS_PER_100 = 1.0
CLASS_MIX = {"emoji": 55, "symbol": 15, "styled": 10, "foreign": 15, "invisible": 5}  # per cent
PLACEMENT_MIX = {"inside": 70, "start": 15, "end": 15}
EMOJI_SHAPE_MIX = {"single": 75, "vs16": 5, "zwj": 5, "flag": 5, "skin": 5, "keycap": 5}

ZWNJ, ZWJ, VS16, KEYCAP, TAG_END = "\u200c", "\u200d", "\ufe0f", "\u20e3", "\U000e007f"
REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
SKIN_TONES = range(0x1F3FB, 0x1F400)
STYLED = range(0x1D400, 0x1D800)
INVISIBLE = ("\u200b", "\ufeff", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A)))

# So in these blocks is notation or pictograph, junk in prose (POLICY.md, "pictographic symbols").
PICTOGRAPHIC_BLOCKS = {
    "Enclosed Alphanumerics": (0x2460, 0x24FF),
    "Miscellaneous Symbols": (0x2600, 0x26FF),
    "Dingbats": (0x2700, 0x27BF),
    "Braille Patterns": (0x2800, 0x28FF),
    "Yijing Hexagram Symbols": (0x4DC0, 0x4DFF),
    "Ancient Symbols, Phaistos Disc": (0x10190, 0x101FF),
    "Symbols for Legacy Computing Supplement": (0x1CC00, 0x1CEBF),
    "Znamenny Musical Notation": (0x1CF00, 0x1CFCF),
    "Byzantine, Western and Ancient Greek Musical Symbols": (0x1D000, 0x1D24F),
    "Tai Xuan Jing Symbols": (0x1D300, 0x1D35F),
    "Sutton SignWriting": (0x1D800, 0x1DAAF),
    "Mahjong Tiles to Symbols for Legacy Computing": (0x1F000, 0x1FBFF),
}

# Scripts foreign junk is drawn from, and that a document's own scripts are read by (Unicode Script
# property values as the regex module spells them), grouped by region.
FOREIGN_SCRIPTS = (
    # Europe and the Caucasus
    *("Latin", "Greek", "Cyrillic", "Armenian", "Georgian", "Coptic", "Glagolitic", "Gothic", "Ogham", "Runic"),
    # Middle East, Africa and the Americas
    *("Hebrew", "Arabic", "Syriac", "Thaana", "Nko", "Ethiopic", "Tifinagh", "Vai", "Bamum", "Adlam", "Osmanya"),
    *("Cherokee", "Canadian_Aboriginal", "Deseret", "Shavian"),
    # South Asia
    *("Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam"),
    *("Sinhala", "Tibetan", "Lepcha", "Ol_Chiki", "Meetei_Mayek", "Saurashtra"),
    # South-East Asia
    *("Thai", "Lao", "Myanmar", "Khmer", "Javanese", "Balinese", "Sundanese", "Buginese", "Batak", "Cham"),
    *("Tai_Tham", "Tai_Viet", "Kayah_Li", "Rejang"),
    # East and Inner Asia
    *("Mongolian", "Lisu", "Yi", "Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"),
)
CJK = frozenset({"Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"})

# Locale -> the script group it is reported under; the scripts its composed documents may use.
LOCALES = {
    **dict.fromkeys(("en_US", "fr_FR", "de_DE", "es_ES", "pl_PL", "cs_CZ", "tr_TR", "az_AZ", "vi_VN"), "Latin"),
    **dict.fromkeys(("ru_RU", "uk_UA"), "Cyrillic"),
    "el_GR": "Greek",
    "hy_AM": "Armenian",
    "ka_GE": "Georgian",
    **dict.fromkeys(("ar_AA", "fa_IR"), "Arabic"),
    "he_IL": "Hebrew",
    **dict.fromkeys(("hi_IN", "ne_NP"), "Devanagari"),
    "bn_BD": "Bengali",
    "ta_IN": "Tamil",
    "th_TH": "Thai",
    **dict.fromkeys(("zh_CN", "zh_TW"), "Han"),
    "ja_JP": "Japanese",
    "ko_KR": "Hangul",
}
GROUP_SCRIPTS = {"Japanese": frozenset({"Han", "Hiragana", "Katakana"})}
FAKER_FIELDS = (
    "name",
    "address",
    "city",
    "street_name",
    "job",
    "company",
    "country",
    "catch_phrase",
    "bs",
    "color_name",
)
DOC_LENGTH = (160, 300)  # asked of faker; documents come out at about 200 code points
MIN_DOC = 60

# Word: letters, marks and digits, possibly joined by ZWNJ/ZWJ (Persian, Indic).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[\u200c\u200d]+[\p{L}\p{M}\p{N}]+)*")
# Characters an insertion must not be put before (marks, joiners), and CRLF.
GLUE = regex.compile(r"[\p{M}\u200c\u200d]|\r\n")


# --------------------------------------------------------------------------- junk pools


def emoji_shape(seq: str) -> str | None:
    """The EMOJI_SHAPE_MIX shape of an emoji sequence (the first test that holds); None for other shapes."""
    cps = [ord(c) for c in seq]
    if len(cps) == 1:
        return "single"
    if KEYCAP in seq:
        return "keycap"
    if ZWJ in seq:
        return "zwj"
    if TAG_END in seq or all(cp in REGIONAL_INDICATORS for cp in cps):
        return "flag"
    if any(cp in SKIN_TONES for cp in cps):
        return "skin"
    if len(cps) == 2 and seq[1] == VS16:
        return "vs16"
    return None


@dataclass(frozen=True)
class Pools:
    """Every junk item the injector draws from, built from whole Unicode classes."""

    emoji: dict[str, tuple[str, ...]]  # shape -> sequences
    symbol: tuple[str, ...]
    styled: tuple[str, ...]
    scripts: dict[str, tuple[str, ...]]  # FOREIGN_SCRIPTS name -> its letters, marks and punctuation
    script_of: dict[str, str]  # code point -> script, for every character of `scripts`
    invisible: tuple[str, ...] = INVISIBLE

    def sizes(self) -> dict[str, int]:
        return {
            **{f"emoji.{shape}": len(seqs) for shape, seqs in self.emoji.items()},
            "symbol": len(self.symbol),
            "styled": len(self.styled),
            "foreign": len(self.script_of),
            "foreign.scripts": len(self.scripts),
            "invisible": len(self.invisible),
        }

    def scripts_of(self, text: str) -> set[str]:
        """The FOREIGN_SCRIPTS that `text` uses (read from its letters, marks and punctuation)."""
        return {self.script_of[c] for c in set(text) if c in self.script_of}

    def foreign_to(self, text: str) -> tuple[str, ...]:
        """Scripts whose characters are junk in `text`; the CJK family counts as one script."""
        own = self.scripts_of(text)
        if own & CJK:
            own |= CJK
        return tuple(s for s in self.scripts if s not in own)


@functools.cache
def pools() -> Pools:
    """Build the pools once per process (about a second: one pass over the code space)."""
    shapes: dict[str, list[str]] = {shape: [] for shape in EMOJI_SHAPE_MIX}
    for seq, data in emoji.EMOJI_DATA.items():
        shape = emoji_shape(seq)
        if shape and data["status"] == emoji.STATUS["fully_qualified"]:
            shapes[shape].append(seq)

    # Code points the emoji package lists alone or VS16-qualified.
    listed = {seq[0] for seq in emoji.EMOJI_DATA if len(seq) == 1 or (len(seq) == 2 and seq[1] == VS16)}
    common = regex.compile(r"[\p{Script=Common}\p{Script=Braille}]")
    by_script = regex.compile("|".join(rf"(?P<{name}>\p{{Script={name}}})" for name in FOREIGN_SCRIPTS))
    blocks = sorted(PICTOGRAPHIC_BLOCKS.values())

    symbol, styled, letters = [], [], []
    for cp in range(0x110000):
        char = chr(cp)
        category = unicodedata.category(char)
        if category in ("Cn", "Cs"):
            continue
        if cp in STYLED:
            styled.append(char)
        if category[0] in "LMP":
            letters.append(char)
        elif (
            category == "So"
            and any(lo <= cp <= hi for lo, hi in blocks)
            and common.match(char)
            and char not in listed
            and cp not in REGIONAL_INDICATORS
        ):
            symbol.append(char)

    scripts: dict[str, list[str]] = {name: [] for name in FOREIGN_SCRIPTS}
    for match in by_script.finditer("".join(letters)):
        scripts[match.lastgroup or ""].append(match.group())
    return Pools(
        emoji={shape: tuple(sorted(seqs)) for shape, seqs in shapes.items()},
        symbol=tuple(symbol),
        styled=tuple(styled),
        scripts={name: tuple(chars) for name, chars in scripts.items() if chars},
        script_of={c: name for name, chars in scripts.items() for c in chars},
    )


# --------------------------------------------------------------------------- injection


@dataclass(frozen=True)
class Junk:
    """One junk item: code points start..end of the noisy text."""

    start: int
    end: int
    cls: str  # a CLASS_MIX key
    where: str  # a PLACEMENT_MIX key
    detail: str = ""  # the emoji's shape, the foreign character's script


@dataclass(frozen=True)
class Sample:
    """A document with junk in it, and where the junk is."""

    noisy: str
    clean: str
    junk: tuple[Junk, ...]
    locale: str = ""

    @property
    def group(self) -> str:
        return LOCALES.get(self.locale, "")

    def labels(self) -> list[str | None]:
        """The junk class of every code point of `noisy`, None for the document's own."""
        labels: list[str | None] = [None] * len(self.noisy)
        for j in self.junk:
            labels[j.start : j.end] = [j.cls] * (j.end - j.start)
        return labels


def slots(text: str) -> dict[str, list[int]]:
    """Offsets where junk may go, by placement, all of them grapheme boundaries."""
    barred = set()
    for m in GLUE.finditer(text):
        char, at = m.group(), m.start()
        if char == "\r\n":
            barred.add(at + 1)
            continue
        barred.add(at)  # before a mark or a joiner
        if char in (ZWNJ, ZWJ) or unicodedata.combining(char) == 9:
            barred.add(at + 1)  # after a joiner or a virama
    found: dict[str, list[int]] = {where: [] for where in PLACEMENT_MIX}
    for m in WORD.finditer(text):
        start, end = m.span()
        found["start"] += [start] if start not in barred else []
        found["end"] += [end] if end not in barred else []
        found["inside"] += [i for i in range(start + 1, end) if i not in barred]
    return found


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def draw(rng: random.Random, cls: str, foreign: tuple[str, ...]) -> tuple[str, str]:
    """One junk item of class `cls` and its detail (emoji shape or script)."""
    pool = pools()
    if cls == "emoji":
        shape = _pick(rng, EMOJI_SHAPE_MIX)
        return rng.choice(pool.emoji[shape]), shape
    if cls == "foreign":
        script = rng.choice(foreign)
        return rng.choice(pool.scripts[script]), script
    return rng.choice({"symbol": pool.symbol, "styled": pool.styled, "invisible": pool.invisible}[cls]), ""


def add_junk(text: str, rng: random.Random, locale: str = "", rate: float = ITEMS_PER_100) -> Sample:
    """`text` with about `rate` junk items per 100 code points glued into its words."""
    foreign = pools().foreign_to(text)
    classes = {cls: w for cls, w in CLASS_MIX.items() if cls != "foreign" or foreign}
    free = slots(text)
    chosen: dict[int, tuple[str, str, str, str]] = {}  # offset -> (item, class, placement, detail)
    for _ in range(math.floor(len(text) * rate / 100 + rng.random())):
        open_places = {where: w for where, w in PLACEMENT_MIX.items() if free[where]}
        if not open_places:
            break
        where = _pick(rng, open_places)
        offset = free[where].pop(rng.randrange(len(free[where])))
        cls = _pick(rng, classes)
        item, detail = draw(rng, cls, foreign)
        chosen.setdefault(offset, (item, cls, where, detail))

    pieces, junk, last, shift = [], [], 0, 0
    for offset in sorted(chosen):
        item, cls, where, detail = chosen[offset]
        pieces += [text[last:offset], item]
        junk.append(Junk(offset + shift, offset + shift + len(item), cls, where, detail))
        shift += len(item)
        last = offset
    pieces.append(text[last:])
    return Sample("".join(pieces), text, tuple(junk), locale)


# --------------------------------------------------------------------------- documents


@functools.cache
def writes_own_lorem(locale: str) -> bool:
    """True if faker's lorem provider for `locale` is the locale's own (not Latin lorem ipsum)."""
    lorem = [type(p).__module__ for p in Faker(locale).get_providers() if ".lorem" in type(p).__module__]
    return bool(lorem) and lorem[0].rsplit(".", 1)[-1] == locale


def _written_in(value: str, scripts: frozenset[str]) -> bool:
    letters = [c for c in value if unicodedata.category(c)[0] == "L"]
    script_of = pools().script_of
    return bool(letters) and all(script_of.get(c) in scripts for c in letters)


def _composed(fake: Faker, rng: random.Random, scripts: frozenset[str], length: int) -> str:
    sentences: list[str] = []
    while sum(map(len, sentences)) < length:
        value = str(getattr(fake, rng.choice(FAKER_FIELDS))()).replace("\n", ", ")
        if _written_in(value, scripts):
            sentences.append(value if value.endswith(".") else value + ".")
    return " ".join(sentences)


@functools.cache
def documents(locale: str, count: int, seed: str) -> tuple[str, ...]:
    """`count` clean documents of about 200 code points in `locale`, for a seed string."""
    fake = Faker(locale)
    fake.seed_instance(f"yardstick:faker:{locale}:{seed}")
    rng = random.Random(f"yardstick:lengths:{locale}:{seed}")
    group = LOCALES[locale]
    scripts = GROUP_SCRIPTS.get(group, frozenset({group}))
    docs: list[str] = []
    while len(docs) < count:
        length = rng.randint(*DOC_LENGTH)
        if writes_own_lorem(locale):
            doc = fake.text(max_nb_chars=length)
        else:
            doc = _composed(fake, rng, scripts, length - 40)
        if len(doc) >= MIN_DOC:
            docs.append(unicodedata.normalize("NFC", doc))
    return tuple(docs)


# --------------------------------------------------------------------------- corpora


def accuracy_corpus(per_locale: int = 100, seed: int = 0) -> list[Sample]:
    """`per_locale` noisy documents of every locale, junk tracked."""
    out = []
    for locale in LOCALES:
        rng = random.Random(f"yardstick:accuracy-junk:{locale}:{seed}")
        out += [add_junk(doc, rng, locale) for doc in documents(locale, per_locale, f"accuracy:{seed}")]
    return out


@dataclass
class Corpus:
    """A throughput corpus: noisy strings and their junk-free counterparts, in the same order."""

    name: str
    noisy: list[str]
    clean: list[str]
    shape: dict[str, object] = field(default_factory=dict)


BASE_DOCS = {"english": 2400, "mixed": 400}  # base documents per locale


def throughput_corpus(kind: str, mb: float = 20.0, seed: int = 0) -> Corpus:
    """About `mb` MB (UTF-8) of noisy ~200-code-point documents: "english" (en_US) or "mixed"."""
    locales = ["en_US"] if kind == "english" else list(LOCALES)
    bases = [(loc, doc) for loc in locales for doc in documents(loc, BASE_DOCS[kind], f"throughput:{seed}")]
    rng = random.Random(f"yardstick:throughput:{kind}:{seed}")
    rng.shuffle(bases)
    noisy, clean, samples = [], [], ShapeTally()
    size, budget = 0, mb * 1e6
    while size < budget:
        locale, doc = bases[len(noisy) % len(bases)]
        sample = add_junk(doc, rng, locale)
        samples.add(sample)
        noisy.append(sample.noisy)
        clean.append(doc)
        size += len(sample.noisy.encode("utf-8"))
    return Corpus(kind, noisy, clean, samples.summary())


class ShapeTally:
    """The shape of a set of samples, to compare with the description above."""

    def __init__(self, samples: Iterable[Sample] = ()) -> None:
        self.docs = self.chars = self.noisy_bytes = self.clean_bytes = 0
        self.counts: dict[str, Counter[str]] = {k: Counter() for k in ("class", "placement", "emoji", "group")}
        for sample in samples:
            self.add(sample)

    def add(self, sample: Sample) -> None:
        self.docs += 1
        self.chars += len(sample.clean)
        self.noisy_bytes += len(sample.noisy.encode("utf-8"))
        self.clean_bytes += len(sample.clean.encode("utf-8"))
        self.counts["group"][sample.group] += 1
        for j in sample.junk:
            self.counts["class"][j.cls] += 1
            self.counts["placement"][j.where] += 1
            if j.cls == "emoji":
                self.counts["emoji"][j.detail] += 1

    def summary(self) -> dict[str, object]:
        def shares(counter: Counter[str], order: dict[str, int]) -> dict[str, float]:
            total = sum(counter.values()) or 1
            return {k: round(counter[k] / total, 4) for k in order}

        items = sum(self.counts["class"].values())
        return {
            "docs": self.docs,
            "clean_code_points": self.chars,
            "mean_code_points": round(self.chars / max(self.docs, 1), 1),
            "noisy_MB": round(self.noisy_bytes / 1e6, 3),
            "clean_MB": round(self.clean_bytes / 1e6, 3),
            "junk_items": items,
            "items_per_100_code_points": round(100 * items / max(self.chars, 1), 4),
            "class_mix": shares(self.counts["class"], CLASS_MIX),
            "placement_mix": shares(self.counts["placement"], PLACEMENT_MIX),
            "emoji_shape_mix": shares(self.counts["emoji"], EMOJI_SHAPE_MIX),
            "docs_by_group": dict(sorted(self.counts["group"].items())),
        }


# --------------------------------------------------------------------------- command line

HARD_TEXTS = {  # legit text a careless injector would break
    "vi_nfd": unicodedata.normalize("NFD", "Tiếng Việt có dấu: người ở đây rất thân thiện."),
    "hi_conjuncts": "हिन्दी में क्षत्रिय और श्रेष्ठ शब्द संयुक्ताक्षर हैं।",
    "ne_zwj": "द्वारीका श्रेष्\u200dठ गल्ली ड\u200cंगोल",
    "fa_zwnj": "می\u200cخواهم کتاب\u200cها را بخوانم.",
    "ar_harakat": "اللُّغَةُ العَرَبِيَّةُ جميلة، والكتابة من اليمين.",
    "crlf": "first line\r\nsecond line\r\nthird line",
}


def check(per_locale: int = 20) -> None:
    """Assert the invariants of the module docstring; print the shape of what was checked."""
    samples: list[Sample] = []
    texts = [(name, t) for name, t in HARD_TEXTS.items()]
    texts += [(f"{loc}:{i}", doc) for loc in LOCALES for i, doc in enumerate(documents(loc, per_locale, "check"))]
    for name, text in texts:
        for seed in range(20):
            sample = add_junk(text, random.Random(f"check:{name}:{seed}"), rate=5.0)
            again = add_junk(text, random.Random(f"check:{name}:{seed}"), rate=5.0)
            assert sample == again, f"{name}: not deterministic"
            kept = "".join(c for c, label in zip(sample.noisy, sample.labels(), strict=True) if label is None)
            assert kept == text, f"{name}: deleting the junk does not give the text back"
            own = pools().scripts_of(text)
            for j in sample.junk:
                item, after = sample.noisy[j.start : j.end], sample.noisy[j.end : j.end + 1]
                before = sample.noisy[j.start - 1 : j.start]
                assert after[:1] not in (ZWNJ, ZWJ) and before not in (ZWNJ, ZWJ), (name, item)
                assert not after or unicodedata.category(after)[0] != "M", (name, item, after)
                assert not before or unicodedata.combining(before) != 9, (name, item, before)
                assert (before, after) != ("\r", "\n"), name
                if j.cls == "foreign":
                    assert pools().script_of[item] not in own, (name, item)
            samples.append(sample)
    print("ok:", len(texts), "texts x 20 seeds at 5 items per 100 code points")
    print(ShapeTally(samples).summary())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="assert the invariants and stop")
    parser.add_argument("--docs-per-locale", type=int, default=100)
    parser.add_argument("--mb", type=float, default=2.0, help="MB per throughput corpus to describe")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.check:
        check()
        return
    print("pool sizes:", pools().sizes())
    print("text() locales:", [loc for loc in LOCALES if writes_own_lorem(loc)])
    accuracy = accuracy_corpus(args.docs_per_locale, args.seed)
    print("accuracy:", ShapeTally(accuracy).summary())
    for sample in accuracy[:: args.docs_per_locale]:
        print(f"  {sample.locale}: {sample.noisy[:100]!r}")
    for kind in ("english", "mixed"):
        print(f"{kind}:", throughput_corpus(kind, args.mb, args.seed).shape)


if __name__ == "__main__":
    main()
