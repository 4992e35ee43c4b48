//! Running a translated pattern with `fancy-regex`: the translation variants
//! a subject needs, compiled on first use, and the four kinds of attempt the
//! `re` functions make (search, match, fullmatch, and a non-empty match for
//! the step after an empty match). Positions here are byte offsets.

use std::cell::RefCell;
use std::rc::Rc;

use fancy_regex::{RegexBuilder, RegexInput};

use super::emit::{emit, Uses, Variant};
use super::parse::Parsed;

/// One attempt at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The first match at or after the position.
    Search,
    /// A match starting at the position.
    Match,
    /// A match starting at the position and ending at the subject's end.
    FullMatch,
    /// A non-empty match starting at the position (CPython's `must_advance`).
    NotEmptyAt,
}

/// Which translation wrapper a mode compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Full,
    NotEmpty,
}

/// Why a pattern cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    /// A valid pattern the translation or the engine cannot handle exactly.
    Unsupported(String),
    /// The engine failed while matching.
    Runtime(String),
}

/// Group spans (byte offsets) indexed by Python group number, 0 the match.
pub type Spans = Vec<Option<(usize, usize)>>;

/// A compiled variant: `None` when it can never match.
struct Compiled {
    regex: Option<fancy_regex::Regex>,
    group_map: Vec<(usize, bool)>,
}

/// A pattern ready to run on any subject.
pub struct Engine {
    parsed: Parsed,
    uses: Uses,
    compiled: RefCell<Vec<(Variant, Kind, Rc<Compiled>)>>,
}

impl Engine {
    /// Prepares `parsed`, compiling the variant for ASCII subjects now so an
    /// engine-level failure is reported by `re.compile`.
    pub fn new(parsed: Parsed) -> Result<Engine, EngineError> {
        let base = Variant {
            ascii_subject: true,
            trailing_newline: false,
            empty_subject: false,
        };
        let emitted = emit(&parsed, base).map_err(EngineError::Unsupported)?;
        let engine = Engine {
            parsed,
            uses: emitted.uses,
            compiled: RefCell::new(Vec::new()),
        };
        engine.variant(engine.uses.canonical(base), Kind::Plain)?;
        Ok(engine)
    }

    /// The parsed pattern.
    pub fn parsed(&self) -> &Parsed {
        &self.parsed
    }

    /// The translation used for a subject (for tests and diagnostics).
    pub fn translation(&self, variant: Variant) -> Result<String, String> {
        emit(&self.parsed, self.uses.canonical(variant)).map(|e| e.pattern)
    }

    fn variant(&self, variant: Variant, kind: Kind) -> Result<Rc<Compiled>, EngineError> {
        if let Some((_, _, c)) = self
            .compiled
            .borrow()
            .iter()
            .find(|(v, k, _)| *v == variant && *k == kind)
        {
            return Ok(c.clone());
        }
        let emitted = emit(&self.parsed, variant).map_err(EngineError::Unsupported)?;
        let pattern = match kind {
            Kind::Plain | Kind::NotEmpty => emitted.pattern,
            Kind::Full => format!("(?:{})\\z", emitted.pattern),
        };
        let mut builder = RegexBuilder::new(&pattern);
        builder
            .backtrack_limit(usize::MAX)
            .delegate_size_limit(1 << 26)
            .find_not_empty(kind == Kind::NotEmpty);
        let regex = match builder.build() {
            Ok(r) => Some(r),
            Err(fancy_regex::Error::CompileError(e))
                if kind == Kind::NotEmpty
                    && matches!(*e, fancy_regex::CompileError::PatternCanNeverMatch) =>
            {
                None
            }
            Err(e) => {
                return Err(EngineError::Unsupported(format!(
                    "pyrc: re: the regex engine cannot run this pattern ({e})"
                )))
            }
        };
        let compiled = Rc::new(Compiled {
            regex,
            group_map: emitted.group_map,
        });
        self.compiled
            .borrow_mut()
            .push((variant, kind, compiled.clone()));
        Ok(compiled)
    }

    /// One attempt on `hay` (the subject cut at `endpos`) from byte `start`;
    /// `ascii` says the whole subject is ASCII.
    pub fn find(
        &self,
        hay: &str,
        start: usize,
        mode: Mode,
        ascii: bool,
    ) -> Result<Option<Spans>, EngineError> {
        if start > hay.len() {
            return Ok(None);
        }
        let variant = self.uses.canonical(Variant {
            ascii_subject: ascii,
            trailing_newline: hay.ends_with('\n'),
            empty_subject: hay.is_empty(),
        });
        let kind = match mode {
            Mode::Search | Mode::Match => Kind::Plain,
            Mode::FullMatch => Kind::Full,
            Mode::NotEmptyAt => Kind::NotEmpty,
        };
        let compiled = self.variant(variant, kind)?;
        let Some(regex) = &compiled.regex else {
            return Ok(None);
        };
        let input = RegexInput::new(hay)
            .from_pos(start)
            .anchored(mode != Mode::Search);
        let captures = regex.captures_input(input).map_err(|e| {
            EngineError::Runtime(format!("pyrc: re: the regex engine failed ({e})"))
        })?;
        let Some(captures) = captures else {
            return Ok(None);
        };
        let mut spans: Spans = vec![None; self.parsed.groups + 1];
        spans[0] = captures.get(0).map(|m| (m.start(), m.end()));
        for pass_hidden in [false, true] {
            for (k, (group, hidden)) in compiled.group_map.iter().enumerate() {
                if *hidden != pass_hidden {
                    continue;
                }
                if let (Some(m), Some(slot)) = (captures.get(k + 1), spans.get_mut(*group)) {
                    *slot = Some((m.start(), m.end()));
                }
            }
        }
        Ok(Some(spans))
    }
}
