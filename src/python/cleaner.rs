//! `Cleaner`: options compiled once; immutable, thread-safe, picklable.

use std::hash::{DefaultHasher, Hash, Hasher};

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3_arrow::input::AnyArray;

use super::{clean_str, cleaner, columns, errors, is_missing, threads};
use crate::{Cleaner, Tally};

/// Cleaner(**options)
/// --
///
/// `clean()` with its options compiled once. `cleaner(x)` and `cleaner.clean(x)` take a `str`,
/// a missing value or a whole column, exactly like `textwash.clean(x, **options)`.
///
/// A Cleaner is immutable and thread-safe, pickles (so it travels to multiprocessing, Dask and
/// Spark workers) and equals another Cleaner with the same options.
///
/// >>> from textwash import Cleaner
/// >>> to_tokens = Cleaner(urls="<URL>", emoji="name")
/// >>> to_tokens("see https://example.com 🍌")
/// 'see <URL> :banana:'
/// >>> to_tokens(["dis🍌tricts", None])
/// ['dis:banana:tricts', None]
// The comment above is the class's Python docstring, run as a doctest: not Markdown for rustdoc.
#[allow(rustdoc::bare_urls, rustdoc::invalid_html_tags)]
#[pyclass(module = "textwash._textwash", name = "Cleaner", frozen)]
pub(crate) struct PyCleaner {
    inner: Cleaner,
    /// The options as given, for `repr` and pickling.
    given: Py<PyDict>,
}

impl PyCleaner {
    pub(crate) fn wrap(inner: Cleaner, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let given = match options {
            Some(o) => {
                let copy = o.copy()?;
                if copy.contains("threads")? {
                    copy.del_item("threads")?;
                }
                copy.unbind()
            }
            None => Python::attach(|py| PyDict::new(py).unbind()),
        };
        Ok(PyCleaner { inner, given })
    }
}

/// Cleans `x` (a str, a missing value, or a column) with the cleaner `slf`.
pub(crate) fn clean_column<'py>(
    slf: &Bound<'py, PyCleaner>,
    x: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = x.py();
    let inner = &slf.get().inner;
    if let Ok(s) = x.cast::<PyString>() {
        return clean_str(inner, s);
    }
    if is_missing(x) {
        return Ok(x.clone());
    }
    // Checked only for a column: a `str` pays nothing for it. Left as given (None included):
    // the dispatcher gives a Dask partition one thread, and every other column all cores.
    threads::resolve(threads)?;
    let dispatch = DISPATCH
        .get(py)
        .ok_or_else(|| errors::wrong_type("columns are cleaned through the textwash package: import textwash"))?;
    dispatch.bind(py).call1((slf, x, threads))
}

/// `textwash._dispatch.clean`, which puts every column into its own kind of container; the
/// package hands it over when it is imported, so this module never imports the package.
static DISPATCH: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Called once by `textwash/__init__.py` with `_dispatch.clean`.
#[pyfunction]
pub(crate) fn _set_dispatch(py: Python<'_>, clean: Bound<'_, PyAny>) -> PyResult<()> {
    if !clean.is_callable() {
        return Err(errors::wrong_type("_set_dispatch() expects a callable"));
    }
    // A second import of the package (importlib.reload) hands over the same function again.
    let _ = DISPATCH.set(py, clean.unbind());
    Ok(())
}

#[pymethods]
impl PyCleaner {
    #[new]
    #[pyo3(signature = (**options))]
    fn new(options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        if options.is_some_and(|o| o.contains("threads").unwrap_or(false)) {
            return Err(super::errors::wrong_type(
                "`threads` is given per call: cleaner(x, threads=2), not Cleaner(threads=2)",
            ));
        }
        let inner = cleaner(options)?.into_owned();
        Self::wrap(inner, options)
    }

    /// Cleans a `str`, a missing value, or a whole column (see `textwash.clean`).
    #[pyo3(signature = (x, /, *, threads = None))]
    fn clean<'py>(
        slf: &Bound<'py, Self>,
        x: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        clean_column(slf, x, threads)
    }

    #[pyo3(signature = (x, /, *, threads = None))]
    fn __call__<'py>(
        slf: &Bound<'py, Self>,
        x: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Self::clean(slf, x, threads)
    }

    /// The options as given.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.given.bind(py).copy()
    }

    /// Cleans any iterable of `str` and missing values into a list (for `textwash._dispatch`).
    fn _clean_sequence<'py>(&self, seq: &Bound<'py, PyAny>, threads: usize) -> PyResult<Bound<'py, PyList>> {
        columns::clean_sequence(&self.inner, seq, threads, &mut Tally::default())
    }

    /// Cleans an Arrow array or stream of strings (for `textwash._dispatch`).
    fn _clean_arrow(&self, py: Python<'_>, array: AnyArray, threads: usize) -> PyResult<pyo3_arrow::PyChunkedArray> {
        columns::clean_arrow(py, &self.inner, array, threads, &mut Tally::default())
    }

    /// `_clean_sequence`, and the pieces of junk removed, by reason (for the command line).
    fn _clean_sequence_counted<'py>(
        &self,
        seq: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<(Bound<'py, PyList>, Counts)> {
        let mut tally = Tally::default();
        let out = columns::clean_sequence(&self.inner, seq, threads, &mut tally)?;
        Ok((out, counts(&tally)))
    }

    /// `_clean_arrow`, and the pieces of junk removed, by reason (for the command line).
    fn _clean_arrow_counted(
        &self,
        py: Python<'_>,
        array: AnyArray,
        threads: usize,
    ) -> PyResult<(pyo3_arrow::PyChunkedArray, Counts)> {
        let mut tally = Tally::default();
        let out = columns::clean_arrow(py, &self.inner, array, threads, &mut tally)?;
        Ok((out, counts(&tally)))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let parts: Vec<String> = self
            .given
            .bind(py)
            .iter()
            .map(|(k, v)| Ok(format!("{}={}", k.str()?, v.repr()?)))
            .collect::<PyResult<_>>()?;
        Ok(format!("Cleaner({})", parts.join(", ")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyCleaner>().is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyDict>,))> {
        let rebuild = py.import("textwash._textwash")?.getattr("_cleaner_from_options")?;
        Ok((rebuild, (self.given.bind(py).copy()?,)))
    }
}

/// Pieces of junk by reason, for Python.
type Counts = Vec<(&'static str, u64)>;

/// The reasons with at least one piece of junk, and their counts.
fn counts(tally: &Tally) -> Counts {
    tally
        .iter()
        .filter(|&(_, n)| n > 0)
        .map(|(r, n)| (r.name(), n))
        .collect()
}

/// Rebuilds a pickled Cleaner.
#[pyfunction]
pub(crate) fn _cleaner_from_options(options: &Bound<'_, PyDict>) -> PyResult<PyCleaner> {
    PyCleaner::new(Some(options))
}
