//! Replacement templates for `sub`, `subn` and `Match.expand`: a port of
//! CPython 3.11's `_parser.parse_template` and `expand_template`.

use super::parse::{ParseError, Tokenizer, MAXGROUPS};

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is.
    Literal(String),
    /// A group's text (empty when the group did not match).
    Group(usize),
}

/// Why a template is invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// `re.error(msg, template, pos)`.
    Syntax(ParseError),
    /// `IndexError` (an unknown group name).
    Index(String),
}

impl From<ParseError> for TemplateError {
    fn from(e: ParseError) -> TemplateError {
        TemplateError::Syntax(e)
    }
}

/// Parses `template` for a pattern with `groups` groups and `names`.
pub fn parse_template(
    template: &str,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<Piece>, TemplateError> {
    let chars: Vec<char> = template.chars().collect();
    let mut s = Tokenizer::new(&chars)?;
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let add_group = |pieces: &mut Vec<Piece>,
                     literal: &mut String,
                     s: &Tokenizer,
                     index: usize,
                     pos: usize|
     -> Result<(), TemplateError> {
        if index > groups {
            return Err(s
                .error(&format!("invalid group reference {index}"), pos)
                .into());
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(literal)));
        }
        pieces.push(Piece::Group(index));
        Ok(())
    };
    while let Some(this) = s.get()? {
        let c = match this {
            (c, None) => {
                literal.push(c);
                continue;
            }
            (_, Some(c)) => c,
        };
        match c {
            'g' => {
                if !s.matches('<')? {
                    return Err(s.error("missing <", 0).into());
                }
                let name = s.getuntil('>', "group name")?;
                let len = name.chars().count() + 1;
                let index = if crate::str::ctype::isidentifier(&name) {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => *g,
                        None => {
                            return Err(TemplateError::Index(format!(
                                "unknown group name {}",
                                crate::repr::str_repr(&name)
                            )))
                        }
                    }
                } else {
                    let digits = name.trim();
                    let digits = digits.strip_prefix('+').unwrap_or(digits);
                    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                        let msg = format!(
                            "bad character in group name {}",
                            crate::repr::str_repr(&name)
                        );
                        return Err(s.error(&msg, len).into());
                    }
                    let index: usize = digits.parse().unwrap_or(usize::MAX);
                    if index >= MAXGROUPS {
                        return Err(s
                            .error(&format!("invalid group reference {index}"), len)
                            .into());
                    }
                    index
                };
                add_group(&mut pieces, &mut literal, &s, index, len)?;
            }
            '0' => {
                let mut digits = String::from("0");
                for _ in 0..2 {
                    if s.next_in("01234567") {
                        digits.extend(s.get_char()?);
                    }
                }
                let value = u32::from_str_radix(&digits, 8).unwrap_or(0) & 0xff;
                literal.extend(char::from_u32(value));
            }
            '1'..='9' => {
                let mut text = format!("\\{c}");
                let mut octal = false;
                if s.next_in("0123456789") {
                    let d = s.get_char()?.unwrap_or('0');
                    text.push(d);
                    if c <= '7' && d <= '7' && s.next_in("01234567") {
                        text.extend(s.get_char()?);
                        octal = true;
                        let value = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                        if value > 0o377 {
                            let msg = format!("octal escape value {text} outside of range 0-0o377");
                            return Err(s.error(&msg, text.len()).into());
                        }
                        literal.extend(char::from_u32(value));
                    }
                }
                if !octal {
                    let index: usize = text[1..].parse().unwrap_or(usize::MAX);
                    add_group(&mut pieces, &mut literal, &s, index, text.len() - 1)?;
                }
            }
            _ => {
                let simple = match c {
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    'f' => Some('\x0c'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'v' => Some('\x0b'),
                    '\\' => Some('\\'),
                    _ => None,
                };
                match simple {
                    Some(ch) => literal.push(ch),
                    None if c.is_ascii_alphabetic() => {
                        return Err(s.error(&format!("bad escape \\{c}"), 2).into())
                    }
                    None => {
                        literal.push('\\');
                        literal.push(c);
                    }
                }
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// The template's text for a match whose groups' texts are `groups`
/// (`None` for a group that did not match, which expands to nothing).
pub fn expand(pieces: &[Piece], groups: &[Option<&str>]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Group(g) => out.push_str(groups.get(*g).copied().flatten().unwrap_or("")),
        }
    }
    out
}

/// The template's text when it names no group.
pub fn as_literal(pieces: &[Piece]) -> Option<&str> {
    match pieces {
        [] => Some(""),
        [Piece::Literal(text)] => Some(text),
        _ => None,
    }
}
