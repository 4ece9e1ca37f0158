//! Columns: Python sequences and Arrow arrays in, the same kind out, cleaned on several threads
//! with the interpreter released and Ctrl-C checked between blocks of rows.

use std::borrow::Cow;
use std::sync::Arc;

use super::errors;
use arrow_array::builder::{LargeStringBuilder, StringViewBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, LargeStringArray};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyString};
use pyo3_arrow::PyChunkedArray;
use pyo3_arrow::input::AnyArray;

use super::enter::enter_batch;
use super::{is_missing, text_of};
use crate::batch::{map_parts_by, text_weight};
use crate::{Cleaner, Tally};

/// Rows, and bytes of text, cleaned at most between two checks for Ctrl-C: a block takes a
/// fraction of a second however long its rows are.
const BLOCK_ROWS: usize = 1 << 16;
const BLOCK_BYTES: usize = 16 << 20;

/// Runs `work` on `texts` block by block, releasing the interpreter for each block and
/// checking for Ctrl-C between blocks.
pub(crate) fn in_blocks<'t, R: Send>(
    py: Python<'_>,
    texts: &[Option<&'t str>],
    work: impl Fn(&[Option<&'t str>]) -> Vec<R> + Sync,
) -> PyResult<Vec<R>> {
    let mut out = Vec::with_capacity(texts.len());
    let mut rest = texts;
    while !rest.is_empty() {
        let mut bytes = 0;
        let end = rest
            .iter()
            .take(BLOCK_ROWS)
            .position(|t| {
                bytes += t.map_or(0, str::len);
                bytes >= BLOCK_BYTES
            })
            .map_or(rest.len().min(BLOCK_ROWS), |i| i + 1);
        let (block, tail) = rest.split_at(end);
        out.extend(enter_batch(py, || work(block))?);
        py.check_signals()?;
        rest = tail;
    }
    Ok(out)
}

/// Cleans `texts` on `threads` threads, block by block, adding the junk removed to `tally`.
fn clean_rows<'t>(
    py: Python<'_>,
    cleaner: &Cleaner,
    texts: &[Option<&'t str>],
    threads: usize,
    tally: &mut Tally,
) -> PyResult<Vec<Option<Cow<'t, str>>>> {
    let parts = in_blocks(py, texts, |block| {
        map_parts_by(block, threads, text_weight, |part| {
            let mut counted = Tally::default();
            let rows: Vec<_> = part
                .iter()
                .map(|t| t.map(|t| cleaner.clean_counted(t, &mut counted)))
                .collect();
            (rows, counted)
        })
    })?;
    let mut out = Vec::with_capacity(texts.len());
    for (rows, counted) in parts {
        out.extend(rows);
        tally.merge(&counted);
    }
    Ok(out)
}

/// One row of a Python sequence.
pub(crate) enum Row {
    /// A `str`, borrowed without a copy.
    Text(PyBackedStr),
    /// A `str` with lone surrogates, which are dropped.
    Copied(String),
    /// None, NaN or `pd.NA`: passed through.
    Missing,
}

impl Row {
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Row::Text(t) => Some(t),
            Row::Copied(t) => Some(t.as_str()),
            Row::Missing => None,
        }
    }
}

/// Reads any iterable of `str` and missing values: its items, and each one's text. Any other
/// item is a TypeError naming its position.
pub(crate) fn read_sequence<'py>(seq: &Bound<'py, PyAny>) -> PyResult<(Vec<Bound<'py, PyAny>>, Vec<Row>)> {
    let items: Vec<Bound<'py, PyAny>> = seq.try_iter()?.collect::<PyResult<_>>()?;
    let mut rows = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let row = if let Ok(s) = item.cast::<PyString>() {
            match PyBackedStr::try_from(s.clone()) {
                Ok(text) => Row::Text(text),
                Err(_) => Row::Copied(text_of(s)?.0.into_owned()),
            }
        } else if is_missing(item) {
            Row::Missing
        } else {
            let typename = item.get_type().name()?;
            return Err(errors::wrong_type(format!(
                "item {i} is {typename}, not a str or a missing value (None, NaN, pd.NA)"
            )));
        };
        rows.push(row);
    }
    Ok((items, rows))
}

/// The texts of one Arrow chunk of strings (`string`, `large_string`, `string_view`, or nulls).
pub(crate) fn chunk_texts(chunk: &ArrayRef) -> PyResult<Vec<Option<&str>>> {
    Ok(match chunk.data_type() {
        DataType::Utf8 => chunk.as_string::<i32>().iter().collect(),
        DataType::LargeUtf8 => chunk.as_string::<i64>().iter().collect(),
        DataType::Utf8View => chunk.as_string_view().iter().collect(),
        DataType::Null => vec![None; chunk.len()],
        other => {
            return Err(errors::wrong_type(format!(
                "expected an Arrow array of strings, got {other}"
            )));
        }
    })
}

