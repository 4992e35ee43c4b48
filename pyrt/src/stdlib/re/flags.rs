//! The `re` flag bits (CPython's `re._constants.SRE_FLAG_*`).

/// `re.TEMPLATE` / `re.T` (deprecated; not supported).
pub const TEMPLATE: u32 = 1;
/// `re.IGNORECASE` / `re.I`
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE` / `re.L` (bytes patterns only).
pub const LOCALE: u32 = 4;
/// `re.MULTILINE` / `re.M`
pub const MULTILINE: u32 = 8;
/// `re.DOTALL` / `re.S`
pub const DOTALL: u32 = 16;
/// `re.UNICODE` / `re.U` (the default for str patterns).
pub const UNICODE: u32 = 32;
/// `re.VERBOSE` / `re.X`
pub const VERBOSE: u32 = 64;
/// `re.DEBUG` (not supported).
pub const DEBUG: u32 = 128;
/// `re.ASCII` / `re.A`
pub const ASCII: u32 = 256;

/// Flags that choose the character semantics; at most one may be set.
pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
/// Flags that may only be set for the whole pattern.
pub const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// The module's flag constants, long and short names.
pub const NAMES: &[(&str, u32)] = &[
    ("NOFLAG", 0),
    ("TEMPLATE", TEMPLATE),
    ("T", TEMPLATE),
    ("IGNORECASE", IGNORECASE),
    ("I", IGNORECASE),
    ("LOCALE", LOCALE),
    ("L", LOCALE),
    ("MULTILINE", MULTILINE),
    ("M", MULTILINE),
    ("DOTALL", DOTALL),
    ("S", DOTALL),
    ("UNICODE", UNICODE),
    ("U", UNICODE),
    ("VERBOSE", VERBOSE),
    ("X", VERBOSE),
    ("DEBUG", DEBUG),
    ("ASCII", ASCII),
    ("A", ASCII),
];

/// `re.IGNORECASE|re.MULTILINE` as `Pattern.__repr__` writes flags (UNICODE
/// left out, as CPython does for str patterns); empty for no flags.
pub fn repr(flags: u32) -> String {
    const ORDER: &[(&str, u32)] = &[
        ("re.TEMPLATE", TEMPLATE),
        ("re.IGNORECASE", IGNORECASE),
        ("re.LOCALE", LOCALE),
        ("re.MULTILINE", MULTILINE),
        ("re.DOTALL", DOTALL),
        ("re.UNICODE", UNICODE),
        ("re.VERBOSE", VERBOSE),
        ("re.DEBUG", DEBUG),
        ("re.ASCII", ASCII),
    ];
    let mut flags = flags;
    if flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    let mut parts: Vec<String> = Vec::new();
    for (name, bit) in ORDER {
        if flags & bit != 0 {
            parts.push((*name).to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("{flags:#x}"));
    }
    parts.join("|")
}
