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

impl From<Error> for PyErr {
    fn from(err: Error) -> PyErr {
        match err.kind() {
            ErrorKind::UnknownOption { .. } | ErrorKind::WrongType { .. } => PyTypeError::new_err(err.to_string()),
            _ => TextwashError::new_err(err.to_string()),
        }
    }
}
