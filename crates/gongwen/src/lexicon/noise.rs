//! The vocabulary of the noise detectors.
