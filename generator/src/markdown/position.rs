//! Byte offsets of the Markdown body to the line and column an editor shows.

/// Start offsets of every line, built once per page; each lookup is a binary search, so
/// a page with thousands of links stays linear-ish instead of rescanning the text.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let breaks = text.match_indices('\n').map(|(i, _)| i + 1);
        LineIndex {
            text,
            starts: std::iter::once(0).chain(breaks).collect(),
        }
    }

    /// 1-based line and column (in characters) of `offset` within the body.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (to_u32(line + 1), to_u32(col + 1))
    }

    /// 1-based line of `offset` within the body.
    pub fn line(&self, offset: usize) -> u32 {
        self.line_col(offset).0
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_and_later_lines() {
        let idx = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(1), (1, 2));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(6), (3, 1));
        assert_eq!(idx.line_col(8), (4, 2));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let idx = LineIndex::new("## Configuración [x](y.md)");
        let at = "## Configuración [".len() - 1;
        assert_eq!(idx.line_col(at), (1, 18));
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let idx = LineIndex::new("a\nb");
        assert_eq!(idx.line_col(99), (2, 2));
    }
}
