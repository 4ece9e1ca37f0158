//! Cleans every row of a file of NUL-separated texts `rounds` times with the default options, or
//! with the options given as `name=value` (string values, as Python's `clean(**options)` takes
//! them): what `benches/bench_instructions.py` counts the instructions of, under callgrind.
//!
//! `cargo run --release --example rows -- FILE [ROUNDS] [NAME=VALUE ...]`

#![allow(clippy::print_stdout, clippy::print_stderr)] // a command-line program

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: rows FILE [ROUNDS] [NAME=VALUE ...]");
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
    let mut options = textwash::CleanOptions::default();
    for arg in args {
        let set = arg
            .split_once('=')
            .ok_or_else(|| format!("{arg:?} is not NAME=VALUE"))
            .and_then(|(name, value)| {
                options
                    .set(name, textwash::OptionValue::Str(value))
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = set {
            eprintln!("rows: {e}");
            std::process::exit(2);
        }
    }
    let cleaner = textwash::Cleaner::new(options);
    let mut bytes = 0;
    for _ in 0..rounds {
        for row in &rows {
            bytes += black_box(cleaner.clean(row)).len();
        }
    }
    println!("{} rows, {bytes} bytes out", rows.len());
}
