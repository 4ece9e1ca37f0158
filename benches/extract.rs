//! Core throughput of extraction, per kind: `cargo bench --bench extract`.
//!
//! Each structured kind runs alone (with the URL and email finders, which always run so that
//! nothing fires inside a link), then every kind together through [`Extractor`], on ~180-byte
//! rows of the bundled article.

#![allow(clippy::print_stdout, clippy::expect_used)] // the report; bench code stops on a broken setup

mod common;

use common::{corpus, rows, throughput};
use textwash::extract::Kind::{Emoji, Junk};
use textwash::extract::{ExtractOptions, Extractor};
use textwash::patterns::{self, Kind, Settings};

fn main() {
    let texts = rows(&corpus("article_noisy.txt"));
    println!("| kinds | MB/s |\n|---|---|");
    for kind in Kind::CLAIM_ORDER {
        let mbs = throughput(&texts, |t| patterns::find(t, &[kind], &Settings::default()).len());
        println!("| {kind:?} (with URL and email) | {mbs:.0} |");
    }
    for kind in [Emoji, Junk] {
        let alone = Extractor::new(ExtractOptions::kinds(&[kind])).expect("default options");
        println!("| {kind:?} | {:.0} |", throughput(&texts, |t| alone.extract(t).len()));
    }
    let every = Extractor::new(ExtractOptions::default()).expect("default options");
    println!(
        "| every kind, emoji and junk included | {:.0} |",
        throughput(&texts, |t| every.extract(t).len())
    );
}
