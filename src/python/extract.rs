//! `extract`'s native half: built-in kinds and user regexes on one `str` or on a column. The
//! shaping of results into pandas, Arrow and polars objects is `textwash/_extract.py`.

use std::ops::Range;
use std::sync::Arc;

use arrow_array::builder::{LargeStringBuilder, ListBuilder};
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_buffer::NullBuffer;
use arrow_schema::{ArrowError, DataType, Field, Fields};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use pyo3_arrow::PyChunkedArray;
use pyo3_arrow::input::AnyArray;

use super::columns::{Row, chunk_texts, in_blocks, read_sequence};
use super::enter::enter;
use super::errors;
use super::{cleaner, text_of, with_surrogates};
use crate::extract::{ExtractOptions, Extractor, Kind, Match, to_char_offsets};
use crate::groups::{Flags, GroupRanges, Groups};

/// A column's texts, borrowed from the Python objects or Arrow buffers that hold them.
enum Column {
    Sequence(Vec<Row>),
    Arrow(Vec<ArrayRef>),
}

impl Column {
    /// Reads an Arrow array or stream of strings, or any iterable of `str` and missing values.
    fn read(x: &Bound<'_, PyAny>) -> PyResult<Self> {
        let arrow = x.hasattr("__arrow_c_stream__")? || x.hasattr("__arrow_c_array__")?;
        if arrow && x.cast::<PyList>().is_err() {
            let (chunks, _) = x.extract::<AnyArray>()?.into_chunked_array()?.into_inner();
            return Ok(Column::Arrow(chunks));
        }
        let (_, rows) = read_sequence(x)?;
        Ok(Column::Sequence(rows))
    }

    fn texts(&self) -> PyResult<Vec<Option<&str>>> {
        match self {
            Column::Sequence(rows) => Ok(rows.iter().map(Row::text).collect()),
            Column::Arrow(chunks) => {
                let mut out = Vec::new();
                for chunk in chunks {
                    out.extend(chunk_texts(chunk)?);
                }
                Ok(out)
            }
        }
    }
}

