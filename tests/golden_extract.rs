//! Runs the golden corpus of `extract` (`tests/data/extract/`) through the core; pytest runs the
//! same files through the Python binding (`tests/test_golden_extract.py`). The corpus counts
//! offsets in characters, as Python does; the core's byte offsets are turned into those.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // test code reports by panicking and printing

mod common;

use std::collections::BTreeSet;
use std::fmt::Write;

use common::{ExtractCase, Found};
use textwash::extract::{ExtractOptions, Extractor, Kind, to_char_offsets};

/// The extractor a case asks for: `dayfirst` and `region` are extract's own options, the rest
/// are clean's (for junk).
fn extractor(case: &ExtractCase) -> Result<Extractor, String> {
    let kinds = case
        .kinds
        .iter()
        .map(|k| Kind::parse(k))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let mut options = ExtractOptions::kinds(&kinds);
    let mut clean = Vec::new();
    for (name, value) in &case.options {
        match (name.as_str(), value) {
            ("dayfirst", toml::Value::Boolean(b)) => options.dayfirst = *b,
            ("region", toml::Value::String(r)) => options.region = Some(r.clone()),
            ("dayfirst" | "region", other) => return Err(format!("option {name}: unsupported value {other}")),
            _ => clean.push((name, value)),
        }
    }
    options.clean = common::clean_options(clean);
    Extractor::new(options).map_err(|e| e.to_string())
}

/// What the core finds in a case's input, as the corpus writes it.
fn found(case: &ExtractCase) -> Result<Vec<Found>, String> {
    let text = case.input.as_str();
    let matches = extractor(case)?.extract(text);
    let mut offsets: Vec<usize> = matches.iter().flat_map(|m| [m.start, m.end]).collect();
    to_char_offsets(text, &mut offsets);
    Ok(matches
        .into_iter()
        .zip(offsets.chunks(2))
        .map(|(m, at)| Found {
            kind: m.kind.name().to_owned(),
            text: text[m.range()].to_owned(),
            start: at[0],
            end: at[1],
            value: m.value,
            currency: m.currency,
            replacement: m.replacement,
        })
        .collect())
}

/// Matches in a fixed order: by start, then kind (in the order of `Kind::ALL`), then end.
fn sorted(mut found: Vec<Found>) -> Vec<Found> {
    let rank = |f: &Found| Kind::NAMES.iter().position(|&n| n == f.kind).unwrap_or(usize::MAX);
    found.sort_by_key(|f| (f.start, rank(f), f.end));
    found
}

/// What is wrong with a case as written: a span that does not hold its text.
fn malformed(case: &ExtractCase) -> Option<String> {
    let chars: Vec<char> = case.input.chars().collect();
    case.expected.iter().find_map(|f| {
        let span: Option<String> = chars.get(f.start..f.end).map(|s| s.iter().collect());
        (span.as_deref() != Some(f.text.as_str())).then(|| {
            format!(
                "expected {:?} at {}..{}, where the input has {span:?}",
                f.text, f.start, f.end
            )
        })
    })
}

fn show(found: &[Found]) -> String {
    if found.is_empty() {
        return " []".to_owned();
    }
    let mut out = String::new();
    for f in found {
        let _ = write!(
            out,
            "\n    {} {:?} {}..{} value={:?} currency={:?} replacement={:?}",
            f.kind, f.text, f.start, f.end, f.value, f.currency, f.replacement
        );
    }
    out
}

#[test]
fn golden_extract_cases() {
    let cases = common::corpus::<ExtractCase>("extract");
    let mut failures = Vec::new();
    for (path, case) in &cases {
        let file = path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default();
        let problem = match malformed(case) {
            Some(problem) => Some(problem),
            None => match found(case) {
                Err(e) => Some(format!("bad case: {e}")),
                Ok(got) => {
                    let (got, expected) = (sorted(got), sorted(case.expected.clone()));
                    (got != expected).then(|| format!("\n  expected:{}\n  got:{}", show(&expected), show(&got)))
                }
            },
        };
        if let Some(problem) = problem {
            failures.push(format!("{file}: {}\n  input: {:?} {problem}", case.name, case.input));
        }
    }
    assert!(cases.len() >= 150, "the corpus has {} cases", cases.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_corpus_covers_every_kind_with_unique_names() {
    let cases = common::corpus::<ExtractCase>("extract");
    let found: BTreeSet<&str> = cases
        .iter()
        .flat_map(|(_, c)| c.expected.iter().map(|f| f.kind.as_str()))
        .collect();
    let missing: Vec<&str> = Kind::NAMES.iter().copied().filter(|k| !found.contains(k)).collect();
    assert!(missing.is_empty(), "no case finds {missing:?}");
    let mut names = BTreeSet::new();
    for (path, case) in &cases {
        let file = path.file_stem().map(|f| f.to_string_lossy()).unwrap_or_default();
        assert!(
            names.insert((file.clone(), case.name.as_str())),
            "{file}: {} twice",
            case.name
        );
    }
}
