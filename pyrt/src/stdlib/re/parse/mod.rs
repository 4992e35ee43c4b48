//! The pattern parser: a port of CPython 3.11's `re/_parser.py`, producing the
//! same tree (minus its optimisations, which change no result) and raising the
//! same errors at the same positions (code-point offsets into the pattern).
//!
//! *Invariant:* parsing never panics; every malformed pattern is a
//! [`ParseError`] carrying CPython's message and position.
//!
//! `group.rs` parses what follows `(` (groups, look-arounds, conditionals,
//! inline flags); `analyze.rs` computes widths and the compiler's checks.

mod analyze;
mod group;

pub use self::analyze::width;
use self::analyze::{check_lookbehinds, mark_lookahead_groups, width_of};
use self::group::parse_paren;

use super::flags::{
    ASCII, DEBUG, GLOBAL_FLAGS, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, TYPE_FLAGS, UNICODE,
    VERBOSE,
};

/// `_sre.MAXREPEAT`: the largest repeat count; also "no upper bound".
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS` on 64-bit builds.
pub const MAXGROUPS: usize = 1_073_741_823;
/// The largest width `getwidth` reports (CPython's `MAXWIDTH`, `1 << 64`).
pub const MAXWIDTH: u128 = 1 << 64;

/// A parse failure: CPython's `re.error(msg, pattern, pos)`, or (for repeat
/// counts) its `OverflowError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// `re.error` with its message and position (in code points), if any.
    Syntax { msg: String, pos: Option<usize> },
    /// `OverflowError` (a repeat count of `MAXREPEAT` or more).
    Overflow(String),
    /// A valid pattern using something pyrc does not implement.
    Unsupported(String),
    /// `ValueError` (incompatible flags).
    Value(String),
}

impl ParseError {
    fn at(msg: impl Into<String>, pos: usize) -> ParseError {
        ParseError::Syntax {
            msg: msg.into(),
            pos: Some(pos),
        }
    }
}

type PResult<T> = Result<T, ParseError>;

/// A zero-width position test (`AT` codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
    /// `$`
    End,
    /// `\Z`
    EndString,
}

/// A character category (`\d`, `\W`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// `\d`
    Digit,
    /// `\D`
    NotDigit,
    /// `\s`
    Space,
    /// `\S`
    NotSpace,
    /// `\w`
    Word,
    /// `\W`
    NotWord,
}

/// A member of a character set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetItem {
    /// One code point.
    Literal(u32),
    /// A range of code points, both ends included.
    Range(u32, u32),
    /// A category.
    Category(Category),
}

/// How a repeat chooses between another iteration and the rest of the pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Greed {
    /// `*`: another iteration first.
    Greedy,
    /// `*?`: the rest of the pattern first.
    Lazy,
    /// `*+`: as many iterations as possible, never given back.
    Possessive,
}

/// One element of a parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A code point.
    Literal(u32),
    /// Any code point but this one (`[^x]`).
    NotLiteral(u32),
    /// `.`
    Any,
    /// A character set `[...]` (or a category escape).
    In { negate: bool, items: Vec<SetItem> },
    /// A zero-width position test.
    At(At),
    /// `a|b|c`
    Branch(Vec<Vec<Node>>),
    /// `(...)`, `(?:...)`, `(?flags:...)`: `group` is the capture number.
    Group {
        group: Option<usize>,
        add_flags: u32,
        del_flags: u32,
        body: Vec<Node>,
    },
    /// `(?>...)`
    Atomic(Vec<Node>),
    /// `x{min,max}` with `max == MAXREPEAT` for no bound.
    Repeat {
        min: u32,
        max: u32,
        greed: Greed,
        body: Vec<Node>,
    },
    /// `\1`, `(?P=name)`
    GroupRef(usize),
    /// `(?(1)yes|no)`
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
}