/// Applies `f` to every text on `threads` threads, block by block; None for a missing row.
fn map_rows<'t, R: Send>(
    py: Python<'_>,
    texts: &[Option<&'t str>],
    threads: usize,
    f: impl Fn(&'t str) -> R + Sync,
) -> PyResult<Vec<Option<R>>> {
    in_blocks(py, texts, |block| {
        crate::batch::map_parallel_by(block, threads, crate::batch::text_weight, |t| t.map(&f))
    })
}

/// One struct chunk.
fn struct_chunk(fields: Fields, arrays: Vec<ArrayRef>, nulls: Option<NullBuffer>) -> Result<ArrayRef, ArrowError> {
    Ok(Arc::new(StructArray::try_new(fields, arrays, nulls)?))
}

/// Builds the chunks of a column's output in parallel: `build` makes one chunk from a part of
/// the texts, on each thread, block by block.
fn chunked<'t>(
    py: Python<'_>,
    texts: &[Option<&'t str>],
    threads: usize,
    build: impl Fn(&[Option<&'t str>]) -> Result<ArrayRef, ArrowError> + Sync,
) -> PyResult<PyChunkedArray> {
    let chunks = in_blocks(py, texts, |block| {
        crate::batch::map_parts_by(block, threads, crate::batch::text_weight, &build)
    })?;
    let chunks: Vec<ArrayRef> = chunks
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(|e| errors::invalid(e.to_string()))?;
    let data_type = match chunks.first() {
        Some(c) => c.data_type().clone(),
        None => build(&[])
            .map_err(|e| errors::invalid(e.to_string()))?
            .data_type()
            .clone(),
    };
    PyChunkedArray::try_new(chunks, Arc::new(Field::new("", data_type, true)))
}

/// Matches with string indices (code points) instead of byte offsets.
fn in_chars(text: &str, mut found: Vec<Match>) -> Vec<(Match, Range<usize>)> {
    let mut offsets: Vec<usize> = found.iter().flat_map(|m| [m.start, m.end]).collect();
    to_char_offsets(text, &mut offsets);
    found
        .drain(..)
        .zip(offsets.chunks_exact(2))
        .map(|(m, o)| (m, o[0]..o[1]))
        .collect()
}

/// `extract`'s built-in kinds, compiled once.
#[pyclass(module = "textwash._textwash", name = "_Extractor", frozen)]
pub(crate) struct PyExtractor {
    inner: Extractor,
}

/// Interned names of the kinds, in the order of `Kind::ALL`.
fn kind_names(py: Python<'_>) -> Vec<Bound<'_, PyString>> {
    Kind::NAMES.iter().map(|n| PyString::intern(py, n)).collect()
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (kinds, dayfirst, region, options))]
    fn new(kinds: Vec<String>, dayfirst: bool, region: Option<String>, options: &Bound<'_, PyDict>) -> PyResult<Self> {
        let kinds = kinds
            .into_iter()
            .map(|k| Kind::parse(&k))
            .collect::<Result<Vec<_>, _>>()?;
        let clean = cleaner(Some(options))?.options().clone();
        let inner = Extractor::new(ExtractOptions {
            kinds,
            dayfirst,
            region,
            clean,
        })?;
        Ok(PyExtractor { inner })
    }

    /// The kinds found, by name.
    #[getter]
    fn kinds(&self) -> Vec<&'static str> {
        self.inner.kinds().iter().map(|k| k.name()).collect()
    }

    /// The matches in one `str`: (kind, start, end, text, value, currency, replacement) tuples.
    fn find<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
        let py = text.py();
        let (input, surrogates) = text_of(text)?;
        let found = enter(py, input.len(), || in_chars(&input, self.inner.extract(&input)))?;
        let names = kind_names(py);
        let out = PyList::empty(py);
        for (m, chars) in found {
            let start = with_surrogates(chars.start, &surrogates);
            let end = if chars.is_empty() {
                start
            } else {
                with_surrogates(chars.end - 1, &surrogates) + 1
            };
            let item = (
                &names[m.kind as usize],
                start,
                end,
                &input[m.range()],
                m.value,
                m.currency,
                m.replacement,
            );
            out.append(item)?;
        }
        Ok(out)
    }

    /// The texts found in a column, wide: for each kind of `kinds` (in that order), a list with
    /// each row's texts (None for a missing row).
    fn find_wide<'py>(&self, x: &Bound<'py, PyAny>, threads: usize) -> PyResult<Vec<Bound<'py, PyList>>> {
        let py = x.py();
        let column = Column::read(x)?;
        let texts = column.texts()?;
        let found = map_rows(py, &texts, threads, |t| self.inner.extract(t))?;
        let kinds = self.inner.kinds();
        let columns: Vec<Bound<'py, PyList>> = kinds.iter().map(|_| PyList::empty(py)).collect();
        let mut slot = [usize::MAX; Kind::ALL.len()];
        for (i, &k) in kinds.iter().enumerate() {
            slot[k as usize] = i;
        }
        let mut cells: Vec<Vec<Bound<'py, PyString>>> = kinds.iter().map(|_| Vec::new()).collect();
        for (text, row) in texts.iter().zip(found) {
            let (Some(text), Some(row)) = (text, row) else {
                for col in &columns {
                    col.append(py.None())?;
                }
                continue;
            };
            for m in row {
                if let Some(cell) = cells.get_mut(slot[m.kind as usize]) {
                    cell.push(PyString::new(py, &text[m.range()]));
                }
            }
            for (col, cell) in columns.iter().zip(&mut cells) {
                col.append(PyList::new(py, cell.drain(..))?)?;
            }
        }
        Ok(columns)
    }

    /// [`Self::find_wide`] as Arrow: a chunked struct array with a `list<large_string>` field
    /// per kind, and a null struct for a missing row. Each thread builds its own chunks.
    fn find_wide_arrow(&self, py: Python<'_>, x: &Bound<'_, PyAny>, threads: usize) -> PyResult<PyChunkedArray> {
        let column = Column::read(x)?;
        let texts = column.texts()?;
        let kinds = self.inner.kinds();
        let mut slot = [usize::MAX; Kind::ALL.len()];
        for (i, &k) in kinds.iter().enumerate() {
            slot[k as usize] = i;
        }
        let build = |part: &[Option<&str>]| {
            let mut builders: Vec<ListBuilder<LargeStringBuilder>> = kinds
                .iter()
                .map(|_| ListBuilder::new(LargeStringBuilder::new()))
                .collect();
            let mut valid = Vec::with_capacity(part.len());
            for text in part {
                valid.push(text.is_some());
                let Some(text) = text else {
                    for b in &mut builders {
                        b.append_null();
                    }
                    continue;
                };
                for m in self.inner.extract(text) {
                    if let Some(b) = builders.get_mut(slot[m.kind as usize]) {
                        b.values().append_value(&text[m.range()]);
                    }
                }
                for b in &mut builders {
                    b.append(true);
                }
            }
            let arrays: Vec<ArrayRef> = builders.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef).collect();
            let fields: Fields = kinds
                .iter()
                .zip(&arrays)
                .map(|(k, a)| Field::new(k.name(), a.data_type().clone(), true))
                .collect();
            struct_chunk(fields, arrays, Some(NullBuffer::from(valid)))
        };
        chunked(py, &texts, threads, build)
    }

    /// The matches in a column, flat: (rows, match numbers within their row, kinds, starts,
    /// ends, texts, values, currencies, replacements, missing), where `missing` lists the rows that are
    /// missing values.
    fn find_column<'py>(&self, x: &Bound<'py, PyAny>, threads: usize) -> PyResult<Bound<'py, PyTuple>> {
        let py = x.py();
        let column = Column::read(x)?;
        let texts = column.texts()?;
        let found = map_rows(py, &texts, threads, |t| in_chars(t, self.inner.extract(t)))?;
        let names = kind_names(py);
        let lists: [Bound<'py, PyList>; 10] = std::array::from_fn(|_| PyList::empty(py));
        let [
            rows,
            numbers,
            kinds,
            starts,
            ends,
            matched,
            values,
            currencies,
            replacements,
            missing,
        ] = &lists;
        for (i, (text, row)) in texts.iter().zip(found).enumerate() {
            let (Some(text), Some(row)) = (text, row) else {
                missing.append(i)?;
                continue;
            };
            for (n, (m, chars)) in row.into_iter().enumerate() {
                rows.append(i)?;
                numbers.append(n)?;
                kinds.append(&names[m.kind as usize])?;
                starts.append(chars.start)?;
                ends.append(chars.end)?;
                matched.append(&text[m.range()])?;
                values.append(m.value)?;
                currencies.append(m.currency)?;
                replacements.append(m.replacement)?;
            }
        }
        PyTuple::new(py, lists)
    }
}

