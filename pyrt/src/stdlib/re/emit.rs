//! Translation of a parsed Python pattern into `fancy-regex` syntax.
//!
//! The translation is exact for one kind of subject at a time (a
//! [`Variant`]): Python's `\w`, `\s`, `\b` differ from the engine's on some
//! non-ASCII characters, so for a non-ASCII subject they become explicit
//! classes and look-arounds, while an ASCII subject gets the engine's fast
//! forms; `$` becomes `\z` unless the subject ends with a newline. The
//! emitter records which of those facts it consulted, so a pattern compiles
//! only the variants that differ.
//!
//! One semantic difference needs a rewrite: after the last non-empty
//! iteration of a greedy repeat whose body can match the empty string, CPython
//! runs one more, empty, iteration, which sets the body's groups; the engine
//! skips it. `(?:B)*` becomes `(?:B)*(?:E)?`, where `E` is `B` restricted to
//! empty matches with its groups emitted as hidden copies that
//! [`Emitted::group_map`] folds back into the real groups. Where that rewrite
//! cannot be exact (such a repeat nested in another repeat, a bounded one, or
//! one whose groups are referred to) the pattern is refused.

use std::fmt::Write;

use super::flags::{ASCII, DOTALL, IGNORECASE, MULTILINE};
use super::parse::{At, Category, Greed, Node, Parsed, SetItem, MAXREPEAT};

/// Facts about the subject that change the translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Variant {
    /// Every character of the subject is ASCII.
    pub ascii_subject: bool,
    /// The subject (cut at `endpos`) ends with `\n`.
    pub trailing_newline: bool,
    /// The subject (cut at `endpos`) is empty.
    pub empty_subject: bool,
}

/// Which [`Variant`] fields the translation of a pattern depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Uses {
    /// `ascii_subject` was consulted.
    pub ascii: bool,
    /// `trailing_newline` was consulted.
    pub newline: bool,
    /// `empty_subject` was consulted.
    pub empty: bool,
}

impl Uses {
    /// `v` with the fields this pattern ignores reset, so equal keys mean
    /// equal translations.
    pub fn canonical(self, v: Variant) -> Variant {
        Variant {
            ascii_subject: v.ascii_subject && self.ascii,
            trailing_newline: v.trailing_newline && self.newline,
            empty_subject: v.empty_subject && self.empty,
        }
    }
}

/// A translated pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emitted {
    /// The `fancy-regex` pattern.
    pub pattern: String,
    /// For each engine group from 1 on: the Python group it reports, and
    /// whether it is a hidden copy (which wins when it matched).
    pub group_map: Vec<(usize, bool)>,
    /// The variant fields consulted.
    pub uses: Uses,
}

/// A pattern never matched by any character.
const NEVER: &str = r"[^\x{0}-\x{10FFFF}]";

/// Python's Unicode `\w` as the inside of a class.
const UNICODE_WORD: &str = r"\p{L}\p{N}_";
/// The inside of an ASCII `\w` class.
const ASCII_WORD: &str = "0-9A-Za-z_";

/// Translates `parsed` for subjects described by `variant`; `Err` for a
/// pattern the engine cannot run with CPython's results.
pub fn emit(parsed: &Parsed, variant: Variant) -> Result<Emitted, String> {
    check_repeats(parsed)?;
    let mut e = Emitter {
        variant,
        uses: Uses::default(),
        out: String::new(),
        group_map: Vec::new(),
        engine_index: (0..=parsed.groups).collect(),
    };
    // A conditional may name a group defined later, so the engine numbers of
    // real groups are found by a first pass when hidden groups shift them.
    e.top(parsed);
    if e.group_map.iter().any(|(_, hidden)| *hidden) {
        let numbers = e.engine_index.clone();
        e.out.clear();
        e.group_map.clear();
        e.engine_index = numbers;
        e.top(parsed);
    }
    Ok(Emitted {
        pattern: e.out,
        group_map: e.group_map,
        uses: e.uses,
    })
}

/// Context of one node's translation.
#[derive(Clone, Copy)]
struct Ctx {
    /// The Python flags in force.
    flags: u32,
    /// Whether the engine's own case-insensitivity is on here.
    engine_i: bool,
    /// Only empty matches are wanted (inside a hidden `E` copy).
    empty_only: bool,
    /// Groups are emitted as hidden copies.
    hidden: bool,
}

