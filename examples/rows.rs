//! Cleans every row of a file of NUL-separated texts `rounds` times with the default options:
//! what `benches/bench_instructions.py` counts the instructions of, under callgrind.
//!
//! `cargo run --release --example rows -- FILE [ROUNDS]`

#![allow(clippy::print_stdout, clippy::print_stderr)] // a command-line program

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: rows FILE [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let data = match std::fs::read_to_string(&path) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("rows: {path}: {e}");
            std::process::exit(1);
        }
    };
    let rows: Vec<&str> = data.split('\0').collect();
    let cleaner = textwash::Cleaner::default();
    let mut bytes = 0;
    for _ in 0..rounds {
        for row in &rows {
            bytes += black_box(cleaner.clean(row)).len();
        }
    }
    println!("{} rows, {bytes} bytes out", rows.len());
}
