//! After `(`: capture groups, named groups and references, look-arounds,
//! conditionals, atomic groups and inline flags (`_parse`'s `(` branch and
//! `_parse_flags`).

use super::*;

/// After `(`: a group, assertion, conditional or flags; `None` for a comment
/// or global flags (nothing to add).
pub(super) fn parse_paren(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> PResult<Option<Node>> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    if source.matches('?')? {
        let Some(tok) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        let ch = match tok {
            (c, None) => c,
            escape => {
                let text = tok_string(Some(escape));
                return Err(source.error(&format!("unknown extension ?{text}"), 3));
            }
        };
        match ch {
            'P' => {
                if source.matches('<')? {
                    let n = source.getuntil('>', "group name")?;
                    source.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.getuntil(')', "group name")?;
                    source.check_group_name(&n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(gid) = state.lookup(&n) else {
                        let msg = format!("unknown group name {}", crate::repr::str_repr(&n));
                        return Err(source.error(&msg, len));
                    };
                    if !state.check_group(gid) {
                        return Err(source.error("cannot refer to an open group", len));
                    }
                    state.check_lookbehind_group(gid, source)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(c) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    let c = tok_string(Some(c));
                    let len = c.chars().count() + 2;
                    return Err(source.error(&format!("unknown extension ?P{c}"), len));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if source.next.is_none() {
                        return Err(
                            source.error("missing ), unterminated comment", source.tell() - start)
                        );
                    }
                    if source.get()? == Some((')', None)) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut dir_behind = false;
                let mut kind = ch;
                let mut saved_lookbehind = None;
                if ch == '<' {
                    let Some(c) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    if c != ('=', None) && c != ('!', None) {
                        let c = tok_string(Some(c));
                        let len = c.chars().count() + 2;
                        return Err(source.error(&format!("unknown extension ?<{c}"), len));
                    }
                    kind = c.0;
                    dir_behind = true;
                    saved_lookbehind = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(source, state, *verbose, nested + 1)?;
                if let Some(None) = saved_lookbehind {
                    state.lookbehind_groups = None;
                }
                if !source.matches(')')? {
                    return Err(
                        source.error("missing ), unterminated subpattern", source.tell() - start)
                    );
                }
                return Ok(Some(Node::Assert {
                    behind: dir_behind,
                    negate: kind == '!',
                    body,
                }));
            }
            '(' => return parse_conditional(source, state, *verbose, nested, start).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            c if flag_of(c).is_some() || c == '-' => match parse_flags(source, state, c)? {
                None => {
                    if !first {
                        return Err(source.error(
                            "global flags not at the start of the expression",
                            source.tell() - start,
                        ));
                    }
                    *verbose = state.flags & VERBOSE != 0;
                    return Ok(None);
                }
                Some((add, del)) => {
                    add_flags = add;
                    del_flags = del;
                    capture = false;
                }
            },
            c => {
                let len = 1 + 1;
                return Err(source.error(&format!("unknown extension ?{c}"), len));
            }
        }
    }
    let group = if capture {
        let gid = state.groups();
        if gid >= MAXGROUPS {
            return Err(source.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(old) = state.lookup(n) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    crate::repr::str_repr(n)
                );
                return Err(source.error(&msg, n.chars().count() + 1));
            }
            state.names.push((n.clone(), gid));
        }
        state.widths.push(None);
        state.close_order.push(usize::MAX);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add_flags & VERBOSE != 0) && del_flags & VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(gid) = group {
        state.widths[gid] = Some(width_of(&body, &state.widths));
        state.close_order[gid] = source.tell();
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group {
        group,
        add_flags,
        del_flags,
        body,
    }))
}

fn parse_conditional(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let condname = source.getuntil(')', "group name")?;
    let len = condname.chars().count() + 1;
    let group = if crate::str::ctype::isidentifier(&condname) {
        source.check_group_name(&condname, 1)?;
        match state.lookup(&condname) {
            Some(g) => g,
            None => {
                let msg = format!("unknown group name {}", crate::repr::str_repr(&condname));
                return Err(source.error(&msg, len));
            }
        }
    } else {
        let bad = || {
            let msg = format!(
                "bad character in group name {}",
                crate::repr::str_repr(&condname)
            );
            source.error(&msg, len)
        };
        let digits = condname.trim();
        let digits = digits.strip_prefix('+').unwrap_or(digits);
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let group: usize = digits.parse().unwrap_or(usize::MAX);
        if group == 0 {
            return Err(source.error("bad group number", len));
        }
        if group >= MAXGROUPS {
            return Err(source.error(&format!("invalid group reference {group}"), len));
        }
        if !state.groupref_pos.iter().any(|(g, _)| *g == group) {
            state
                .groupref_pos
                .push((group, source.tell().saturating_sub(len)));
        }
        group
    };
    state.check_lookbehind_group(group, source)?;
    let yes = parse(source, state, verbose, nested + 1, false)?;
    let no = if source.matches('|')? {
        let no = parse(source, state, verbose, nested + 1, false)?;
        if source.next_is('|') {
            return Err(source.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    Ok(Node::GroupRefExists { group, yes, no })
}

/// `_parse_flags`: `None` for global flags `(?i)`, else the scoped flags added
/// and removed.
fn parse_flags(
    source: &mut Tokenizer,
    state: &mut State,
    first: char,
) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = Some(first);
    if first != '-' {
        loop {
            let c = ch.unwrap_or('-');
            let flag = flag_of(c).unwrap_or(0);
            if c == 'L' {
                return Err(source.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            ch = source.get_char_raw()?;
            match ch {
                None => return Err(source.error("missing -, : or )", 0)),
                Some(')' | '-' | ':') => break,
                Some(c) if flag_of(c).is_none() => {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(source.error(msg, source.last_len));
                }
                _ => {}
            }
        }
    }
    if ch == Some(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == Some('-') {
        ch = source.get_char_raw()?;
        match ch {
            None => return Err(source.error("missing flag", 0)),
            Some(c) if flag_of(c).is_none() => {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(source.error(msg, source.last_len));
            }
            _ => {}
        }
        loop {
            let flag = flag_of(ch.unwrap_or('-')).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            ch = source.get_char_raw()?;
            match ch {
                None => return Err(source.error("missing :", 0)),
                Some(':') => break,
                Some(c) if flag_of(c).is_none() => {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(source.error(msg, source.last_len));
                }
                _ => {}
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

impl Tokenizer<'_> {
    /// `sourceget()` in `_parse_flags`: the token as a one-character string
    /// when it is plain (an escape never names a flag); remembers its length.
    fn get_char_raw(&mut self) -> PResult<Option<char>> {
        let t = self.get()?;
        self.last_len = tok_len(t);
        Ok(match t {
            None => None,
            // An escape is two characters: never a flag or terminator.
            Some((_, Some(_))) => Some('\u{0}'),
            Some((c, None)) => Some(c),
        })
    }
}