struct Emitter {
    variant: Variant,
    uses: Uses,
    out: String,
    group_map: Vec<(usize, bool)>,
    /// The engine number of each real Python group (its own number until a
    /// first pass has found where hidden groups shift it).
    engine_index: Vec<usize>,
}

impl Emitter {
    fn top(&mut self, parsed: &Parsed) {
        let engine_i = wants_engine_i(parsed.flags);
        if engine_i {
            self.out.push_str("(?i)");
        }
        let ctx = Ctx {
            flags: parsed.flags,
            engine_i,
            empty_only: false,
            hidden: false,
        };
        self.seq(&parsed.nodes, ctx);
    }

    fn seq(&mut self, nodes: &[Node], ctx: Ctx) {
        for node in nodes {
            self.node(node, ctx);
        }
    }

    fn node(&mut self, node: &Node, ctx: Ctx) {
        match node {
            Node::Literal(c) => {
                if ctx.empty_only {
                    self.out.push_str(NEVER);
                } else {
                    self.literal(*c, ctx);
                }
            }
            Node::NotLiteral(c) => {
                if ctx.empty_only {
                    self.out.push_str(NEVER);
                } else {
                    self.class(true, &[SetItem::Literal(*c)], ctx);
                }
            }
            Node::Any => {
                if ctx.empty_only {
                    self.out.push_str(NEVER);
                } else if ctx.flags & DOTALL != 0 {
                    self.out.push_str("(?s:.)");
                } else {
                    self.out.push_str("[^\\n]");
                }
            }
            Node::In { negate, items } => {
                if ctx.empty_only {
                    self.out.push_str(NEVER);
                } else {
                    self.class(*negate, items, ctx);
                }
            }
            Node::At(at) => self.at(*at, ctx),
            Node::Branch(items) => {
                self.out.push_str("(?:");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push('|');
                    }
                    self.seq(item, ctx);
                }
                self.out.push(')');
            }
            Node::Group {
                group,
                add_flags,
                del_flags,
                body,
            } => {
                let flags = (ctx.flags | add_flags) & !del_flags;
                let engine_i = wants_engine_i(flags);
                let inner = Ctx {
                    flags,
                    engine_i,
                    ..ctx
                };
                match group {
                    Some(g) => self.open_group(*g, ctx.hidden),
                    None if engine_i != ctx.engine_i => {
                        self.out.push_str(if engine_i { "(?i:" } else { "(?-i:" })
                    }
                    None => self.out.push_str("(?:"),
                }
                self.seq(body, inner);
                self.out.push(')');
            }
            Node::Atomic(body) => {
                self.out.push_str("(?>");
                self.seq(body, ctx);
                self.out.push(')');
            }
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => self.repeat(*min, *max, *greed, body, ctx),
            Node::GroupRef(g) => {
                let n = self.engine_index.get(*g).copied().unwrap_or(0);
                let ascii_i = ctx.flags & IGNORECASE != 0 && !ctx.engine_i;
                if ascii_i {
                    let _ = write!(self.out, "(?i:\\k<{n}>)");
                } else {
                    let _ = write!(self.out, "(?:\\k<{n}>)");
                }
            }
            Node::GroupRefExists { group, yes, no } => {
                let n = self.engine_index.get(*group).copied().unwrap_or(0);
                let _ = write!(self.out, "(?({n})");
                self.seq(yes, ctx);
                self.out.push('|');
                if let Some(no) = no {
                    self.seq(no, ctx);
                }
                self.out.push(')');
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                self.out.push_str(match (behind, negate) {
                    (false, false) => "(?=",
                    (false, true) => "(?!",
                    (true, false) => "(?<=",
                    (true, true) => "(?<!",
                });
                let inner = Ctx {
                    empty_only: false,
                    ..ctx
                };
                self.seq(body, inner);
                self.out.push(')');
            }
        }
    }

    fn open_group(&mut self, g: usize, hidden: bool) {
        self.group_map.push((g, hidden));
        if !hidden {
            if let Some(slot) = self.engine_index.get_mut(g) {
                *slot = self.group_map.len();
            }
        }
        self.out.push('(');
    }

    fn repeat(&mut self, min: u32, max: u32, greed: Greed, body: &[Node], ctx: Ctx) {
        if max == 0 {
            // Never taken, but its groups keep their numbers.
            let _ = write!(self.out, "(?:{NEVER}(?:");
            self.seq(body, ctx);
            self.out.push_str("))?");
            return;
        }
        if ctx.empty_only || super::parse::width(body, &[]).1 == 0 {
            // Every iteration is empty, so all match alike: the required
            // ones are one match, and CPython's zero-width protection allows
            // at most one optional one. (The engine also refuses to repeat
            // an assertion.)
            if min > 0 {
                self.out.push_str("(?:");
                self.seq(body, ctx);
                self.out.push(')');
            } else if max > 0 {
                let (open, close) = match greed {
                    Greed::Greedy => ("(?:", "|)"),
                    Greed::Possessive => ("(?>", "|)"),
                    Greed::Lazy => ("(?:|", ")"),
                };
                self.out.push_str(open);
                self.seq(body, ctx);
                self.out.push_str(close);
            }
            return;
        }
        let exact = greed != Greed::Lazy && max >= 2 && needs_empty_iteration(body);
        if exact && max != MAXREPEAT {
            self.unrolled(min, max, greed, body, ctx);
            return;
        }
        let rewrite = exact;
        if rewrite && greed == Greed::Possessive {
            self.out.push_str("(?>");
        }
        self.group_body(body, ctx);
        self.out.push_str(&quantifier(min, max));
        match greed {
            Greed::Greedy => {}
            Greed::Lazy => self.out.push('?'),
            Greed::Possessive if rewrite => {}
            Greed::Possessive => self.out.push('+'),
        }
        if rewrite {
            let empty = Ctx {
                empty_only: true,
                hidden: true,
                ..ctx
            };
            self.out.push_str("(?:");
            self.seq(body, empty);
            self.out.push_str(")?");
            if greed == Greed::Possessive {
                self.out.push(')');
            }
        }
    }

    /// A bounded greedy repeat of a body that can match the empty string,
    /// written out: `B{min}` (a counted repeat, which the engine does not
    /// short-cut) then nested optional copies, so every
    /// iteration CPython makes (empty ones included) sets the groups; the
    /// copies after the first report through hidden groups.
    fn unrolled(&mut self, min: u32, max: u32, greed: Greed, body: &[Node], ctx: Ctx) {
        let hidden = Ctx {
            hidden: true,
            ..ctx
        };
        self.out.push_str(if greed == Greed::Possessive {
            "(?>"
        } else {
            "(?:"
        });
        let mut copy = ctx;
        if min > 0 {
            self.group_body(body, ctx);
            if min > 1 {
                let _ = write!(self.out, "{{{min}}}");
            }
            copy = hidden;
        }
        for _ in min..max {
            self.out.push_str("(?:");
            self.seq(body, copy);
            copy = hidden;
        }
        for _ in min..max {
            self.out.push_str(")?");
        }
        self.out.push(')');
    }

    /// `body` as one repeatable unit.
    fn group_body(&mut self, body: &[Node], ctx: Ctx) {
        let single = matches!(
            body,
            [Node::Literal(_) | Node::NotLiteral(_) | Node::In { .. } | Node::Any]
                | [Node::Group { group: Some(_), .. }]
        );
        if single && !ctx.empty_only {
            self.seq(body, ctx);
        } else {
            self.out.push_str("(?:");
            self.seq(body, ctx);
            self.out.push(')');
        }
    }

    fn at(&mut self, at: At, ctx: Ctx) {
        let multiline = ctx.flags & MULTILINE != 0;
        match at {
            At::Beginning if multiline => self.out.push_str("(?m:^)"),
            At::Beginning | At::BeginningString => self.out.push_str("\\A"),
            At::End if multiline => self.out.push_str("(?m:$)"),
            At::End => {
                self.uses.newline = true;
                if self.variant.trailing_newline {
                    self.out.push_str("(?=\\n?\\z)");
                } else {
                    self.out.push_str("\\z");
                }
            }
            At::EndString => self.out.push_str("\\z"),
            At::Boundary | At::NonBoundary => {
                let negate = at == At::NonBoundary;
                if negate {
                    // CPython's `\B` never matches in an empty string.
                    self.uses.empty = true;
                    if self.variant.empty_subject {
                        self.out.push_str(NEVER);
                        return;
                    }
                }
                self.uses.ascii = true;
                if self.variant.ascii_subject {
                    self.out.push_str(if negate { "\\B" } else { "\\b" });
                    return;
                }
                let w = if ctx.flags & ASCII != 0 {
                    ASCII_WORD
                } else {
                    UNICODE_WORD
                };
                if negate {
                    let _ = write!(self.out, "(?:(?<=[{w}])(?=[{w}])|(?<![{w}])(?![{w}]))");
                } else {
                    let _ = write!(self.out, "(?:(?<=[{w}])(?![{w}])|(?<![{w}])(?=[{w}]))");
                }
            }
        }
    }

    fn literal(&mut self, c: u32, ctx: Ctx) {
        let ascii_i = ctx.flags & IGNORECASE != 0 && !ctx.engine_i;
        match char::from_u32(c) {
            None => self.out.push_str(NEVER),
            Some(ch) if ascii_i && ch.is_ascii_alphabetic() => {
                let _ = write!(
                    self.out,
                    "[{}{}]",
                    ch.to_ascii_lowercase(),
                    ch.to_ascii_uppercase()
                );
            }
            Some(ch) => push_char(&mut self.out, ch, false),
        }
    }

    fn class(&mut self, negate: bool, items: &[SetItem], ctx: Ctx) {
        let ascii_i = ctx.flags & IGNORECASE != 0 && !ctx.engine_i;
        let mut body = String::new();
        for item in items {
            match *item {
                SetItem::Literal(c) => {
                    push_range(&mut body, c, c);
                    if ascii_i {
                        for (lo, hi) in ascii_case_variants(c, c) {
                            push_range(&mut body, lo, hi);
                        }
                    }
                }
                SetItem::Range(lo, hi) => {
                    push_range(&mut body, lo, hi);
                    if ascii_i {
                        for (l, h) in ascii_case_variants(lo, hi) {
                            push_range(&mut body, l, h);
                        }
                    }
                }
                SetItem::Category(cat) => body.push_str(&self.category(cat, ctx.flags)),
            }
        }
        match (body.is_empty(), negate) {
            (true, false) => self.out.push_str(NEVER),
            (true, true) => self.out.push_str("(?s:.)"),
            (false, _) => {
                self.out.push('[');
                if negate {
                    self.out.push('^');
                }
                self.out.push_str(&body);
                self.out.push(']');
            }
        }
    }

    /// A category as class contents (a nested class when negated).
    fn category(&mut self, cat: Category, flags: u32) -> String {
        let ascii_flag = flags & ASCII != 0;
        if !ascii_flag {
            self.uses.ascii = true;
        }
        let ascii = ascii_flag || self.variant.ascii_subject;
        let (positive, negated) = match cat {
            Category::Digit => (true, false),
            Category::NotDigit => (false, true),
            Category::Space => (true, false),
            Category::NotSpace => (false, true),
            Category::Word => (true, false),
            Category::NotWord => (false, true),
        };
        debug_assert!(positive != negated);
        let inner = match cat {
            Category::Digit | Category::NotDigit if ascii => "0-9",
            Category::Digit | Category::NotDigit => "\\d",
            Category::Word | Category::NotWord if ascii => ASCII_WORD,
            Category::Word | Category::NotWord => UNICODE_WORD,
            Category::Space | Category::NotSpace if ascii_flag => "\\t\\n\\x0B\\x0C\\r ",
            // Python's str.isspace also counts U+001C..U+001F.
            Category::Space | Category::NotSpace if ascii => "\\t\\n\\x0B\\x0C\\r \\x1C-\\x1F",
            Category::Space | Category::NotSpace => "\\s\\x1C-\\x1F",
        };
        if negated {
            format!("[^{inner}]")
        } else {
            inner.to_string()
        }
    }
}

