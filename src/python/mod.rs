//! The pyo3 binding: converts types, maps errors, releases the interpreter. No text logic.
//!
//! The `///` comments on Python functions are Python docstrings (shown by `help()`), not rustdoc.
#![allow(clippy::doc_markdown)]

mod cleaner;
mod columns;
mod enter;
mod errors;
mod extract;
mod fastcall;
mod threads;

use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyString, PyTuple};

use crate::{CleanOptions, Cleaner, ErrorKind, OptionValue};
use enter::enter;
use errors::TextwashError;

/// The extension's allocator. With glibc's, a long text (a token of 200,000 characters) took
/// time out of proportion to its length: its working buffers are allocated and freed on every
/// call, each time from pages the kernel must fault in again, which `benches/worst.rs` showed
/// as 15–25× the time for 10× the input; mimalloc keeps those pages, and the growth is 10–12×
/// (`benches/results/worst.md`).
/// Only the extension sets it: a Rust program using the library keeps its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The cleaner with every option at its default, shared.
fn default_cleaner() -> &'static Cleaner {
    static DEFAULT: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Cleaner::default)
}

/// Compiles keyword options into a cleaner; no options means the shared default one.
pub(crate) fn cleaner(options: Option<&Bound<'_, PyDict>>) -> PyResult<Cow<'static, Cleaner>> {
    let only_threads = |o: &Bound<'_, PyDict>| o.len() == 1 && o.contains("threads").unwrap_or(false);
    let Some(options) = options.filter(|o| !o.is_empty() && !only_threads(o)) else {
        return Ok(Cow::Borrowed(default_cleaner()));
    };
    let mut opts = CleanOptions::new();
    for (key, value) in options.iter() {
        let name = key.cast::<PyString>()?.to_str()?.to_owned();
        if name == "threads" {
            continue;
        }
        let text;
        let given = if value.is_none() {
            OptionValue::None
        } else if let Ok(b) = value.cast::<PyBool>() {
            OptionValue::Bool(b.is_true())
        } else if let Ok(s) = value.cast::<PyString>() {
            text = s.to_str()?.to_owned();
            OptionValue::Str(&text)
        } else {
            OptionValue::Other
        };
        opts.set(&name, given).map_err(|e| match e.kind() {
            ErrorKind::WrongType { .. } => {
                let typename = value.get_type().name().map(|n| n.to_string()).unwrap_or_default();
                errors::wrong_type(format!("{e}, not {typename}"))
            }
            _ => e.into(),
        })?;
    }
    Ok(Cow::Owned(Cleaner::new(opts)))
}

/// The text of a `str`, and the string indices of the lone surrogates that no UTF-8 text can
/// hold: they are invisible junk, dropped here.
pub(crate) fn text_of<'a>(s: &'a Bound<'_, PyString>) -> PyResult<(Cow<'a, str>, Vec<usize>)> {
    if let Ok(t) = s.to_str() {
        return Ok((Cow::Borrowed(t), Vec::new()));
    }
    let bytes = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes: Vec<u8> = bytes.extract()?;
    let mut text = String::with_capacity(bytes.len() / 4);
    let mut surrogates = Vec::new();
    for (i, unit) in bytes.chunks_exact(4).enumerate() {
        let code = u32::from_le_bytes([unit[0], unit[1], unit[2], unit[3]]);
        match char::from_u32(code) {
            Some(c) => text.push(c),
            None => surrogates.push(i),
        }
    }
    Ok((Cow::Owned(text), surrogates))
}

/// Maps a string index of the text without surrogates to one of the original string.
pub(crate) fn with_surrogates(index: usize, surrogates: &[usize]) -> usize {
    let mut original = index;
    for &s in surrogates {
        if s <= original {
            original += 1;
        } else {
            break;
        }
    }
    original
}

/// Whether `x` is a missing value: None, NaN or pandas' NA.
pub(crate) fn is_missing(x: &Bound<'_, PyAny>) -> bool {
    x.is_none()
        || x.cast::<PyFloat>().is_ok_and(|f| f.value().is_nan())
        || x.get_type()
            .name()
            .is_ok_and(|n| n.to_str().is_ok_and(|n| n == "NAType"))
}

/// `textwash.clean(text, /, **options)`; its docstring and its entry from Python are in
/// `fastcall.rs`.
pub(crate) fn clean<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    // The most common call of all, first: one `str`, no options.
    if let (None, Ok(s)) = (options, text.cast::<PyString>()) {
        return clean_str(default_cleaner(), s);
    }
    let cleaner = cleaner(options)?;
    if let Ok(s) = text.cast::<PyString>() {
        return clean_str(&cleaner, s);
    }
    if is_missing(text) {
        return Ok(text.clone());
    }
    let threads = options.map(|o| o.get_item("threads")).transpose()?.flatten();
    let wrapper = Bound::new(text.py(), cleaner::PyCleaner::wrap(cleaner.into_owned(), options)?)?;
    cleaner::clean_column(&wrapper, text, threads.as_ref())
}

