//! stub
use crate::{Limits, ReadError, Source};
pub(crate) const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
pub(crate) fn read(_bytes: &[u8], _limits: &Limits) -> Result<Source, ReadError> {
    Err(ReadError::NotDocx(String::new()))
}