/// Whether the engine's Unicode case-insensitivity serves these flags (for
/// ASCII-only case-insensitivity the emitter writes both cases itself).
fn wants_engine_i(flags: u32) -> bool {
    flags & IGNORECASE != 0 && flags & ASCII == 0
}

fn quantifier(min: u32, max: u32) -> String {
    match (min, max) {
        (0, MAXREPEAT) => "*".into(),
        (1, MAXREPEAT) => "+".into(),
        (0, 1) => "?".into(),
        (m, MAXREPEAT) => format!("{{{m},}}"),
        (m, n) if m == n => format!("{{{m}}}"),
        (m, n) => format!("{{{m},{n}}}"),
    }
}

/// The other-case ranges of the ASCII letters in `lo..=hi`.
fn ascii_case_variants(lo: u32, hi: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for (a, z, shift) in [(0x41u32, 0x5Au32, 0x20i64), (0x61, 0x7A, -0x20)] {
        let l = lo.max(a);
        let h = hi.min(z);
        if l <= h {
            out.push(((i64::from(l) + shift) as u32, (i64::from(h) + shift) as u32));
        }
    }
    out
}

/// Appends `lo-hi` (or one character) to a class, leaving out surrogates,
/// which no subject contains.
fn push_range(out: &mut String, lo: u32, hi: u32) {
    let mut parts = Vec::with_capacity(2);
    if lo < 0xD800 {
        parts.push((lo, hi.min(0xD7FF)));
    }
    if hi > 0xDFFF {
        parts.push((lo.max(0xE000), hi.min(0x10FFFF)));
    }
    for (l, h) in parts {
        if l > h {
            continue;
        }
        let (Some(l), Some(h)) = (char::from_u32(l), char::from_u32(h)) else {
            continue;
        };
        push_char(out, l, true);
        if h != l {
            out.push('-');
            push_char(out, h, true);
        }
    }
}

