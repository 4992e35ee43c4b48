//! `str.format` and `str.format_map`: literal text, `{{`/`}}` escapes and
//! replacement fields `{name!conversion:spec}` whose spec may itself contain
//! replacement fields (one level deep), as CPython's `unicode_format.h`
//! parses them, with its errors in the same order.

use std::borrow::Cow;

use super::field::{get_field_object, Source};
use crate::error::{raise, PyResult};
use crate::value::Value;

/// How deep replacement fields may nest: the template, then one level of specs.
const MAX_DEPTH: u32 = 2;

/// The template with every replacement field formatted from `source`.
pub fn expand(template: &str, source: &mut Source<'_>) -> PyResult<String> {
    build_string(template, source, MAX_DEPTH)
}

fn build_string(template: &str, source: &mut Source<'_>, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(raise::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(template.len());
    let mut markup = Markup {
        text: template,
        pos: 0,
    };
    while let Some(chunk) = markup.next_chunk()? {
        out.push_str(chunk.literal);
        if let Some(field) = chunk.field {
            render_field(&mut out, &field, source, depth)?;
        }
    }
    Ok(out)
}

/// Appends one replacement field: look the object up, convert it, expand the
/// spec if it has fields of its own, and format.
fn render_field(
    out: &mut String,
    field: &Field<'_>,
    source: &mut Source<'_>,
    depth: u32,
) -> PyResult<()> {
    let mut obj = get_field_object(field.name, source)?;
    if field.conversion != '\0' {
        obj = Value::string(convert(&obj, field.conversion)?);
    }
    let spec = if field.spec_has_fields {
        Cow::Owned(build_string(field.spec, source, depth - 1)?)
    } else {
        Cow::Borrowed(field.spec)
    };
    out.push_str(&super::format_value(&obj, &spec)?);
    Ok(())
}

/// `!r`, `!s`, `!a`.
fn convert(obj: &Value, conversion: char) -> PyResult<String> {
    match conversion {
        'r' => crate::repr::repr(obj),
        's' => crate::repr::str_of(obj),
        'a' => crate::repr::ascii_of(obj),
        c => {
            let shown = if (33..127).contains(&(c as u32)) {
                c.to_string()
            } else {
                format!("\\x{:x}", c as u32)
            };
            Err(raise::value_error(format!(
                "Unknown conversion specifier {shown}"
            )))
        }
    }
}

/// Literal text and the replacement field that follows it, if any.
struct Chunk<'a> {
    literal: &'a str,
    field: Option<Field<'a>>,
}

/// A replacement field as written.
struct Field<'a> {
    /// `0`, `name`, `x[1].attr` or empty.
    name: &'a str,
    /// `r`, `s`, `a` (or anything else, an error later); `'\0'` for none.
    conversion: char,
    /// The text after `:`.
    spec: &'a str,
    /// Whether the spec contains `{`, so it must be expanded first.
    spec_has_fields: bool,
}

/// Walks a template chunk by chunk (CPython's `MarkupIterator`). Braces are
/// ASCII, so scanning bytes never splits a character.
struct Markup<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Markup<'a> {
    fn byte(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    /// The next chunk, `None` at the end of the template.
    fn next_chunk(&mut self) -> PyResult<Option<Chunk<'a>>> {
        let len = self.text.len();
        if self.pos >= len {
            return Ok(None);
        }
        let start = self.pos;
        let mut brace = None;
        while let Some(c) = self.byte(self.pos) {
            self.pos += 1;
            if c == b'{' || c == b'}' {
                brace = Some(c);
                break;
            }
        }
        let next = self.byte(self.pos);
        let mut literal_end = self.pos;
        match (brace, next) {
            (None, _) => {}
            (Some(c), Some(n)) if c == n => {
                // `{{` or `}}`: the literal keeps one brace.
                self.pos += 1;
                brace = None;
            }
            (Some(b'}'), _) => {
                return Err(raise::value_error(
                    "Single '}' encountered in format string",
                ))
            }
            (Some(_), None) => {
                return Err(raise::value_error(
                    "Single '{' encountered in format string",
                ))
            }
            (Some(_), Some(_)) => literal_end -= 1,
        }
        let literal = &self.text[start..literal_end];
        let field = match brace {
            Some(_) => Some(self.parse_field()?),
            None => None,
        };
        Ok(Some(Chunk { literal, field }))
    }

    /// Parses a field after its `{`, leaving `pos` after its `}`.
    fn parse_field(&mut self) -> PyResult<Field<'a>> {
        let name_start = self.pos;
        let terminator = self.scan_field_name()?;
        let mut field = Field {
            name: &self.text[name_start..self.pos - usize::from(terminator.is_some())],
            conversion: '\0',
            spec: "",
            spec_has_fields: false,
        };
        match terminator {
            Some(b'}') => Ok(field),
            Some(b'!') if self.parse_conversion(&mut field)? => Ok(field),
            Some(_) => {
                self.parse_spec(&mut field)?;
                Ok(field)
            }
            None => Err(raise::value_error("expected '}' before end of string")),
        }
    }

    /// Moves past the field name and the `}`, `:` or `!` that ends it
    /// (skipping `[...]` parts), returning that character; `None` at the end
    /// of the template.
    fn scan_field_name(&mut self) -> PyResult<Option<u8>> {
        while let Some(c) = self.byte(self.pos) {
            self.pos += 1;
            match c {
                b'{' => return Err(raise::value_error("unexpected '{' in field name")),
                b'[' => {
                    while self.byte(self.pos).is_some_and(|c| c != b']') {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => return Ok(Some(c)),
                _ => {}
            }
        }
        Ok(None)
    }

    /// Reads the conversion character after `!`; `true` when the field ends
    /// right after it.
    fn parse_conversion(&mut self, field: &mut Field<'a>) -> PyResult<bool> {
        let Some(c) = self.text[self.pos..].chars().next() else {
            return Err(raise::value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = c;
        self.pos += c.len_utf8();
        match self.byte(self.pos) {
            None => Ok(false),
            Some(b'}') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b':') => {
                self.pos += 1;
                Ok(false)
            }
            Some(_) => Err(raise::value_error(
                "expected ':' after conversion specifier",
            )),
        }
    }

    /// Reads the spec up to the `}` that balances the field's `{`.
    fn parse_spec(&mut self, field: &mut Field<'a>) -> PyResult<()> {
        let start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.byte(self.pos) {
            self.pos += 1;
            match c {
                b'{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &self.text[start..self.pos - 1];
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(raise::value_error("unmatched '{' in format spec"))
    }
}
