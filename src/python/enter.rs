//! The one way into the core: release the interpreter for long texts, and turn a panic into a
//! `TextwashError` instead of a `PanicException` (a `BaseException`).

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::prelude::*;

use super::errors::TextwashError;

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
    result.map_err(|panic| {
        let msg = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        TextwashError::new_err(format!("internal error (please report it): {msg}"))
    })
}
