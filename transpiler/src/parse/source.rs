//! Source text with a line index: byte offsets to (line, column) positions.

use crate::diag::Pos;

/// A source file's path and text, with the byte offset of each line start.
pub struct SourceFile {
    /// The path as given to pyrc.
    pub path: String,
    /// The full text.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Indexes `text`.
    pub fn new(path: &str, text: &str) -> SourceFile {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path: path.to_string(),
            text: text.to_string(),
            line_starts,
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn pos(&self, offset: usize) -> Pos {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Pos {
            line: line as u32,
            col: col as u32 + 1,
        }
    }

    /// The text of 1-based `line`, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(self.text.len(), |&e| e);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let s = SourceFile::new("t.py", "ab\ncd\n");
        assert_eq!(s.pos(0), Pos { line: 1, col: 1 });
        assert_eq!(s.pos(4), Pos { line: 2, col: 2 });
        assert_eq!(s.line_text(2), "cd");
        assert_eq!(s.line_text(9), "");
    }
}