/// Appends one character in engine syntax, escaped when needed.
fn push_char(out: &mut String, c: char, in_class: bool) {
    if ".+*?()|[]{}^$#&-~\\".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_ascii_graphic() || (c == ' ' && !in_class) {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    }
}

/// The most optional iterations of a bounded repeat written out one by one.
const MAX_UNROLL: u32 = 16;

/// Whether a greedy repeat of `body` needs CPython's final empty iteration:
/// the body can match both the empty string and more, and sets groups.
fn needs_empty_iteration(body: &[Node]) -> bool {
    let (lo, hi) = super::parse::width(body, &[]);
    lo == 0 && hi > 0 && !groups_in(body).is_empty()
}

/// The capture groups defined in `nodes`.
fn groups_in(nodes: &[Node]) -> Vec<usize> {
    let mut out = Vec::new();
    walk(nodes, &mut |n| {
        if let Node::Group { group: Some(g), .. } = n {
            out.push(*g);
        }
    });
    out
}

/// Calls `f` on every node, depth first.
fn walk(nodes: &[Node], f: &mut dyn FnMut(&Node)) {
    for node in nodes {
        f(node);
        match node {
            Node::Branch(items) => {
                for item in items {
                    walk(item, f);
                }
            }
            Node::Group { body, .. }
            | Node::Atomic(body)
            | Node::Repeat { body, .. }
            | Node::Assert { body, .. } => walk(body, f),
            Node::GroupRefExists { yes, no, .. } => {
                walk(yes, f);
                if let Some(no) = no {
                    walk(no, f);
                }
            }
            _ => {}
        }
    }
}

