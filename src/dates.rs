//! Dates as factdesk writes them: today's date, and whether a text is a `YYYY-MM-DD` date.

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// Whether `s` is a `YYYY-MM-DD` date.
pub fn is_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() && s.len() == 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_date("2025-07-01"));
        assert!(!is_date("2025-7-1"));
        assert!(!is_date("2025-02-30"));
        assert!(is_date(&today()));
    }
}
