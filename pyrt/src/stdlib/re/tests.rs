//! Unit tests: CPython's parse errors, the translation into engine syntax,
//! and match results the engine must give as CPython does.

use super::emit::{emit, Variant};
use super::engine::{Engine, Mode};
use super::flags::{ASCII, IGNORECASE, MULTILINE, UNICODE, VERBOSE};
use super::parse::{parse_pattern, ParseError};
use super::template::{parse_template, Piece, TemplateError};

const ASCII_SUBJECT: Variant = Variant {
    ascii_subject: true,
    trailing_newline: false,
    empty_subject: false,
};

const UNICODE_SUBJECT: Variant = Variant {
    ascii_subject: false,
    trailing_newline: false,
    empty_subject: false,
};

fn translate(pattern: &str, flags: u32, variant: Variant) -> String {
    let parsed = parse_pattern(pattern, flags).expect("pattern parses");
    emit(&parsed, variant).expect("pattern translates").pattern
}

fn error(pattern: &str) -> (String, Option<usize>) {
    match parse_pattern(pattern, 0) {
        Err(ParseError::Syntax { msg, pos }) => (msg, pos),
        other => panic!("{pattern:?}: expected a syntax error, got {other:?}"),
    }
}

/// Byte spans of the groups of the first `mode` attempt from `start`.
fn find(pattern: &str, flags: u32, text: &str, mode: Mode) -> Option<Vec<Option<(usize, usize)>>> {
    let engine = Engine::new(parse_pattern(pattern, flags).expect("parses")).expect("compiles");
    engine.find(text, 0, mode, text.is_ascii()).expect("runs")
}

#[test]
fn syntax_errors_carry_cpython_messages_and_positions() {
    let cases: &[(&str, &str, usize)] = &[
        ("(abc", "missing ), unterminated subpattern", 0),
        ("abc)", "unbalanced parenthesis", 3),
        ("[a-", "unterminated character set", 0),
        ("a**", "multiple repeat", 2),
        ("*a", "nothing to repeat", 0),
        ("^*", "nothing to repeat", 1),
        ("(?P<1>x)", "bad character in group name '1'", 4),
        (r"\2(a)", "invalid group reference 2", 1),
        ("a{3,1}", "min repeat greater than max repeat", 2),
        (
            "(?P<n>a)(?P<n>b)",
            "redefinition of group name 'n' as group 2; was group 1",
            12,
        ),
        (r"\q", r"bad escape \q", 0),
        ("(?z)", "unknown extension ?z", 1),
        (
            "x(?i)",
            "global flags not at the start of the expression",
            1,
        ),
        ("[b-a]", "bad character range b-a", 1),
        ("(?P=zz)", "unknown group name 'zz'", 4),
        (r"(?(2)a|b)", "invalid group reference 2", 3),
        (r"\x1", r"incomplete escape \x1", 0),
        ("(?#abc", "missing ), unterminated comment", 0),
        ("a\\", "bad escape (end of pattern)", 1),
        ("(a)(?P=", "missing group name", 7),
        ("(?P<a", "missing >, unterminated name", 4),
        (r"(a(?<=\1))", "cannot refer to an open group", 6),
        (
            r"(?<=(a)\1)",
            "cannot refer to group defined in the same lookbehind subpattern",
            9,
        ),
        ("(?i-i:a)", "bad inline flags: flag turned on and off", 5),
        (
            "(?-a:x)",
            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
            4,
        ),
        ("(?a-:x)", "missing flag", 4),
        ("(?-", "missing flag", 3),
        ("(?-q:x)", "unknown flag", 3),
        ("(?i", "missing -, : or )", 3),
        ("(?iq)", "unknown flag", 3),
        ("(?i!)", "missing -, : or )", 3),
        ("(?-i)", "missing :", 4),
        (r"[\d-z]", r"bad character range \d-z", 1),
        (
            r"\777",
            r"octal escape value \777 outside of range 0-0o377",
            0,
        ),
    ];
    for (pattern, msg, pos) in cases {
        let (m, p) = error(pattern);
        if (m.as_str(), p) != (*msg, Some(*pos)) {
            panic!("{pattern:?}: got {m:?} at {p:?}, expected {msg:?} at {pos}");
        }
    }
    assert_eq!(
        error("(?<=a+)b"),
        ("look-behind requires fixed-width pattern".to_string(), None)
    );
    assert!(matches!(
        parse_pattern("a{4294967295}", 0),
        Err(ParseError::Overflow(_))
    ));
    assert!(matches!(parse_pattern("a", 4), Err(ParseError::Value(_))));
}

