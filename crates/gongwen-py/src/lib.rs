//! Python bindings of gongwen (placeholder until the Python issue lands).
