//! Emitting: a Rust syntax tree to formatted source text.
//!
//! syn trees cannot carry comments, so lowering marks each statement with a
//! `__pyrc_comment!("…")` statement; after prettyplease has formatted the file,
//! each marker line becomes a `// …` comment at the same indentation.

const MARKER: &str = "__pyrc_comment!(";

/// Formats a generated file, turning comment markers into comments.
pub fn render(file: &syn::File) -> String {
    let text = prettyplease::unparse(file);
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if !trimmed.starts_with(MARKER) {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        // prettyplease may break a long marker over several lines.
        let indent = &line[..line.len() - trimmed.len()];
        let mut statement = trimmed.to_string();
        while !statement.ends_with(");") {
            match lines.next() {
                Some(next) => statement.push_str(next.trim()),
                None => break,
            }
        }
        out.push_str(indent);
        out.push_str("// ");
        out.push_str(&marker_text(&statement));
        out.push('\n');
    }
    out
}

/// The text of a `__pyrc_comment!("text");` statement.
fn marker_text(statement: &str) -> String {
    let literal = statement
        .strip_prefix(MARKER)
        .and_then(|s| s.strip_suffix(");"))
        .unwrap_or_default()
        .trim()
        .trim_end_matches(',');
    match syn::parse_str::<syn::LitStr>(literal) {
        Ok(lit) => lit.value().replace(['\n', '\r'], " "),
        Err(_) => literal.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_become_comments() {
        let file: syn::File = syn::parse_quote! {
            fn f() {
                __pyrc_comment!("3: x = \"a\"");
                let x = 1;
            }
        };
        let text = render(&file);
        assert!(
            text.contains("    // 3: x = \"a\"\n    let x = 1;"),
            "{text}"
        );
        assert!(!text.contains("__pyrc_comment"));
    }

    #[test]
    fn long_markers_broken_over_lines_become_one_comment() {
        let long = "x".repeat(200);
        let file: syn::File = syn::parse_quote! {
            fn f() {
                __pyrc_comment!(#long);
                let x = 1;
            }
        };
        let text = render(&file);
        assert!(text.contains(&format!("// {long}\n")), "{text}");
        assert!(!text.contains("__pyrc_comment"));
    }
}
