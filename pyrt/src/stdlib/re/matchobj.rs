//! `re.Match`: the result of a successful match, with group access by number
//! or name and spans in code points.

use std::rc::Rc;

use crate::builtins::args::clinic;
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::native::NativeObject;
use crate::value::Value;

use super::engine::Spans;
use super::pattern::{Pattern, Subject};

/// A match.
pub struct Match {
    /// The subject string.
    string: Value,
    /// The pattern (a `Pattern` native value).
    re: Value,
    pos: usize,
    endpos: usize,
    /// Group spans in code points.
    spans: Vec<Option<(usize, usize)>>,
    /// Group spans in bytes.
    bytes: Spans,
    lastindex: Option<usize>,
}

const METHODS: &[&str] = &[
    "group",
    "groups",
    "groupdict",
    "start",
    "end",
    "span",
    "expand",
    "__getitem__",
];

impl Match {
    /// A match object for byte spans `bytes` found by pattern `re` in `subject`.
    pub fn value(re: &Value, subject: &Subject, bytes: &Spans) -> Value {
        let spans: Vec<Option<(usize, usize)>> = bytes
            .iter()
            .map(|s| s.map(|(a, b)| (subject.char_index(a), subject.char_index(b))))
            .collect();
        let lastindex = pattern_of(re).and_then(|p| {
            let parsed = p.engine().parsed();
            last_index(&spans, &parsed.close_order, &parsed.in_lookahead)
        });
        crate::native::value(Match {
            string: subject.value.clone(),
            re: re.clone(),
            pos: subject.pos,
            endpos: subject.endpos,
            spans,
            bytes: bytes.clone(),
            lastindex,
        })
    }

    fn pattern(&self) -> PyResult<&Pattern> {
        pattern_of(&self.re).ok_or_else(|| raise::type_error("re.Match without a pattern"))
    }

    fn text(&self) -> &str {
        match &self.string {
            Value::Str(s) => s.as_str(),
            _ => "",
        }
    }

    /// The text of group `g`, if it matched.
    fn group_str(&self, g: usize) -> Option<&str> {
        let (a, b) = self.bytes.get(g).copied().flatten()?;
        self.text().get(a..b)
    }

    fn group_value(&self, g: usize, default: &Value) -> Value {
        match self.group_str(g) {
            Some(s) => crate::str::str_value(s),
            None => default.clone(),
        }
    }

    /// CPython's `match_getindex`: a group number or name.
    fn index(&self, key: &Value) -> PyResult<usize> {
        let groups = self.spans.len();
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            Value::Str(name) => self
                .pattern()?
                .names()
                .iter()
                .find(|(n, _)| n == name.as_str())
                .map_or(-1, |(_, g)| *g as i64),
            _ => -1,
        };
        if i < 0 || i as usize >= groups {
            return Err(raise::index_error("no such group"));
        }
        Ok(i as usize)
    }

    fn span_of(&self, g: usize) -> (i64, i64) {
        match self.spans[g] {
            Some((a, b)) => (a as i64, b as i64),
            None => (-1, -1),
        }
    }

    fn dispatch(&self, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        match name {
            "group" => {
                crate::func::no_kwargs(name, kwargs)?;
                match args {
                    [] => Ok(self.group_value(0, &Value::None)),
                    [one] => Ok(self.group_value(self.index(one)?, &Value::None)),
                    many => {
                        let mut items = Vec::with_capacity(many.len());
                        for key in many {
                            items.push(self.group_value(self.index(key)?, &Value::None));
                        }
                        Ok(Value::tuple(items))
                    }
                }
            }
            "__getitem__" => {
                crate::func::no_kwargs(name, kwargs)?;
                crate::func::check_arity(name, args, 1, 1)?;
                Ok(self.group_value(self.index(&args[0])?, &Value::None))
            }
            "groups" => {
                let [default] = clinic(name, args, kwargs, ["default"], 0)?;
                let default = default.unwrap_or(&Value::None);
                Ok(Value::tuple(
                    (1..self.spans.len())
                        .map(|g| self.group_value(g, default))
                        .collect(),
                ))
            }
            "groupdict" => {
                let [default] = clinic(name, args, kwargs, ["default"], 0)?;
                let default = default.unwrap_or(&Value::None);
                let pairs: Vec<(Value, Value)> = self
                    .pattern()?
                    .names()
                    .iter()
                    .map(|(n, g)| (Value::str(n), self.group_value(*g, default)))
                    .collect();
                Ok(Value::Dict(Rc::new(crate::dict::PyDict::from_pairs(
                    pairs,
                )?)))
            }
            "start" | "end" | "span" => {
                crate::func::no_kwargs(name, kwargs)?;
                crate::func::check_arity(name, args, 0, 1)?;
                let g = match args.first() {
                    Some(key) => self.index(key)?,
                    None => 0,
                };
                let (a, b) = self.span_of(g);
                Ok(match name {
                    "start" => Value::Int(a),
                    "end" => Value::Int(b),
                    _ => Value::tuple_of([Value::Int(a), Value::Int(b)]),
                })
            }
            "expand" => {
                let [template] = clinic(name, args, kwargs, ["template"], 1)?;
                let repl = match template {
                    Some(Value::Str(s)) => s.clone(),
                    Some(other) => {
                        return Err(raise::type_error(format!(
                            "expected str instance, {} found",
                            other.type_name()
                        )))
                    }
                    None => return Err(raise::type_error("missing template")),
                };
                let pieces = self.pattern()?.template(repl.as_str())?;
                let groups: Vec<Option<&str>> =
                    (0..self.spans.len()).map(|g| self.group_str(g)).collect();
                Ok(Value::string(super::template::expand(&pieces, &groups)))
            }
            _ => Err(raise::attribute_error(format!(
                "'re.Match' object has no attribute '{name}'"
            ))),
        }
    }
}

