//! Columns: Python sequences and Arrow arrays in, the same kind out, cleaned on several threads
//! with the interpreter released and Ctrl-C checked between blocks of rows.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use super::errors;
use arrow_array::builder::{LargeStringBuilder, StringBuilder, StringViewBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, LargeStringArray, new_null_array};
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

/// Cleans an Arrow array or stream of strings (`string`, `large_string` or `string_view`) into
/// the same type (a column of nulls comes back as `large_string`; a `string` column whose
/// cleaned text would pass the 2 GiB its 32-bit offsets can address, as `large_string`). Each
/// thread writes the rows it changes straight into an Arrow array of its own; runs of parts in
/// which no row changes are given back as one slice of the input, without a copy (junk-free
/// text, the most common column of all, comes back as the very chunks given).
pub(crate) fn clean_arrow(
    py: Python<'_>,
    cleaner: &Cleaner,
    array: AnyArray,
    threads: usize,
    tally: &mut Tally,
) -> PyResult<PyChunkedArray> {
    let (chunks, field) = array.into_chunked_array()?.into_inner();
    // What the threads build their parts as: the input's layout, and `large_string` for a
    // column of nulls.
    let layout = match field.data_type() {
        DataType::Utf8View => DataType::Utf8View,
        DataType::Utf8 => DataType::Utf8,
        _ => DataType::LargeUtf8,
    };
    let mut out: Vec<Part> = Vec::with_capacity(chunks.len());
    for (index, chunk) in chunks.iter().enumerate() {
        let texts = chunk_texts(chunk)?;
        let parts = in_blocks(py, &texts, |block| {
            map_parts_by(block, threads, text_weight, |part| {
                let mut counted = Tally::default();
                let built = cleaned_rows(cleaner, part, &layout, &mut counted);
                ((start_in(&texts, part), part.len(), built), counted)
            })
        })?;
        for ((start, len, built), counted) in parts {
            tally.merge(&counted);
            match (built, out.last_mut()) {
                (Some(array), _) => out.push(Part::Built { chunk: index, array }),
                // Given back as they are, with the run of such rows before them.
                (None, Some(Part::Same { chunk, rows })) if *chunk == index && rows.end == start => {
                    rows.end = start + len;
                }
                (None, _) => out.push(Part::Same {
                    chunk: index,
                    rows: start..start + len,
                }),
            }
        }
        if texts.is_empty() {
            out.push(Part::Same {
                chunk: index,
                rows: 0..0,
            });
        }
    }
    let out_type = match field.data_type() {
        DataType::Utf8View => DataType::Utf8View,
        DataType::Utf8 if fits_32_bit_offsets(&out, &chunks) => DataType::Utf8,
        _ => DataType::LargeUtf8,
    };
    let arrays = out
        .into_iter()
        .map(|part| part.into_array(&chunks, &out_type))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| errors::invalid("an Arrow column's offsets could not be rebuilt".to_owned()))?;
    let field = Field::new(field.name(), out_type, true);
    PyChunkedArray::try_new(arrays, Arc::new(field))
}

/// A piece of the cleaned column.
enum Part {
    /// Rows of the input's chunk `chunk`, none of them changed.
    Same { chunk: usize, rows: Range<usize> },
    /// Rows of the input's chunk `chunk` cleaned into a new array of the input's layout (see
    /// `cleaned_rows`).
    Built { chunk: usize, array: ArrayRef },
}

/// Whether the cleaned rows of each chunk of a `string` column, taken together, fit in a
/// `string` array (32-bit offsets): then each part can be one, and a one-chunk column's parts
/// can be joined into one.
fn fits_32_bit_offsets(parts: &[Part], chunks: &[ArrayRef]) -> bool {
    let mut bytes = vec![0_usize; chunks.len()];
    for part in parts {
        let (chunk, len) = match part {
            Part::Same { chunk, rows } => {
                let len = chunks
                    .get(*chunk)
                    .and_then(|c| c.as_string_opt::<i32>())
                    .map_or(0, |c| {
                        let offsets = c.value_offsets();
                        usize::try_from(offsets[rows.end] - offsets[rows.start]).unwrap_or(usize::MAX)
                    });
                (*chunk, len)
            }
            // Built as `large_string` only when past what `string` holds.
            Part::Built { chunk, array } => {
                let values = array
                    .as_string_opt::<i32>()
                    .map_or(usize::MAX, |a| a.value_data().len());
                (*chunk, values)
            }
        };
        bytes[chunk] = bytes[chunk].saturating_add(len);
    }
    bytes.iter().all(|&b| i32::try_from(b).is_ok())
}

