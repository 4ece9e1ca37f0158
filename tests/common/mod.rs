//! What the integration tests share: the files of `tests/data/`, the golden corpora of `clean`
//! and `extract`, and the noisy text the property tests draw.

#![allow(dead_code)] // each test binary uses part of it

pub mod reader;

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use textwash::{CleanOptions, OptionValue};

/// A file of `tests/data/`.
pub fn data(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(path);
    fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The lines of the legit corpus, without blank and comment lines.
pub fn legit_lines() -> Vec<String> {
    data("legit.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// One file of a golden corpus: its `[[case]]` tables.
#[derive(Deserialize)]
struct Corpus<C> {
    case: Vec<C>,
}

/// A golden case of `clean`: `input` cleaned with `options` (Python's names) gives `expected`.
#[derive(Deserialize)]
pub struct Case {
    pub name: String,
    pub input: String,
    pub expected: String,
    #[serde(default)]
    pub options: toml::Table,
}

/// Every case of the golden corpus `tests/data/<dir>/*.toml`, with the file it is in, in the
/// order of the files' names.
pub fn corpus<C: DeserializeOwned>(dir: &str) -> Vec<(PathBuf, C)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(dir);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .flat_map(|path| {
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let corpus: Corpus<C> = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            corpus.case.into_iter().map(move |case| (path.clone(), case))
        })
        .collect()
}

/// Every golden case of `clean` (`tests/data/clean/*.toml`).
pub fn golden_cases() -> Vec<(PathBuf, Case)> {
    corpus("clean")
}

/// `clean`'s options from a case's `options` table (Python's names and values).
pub fn clean_options<'a>(options: impl IntoIterator<Item = (&'a String, &'a toml::Value)>) -> CleanOptions {
    let mut opts = CleanOptions::new();
    for (name, value) in options {
        let value = match value {
            toml::Value::String(s) => OptionValue::Str(s),
            toml::Value::Boolean(b) => OptionValue::Bool(*b),
            other => panic!("option {name}: unsupported value {other}"),
        };
        opts.set(name, value).unwrap_or_else(|e| panic!("{e}"));
    }
    opts
}

/// A golden case of `extract` (`tests/data/extract/*.toml`, described in its README.md):
/// `input` searched for `kinds` with `options` gives `expected`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractCase {
    pub name: String,
    pub input: String,
    pub kinds: Vec<String>,
    #[serde(default)]
    pub options: toml::Table,
    pub expected: Vec<Found>,
}

/// One match, with character offsets (Python's string indices), as the corpus writes it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Found {
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    pub currency: Option<String>,
    pub replacement: Option<String>,
}

/// Text drawn from everywhere: any character, and the junk-prone ranges more often.
pub fn noisy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z ,.’“”-]{1,12}",
        1 => any::<char>().prop_map(String::from),
        1 => "[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{FE0F}\u{200D}\u{200B}-\u{200F}\u{1F3FB}-\u{1F3FF}]",
        1 => "[\u{1D400}-\u{1D7FF}\u{0C00}-\u{0C7F}\u{A980}-\u{A9DF}\u{0600}-\u{06FF}\u{0900}-\u{097F}\u{4E00}-\u{4E20}]{1,3}",
        1 => "[\u{E0020}-\u{E007F}\u{20E3}\u{0300}-\u{036F}0-9 \t\n]{1,3}",
        1 => "[\u{0400}-\u{04FF}\u{0370}-\u{03FF}\u{0E00}-\u{0E7F}\u{AC00}-\u{AC20}\u{30A0}-\u{30FF}]{1,4}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}
