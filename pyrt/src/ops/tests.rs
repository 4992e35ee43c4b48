//! Tests of the operators against CPython 3.11's results.
