//! `textwash.clean` as a `METH_FASTCALL | METH_KEYWORDS` function, the crate's only unsafe code.
//!
//! pyo3 calls every function that takes `**kwargs` through an argument tuple and a dict
//! (`METH_VARARGS`; PyO3/pyo3#1665), which cost more than everything else of `clean(s)` on a
//! short `str` (`benches/bench_overhead.py`). This entry takes the arguments as CPython hands
//! them over: the common call, one `str` and no options, builds nothing; keyword options are
//! gathered into a dict and everything goes on to [`super::clean`], the one implementation.
#![allow(unsafe_code)]

use std::ffi::CStr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use super::{enter, errors};

const DOC: &CStr = cr#"clean(text, /, **options)
--

Return `text` as its author wrote it: junk removed, legitimate text of every language kept,
NFC, whitespace tidy.

Junk is emoji (whole sequences), pictographic symbols (chess, zodiac, music, dingbats,
Braille, enclosed letters), invisible characters (zero-width, bidi, controls, private use,
unassigned), styled letters glued to ordinary ones (`𝐆its` -> `its`), one or two characters
of a foreign script glued into a word or number (`seveౠral` -> `several`), and symbols glued
inside words (`Ca©t` -> `Cat`). What the reader sees is restored first: a character followed
by BACKSPACE goes with it, text with bidi overrides comes back in the order it is shown, and
look-alike letters of another script are written back (`pаypal` -> `paypal`). A missing value (None, NaN, pd.NA) is returned as it is.

`text` may also be a whole column: a list or tuple, a numpy array, a pandas Series, a pyarrow
Array or ChunkedArray, or a polars Series; the same kind of container comes back, cleaned on
`threads` threads (default: the TEXTWASH_THREADS environment variable, else every core; one
in a forked worker process unless TEXTWASH_THREADS says otherwise).

Options (keyword-only):
  emoji: "remove" (default) | "keep" | "name" (-> ":banana:") | any other text to replace with.
  symbols, intruders, styled, invisible: "remove" (default) | "keep".
  backspaces, bidi: "restore" (default) | "remove" (the controls alone) | "keep".
  homoglyphs: "restore" (default) | "remove" (judged as intruders).
  normalize: "NFC" (default) | "NFKC" | "NFD" | "NFKD" | None.
  whitespace: "tidy" (default) | "collapse" | "keep".
  lowercase, ascii, html: bool, default False.
  quotes: "keep" (default) | "ascii".
  urls, emails, phones, numbers, mentions, hashtags: None keeps (default), "" removes,
    any other text replaces, e.g. urls="<URL>".
  keep, drop: a string of extra characters always kept / always removed.
  threads: for columns, how many threads clean (an int > 0).

>>> clean("seveౠral op꧅eration, 𝐆its spokes𝄹person🍌")
'several operation, its spokesperson'
>>> clean("see https://example.com now", urls="<URL>")
'see <URL> now'

Raises TypeError for an unknown option or a value of the wrong type, and TextwashError (a
ValueError) for a value the option does not take."#;

/// Called by CPython with the interpreter attached: `nargs` positional arguments at `args`, then
/// one value for each name of the tuple `kwnames` (NULL when there are none).
unsafe extern "C" fn clean(
    _module: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a METH_FASTCALL function with the thread attached.
    let py = unsafe { Python::assume_attached() };
    let result = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the arguments as CPython's calling convention lays them out (above); each is
        // borrowed for the length of the call.
        unsafe { call(py, args, nargs, kwnames) }
    }));
    match result {
        Ok(Ok(out)) => out.into_ptr(),
        Ok(Err(err)) => {
            err.restore(py);
            ptr::null_mut()
        }
        Err(panic) => {
            enter::internal_error(panic).restore(py);
            ptr::null_mut()
        }
    }
}

/// # Safety
/// As [`clean`]: `args` holds `nargs` positional values and then one per name in `kwnames`.
unsafe fn call(
    py: Python<'_>,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> PyResult<Bound<'_, PyAny>> {
    if nargs != 1 {
        return Err(errors::wrong_type(format!(
            "clean() takes 1 positional argument (the text or column), {nargs} given"
        )));
    }
    // SAFETY: nargs is 1, so `args` holds at least one borrowed object.
    let text = unsafe { Bound::from_borrowed_ptr(py, *args) };
    if kwnames.is_null() {
        return super::clean(&text, None);
    }
    // SAFETY: a non-NULL `kwnames` is a tuple of str, borrowed for the call.
    let names = unsafe { Bound::from_borrowed_ptr(py, kwnames) };
    let names = names.cast::<PyTuple>()?;
    let options = PyDict::new(py);
    for (i, name) in names.iter().enumerate() {
        // SAFETY: the values of the keyword arguments follow the one positional argument.
        let value = unsafe { Bound::from_borrowed_ptr(py, *args.add(1 + i)) };
        options.set_item(name, value)?;
    }
    super::clean(&text, Some(&options))
}

/// Adds `clean` to the module, as pyo3 would add a `#[pyfunction]`.
pub(super) fn add_clean(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // CPython keeps a pointer to the definition for as long as the function lives: one per
    // import of the module, leaked on purpose.
    let def = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: c"clean".as_ptr(),
        ml_meth: ffi::PyMethodDefPointer {
            PyCFunctionFastWithKeywords: clean,
        },
        ml_flags: ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        ml_doc: DOC.as_ptr(),
    }));
    let py = m.py();
    let module_name = m.name()?;
    // SAFETY: `def` lives for ever; the module and its name are alive; PyCFunction_NewEx returns
    // a new reference or NULL with an exception set.
    let function =
        unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyCFunction_NewEx(def, m.as_ptr(), module_name.as_ptr())) }?;
    m.add("clean", function)
}