/// A parsed pattern: its tree, final flags and groups.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The tree.
    pub nodes: Vec<Node>,
    /// The flags, with inline global flags and `UNICODE` added as CPython does.
    pub flags: u32,
    /// The number of capture groups (without group 0).
    pub groups: usize,
    /// Named groups in order of definition.
    pub names: Vec<(String, usize)>,
    /// For each group (index 0 unused): the pattern offset of its closing
    /// parenthesis, which orders groups that end at the same place.
    pub close_order: Vec<usize>,
    /// For each group: whether it is inside a look-ahead (so it may end
    /// beyond where the match was when it closed).
    pub in_lookahead: Vec<bool>,
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Per group (0 is the whole pattern): its width once closed.
    widths: Vec<Option<(u128, u128)>>,
    close_order: Vec<usize>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, source: &Tokenizer) -> PResult<()> {
        if let Some(lookbehind) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lookbehind {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// A token: one character, or a backslash and the character after it.
type Tok = Option<(char, Option<char>)>;

/// CPython's `Tokenizer` over the pattern's code points.
pub(super) struct Tokenizer<'a> {
    s: &'a [char],
    index: usize,
    next: Tok,
    /// The length of the token [`Tokenizer::get_char_raw`] last read.
    last_len: usize,
}

fn tok_len(t: Tok) -> usize {
    match t {
        None => 0,
        Some((_, None)) => 1,
        Some((_, Some(_))) => 2,
    }
}

fn tok_string(t: Tok) -> String {
    match t {
        None => String::new(),
        Some((c, None)) => c.to_string(),
        Some((c, Some(d))) => [c, d].iter().collect(),
    }
}

impl<'a> Tokenizer<'a> {
    pub(super) fn new(s: &'a [char]) -> PResult<Tokenizer<'a>> {
        let mut t = Tokenizer {
            s,
            index: 0,
            next: None,
            last_len: 0,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> PResult<()> {
        let mut index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        let tok = if c == '\\' {
            index += 1;
            match self.s.get(index) {
                Some(&d) => (c, Some(d)),
                None => {
                    return Err(ParseError::at(
                        "bad escape (end of pattern)",
                        self.s.len().saturating_sub(1),
                    ))
                }
            }
        } else {
            (c, None)
        };
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    /// The next token is the plain character `c`.
    fn next_is(&self, c: char) -> bool {
        self.next == Some((c, None))
    }

    /// The next token is a plain character of `set`.
    pub(super) fn next_in(&self, set: &str) -> bool {
        matches!(self.next, Some((c, None)) if set.contains(c))
    }

    pub(super) fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next_is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn get(&mut self) -> PResult<Tok> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// The next plain character, consumed (`None` at the end or for an escape).
    pub(super) fn get_char(&mut self) -> PResult<Option<char>> {
        Ok(match self.get()? {
            Some((c, None)) => Some(c),
            Some((c, Some(_))) => Some(c),
            None => None,
        })
    }

    fn getwhile(&mut self, n: usize, set: &str) -> PResult<String> {
        let mut result = String::new();
        for _ in 0..n {
            match self.next {
                Some((c, None)) if set.contains(c) => {
                    result.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(result)
    }

    pub(super) fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        let mut count = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    return Err(
                        self.error(&format!("missing {terminator}, unterminated name"), count)
                    );
                }
                Some((t, None)) if t == terminator => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    break;
                }
                other => {
                    result.push_str(&tok_string(other));
                    count += tok_len(other);
                }
            }
        }
        Ok(result)
    }

    pub(super) fn tell(&self) -> usize {
        self.index - tok_len(self.next)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    pub(super) fn error(&self, msg: &str, offset: usize) -> ParseError {
        ParseError::at(msg, self.tell().saturating_sub(offset))
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !crate::str::ctype::isidentifier(name) {
            let msg = format!(
                "bad character in group name {}",
                crate::repr::str_repr(name)
            );
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }
}

const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const SPECIAL_CHARS: &str = ".\\[{()*+?^$|";
const REPEAT_CHARS: &str = "*+?{";

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category_escape(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => super::flags::DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

/// What an escape inside or outside a set stands for.
enum Escape {
    Literal(u32),
    Category(Category),
}

/// The escapes shared by sets and expressions: `\x`, `\u`, `\U`, `\N`.
fn hex_escape(source: &mut Tokenizer, c: char) -> PResult<Option<u32>> {
    let digits = match c {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        'N' => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.getuntil('}', "character name")?;
            return Err(ParseError::Unsupported(format!(
                "pyrc: re: \\N{{{name}}} escapes (Unicode character names) are not supported"
            )));
        }
        _ => return Ok(None),
    };
    let hex = source.getwhile(digits, HEXDIGITS)?;
    let escape = format!("\\{c}{hex}");
    if hex.len() != digits {
        let len = escape.chars().count();
        return Err(source.error(&format!("incomplete escape {escape}"), len));
    }
    let value = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
    if value > 0x10FFFF {
        let len = escape.chars().count();
        return Err(source.error(&format!("bad escape {escape}"), len));
    }
    Ok(Some(value))
}

fn class_escape(source: &mut Tokenizer, c: char) -> PResult<Escape> {
    if let Some(v) = simple_escape(c) {
        return Ok(Escape::Literal(v));
    }
    if let Some(cat) = category_escape(c) {
        return Ok(Escape::Category(cat));
    }
    if let Some(v) = hex_escape(source, c)? {
        return Ok(Escape::Literal(v));
    }
    if OCTDIGITS.contains(c) {
        let more = source.getwhile(2, OCTDIGITS)?;
        let escape = format!("\\{c}{more}");
        let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(u32::MAX);
        if value > 0o377 {
            let msg = format!("octal escape value {escape} outside of range 0-0o377");
            return Err(source.error(&msg, escape.len()));
        }
        return Ok(Escape::Literal(value));
    }
    if !DIGITS.contains(c) && !c.is_ascii_alphabetic() {
        return Ok(Escape::Literal(c as u32));
    }
    Err(source.error(&format!("bad escape \\{c}"), 2))
}

fn escape(source: &mut Tokenizer, state: &State, c: char) -> PResult<Node> {
    match c {
        'A' => return Ok(Node::At(At::BeginningString)),
        'b' => return Ok(Node::At(At::Boundary)),
        'B' => return Ok(Node::At(At::NonBoundary)),
        'Z' => return Ok(Node::At(At::EndString)),
        _ => {}
    }
    if let Some(cat) = category_escape(c) {
        return Ok(Node::In {
            negate: false,
            items: vec![SetItem::Category(cat)],
        });
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = hex_escape(source, c)? {
        return Ok(Node::Literal(v));
    }
    if c == '0' {
        let more = source.getwhile(2, OCTDIGITS)?;
        return Ok(Node::Literal(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if DIGITS.contains(c) {
        let mut escape = format!("\\{c}");
        if let Some((d, None)) = source.next {
            if DIGITS.contains(d) {
                source.advance()?;
                escape.push(d);
                if OCTDIGITS.contains(c) && OCTDIGITS.contains(d) && source.next_in(OCTDIGITS) {
                    if let Some(e) = source.get_char()? {
                        escape.push(e);
                    }
                    let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(u32::MAX);
                    if value > 0o377 {
                        let msg = format!("octal escape value {escape} outside of range 0-0o377");
                        return Err(source.error(&msg, escape.len()));
                    }
                    return Ok(Node::Literal(value));
                }
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", escape.len()));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(source.error(
            &format!("invalid group reference {group}"),
            escape.len() - 1,
        ));
    }
    if !c.is_ascii_alphabetic() {
        return Ok(Node::Literal(c as u32));
    }
    Err(source.error(&format!("bad escape \\{c}"), 2))
}

fn parse_sub(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> PResult<Vec<Node>> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn parse(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Vec<Node>> {
    let mut sub: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this.1.is_none() && (this.0 == '|' || this.0 == ')') {
            break;
        }
        source.advance()?;
        if verbose && this.1.is_none() {
            if WHITESPACE.contains(this.0) {
                continue;
            }
            if this.0 == '#' {
                loop {
                    match source.get()? {
                        None | Some(('\n', None)) => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        let ch = match this {
            (_, Some(c)) => {
                sub.push(escape(source, state, c)?);
                continue;
            }
            (c, None) => c,
        };
        if !SPECIAL_CHARS.contains(ch) {
            sub.push(Node::Literal(ch as u32));
        } else if ch == '[' {
            sub.push(parse_set(source)?);
        } else if REPEAT_CHARS.contains(ch) {
            let here = source.tell();
            let (min, max) = match ch {
                '?' => (0, 1),
                '*' => (0, MAXREPEAT),
                '+' => (1, MAXREPEAT),
                _ => {
                    if source.next_is('}') {
                        sub.push(Node::Literal('{' as u32));
                        continue;
                    }
                    let mut lo = String::new();
                    let mut hi = String::new();
                    while source.next_in(DIGITS) {
                        lo.extend(source.get_char()?);
                    }
                    if source.matches(',')? {
                        while source.next_in(DIGITS) {
                            hi.extend(source.get_char()?);
                        }
                    } else {
                        hi = lo.clone();
                    }
                    if !source.matches('}')? {
                        sub.push(Node::Literal('{' as u32));
                        source.seek(here)?;
                        continue;
                    }
                    let mut min = 0;
                    let mut max = MAXREPEAT;
                    if !lo.is_empty() {
                        min = count(&lo)?;
                    }
                    if !hi.is_empty() {
                        max = count(&hi)?;
                        if max < min {
                            return Err(source.error(
                                "min repeat greater than max repeat",
                                source.tell() - here,
                            ));
                        }
                    }
                    (min, max)
                }
            };
            let nothing = || source.error("nothing to repeat", source.tell() - here + 1);
            let item = match sub.pop() {
                None | Some(Node::At(_)) => return Err(nothing()),
                Some(Node::Repeat { .. }) => {
                    return Err(source.error("multiple repeat", source.tell() - here + 1))
                }
                Some(Node::Group {
                    group: None,
                    add_flags: 0,
                    del_flags: 0,
                    body,
                }) => body,
                Some(other) => vec![other],
            };
            let greed = if source.matches('?')? {
                Greed::Lazy
            } else if source.matches('+')? {
                Greed::Possessive
            } else {
                Greed::Greedy
            };
            sub.push(Node::Repeat {
                min,
                max,
                greed,
                body: item,
            });
        } else if ch == '.' {
            sub.push(Node::Any);
        } else if ch == '(' {
            match parse_paren(source, state, &mut verbose, nested, first && sub.is_empty())? {
                Some(node) => sub.push(node),
                None => continue,
            }
        } else if ch == '^' {
            sub.push(Node::At(At::Beginning));
        } else if ch == '$' {
            sub.push(Node::At(At::End));
        }
    }
    // Unpack non-capturing groups without flags.
    let mut out = Vec::with_capacity(sub.len());
    for node in sub {
        match node {
            Node::Group {
                group: None,
                add_flags: 0,
                del_flags: 0,
                body,
            } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn count(digits: &str) -> PResult<u32> {
    match digits.parse::<u64>() {
        Ok(n) if n < u64::from(MAXREPEAT) => Ok(n as u32),
        _ => Err(ParseError::Overflow(
            "the repetition number is too large".into(),
        )),
    }
}

fn parse_set(source: &mut Tokenizer) -> PResult<Node> {
    let here = source.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    let negate = source.matches('^')?;
    loop {
        let this = source.get()?;
        let Some(this) = this else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this == (']', None) && !set.is_empty() {
            break;
        }
        let code1 = match this {
            (_, Some(c)) => class_escape(source, c)?,
            (c, None) => Escape::Literal(c as u32),
        };
        if source.matches('-')? {
            let that = source.get()?;
            let Some(that) = that else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that == (']', None) {
                set.push(set_item(code1));
                set.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = match that {
                (_, Some(c)) => class_escape(source, c)?,
                (c, None) => Escape::Literal(c as u32),
            };
            let bad = || {
                let (a, b) = (tok_string(Some(this)), tok_string(Some(that)));
                let len = a.chars().count() + 1 + b.chars().count();
                source.error(&format!("bad character range {a}-{b}"), len)
            };
            match (code1, code2) {
                (Escape::Literal(lo), Escape::Literal(hi)) if hi >= lo => {
                    set.push(SetItem::Range(lo, hi))
                }
                _ => return Err(bad()),
            }
        } else {
            set.push(set_item(code1));
        }
    }
    let mut unique: Vec<SetItem> = Vec::with_capacity(set.len());
    for item in set {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    Ok(match unique.as_slice() {
        [SetItem::Literal(c)] if negate => Node::NotLiteral(*c),
        [SetItem::Literal(c)] => Node::Literal(*c),
        _ => Node::In {
            negate,
            items: unique,
        },
    })
}

fn set_item(e: Escape) -> SetItem {
    match e {
        Escape::Literal(c) => SetItem::Literal(c),
        Escape::Category(c) => SetItem::Category(c),
    }
}

/// Parses `pattern` with `flags` as `re.compile` does (`_parser.parse` plus
/// the compiler's look-behind width check).
pub fn parse_pattern(pattern: &str, flags: u32) -> Result<Parsed, ParseError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut source = Tokenizer::new(&chars)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        close_order: vec![0],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
    };
    let nodes = parse_sub(&mut source, &mut state, flags & VERBOSE != 0, 0)?;
    let mut flags = state.flags;
    if flags & LOCALE != 0 {
        return Err(ParseError::Value(
            "cannot use LOCALE flag with a str pattern".into(),
        ));
    }
    if flags & ASCII == 0 {
        flags |= UNICODE;
    } else if flags & UNICODE != 0 {
        return Err(ParseError::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for (g, pos) in &state.groupref_pos {
        if *g >= state.groups() {
            return Err(ParseError::at(format!("invalid group reference {g}"), *pos));
        }
    }
    if flags & DEBUG != 0 {
        return Err(ParseError::Unsupported(
            "pyrc: re: the DEBUG flag is not supported".into(),
        ));
    }
    if flags & TEMPLATE != 0 {
        return Err(ParseError::Unsupported(
            "pyrc: re: the TEMPLATE flag is not supported".into(),
        ));
    }
    check_lookbehinds(&nodes, &state.widths)?;
    let mut in_lookahead = vec![false; state.groups()];
    mark_lookahead_groups(&nodes, false, &mut in_lookahead);
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups() - 1,
        names: state.names,
        close_order: state.close_order,
        in_lookahead,
    })
}
