//! The transpiler's list of builtins pyrt provides must match what pyrt resolves.

#[test]
fn every_builtin_the_transpiler_assumes_exists_in_pyrt() {
    pyrt::sync::mark_python_thread();
    for name in pyrc::lower::provided_builtins() {
        assert!(
            pyrt::builtins::lookup(name).is_some(),
            "pyrc assumes builtin {name} but pyrt does not provide it"
        );
    }
    assert!(pyrt::builtins::lookup("no_such_builtin").is_none());
}
