//! The exception tree and the one mapping from core errors to Python exceptions.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::{PyErr, create_exception};

use crate::{Error, ErrorKind};

create_exception!(
    textwash,
    TextwashError,
    PyValueError,
    "Base class of textwash's errors: an invalid option value, or an internal error."
);

/// A bad value: a `TextwashError` (a `ValueError`) whose message names the option, the value
/// and what is accepted.
pub(crate) fn invalid(message: impl Into<String>) -> PyErr {
    TextwashError::new_err(message.into())
}

/// A value of the wrong type: a `TypeError` naming what is accepted.
pub(crate) fn wrong_type(message: impl Into<String>) -> PyErr {
    PyTypeError::new_err(message.into())
}

impl From<Error> for PyErr {
    fn from(err: Error) -> PyErr {
        match err.kind() {
            ErrorKind::UnknownOption { .. } | ErrorKind::WrongType { .. } => wrong_type(err.to_string()),
            _ => invalid(err.to_string()),
        }
    }
}