impl Part {
    /// The part as an array of `out_type`: the type of the input's chunks, or `large_string`
    /// for a `string` column past 2 GiB a chunk (whose `string` parts are then widened, a
    /// copy that checks their text again: only ever for such columns). `None` if an array
    /// cannot be rebuilt, which cannot happen with valid parts.
    fn into_array(self, chunks: &[ArrayRef], out_type: &DataType) -> Option<ArrayRef> {
        let array = match self {
            Part::Built { array, .. } => array,
            Part::Same { chunk, rows } => {
                let chunk = chunks.get(chunk)?;
                if chunk.data_type() == &DataType::Null {
                    return Some(new_null_array(out_type, rows.len()));
                }
                chunk.slice(rows.start, rows.len())
            }
        };
        match array.as_string_opt::<i32>() {
            Some(part) if out_type == &DataType::LargeUtf8 => Some(Arc::new(
                LargeStringArray::try_new(widened(part.offsets()), part.values().clone(), part.nulls().cloned())
                    .ok()?,
            )),
            _ => Some(array),
        }
    }
}

/// 32-bit offsets as 64-bit ones, over the same bytes.
fn widened(offsets: &OffsetBuffer<i32>) -> OffsetBuffer<i64> {
    OffsetBuffer::new(offsets.iter().map(|&o| i64::from(o)).collect::<Vec<_>>().into())
}

/// The cleaned `texts` as one Arrow array of the `layout` given, or `None` when every row comes
/// back as given (or missing): then nothing is built. Rows are cleaned until the first that
/// changes, and only from there is an array built. A `string` array whose text would pass the
/// 2 GiB its offsets address is built as `large_string` instead.
fn cleaned_rows(cleaner: &Cleaner, texts: &[Option<&str>], layout: &DataType, tally: &mut Tally) -> Option<ArrayRef> {
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
    let first = first?;
    let mut all = texts[..kept]
        .iter()
        .map(|t| t.map(Cow::Borrowed))
        .chain(std::iter::once(first))
        .chain(rows);
    // Cleaning mostly shortens text; replacements that lengthen it make the builders grow.
    let bytes = || texts.iter().flatten().map(|t| t.len()).sum::<usize>();
    match layout {
        DataType::Utf8View => {
            let mut b = StringViewBuilder::with_capacity(texts.len());
            for t in all {
                b.append_option(t);
            }
            Some(Arc::new(b.finish()))
        }
        DataType::Utf8 => {
            let mut b = StringBuilder::with_capacity(texts.len(), bytes().min(MAX_32_BIT));
            for t in all.by_ref() {
                if t.as_ref()
                    .is_some_and(|t| b.values_slice().len() + t.len() > MAX_32_BIT)
                {
                    // Past what 32-bit offsets address: the rows so far, and the rest, as
                    // `large_string`.
                    let so_far = b.finish();
                    let mut large = LargeStringBuilder::with_capacity(texts.len(), bytes());
                    large.extend(so_far.iter());
                    large.append_option(t);
                    for t in all {
                        large.append_option(t);
                    }
                    return Some(Arc::new(large.finish()));
                }
                b.append_option(t);
            }
            Some(Arc::new(b.finish()))
        }
        _ => {
            let mut b = LargeStringBuilder::with_capacity(texts.len(), bytes());
            for t in all {
                b.append_option(t);
            }
            Some(Arc::new(b.finish()))
        }
    }
}

/// The most text a `string` array holds: its offsets are `i32`.
const MAX_32_BIT: usize = i32::MAX as usize;

/// Where `part`, a slice of `whole`, starts in it.
fn start_in<T>(whole: &[T], part: &[T]) -> usize {
    (part.as_ptr() as usize - whole.as_ptr() as usize) / std::mem::size_of::<T>().max(1)
}