impl NativeObject for Match {
    fn type_name(&self) -> &'static str {
        "re.Match"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        let (a, b) = self.span_of(0);
        let text = crate::repr::str_repr(self.group_str(0).unwrap_or(""));
        let text: String = text.chars().take(50).collect();
        Ok(format!("<re.Match object; span=({a}, {b}), match={text}>"))
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "string" => self.string.clone(),
            "re" => self.re.clone(),
            "pos" => Value::Int(self.pos as i64),
            "endpos" => Value::Int(self.endpos as i64),
            "lastindex" => self.lastindex.map_or(Value::None, |g| Value::Int(g as i64)),
            "lastgroup" => {
                let name = self.lastindex.and_then(|g| {
                    pattern_of(&self.re)?
                        .names()
                        .iter()
                        .find(|(_, i)| *i == g)
                        .map(|(n, _)| Value::str(n))
                });
                name.unwrap_or(Value::None)
            }
            "regs" => Value::tuple(
                (0..self.spans.len())
                    .map(|g| {
                        let (a, b) = self.span_of(g);
                        Value::tuple_of([Value::Int(a), Value::Int(b)])
                    })
                    .collect(),
            ),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        if !METHODS.contains(&name) {
            return None;
        }
        Some(self.dispatch(name, args, kwargs))
    }

    fn method_names(&self) -> &'static [&'static str] {
        METHODS
    }

    fn getitem(&self, _this: &Value, key: &Value) -> Option<PyResult<Value>> {
        Some(self.index(key).map(|g| self.group_value(g, &Value::None)))
    }
}

fn pattern_of(re: &Value) -> Option<&Pattern> {
    match re {
        Value::Native(n) => n.downcast::<Pattern>(),
        _ => None,
    }
}

/// CPython's `lastindex`: the group whose closing mark was set last. Of the
/// groups that matched, that is the one ending furthest right (a group in a
/// look-ahead counts from its start, where the match stood); of several
/// ending there, the one whose `)` comes last in the pattern (an enclosing
/// group closes after the groups inside it).
pub fn last_index(
    spans: &[Option<(usize, usize)>],
    close_order: &[usize],
    in_lookahead: &[bool],
) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (g, span) in spans.iter().enumerate().skip(1) {
        let Some((start, end)) = span else { continue };
        let end = if in_lookahead.get(g).copied().unwrap_or(false) {
            start
        } else {
            end
        };
        let order = close_order.get(g).copied().unwrap_or(0);
        if best.is_none_or(|(_, e, o)| (*end, order) > (e, o)) {
            best = Some((g, *end, order));
        }
    }
    best.map(|(g, _, _)| g)
}
