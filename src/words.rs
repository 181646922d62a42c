//! Wording shared by the CLI and the UI: a count with its noun in the right number.

/// "1 story", "2 stories", "0 stories".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(super::plural(1, "story", "stories"), "1 story");
        assert_eq!(super::plural(0, "story", "stories"), "0 stories");
        assert_eq!(super::plural(2, "new candidate", "new candidates"), "2 new candidates");
    }
}