/// Refuses the repeats that need CPython's final empty iteration where the
/// rewrite would not be exact.
fn check_repeats(parsed: &Parsed) -> Result<(), String> {
    let mut risky = Vec::new();
    let mut problem = None;
    find_risky(&parsed.nodes, false, &mut risky, &mut problem);
    if let Some(p) = problem {
        return Err(p);
    }
    if risky.is_empty() {
        return Ok(());
    }
    let mut referenced = false;
    walk(&parsed.nodes, &mut |n| match n {
        Node::GroupRef(g) | Node::GroupRefExists { group: g, .. } if risky.contains(g) => {
            referenced = true
        }
        _ => {}
    });
    if referenced {
        return Err(unsupported_repeat());
    }
    Ok(())
}

fn unsupported_repeat() -> String {
    "pyrc: re: this pattern repeats a group that can match the empty string in a way \
     the regex engine cannot reproduce exactly (CPython's capture of the final empty \
     iteration)"
        .into()
}

fn find_risky(
    nodes: &[Node],
    in_repeat: bool,
    risky: &mut Vec<usize>,
    problem: &mut Option<String>,
) {
    for node in nodes {
        match node {
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => {
                let looping = *max >= 2;
                if looping && *greed != Greed::Lazy && needs_empty_iteration(body) {
                    if in_repeat || (*max != MAXREPEAT && max - min > MAX_UNROLL) {
                        *problem = Some(unsupported_repeat());
                        return;
                    }
                    risky.extend(groups_in(body));
                }
                find_risky(body, in_repeat || looping, risky, problem);
            }
            Node::Branch(items) => {
                for item in items {
                    find_risky(item, in_repeat, risky, problem);
                }
            }
            Node::Group { body, .. } | Node::Atomic(body) | Node::Assert { body, .. } => {
                find_risky(body, in_repeat, risky, problem)
            }
            Node::GroupRefExists { yes, no, .. } => {
                find_risky(yes, in_repeat, risky, problem);
                if let Some(no) = no {
                    find_risky(no, in_repeat, risky, problem);
                }
            }
            _ => {}
        }
        if problem.is_some() {
            return;
        }
    }
}
