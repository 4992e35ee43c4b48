//! `re.Pattern`: a compiled pattern and its methods (`match`, `search`,
//! `findall`, `sub`, `split`, ...), with CPython's rules for empty matches
//! (one may follow a non-empty match, never another empty one at the same
//! place).

use std::cell::Cell;
use std::rc::Rc;

use crate::builtins::args::clinic;
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::native::NativeObject;
use crate::str::PyStr;
use crate::value::Value;

use super::engine::{Engine, EngineError, Mode, Spans};
use super::matchobj::Match;
use super::template::{self, Piece};

/// A compiled pattern.
pub struct Pattern {
    /// The pattern string, as given.
    source: Value,
    /// The flags, with inline flags and `UNICODE` added.
    flags: u32,
    engine: Engine,
}

const METHODS: &[&str] = &[
    "match",
    "fullmatch",
    "search",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
];

impl Pattern {
    /// Parses and prepares `text` (the str `source`) as `re.compile` does.
    pub fn compile(source: Value, text: &str, flags: u32) -> PyResult<Value> {
        let parsed =
            super::parse::parse_pattern(text, flags).map_err(|e| super::parse_error(e, text))?;
        let flags = parsed.flags;
        let engine = Engine::new(parsed).map_err(engine_error)?;
        Ok(crate::native::value(Pattern {
            source,
            flags,
            engine,
        }))
    }

    /// The number of capture groups.
    pub fn groups(&self) -> usize {
        self.engine.parsed().groups
    }

    /// The named groups, in order of definition.
    pub fn names(&self) -> &[(String, usize)] {
        &self.engine.parsed().names
    }

    /// For each group, where its `)` is in the pattern (orders `lastindex`).
    pub fn close_order(&self) -> &[usize] {
        &self.engine.parsed().close_order
    }

    /// The engine (for tests).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// `Pattern.groupindex`, as a dict.
    fn groupindex(&self) -> PyResult<Value> {
        let pairs = self
            .names()
            .iter()
            .map(|(n, g)| (Value::str(n), Value::Int(*g as i64)));
        Ok(Value::Dict(Rc::new(crate::dict::PyDict::from_pairs(
            pairs,
        )?)))
    }

    fn dispatch(
        &self,
        this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        match name {
            "match" | "fullmatch" | "search" => {
                let [string, pos, endpos] =
                    clinic(name, args, kwargs, ["string", "pos", "endpos"], 1)?;
                let subject = Subject::new(string, pos, endpos)?;
                let mode = match name {
                    "match" => Mode::Match,
                    "fullmatch" => Mode::FullMatch,
                    _ => Mode::Search,
                };
                match self.find(&subject, subject.start, mode)? {
                    Some(spans) => Ok(Match::value(this, &subject, &spans)),
                    None => Ok(Value::None),
                }
            }
            "findall" | "finditer" => {
                let [string, pos, endpos] =
                    clinic(name, args, kwargs, ["string", "pos", "endpos"], 1)?;
                let subject = Subject::new(string, pos, endpos)?;
                let mut items = Vec::new();
                self.scan(&subject, None, |spans| {
                    items.push(if name == "finditer" {
                        Match::value(this, &subject, spans)
                    } else {
                        self.findall_item(&subject, spans)
                    });
                    Ok(())
                })?;
                if name == "findall" {
                    Ok(Value::list(items))
                } else {
                    crate::iter::PyIter::new(&Value::list(items))
                }
            }
            "sub" | "subn" => {
                let [repl, string, count] =
                    clinic(name, args, kwargs, ["repl", "string", "count"], 2)?;
                let count = int_arg(count)?;
                self.sub(
                    this,
                    repl.unwrap_or(&Value::None),
                    string,
                    count,
                    name == "subn",
                )
            }
            "split" => {
                let [string, maxsplit] = clinic(name, args, kwargs, ["string", "maxsplit"], 1)?;
                let maxsplit = int_arg(maxsplit)?;
                self.split(string, maxsplit)
            }
            _ => Err(raise::attribute_error(format!(
                "'re.Pattern' object has no attribute '{name}'"
            ))),
        }
    }

    /// One attempt from byte `start` of the subject.
    fn find(&self, subject: &Subject, start: usize, mode: Mode) -> PyResult<Option<Spans>> {
        self.engine
            .find(subject.hay(), start, mode, subject.text.is_ascii())
            .map_err(engine_error)
    }