#[test]
fn valid_patterns_parse_with_their_groups_and_flags() {
    let p = parse_pattern(r"(?P<a>x)(y)(?:z)(?P<b>w)", 0).expect("parses");
    assert_eq!(p.groups, 3);
    assert_eq!(p.names, vec![("a".to_string(), 1), ("b".to_string(), 3)]);
    assert_eq!(p.flags, UNICODE);
    assert_eq!(
        parse_pattern("(?im)a", 0).expect("parses").flags,
        UNICODE | IGNORECASE | MULTILINE
    );
    assert_eq!(parse_pattern("a", ASCII).expect("parses").flags, ASCII);
    // Not a repeat: the braces are literal.
    assert_eq!(translate("a{,x}{}", 0, ASCII_SUBJECT), r"a\{,x\}\{\}");
    assert_eq!(translate("x{,3}", 0, ASCII_SUBJECT), "x{0,3}");
}

#[test]
fn python_syntax_becomes_engine_syntax() {
    let cases: &[(&str, u32, &str)] = &[
        (r"(?P<n>a)(?P=n)", 0, r"(a)(?:\k<1>)"),
        (r"\Aa\Z", 0, r"\Aa\z"),
        ("^a$", 0, r"\Aa\z"),
        ("^a$", MULTILINE, "(?m:^)a(?m:$)"),
        ("a.b", 0, r"a[^\n]b"),
        ("(?s)a.b", 0, r"a(?s:.)b"),
        (r"\d\w\s", 0, r"[0-9][0-9A-Za-z_][\t\n\x0B\x0C\r \x1C-\x1F]"),
        (r"[^\W\d]", 0, r"[^[^0-9A-Za-z_]0-9]"),
        ("a+?b*+c{2,}", 0, "a+?b*+c{2,}"),
        ("(?i)ab", 0, "(?i)ab"),
        ("(?i:a)b", 0, "(?i:a)b"),
        ("a(?-i:b)", IGNORECASE, "(?i)a(?-i:b)"),
        ("(?ai)k[a-c]", 0, "[kK][a-cA-C]"),
        ("é.", IGNORECASE | ASCII, r"\x{E9}[^\n]"),
        (r"(?x) a  b # comment", 0, "ab"),
        ("a b", VERBOSE, "ab"),
        (r"[\]\-\\]", 0, r"[\]\-\\]"),
        (r"(?(1)a|b)(x)", 0, "(?(1)a|b)(x)"),
        (r"(?>a|ab)c", 0, "(?>(?:a|ab))c"),
        (r"(?<=ab)(?<!c)(?=d)(?!e)", 0, "(?<=ab)(?<!c)(?=d)(?!e)"),
        (r"\ud800", 0, r"[^\x{0}-\x{10FFFF}]"),
        (r"(?:\b)*", 0, r"(?:\b|)"),
        // CPython's extra empty iteration: a hidden copy of the group.
        ("(a*)*", 0, r"(a*)*(?:((?:[^\x{0}-\x{10FFFF}]|)))?"),
        ("(a|)+b", 0, r"((?:a|))+(?:((?:[^\x{0}-\x{10FFFF}]|)))?b"),
        ("(a?){0,2}", 0, "(?:(?:(a?)(?:(a?))?)?)"),
    ];
    for (pattern, flags, expected) in cases {
        assert_eq!(
            &translate(pattern, *flags, ASCII_SUBJECT),
            expected,
            "{pattern:?} flags {flags}"
        );
    }
}

#[test]
fn categories_and_boundaries_follow_the_subject() {
    assert_eq!(translate(r"\w+", 0, UNICODE_SUBJECT), r"[\p{L}\p{N}_]+");
    assert_eq!(translate(r"\w+", ASCII, UNICODE_SUBJECT), "[0-9A-Za-z_]+");
    assert_eq!(translate(r"\s", 0, UNICODE_SUBJECT), r"[\s\x1C-\x1F]");
    assert_eq!(translate(r"\D", 0, UNICODE_SUBJECT), r"[[^\d]]");
    assert_eq!(translate(r"\b", 0, ASCII_SUBJECT), r"\b");
    assert_eq!(
        translate(r"\b", 0, UNICODE_SUBJECT),
        r"(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))"
    );
    let newline = Variant {
        trailing_newline: true,
        ..ASCII_SUBJECT
    };
    assert_eq!(translate("a$", 0, newline), r"a(?=\n?\z)");
    let empty = Variant {
        empty_subject: true,
        ..ASCII_SUBJECT
    };
    assert_eq!(translate(r"\B", 0, empty), r"[^\x{0}-\x{10FFFF}]");
}

#[test]
fn repeats_cpython_runs_differently_are_refused() {
    for pattern in [r"(?:(a*)*b)*", r"(a*)*\1", "(a?){0,40}"] {
        let parsed = parse_pattern(pattern, 0).expect("parses");
        assert!(emit(&parsed, ASCII_SUBJECT).is_err(), "{pattern:?}");
    }
}