/// Every match of a column, flat: row numbers, match numbers, and one list per group.
type FlatMatches<'py> = (Bound<'py, PyList>, Bound<'py, PyList>, Vec<Bound<'py, PyList>>);

/// A user regex, compiled once.
#[pyclass(module = "textwash._textwash", name = "_Groups", frozen)]
pub(crate) struct PyGroups {
    inner: Groups,
}

/// The text of each group (None where it took no part, and, with `empty_is_missing`, where it
/// matched nothing, as `re.findall` reports it).
fn group_texts<'py>(
    py: Python<'py>,
    text: &str,
    ranges: &GroupRanges,
    empty_is_missing: bool,
) -> Vec<Option<Bound<'py, PyString>>> {
    ranges
        .iter()
        .map(|r| {
            r.clone()
                .filter(|r| !(empty_is_missing && r.is_empty()))
                .map(|r| PyString::new(py, &text[r]))
        })
        .collect()
}

#[pymethods]
impl PyGroups {
    /// Compiles `pattern` with Python's `re` flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE and
    /// UNICODE; any other is a ValueError) and `case=False` as IGNORECASE.
    #[new]
    #[pyo3(signature = (pattern, flags, case))]
    fn new(pattern: &str, flags: u32, case: bool) -> PyResult<Self> {
        const IGNORECASE: u32 = 2;
        const MULTILINE: u32 = 8;
        const DOTALL: u32 = 16;
        const UNICODE: u32 = 32;
        const VERBOSE: u32 = 64;
        let unknown = flags & !(IGNORECASE | MULTILINE | DOTALL | UNICODE | VERBOSE);
        if unknown != 0 {
            return Err(errors::invalid(format!(
                "option `flags`: {unknown:#x} is not supported: the regex engine takes re.IGNORECASE, re.MULTILINE, \
                 re.DOTALL, re.VERBOSE and re.UNICODE"
            )));
        }
        let flags = Flags {
            ignore_case: flags & IGNORECASE != 0 || !case,
            multi_line: flags & MULTILINE != 0,
            dot_all: flags & DOTALL != 0,
            verbose: flags & VERBOSE != 0,
        };
        Ok(PyGroups {
            inner: Groups::new(pattern, flags)?,
        })
    }

    /// Each group's name, or None.
    #[getter]
    fn names(&self) -> Vec<Option<String>> {
        self.inner.names().to_vec()
    }

