//! Widths of subpatterns (`SubPattern.getwidth`) and the checks made after
//! parsing: fixed-width look-behinds, groups inside look-aheads.

use super::*;

/// `SubPattern.getwidth()`: the (min, max) number of characters a sequence
/// can match, capped at [`MAXWIDTH`].
pub fn width(nodes: &[Node], groups: &[Option<(u128, u128)>]) -> (u128, u128) {
    width_of(nodes, groups)
}

pub(super) fn width_of(nodes: &[Node], groups: &[Option<(u128, u128)>]) -> (u128, u128) {
    let (mut lo, mut hi) = (0u128, 0u128);
    for node in nodes {
        let (i, j) = match node {
            Node::Branch(items) => {
                let mut i = MAXWIDTH;
                let mut j = 0;
                for item in items {
                    let (l, h) = width_of(item, groups);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(body) | Node::Group { body, .. } => width_of(body, groups),
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = width_of(body, groups);
                let lo_part = i.saturating_mul(u128::from(*min));
                let hi_part = if *max == MAXREPEAT && j > 0 {
                    MAXWIDTH
                } else {
                    j.saturating_mul(u128::from(*max))
                };
                (lo_part, hi_part)
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::GroupRef(g) => groups.get(*g).copied().flatten().unwrap_or((0, MAXWIDTH)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width_of(yes, groups);
                match no {
                    Some(no) => {
                        let (l, h) = width_of(no, groups);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo.min(MAXWIDTH), hi.min(MAXWIDTH))
}

pub(super) fn mark_lookahead_groups(nodes: &[Node], inside: bool, marks: &mut [bool]) {
    for node in nodes {
        match node {
            Node::Group { group, body, .. } => {
                if let Some(slot) = group.and_then(|g| marks.get_mut(g)) {
                    *slot = inside;
                }
                mark_lookahead_groups(body, inside, marks);
            }
            Node::Assert { behind, body, .. } => {
                mark_lookahead_groups(body, inside || !behind, marks)
            }
            Node::Branch(items) => {
                for item in items {
                    mark_lookahead_groups(item, inside, marks);
                }
            }
            Node::Atomic(body) | Node::Repeat { body, .. } => {
                mark_lookahead_groups(body, inside, marks)
            }
            Node::GroupRefExists { yes, no, .. } => {
                mark_lookahead_groups(yes, inside, marks);
                if let Some(no) = no {
                    mark_lookahead_groups(no, inside, marks);
                }
            }
            _ => {}
        }
    }
}

/// The compiler's checks: a look-behind must have a fixed width.
pub(super) fn check_lookbehinds(nodes: &[Node], groups: &[Option<(u128, u128)>]) -> PResult<()> {
    for node in nodes {
        match node {
            Node::Assert { behind, body, .. } => {
                if *behind {
                    let (lo, hi) = width_of(body, groups);
                    if lo > u128::from(u32::MAX) {
                        return Err(ParseError::Syntax {
                            msg: "looks too much behind".into(),
                            pos: None,
                        });
                    }
                    if lo != hi {
                        return Err(ParseError::Syntax {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                }
                check_lookbehinds(body, groups)?;
            }
            Node::Branch(items) => {
                for item in items {
                    check_lookbehinds(item, groups)?;
                }
            }
            Node::Group { body, .. } | Node::Atomic(body) | Node::Repeat { body, .. } => {
                check_lookbehinds(body, groups)?
            }
            Node::GroupRefExists { yes, no, .. } => {
                check_lookbehinds(yes, groups)?;
                if let Some(no) = no {
                    check_lookbehinds(no, groups)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}
