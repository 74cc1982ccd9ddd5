//! Benchmarks of gongwen (criterion benches land with the performance issue).