/// Cleans any iterable of `str` and missing values into a list. Unchanged rows and missing
/// values are the very objects given.
pub(crate) fn clean_sequence<'py>(
    cleaner: &Cleaner,
    seq: &Bound<'py, PyAny>,
    threads: usize,
    tally: &mut Tally,
) -> PyResult<Bound<'py, PyList>> {
    let py = seq.py();
    let (items, rows) = read_sequence(seq)?;
    let texts: Vec<Option<&str>> = rows.iter().map(Row::text).collect();
    let results = clean_rows(py, cleaner, &texts, threads, tally)?;
    let out = PyList::empty(py);
    for ((item, row), result) in items.iter().zip(&rows).zip(results) {
        match (row, result) {
            (Row::Text(_), Some(Cow::Borrowed(_))) | (_, None) => out.append(item)?,
            (_, Some(text)) => out.append(PyString::new(py, &text))?,
        }
    }
    Ok(out)
}

/// Cleans an Arrow array or stream of strings (`string`, `large_string` or `string_view`).
/// `string_view` comes back as `string_view` (polars' layout), the others as `large_string`.
/// Each thread writes its rows straight into an Arrow array of its own, so the result has a
/// chunk per thread and block of rows.
pub(crate) fn clean_arrow(
    py: Python<'_>,
    cleaner: &Cleaner,
    array: AnyArray,
    threads: usize,
    tally: &mut Tally,
) -> PyResult<PyChunkedArray> {
    let (chunks, field) = array.into_chunked_array()?.into_inner();
    let view = matches!(field.data_type(), DataType::Utf8View);
    let out_type = if view { DataType::Utf8View } else { DataType::LargeUtf8 };
    let mut out: Vec<ArrayRef> = Vec::with_capacity(chunks.len());
    for chunk in &chunks {
        let texts = chunk_texts(chunk)?;
        if texts.is_empty() {
            out.push(cleaned_array(cleaner, &[], view, |_| None, &mut Tally::default()));
            continue;
        }
        let parts = in_blocks(py, &texts, |block| {
            map_parts_by(block, threads, text_weight, |part| {
                let mut counted = Tally::default();
                let unchanged = |len| unchanged_part(chunk, start_in(&texts, part), len);
                (cleaned_array(cleaner, part, view, unchanged, &mut counted), counted)
            })
        })?;
        for (part, counted) in parts {
            out.push(part);
            tally.merge(&counted);
        }
    }
    let field = Field::new(field.name(), out_type, true);
    PyChunkedArray::try_new(out, Arc::new(field))
}

/// The cleaned `texts` as one Arrow array, `string_view` or `large_string`. Rows are cleaned
/// until the first that changes; when none does, `unchanged(len)` may give the input rows as
/// they are, without a copy (junk-free text, the most common column of all).
fn cleaned_array(
    cleaner: &Cleaner,
    texts: &[Option<&str>],
    view: bool,
    unchanged: impl FnOnce(usize) -> Option<ArrayRef>,
    tally: &mut Tally,
) -> ArrayRef {
    let mut rows = texts.iter().map(|t| t.map(|t| cleaner.clean_counted(t, tally)));
    let same = |given: Option<&str>, out: &Option<Cow<'_, str>>| match (given, out) {
        (Some(g), Some(Cow::Borrowed(o))) => std::ptr::eq(g, *o),
        (None, None) => true,
        _ => false,
    };
    let mut first = None;
    let mut kept = 0;
    for (&given, out) in texts.iter().zip(rows.by_ref()) {
        if !same(given, &out) {
            first = Some(out);
            break;
        }
        kept += 1;
    }
    if first.is_none()
        && let Some(array) = unchanged(texts.len())
    {
        return array;
    }
    let all = texts[..kept]
        .iter()
        .map(|t| t.map(Cow::Borrowed))
        .chain(first)
        .chain(rows);
    if view {
        let mut b = StringViewBuilder::with_capacity(texts.len());
        for t in all {
            b.append_option(t);
        }
        Arc::new(b.finish())
    } else {
        // Cleaning mostly shortens text; replacements that lengthen it make the builder grow.
        let bytes = texts.iter().flatten().map(|t| t.len()).sum();
        let mut b = LargeStringBuilder::with_capacity(texts.len(), bytes);
        for t in all {
            b.append_option(t);
        }
        Arc::new(b.finish())
    }
}

/// Where `part`, a slice of `whole`, starts in it.
fn start_in<T>(whole: &[T], part: &[T]) -> usize {
    (part.as_ptr() as usize - whole.as_ptr() as usize) / std::mem::size_of::<T>().max(1)
}

/// `len` rows of `chunk` from `start` on, as the array `clean_arrow` gives back: the same rows
/// of a `large_string` or `string_view` chunk; a `string` chunk's with 64-bit offsets over the
/// same bytes. `None` for a chunk of nulls, which is built.
fn unchanged_part(chunk: &ArrayRef, start: usize, len: usize) -> Option<ArrayRef> {
    match chunk.data_type() {
        DataType::LargeUtf8 | DataType::Utf8View => Some(chunk.slice(start, len)),
        DataType::Utf8 => {
            let part = chunk.as_string::<i32>().slice(start, len);
            let offsets = part.value_offsets();
            let (first, last) = (*offsets.first()?, *offsets.last()?);
            let values = part
                .values()
                .slice_with_length(usize::try_from(first).ok()?, usize::try_from(last - first).ok()?);
            let offsets = OffsetBuffer::new(offsets.iter().map(|&o| i64::from(o - first)).collect());
            let array = LargeStringArray::try_new(offsets, values, part.nulls().cloned()).ok()?;
            Some(Arc::new(array))
        }
        _ => None,
    }
}
