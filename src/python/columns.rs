//! Columns: Python sequences and Arrow arrays in, the same kind out, cleaned on several threads
//! with the interpreter released and Ctrl-C checked between blocks of rows.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use super::errors;
use arrow_array::builder::{LargeStringBuilder, StringBuilder, StringViewBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, LargeStringArray, StringArray, StringViewArray, new_null_array};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyString};
use pyo3_arrow::PyChunkedArray;
use pyo3_arrow::input::AnyArray;

use super::enter::enter_batch;
use super::{is_missing, text_of};
use crate::batch::{first_where, map_parts_by, map_ranges, split, text_weight};
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
    let mut bytes_before = Vec::with_capacity(texts.len() + 1);
    bytes_before.push(0_usize);
    for t in texts {
        bytes_before.push(bytes_before.last().copied().unwrap_or(0) + t.map_or(0, str::len));
    }
    in_row_blocks(py, texts.len(), |i| bytes_before[i], |rows| work(&texts[rows]))
}

/// Runs `work` on rows `0..rows` block by block (see [`in_blocks`]): at most [`BLOCK_ROWS`]
/// rows a block, and no more rows once [`BLOCK_BYTES`] of text are reached;
/// `bytes_before(i)` is the text of the rows before row `i`.
fn in_row_blocks<R: Send>(
    py: Python<'_>,
    rows: usize,
    bytes_before: impl Fn(usize) -> usize,
    work: impl Fn(Range<usize>) -> Vec<R> + Sync,
) -> PyResult<Vec<R>> {
    let mut out = Vec::with_capacity(rows);
    let mut start = 0;
    while start < rows {
        let last = (start + BLOCK_ROWS).min(rows);
        let base = bytes_before(start);
        // The first row with which the block reaches BLOCK_BYTES ends it.
        let end = first_where(start + 1, last, |e| bytes_before(e) - base >= BLOCK_BYTES);
        let block = start..end;
        out.extend(enter_batch(py, || work(block))?);
        py.check_signals()?;
        start = end;
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
    let strings = Strings::of(chunk)?;
    Ok(strings.texts(0..strings.len()))
}

/// One Arrow chunk of strings, read by rows.
enum Strings<'a> {
    Utf8(&'a StringArray),
    Large(&'a LargeStringArray),
    /// With the bytes of text before each row (views keep no offsets).
    View(&'a StringViewArray, Vec<usize>),
    Null(usize),
}

impl<'a> Strings<'a> {
    fn of(chunk: &'a ArrayRef) -> PyResult<Self> {
        Ok(match chunk.data_type() {
            DataType::Utf8 => Strings::Utf8(chunk.as_string::<i32>()),
            DataType::LargeUtf8 => Strings::Large(chunk.as_string::<i64>()),
            DataType::Utf8View => {
                let views = chunk.as_string_view();
                let mut before = Vec::with_capacity(views.len() + 1);
                before.push(0);
                for &view in views.views() {
                    // A view's low 32 bits are the length of its text.
                    #[allow(clippy::cast_possible_truncation)]
                    let len = view as u32 as usize;
                    before.push(before.last().copied().unwrap_or(0) + len);
                }
                Strings::View(views, before)
            }
            DataType::Null => Strings::Null(chunk.len()),
            other => {
                return Err(errors::wrong_type(format!(
                    "expected an Arrow array of strings, got {other}"
                )));
            }
        })
    }

    fn len(&self) -> usize {
        match self {
            Strings::Utf8(a) => a.len(),
            Strings::Large(a) => a.len(),
            Strings::View(a, _) => a.len(),
            Strings::Null(len) => *len,
        }
    }

    /// The bytes of text before row `i` (a null row's too, whatever it holds).
    fn bytes_before(&self, i: usize) -> usize {
        match self {
            Strings::Utf8(a) => offset_of(a.value_offsets(), i),
            Strings::Large(a) => offset_of(a.value_offsets(), i),
            Strings::View(_, before) => before[i],
            Strings::Null(_) => 0,
        }
    }

    /// The texts of `rows`.
    fn texts(&self, rows: Range<usize>) -> Vec<Option<&'a str>> {
        match *self {
            Strings::Utf8(a) => rows.map(|i| (!a.is_null(i)).then(|| a.value(i))).collect(),
            Strings::Large(a) => rows.map(|i| (!a.is_null(i)).then(|| a.value(i))).collect(),
            Strings::View(a, _) => rows.map(|i| (!a.is_null(i)).then(|| a.value(i))).collect(),
            Strings::Null(_) => vec![None; rows.len()],
        }
    }

    /// The rows of `rows` that `cleaner` may change (see `Cleaner::rows_to_clean`), relative
    /// to `rows.start`: found in the chunk's bytes of text where they are in one run; in views,
    /// by the part of a buffer the rows point into (`Cleaner::keeps_every_text_within`), or else
    /// row by row (`Cleaner::may_change`).
    fn rows_to_clean(&self, cleaner: &Cleaner, rows: Range<usize>) -> Vec<usize> {
        let found = match self {
            Strings::Utf8(a) => {
                cleaner.rows_to_clean(a.value_data(), |i| offset_of(a.value_offsets(), i), rows.clone())
            }
            Strings::Large(a) => {
                cleaner.rows_to_clean(a.value_data(), |i| offset_of(a.value_offsets(), i), rows.clone())
            }
            Strings::View(a, before) => view_rows_to_clean(a, before, cleaner, rows.clone()),
            Strings::Null(_) => Vec::new(),
        };
        found.into_iter().map(|i| i - rows.start).collect()
    }
}

/// [`Strings::rows_to_clean`] of a `string_view` chunk (`before`: the bytes of text before each
/// row), not yet relative to `rows.start`.
fn view_rows_to_clean(a: &StringViewArray, before: &[usize], cleaner: &Cleaner, rows: Range<usize>) -> Vec<usize> {
    // A view: its length in the low 32 bits and, past 12 bytes, the index of its buffer in bits
    // 64–95 and its offset there in bits 96–127. The part of a buffer that a run of rows points
    // into is searched once, and clears every row of the run: only when those parts hold not
    // much more than the rows' text (not scattered rows of a larger array's buffers).
    #[allow(clippy::cast_possible_truncation)]
    let place = |view: u128| {
        let len = view as u32 as usize;
        (len > 12).then_some(((view >> 64) as u32 as usize, (view >> 96) as u32 as usize, len))
    };
    let views = a.views();
    let buffers = a.data_buffers();
    // Runs of rows in one buffer (of the valid rows over 12 bytes, in order), and the part of
    // the buffer each run points into: as many as the rows at most, whatever the buffers.
    let mut runs: Vec<(usize, Range<usize>)> = Vec::new();
    for i in rows.clone().filter(|&i| a.is_valid(i)) {
        if let Some((buffer, offset, len)) = place(views[i]) {
            match runs.last_mut() {
                Some((last, part)) if *last == buffer => {
                    *part = part.start.min(offset)..part.end.max(offset + len);
                }
                _ => runs.push((buffer, offset..offset + len)),
            }
        }
    }
    let text = before[rows.end] - before[rows.start];
    let searched = runs.iter().map(|(_, part)| part.len()).sum::<usize>() <= 2 * text + 4096;
    let kept: Vec<bool> = runs
        .iter()
        .map(|(buffer, part)| {
            searched
                && buffers
                    .get(*buffer)
                    .and_then(|b| b.get(part.clone()))
                    .is_some_and(|bytes| cleaner.keeps_every_text_within(bytes))
        })
        .collect();
    // The rows again, in the same order, following the same runs.
    let mut run: Option<usize> = None;
    rows.filter(|&i| {
        if !a.is_valid(i) {
            return false;
        }
        if let Some((buffer, _, _)) = place(views[i]) {
            let next = match run {
                Some(k) if runs.get(k).is_some_and(|(b, _)| *b == buffer) => k,
                Some(k) => k + 1,
                None => 0,
            };
            run = Some(next);
            if kept.get(next) == Some(&true) {
                return false;
            }
        }
        cleaner.may_change(a.value(i))
    })
    .collect()
}

/// Offset `i` of an Arrow array's offsets, as a position in its values (which start at the
/// first offset: a sliced array shares its parent's values).
fn offset_of<O: arrow_array::OffsetSizeTrait>(offsets: &[O], i: usize) -> usize {
    offsets[i].as_usize()
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
        let strings = Strings::of(chunk)?;
        let weight_before = |i: usize| strings.bytes_before(i) - strings.bytes_before(0) + 16 * i;
        let parts = in_row_blocks(
            py,
            strings.len(),
            |i| strings.bytes_before(i),
            |block| {
                map_ranges(split(block, threads, weight_before), |rows| {
                    let mut counted = Tally::default();
                    let to_clean = strings.rows_to_clean(cleaner, rows.clone());
                    let built = (!to_clean.is_empty())
                        .then(|| cleaned_rows(cleaner, &strings.texts(rows.clone()), &to_clean, &layout, &mut counted))
                        .flatten();
                    ((rows.start, rows.len(), built), counted)
                })
            },
        )?;
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
        if strings.len() == 0 {
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
/// back as given (or missing): then nothing is built. Only the rows `to_clean` (sorted indices
/// into `texts`) are cleaned, the others come back as they are (see `Cleaner::rows_to_clean`);
/// rows are cleaned until the first that changes, and only from there is an array built. A
/// `string` array whose text would pass the 2 GiB its offsets address is built as
/// `large_string` instead.
fn cleaned_rows(
    cleaner: &Cleaner,
    texts: &[Option<&str>],
    to_clean: &[usize],
    layout: &DataType,
    tally: &mut Tally,
) -> Option<ArrayRef> {
    let mut next = to_clean.iter().copied().peekable();
    let mut rows = texts.iter().enumerate().map(|(i, t)| {
        let clean = next.next_if_eq(&i).is_some();
        t.map(|t| {
            if clean {
                cleaner.clean_counted(t, tally)
            } else {
                Cow::Borrowed(t)
            }
        })
    });
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
