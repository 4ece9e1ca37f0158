//! The one way into the core: release the interpreter for long work, and turn a panic into a
//! `TextwashError` instead of a `PanicException` (a `BaseException`).

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::prelude::*;

/// Texts at least this long (in bytes) are cleaned with the interpreter released: below it,
/// releasing and re-taking the interpreter costs more than the work.
const DETACH_BYTES: usize = 16 * 1024;

/// Runs `work` on a text of `len` bytes.
pub(crate) fn enter<T: Send>(py: Python<'_>, len: usize, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    let guarded = || catch_unwind(AssertUnwindSafe(work));
    let result = if len >= DETACH_BYTES {
        py.detach(guarded)
    } else {
        guarded()
    };
    result.map_err(internal_error)
}

/// Runs a batch's `work` with the interpreter released, so other Python threads run meanwhile.
pub(crate) fn enter_batch<T: Send>(py: Python<'_>, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    py.detach(|| catch_unwind(AssertUnwindSafe(work)))
        .map_err(internal_error)
}

#[allow(clippy::needless_pass_by_value)] // the shape `map_err` hands over
pub(crate) fn internal_error(panic: Box<dyn std::any::Any + Send>) -> PyErr {
    let msg = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    super::errors::invalid(format!("internal error (please report it): {msg}"))
}