/// Cleans one `str`, giving back the very same object when nothing changes.
pub(crate) fn clean_str<'py>(cleaner: &Cleaner, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    let (input, _) = text_of(text)?;
    let out = enter(py, input.len(), || cleaner.clean(&input))?;
    match (&input, out) {
        (Cow::Borrowed(_), Cow::Borrowed(_)) => Ok(text.clone().into_any()),
        (_, out) => Ok(PyString::new(py, &out).into_any()),
    }
}

/// junk(text, /, **options)
/// --
///
/// The junk that `clean(text, **options)` removes or replaces, as a list of
/// `(start, end, reason, replacement)` tuples. `start` and `end` are string indices
/// (`text[start:end]` is the junk); `reason` is one of "emoji", "symbol", "styled", "intruder",
/// "invisible", "drop", "backspace", "bidi", "homoglyph"; `replacement` is "" for a removal.
///
/// >>> junk("dis🍌tricts, seveౠral")
/// [(3, 4, 'emoji', ''), (16, 17, 'intruder', '')]
#[pyfunction]
#[pyo3(signature = (text, /, **options))]
fn junk(
    text: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<(usize, usize, &'static str, String)>> {
    let cleaner = cleaner(options)?;
    let text = text.cast::<PyString>().map_err(|_| {
        let typename = text.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        errors::wrong_type(format!("junk() expects a str, got {typename}"))
    })?;
    let (input, surrogates) = text_of(text)?;
    let found = enter(text.py(), input.len(), || cleaner.junk(&input))?;
    // Byte offsets to string indices.
    let mut offsets: Vec<usize> = found.iter().flat_map(|j| [j.start, j.end]).collect();
    crate::extract::to_char_offsets(&input, &mut offsets);
    let mut out = Vec::with_capacity(found.len() + surrogates.len());
    for (j, o) in found.into_iter().zip(offsets.chunks_exact(2)) {
        let (start, end) = (o[0], o[1]);
        let start = with_surrogates(start, &surrogates);
        let end = with_surrogates(end - 1, &surrogates) + 1;
        out.push((start, end, j.reason.name(), j.replacement));
    }
    out.extend(
        surrogates
            .iter()
            .map(|&s| (s, s + 1, crate::Reason::Invisible.name(), String::new())),
    );
    out.sort_by_key(|j| j.0);
    Ok(out)
}

/// Returns `text` as it is: the floor of a call into the native module, for
/// `benches/bench_overhead.py`.
#[pyfunction]
fn _noop<'py>(text: &Bound<'py, PyString>) -> Bound<'py, PyString> {
    text.clone()
}

/// The number of threads a column call uses for `threads=` (None: the default).
#[pyfunction]
#[pyo3(signature = (threads = None))]
fn _threads(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    threads::resolve(threads)
}

/// `textwash.OPTIONS`: every option of `clean()`, from the one table in the core
/// (`textwash::OPTIONS`), as dicts with "name", "type", "choices", "default" and "help".
fn options_table(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    let specs = crate::OPTIONS.iter().map(|spec| {
        let d = PyDict::new(py);
        d.set_item("name", spec.name)?;
        d.set_item("type", spec.takes.name())?;
        d.set_item("choices", PyTuple::new(py, spec.choices)?)?;
        match spec.default {
            crate::DefaultValue::Str(s) => d.set_item("default", s)?,
            crate::DefaultValue::Bool(b) => d.set_item("default", b)?,
            crate::DefaultValue::None => d.set_item("default", py.None())?,
        }
        d.set_item("help", spec.help)?;
        Ok(d)
    });
    PyTuple::new(py, specs.collect::<PyResult<Vec<_>>>()?)
}

#[pymodule(gil_used = false)]
fn _textwash(m: &Bound<'_, PyModule>) -> PyResult<()> {
    fastcall::add_clean(m)?;
    m.add_function(wrap_pyfunction!(junk, m)?)?;
    m.add_function(wrap_pyfunction!(_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_noop, m)?)?;
    m.add_function(wrap_pyfunction!(cleaner::_cleaner_from_options, m)?)?;
    m.add_function(wrap_pyfunction!(cleaner::_set_dispatch, m)?)?;
    m.add_class::<cleaner::PyCleaner>()?;
    m.add_class::<extract::PyExtractor>()?;
    m.add_class::<extract::PyGroups>()?;
    threads::remember_process();
    m.add("TextwashError", m.py().get_type::<TextwashError>())?;
    m.add("UNICODE_VERSION", crate::UNICODE_VERSION)?;
    m.add("OPTIONS", options_table(m.py())?)?;
    m.add("KINDS", PyTuple::new(m.py(), crate::Kind::NAMES)?)?;
    m.add("REASONS", PyTuple::new(m.py(), crate::Reason::NAMES)?)?;
    m.add(
        "__version__",
        env!("CARGO_PKG_VERSION").replace("-alpha", "a").replace("-beta", "b"),
    )?;
    Ok(())
}