#[test]
fn matches_agree_with_cpython() {
    // (pattern, flags, subject, mode, CPython's spans)
    type Case<'a> = (
        &'a str,
        u32,
        &'a str,
        Mode,
        Option<Vec<Option<(usize, usize)>>>,
    );
    let cases: Vec<Case> = vec![
        (
            "(a|ab)(c|bcd)(d*)",
            0,
            "abcd",
            Mode::Match,
            Some(vec![Some((0, 4)), Some((0, 1)), Some((1, 4)), Some((4, 4))]),
        ),
        (
            "(a*)+",
            0,
            "aa",
            Mode::Match,
            Some(vec![Some((0, 2)), Some((2, 2))]),
        ),
        (
            "(a|)+b",
            0,
            "aab",
            Mode::Match,
            Some(vec![Some((0, 3)), Some((2, 2))]),
        ),
        (
            "(a?){2,3}c",
            0,
            "aac",
            Mode::Match,
            Some(vec![Some((0, 3)), Some((2, 2))]),
        ),
        (
            "(?:(a)|b)*",
            0,
            "ab",
            Mode::Match,
            Some(vec![Some((0, 2)), Some((0, 1))]),
        ),
        ("a|ab", 0, "ab", Mode::FullMatch, Some(vec![Some((0, 2))])),
        ("a$", 0, "ba\n", Mode::Search, Some(vec![Some((1, 2))])),
        ("a$", 0, "ba\n\n", Mode::Search, None),
        (r"\B", 0, "", Mode::Search, None),
        (r"\w+", 0, "né", Mode::Search, Some(vec![Some((0, 3))])),
        (r"\w+", ASCII, "né", Mode::Search, Some(vec![Some((0, 1))])),
        (r"\s", 0, "a\u{1c}", Mode::Search, Some(vec![Some((1, 2))])),
        ("(?i)K", ASCII, "\u{212a}", Mode::Search, None),
        (
            "(?i)K",
            0,
            "\u{212a}",
            Mode::Search,
            Some(vec![Some((0, 3))]),
        ),
        ("|a", 0, "a", Mode::NotEmptyAt, Some(vec![Some((0, 1))])),
        ("x*", 0, "a", Mode::NotEmptyAt, None),
    ];
    for (pattern, flags, text, mode, expected) in cases {
        assert_eq!(
            find(pattern, flags, text, mode),
            expected,
            "{pattern:?} on {text:?} ({mode:?})"
        );
    }
}

#[test]
fn templates_parse_as_cpython_does() {
    let names = vec![("name".to_string(), 1)];
    assert_eq!(
        parse_template(r"<\g<name>\2\n\0\-\g<0>>", 2, &names),
        Ok(vec![
            Piece::Literal("<".into()),
            Piece::Group(1),
            Piece::Group(2),
            Piece::Literal("\n\0\\-".into()),
            Piece::Group(0),
            Piece::Literal(">".into()),
        ])
    );
    assert_eq!(
        parse_template(r"\g<zz>", 2, &names),
        Err(TemplateError::Index("unknown group name 'zz'".into()))
    );
    assert_eq!(
        parse_template(r"\3", 2, &names),
        Err(TemplateError::Syntax(ParseError::Syntax {
            msg: "invalid group reference 3".into(),
            pos: Some(1)
        }))
    );
    assert_eq!(
        parse_template(r"\q", 2, &names),
        Err(TemplateError::Syntax(ParseError::Syntax {
            msg: r"bad escape \q".into(),
            pos: Some(0)
        }))
    );
}

#[test]
fn escape_and_flag_reprs() {
    assert_eq!(super::escape_text("a.b c-d_é"), r"a\.b\ c\-d_é");
    assert_eq!(super::flags::repr(UNICODE), "");
    assert_eq!(
        super::flags::repr(UNICODE | IGNORECASE | MULTILINE),
        "re.IGNORECASE|re.MULTILINE"
    );
    assert_eq!(super::flags::repr(ASCII | VERBOSE), "re.VERBOSE|re.ASCII");
}

#[test]
fn last_index_prefers_enclosing_and_later_groups() {
    use super::matchobj::last_index;
    // ((a)b): the outer group closes last.
    let spans = [Some((0, 2)), Some((0, 2)), Some((0, 1))];
    assert_eq!(last_index(&spans, &[0, 5, 3], &[false; 3]), Some(1));
    // (a)(b*) on "a": the second closes last though both end at 1.
    let spans = [Some((0, 1)), Some((0, 1)), Some((1, 1))];
    assert_eq!(last_index(&spans, &[0, 3, 7], &[false; 3]), Some(2));
    assert_eq!(
        last_index(&[Some((0, 0)), None], &[0, 2], &[false; 2]),
        None
    );
}