    /// Calls `each` for every match from the subject's start, at most
    /// `limit` of them; returns how many there were.
    fn scan(
        &self,
        subject: &Subject,
        limit: Option<usize>,
        mut each: impl FnMut(&Spans) -> PyResult<()>,
    ) -> PyResult<usize> {
        let hay = subject.hay();
        let mut pos = subject.start;
        let mut must_advance = false;
        let mut n = 0;
        while limit.is_none_or(|l| n < l) && pos <= hay.len() {
            let found = if must_advance {
                match self.find(subject, pos, Mode::NotEmptyAt)? {
                    Some(spans) => Some(spans),
                    None => match hay[pos..].chars().next() {
                        Some(c) => self.find(subject, pos + c.len_utf8(), Mode::Search)?,
                        None => None,
                    },
                }
            } else {
                self.find(subject, pos, Mode::Search)?
            };
            let Some(spans) = found else { break };
            let (start, end) = spans[0].unwrap_or((pos, pos));
            each(&spans)?;
            n += 1;
            must_advance = start == end;
            pos = end;
        }
        Ok(n)
    }

    fn findall_item(&self, subject: &Subject, spans: &Spans) -> Value {
        let text = |g: usize| match spans.get(g).copied().flatten() {
            Some((s, e)) => crate::str::str_value(&subject.text.as_str()[s..e]),
            None => crate::str::empty(),
        };
        match self.groups() {
            0 => text(0),
            1 => text(1),
            n => Value::tuple((1..=n).map(text).collect()),
        }
    }

    fn sub(
        &self,
        this: &Value,
        repl: &Value,
        string: Option<&Value>,
        count: i64,
        with_count: bool,
    ) -> PyResult<Value> {
        let subject = Subject::new(string, None, None)?;
        let text = subject.text.as_str();
        let callable = matches!(
            crate::builtins::callable(std::slice::from_ref(repl), &[])?,
            Value::Bool(true)
        );
        let pieces: Vec<Piece> = if callable {
            Vec::new()
        } else {
            match repl {
                Value::Str(r) if !r.as_str().contains('\\') => {
                    vec![Piece::Literal(r.as_str().to_string())]
                }
                Value::Str(r) => self.template(r.as_str())?,
                other => {
                    return Err(raise::type_error(format!(
                        "expected str instance, {} found",
                        other.type_name()
                    )))
                }
            }
        };
        let literal = template::as_literal(&pieces);
        let limit = match count {
            0 => None,
            c if c < 0 => Some(0),
            c => Some(c as usize),
        };
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let n = self.scan(&subject, limit, |spans| {
            let (start, end) = spans[0].unwrap_or((last, last));
            out.push_str(&text[last..start]);
            if callable {
                let m = Match::value(this, &subject, spans);
                match crate::func::call(repl, &[m], &[])? {
                    Value::Str(s) => out.push_str(s.as_str()),
                    Value::None => {}
                    other => {
                        return Err(raise::type_error(format!(
                            "expected str instance, {} found",
                            other.type_name()
                        )))
                    }
                }
            } else if let Some(lit) = literal {
                out.push_str(lit);
            } else {
                let groups: Vec<Option<&str>> =
                    spans.iter().map(|s| s.map(|(a, b)| &text[a..b])).collect();
                out.push_str(&template::expand(&pieces, &groups));
            }
            last = end;
            Ok(())
        })?;
        out.push_str(&text[last..]);
        let result = if n == 0 {
            string.cloned().unwrap_or(Value::None)
        } else {
            Value::string(out)
        };
        if with_count {
            Ok(Value::tuple_of([result, Value::Int(n as i64)]))
        } else {
            Ok(result)
        }
    }

    /// Parses a replacement template for this pattern.
    pub fn template(&self, repl: &str) -> PyResult<Vec<Piece>> {
        template::parse_template(repl, self.groups(), self.names()).map_err(|e| match e {
            template::TemplateError::Syntax(p) => super::parse_error(p, repl),
            template::TemplateError::Index(msg) => raise::index_error(msg),
        })
    }

