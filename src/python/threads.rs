//! How many threads a column call uses, and the fork guard.
//!
//! A process forked from one that imported textwash (multiprocessing, Dask and Spark workers)
//! runs columns on one thread unless `TEXTWASH_THREADS` or `threads=` says otherwise: several
//! such workers per machine would otherwise each start a thread per core.

use std::sync::OnceLock;

use super::errors;
use pyo3::prelude::*;

use crate::batch::default_threads;

static IMPORTED_IN: OnceLock<u32> = OnceLock::new();

/// Records the process that imported the module.
pub(crate) fn remember_process() {
    IMPORTED_IN.get_or_init(std::process::id);
}

/// The number of threads for a call given `threads=` (or None).
pub(crate) fn resolve(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    if let Some(t) = threads.filter(|t| !t.is_none()) {
        let n: i64 = t.extract().map_err(|_| {
            let typename = t.get_type().name().map(|n| n.to_string()).unwrap_or_default();
            errors::wrong_type(format!("option `threads` takes an int, not {typename}"))
        })?;
        return usize::try_from(n)
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| errors::invalid(format!("option `threads` takes an int > 0, not {n}")));
    }
    let forked = IMPORTED_IN.get().is_some_and(|&pid| pid != std::process::id());
    Ok(if forked && std::env::var_os("TEXTWASH_THREADS").is_none() {
        1
    } else {
        default_threads()
    })
}
