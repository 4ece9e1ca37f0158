//! Runs the shared golden corpus of `clean` (`tests/data/`) through the core; pytest runs the same
//! files through the Python binding. `golden_extract.rs` does the same for `extract`.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // test code reports by panicking and printing

mod common;

use common::data;

use textwash::Cleaner;

fn cleaner(options: &toml::Table) -> Cleaner {
    Cleaner::new(common::clean_options(options))
}

#[test]
fn the_reference_article_cleans_exactly() {
    let noisy = data("article_noisy.txt");
    let clean = data("article_clean.txt");
    assert_eq!(textwash::clean(&noisy), clean);
    assert_eq!(textwash::clean(&clean), clean, "the clean article comes back unchanged");
}

#[test]
fn golden_cases() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (path, case) in common::golden_cases() {
        count += 1;
        let got = cleaner(&case.options).clean(&case.input).into_owned();
        if got != case.expected {
            failures.push(format!(
                "{}: {}\n  input:    {:?}\n  expected: {:?}\n  got:      {:?}",
                path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default(),
                case.name,
                case.input,
                case.expected,
                got
            ));
        }
    }
    assert!(count > 50, "the corpus has {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn legit_corpus_comes_back_as_its_nfc_form() {
    use unicode_normalization::UnicodeNormalization;
    let lines = common::legit_lines();
    assert!(lines.len() >= 40, "{} lines", lines.len());
    let mut failures = Vec::new();
    for line in &lines {
        let nfc: String = line.nfc().collect();
        let got = textwash::clean(line);
        if got != nfc {
            failures.push(format!("  expected: {nfc:?}\n  got:      {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} legit lines changed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