    fn split(&self, string: Option<&Value>, maxsplit: i64) -> PyResult<Value> {
        let subject = Subject::new(string, None, None)?;
        let text = subject.text.as_str();
        let limit = match maxsplit {
            0 => None,
            c if c < 0 => Some(0),
            c => Some(c as usize),
        };
        let mut out = Vec::new();
        let mut last = 0;
        let groups = self.groups();
        self.scan(&subject, limit, |spans| {
            let (start, end) = spans[0].unwrap_or((last, last));
            out.push(crate::str::str_value(&text[last..start]));
            for g in 1..=groups {
                out.push(match spans.get(g).copied().flatten() {
                    Some((s, e)) => crate::str::str_value(&text[s..e]),
                    None => Value::None,
                });
            }
            last = end;
            Ok(())
        })?;
        out.push(crate::str::str_value(&text[last..]));
        Ok(Value::list(out))
    }
}

impl NativeObject for Pattern {
    fn type_name(&self) -> &'static str {
        "re.Pattern"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        let source = crate::repr::repr(&self.source)?;
        let source: String = source.chars().take(200).collect();
        let flags = super::flags::repr(self.flags);
        if flags.is_empty() {
            Ok(format!("re.compile({source})"))
        } else {
            Ok(format!("re.compile({source}, {flags})"))
        }
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(match name {
            "pattern" => Ok(self.source.clone()),
            "flags" => Ok(Value::Int(i64::from(self.flags))),
            "groups" => Ok(Value::Int(self.groups() as i64)),
            "groupindex" => self.groupindex(),
            _ => return None,
        })
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        if !METHODS.contains(&name) {
            return None;
        }
        Some(self.dispatch(this, name, args, kwargs))
    }

    fn method_names(&self) -> &'static [&'static str] {
        METHODS
    }
}

/// The Python exception for an engine failure.
fn engine_error(e: EngineError) -> crate::PyErr {
    match e {
        EngineError::Unsupported(msg) => super::unsupported(msg),
        EngineError::Runtime(msg) => raise::runtime_error(msg),
    }
}

/// An int argument (`count`, `maxsplit`), 0 when absent.
fn int_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => match crate::builtins::args::index_value(v)? {
            Value::Int(i) => Ok(i),
            _ => Err(raise::overflow(
                "Python int too large to convert to C ssize_t",
            )),
        },
    }
}

/// A `pos` or `endpos` argument, clamped to `0..=len`.
fn position(v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => match crate::builtins::args::index_value(v)? {
            Value::Int(i) => Ok(i.clamp(0, len as i64) as usize),
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(0),
            _ => Ok(len),
        },
    }
}

/// The string being searched, cut at `endpos`, with the start position.
pub struct Subject {
    /// The whole string.
    pub text: Rc<PyStr>,
    /// The string value itself.
    pub value: Value,
    /// `pos` in code points.
    pub pos: usize,
    /// `endpos` in code points.
    pub endpos: usize,
    /// `pos` in bytes.
    pub start: usize,
    /// `endpos` in bytes.
    pub end: usize,
    /// The last byte offset converted to code points, and its result.
    last: Cell<(usize, usize)>,
}

impl Subject {
    /// Checks the string argument and the optional `pos`/`endpos`.
    pub fn new(
        string: Option<&Value>,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<Subject> {
        let text = match string {
            Some(Value::Str(s)) => s.clone(),
            Some(Value::Bytes(_)) => {
                return Err(raise::type_error(
                    "cannot use a string pattern on a bytes-like object",
                ))
            }
            Some(other) => {
                return Err(raise::type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    other.type_name()
                )))
            }
            None => return Err(raise::type_error("missing required argument 'string'")),
        };
        let len = text.char_len();
        let pos = position(pos, 0, len)?;
        let endpos = position(endpos, len, len)?;
        let start = text.byte_offset(pos);
        let end = text.byte_offset(endpos);
        Ok(Subject {
            value: Value::Str(text.clone()),
            text,
            pos,
            endpos,
            start,
            end,
            last: Cell::new((0, 0)),
        })
    }

    /// The text the pattern sees (cut at `endpos`).
    pub fn hay(&self) -> &str {
        &self.text.as_str()[..self.end]
    }

    /// The code-point index of byte offset `b`, walking from the last one
    /// converted (matches come in order, so a scan stays linear).
    pub fn char_index(&self, b: usize) -> usize {
        if self.text.is_ascii() {
            return b;
        }
        let s = self.text.as_str();
        let (lb, lc) = self.last.get();
        let c = if b >= lb {
            lc + s[lb..b].chars().count()
        } else if b >= lb / 2 {
            lc - s[b..lb].chars().count()
        } else {
            s[..b].chars().count()
        };
        self.last.set((b, c));
        c
    }
}
