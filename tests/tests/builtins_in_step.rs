//! The transpiler's lists of builtins and native modules must match what pyrt provides.

/// pyrt's state belongs to one Python thread: the tests here take turns.
static PYTHON_THREAD: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn every_builtin_the_transpiler_assumes_exists_in_pyrt() {
    let _turn = PYTHON_THREAD.lock().unwrap_or_else(|e| e.into_inner());
    pyrt::sync::mark_python_thread();
    for name in pyrc::lower::provided_builtins() {
        assert!(
            pyrt::builtins::lookup(name).is_some(),
            "pyrc assumes builtin {name} but pyrt does not provide it"
        );
    }
    assert!(pyrt::builtins::lookup("no_such_builtin").is_none());
}

#[test]
fn the_native_modules_the_transpiler_resolves_are_the_ones_pyrt_provides() {
    let _turn = PYTHON_THREAD.lock().unwrap_or_else(|e| e.into_inner());
    pyrt::sync::mark_python_thread();
    let pyrt_modules: Vec<&str> = pyrt::stdlib::MODULES.iter().map(|(n, _)| *n).collect();
    assert_eq!(pyrc::program::NATIVE_MODULES, pyrt_modules.as_slice());
    for name in pyrc::program::NATIVE_MODULES {
        assert!(pyrt::stdlib::import(name).is_ok(), "{name} does not import");
    }
}