    /// The groups of the first match in one `str`, or None.
    fn first<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Option<Bound<'py, PyTuple>>> {
        let py = text.py();
        let (input, _) = text_of(text)?;
        let found = enter(py, input.len(), || self.inner.first(&input))?;
        found
            .map(|r| PyTuple::new(py, group_texts(py, &input, &r, false)))
            .transpose()
    }

    /// The groups of every match in one `str`.
    fn all<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
        let py = text.py();
        let (input, _) = text_of(text)?;
        let found = enter(py, input.len(), || self.inner.all(&input))?;
        let out = PyList::empty(py);
        for r in &found {
            out.append(PyTuple::new(py, group_texts(py, &input, r, false))?)?;
        }
        Ok(out)
    }

    /// The first match in each row of a column, as one list per group, with `missing` for a
    /// group that took no part and `no_match` (default: `missing`) for a missing row or a row
    /// without a match.
    #[pyo3(signature = (x, threads, missing, no_match = None))]
    fn first_column<'py>(
        &self,
        x: &Bound<'py, PyAny>,
        threads: usize,
        missing: &Bound<'py, PyAny>,
        no_match: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Vec<Bound<'py, PyList>>> {
        let no_match = no_match.unwrap_or(missing);
        let py = x.py();
        let column = Column::read(x)?;
        let texts = column.texts()?;
        let found: Vec<_> = map_rows(py, &texts, threads, |t| self.inner.first(t))?
            .into_iter()
            .map(Option::flatten)
            .collect();
        let columns: Vec<Bound<'py, PyList>> = self.inner.names().iter().map(|_| PyList::empty(py)).collect();
        for (text, row) in texts.iter().zip(&found) {
            match (text, row) {
                (Some(text), Some(ranges)) => {
                    for (col, value) in columns.iter().zip(group_texts(py, text, ranges, false)) {
                        match value {
                            Some(value) => col.append(value)?,
                            None => col.append(missing)?,
                        }
                    }
                }
                _ => {
                    for col in &columns {
                        col.append(no_match)?;
                    }
                }
            }
        }
        Ok(columns)
    }

    /// [`Self::first_column`] as Arrow: a chunked struct array with a `large_string` field per
    /// group, named as polars names them (the group's name, or its number from 1); null for a
    /// missing row, no match or a group that took no part. Each thread builds its own chunks.
    fn first_arrow(&self, py: Python<'_>, x: &Bound<'_, PyAny>, threads: usize) -> PyResult<PyChunkedArray> {
        let column = Column::read(x)?;
        let texts = column.texts()?;
        let names = self.inner.names();
        let fields: Fields = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let name = n.clone().unwrap_or_else(|| (i + 1).to_string());
                Field::new(name, DataType::LargeUtf8, true)
            })
            .collect();
        let build = |part: &[Option<&str>]| {
            // A regex per thread: threads sharing one contend for its scratch space.
            let groups = self.inner.clone();
            let mut builders: Vec<LargeStringBuilder> = names.iter().map(|_| LargeStringBuilder::new()).collect();
            for text in part {
                let found = text.and_then(|t| groups.first(t));
                for (g, b) in builders.iter_mut().enumerate() {
                    let range = found.as_ref().and_then(|r| r.get(g).cloned().flatten());
                    b.append_option(text.zip(range).map(|(t, r)| &t[r]));
                }
            }
            let arrays: Vec<ArrayRef> = builders.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef).collect();
            struct_chunk(fields.clone(), arrays, None)
        };
        chunked(py, &texts, threads, build)
    }

    /// Every match in each row of a column, flat: (rows, match numbers, one list per group),
    /// with `missing` for a group that took no part and, with `empty_is_missing`, for an empty
    /// one (as pandas' `extractall` has them).
    fn all_column<'py>(
        &self,
        x: &Bound<'py, PyAny>,
        threads: usize,
        empty_is_missing: bool,
        missing: &Bound<'py, PyAny>,
    ) -> PyResult<FlatMatches<'py>> {
        let py = x.py();
        let column = Column::read(x)?;
        let texts = column.texts()?;
        let found = map_rows(py, &texts, threads, |t| self.inner.all(t))?;
        let (rows, numbers) = (PyList::empty(py), PyList::empty(py));
        let columns: Vec<Bound<'py, PyList>> = self.inner.names().iter().map(|_| PyList::empty(py)).collect();
        for (i, (text, matches)) in texts.iter().zip(&found).enumerate() {
            let (Some(text), Some(matches)) = (text, matches) else {
                continue;
            };
            for (n, ranges) in matches.iter().enumerate() {
                rows.append(i)?;
                numbers.append(n)?;
                for (col, value) in columns.iter().zip(group_texts(py, text, ranges, empty_is_missing)) {
                    match value {
                        Some(value) => col.append(value)?,
                        None => col.append(missing)?,
                    }
                }
            }
        }
        Ok((rows, numbers, columns))
    }
}
