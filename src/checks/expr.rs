//! The arithmetic expression language of numeric checks: a tokenizer, a recursive-descent parser and an evaluator.
//!
//! Grammar (lowest precedence first):
//!
//! ```text
//! expr    := term (("+" | "-" | "−") term)*
//! term    := unary (("*" | "/" | "×" | "÷") unary)*
//! unary   := ("-" | "−" | "+") unary | power
//! power   := postfix (("^" | "**") unary)?        right-associative; -2^2 = -4
//! postfix := primary "%"*                          30% = 0.30
//! primary := NUMBER | NAME | "(" expr ")"
//! NUMBER  := digits ["." digits] [("e" | "E") ["+" | "-"] digits]   also ".5"
//! NAME    := (letter | "_") (letter | digit | "_")*
//! ```
//!
//! Every error carries the 1-based character position in the expression where it happened.

use std::fmt;

/// Longest expression accepted, in characters.
pub const MAX_LEN: usize = 1000;
/// Deepest nesting of parentheses and unary operators accepted.
pub const MAX_DEPTH: usize = 64;

/// What went wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// A divisor evaluated to zero.
    DivisionByZero,
    /// A name that is defined neither on the claim nor on the story.
    UnknownName(String),
    /// The text does not follow the grammar.
    Syntax(String),
    /// The result overflowed or is otherwise not a finite number.
    NotFinite,
}

/// An error with the 1-based character position it refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprError {
    /// 1-based character position in the expression.
    pub pos: usize,
    pub kind: ErrorKind,
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::DivisionByZero => write!(f, "division by zero at character {}", self.pos),
            ErrorKind::UnknownName(n) => write!(
                f,
                "unknown name `{n}` at character {}; define it under the claim's or the story's `values:`",
                self.pos
            ),
            ErrorKind::Syntax(m) => write!(f, "bad syntax at character {}: {m}", self.pos),
            ErrorKind::NotFinite => write!(f, "the result is not a finite number (overflow) at character {}", self.pos),
        }
    }
}

impl std::error::Error for ExprError {}

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

/// A parsed expression. Each node keeps the position used in its errors.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Num(f64),
    Name { name: String, pos: usize },
    Neg(Box<Expr>),
    Percent(Box<Expr>),
    Bin { op: Op, pos: usize, lhs: Box<Expr>, rhs: Box<Expr> },
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Name(String),
    Op(Op),
    Percent,
    Open,
    Close,
    End,
}

/// A token with its 1-based position.
type Spanned = (Tok, usize);

fn describe(t: &Tok) -> String {
    match t {
        Tok::Num(n) => format!("number {n}"),
        Tok::Name(n) => format!("name `{n}`"),
        Tok::Op(_) => "an operator".into(),
        Tok::Percent => "`%`".into(),
        Tok::Open => "`(`".into(),
        Tok::Close => "`)`".into(),
        Tok::End => "the end".into(),
    }
}

fn syntax(pos: usize, msg: impl Into<String>) -> ExprError {
    ExprError { pos, kind: ErrorKind::Syntax(msg.into()) }
}

fn tokenize(src: &str) -> Result<Vec<Spanned>, ExprError> {
    let chars: Vec<char> = src.chars().collect();
    if chars.len() > MAX_LEN {
        return Err(syntax(MAX_LEN + 1, format!("expression is longer than {MAX_LEN} characters")));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let pos = i + 1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let single = match c {
            '+' => Some(Tok::Op(Op::Add)),
            '-' | '−' => Some(Tok::Op(Op::Sub)),
            '×' => Some(Tok::Op(Op::Mul)),
            '/' | '÷' => Some(Tok::Op(Op::Div)),
            '^' => Some(Tok::Op(Op::Pow)),
            '%' => Some(Tok::Percent),
            '(' => Some(Tok::Open),
            ')' => Some(Tok::Close),
            _ => None,
        };
        if let Some(t) = single {
            out.push((t, pos));
            i += 1;
        } else if c == '*' {
            if chars.get(i + 1) == Some(&'*') {
                out.push((Tok::Op(Op::Pow), pos));
                i += 2;
            } else {
                out.push((Tok::Op(Op::Mul), pos));
                i += 1;
            }
        } else if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
            let mantissa: String = chars[start..i].iter().collect();
            if mantissa == "." {
                return Err(syntax(pos, "a lone `.` is not a number"));
            }
            if i < chars.len() && (chars[i] == 'e' || chars[i] == 'E') {
                let mut j = i + 1;
                if j < chars.len() && (chars[j] == '+' || chars[j] == '-') {
                    j += 1;
                }
                let digits = j;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                if j == digits {
                    return Err(syntax(i + 1, "exponent needs digits, as in `12.5e9`"));
                }
                i = j;
            }
            if i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                return Err(syntax(i + 1, format!("unexpected `{}` right after a number", chars[i])));
            }
            let text: String = chars[start..i].iter().collect();
            let n: f64 = text.parse().map_err(|_| syntax(pos, format!("`{text}` is not a number")))?;
            out.push((Tok::Num(n), pos));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push((Tok::Name(chars[start..i].iter().collect()), pos));
        } else if c == ',' {
            return Err(syntax(
                pos,
                "unexpected `,`; write numbers without thousands separators, e.g. 41900000000 or 41.9e9",
            ));
        } else {
            return Err(syntax(pos, format!("unexpected character `{}`", c.escape_default())));
        }
    }
    out.push((Tok::End, chars.len() + 1));
    Ok(out)
}

struct Parser {
    toks: Vec<Spanned>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Spanned {
        &self.toks[self.at.min(self.toks.len() - 1)]
    }

    fn bump(&mut self) -> Spanned {
        let t = self.peek().clone();
        self.at += 1;
        t
    }

    fn enter(&mut self, pos: usize) -> Result<(), ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH { Err(syntax(pos, format!("nested deeper than {MAX_DEPTH} levels"))) } else { Ok(()) }
    }

    fn expr(&mut self) -> Result<Expr, ExprError> {
        let mut lhs = self.term()?;
        while let (Tok::Op(op @ (Op::Add | Op::Sub)), pos) = self.peek().clone() {
            self.bump();
            let rhs = self.term()?;
            lhs = Expr::Bin { op, pos, lhs: Box::new(lhs), rhs: Box::new(rhs) };
        }
        Ok(lhs)
    }

    fn term(&mut self) -> Result<Expr, ExprError> {
        let mut lhs = self.unary()?;
        while let (Tok::Op(op @ (Op::Mul | Op::Div)), pos) = self.peek().clone() {
            self.bump();
            let rhs = self.unary()?;
            lhs = Expr::Bin { op, pos, lhs: Box::new(lhs), rhs: Box::new(rhs) };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Expr, ExprError> {
        let (tok, pos) = self.peek().clone();
        match tok {
            Tok::Op(op @ (Op::Sub | Op::Add)) => {
                self.bump();
                self.enter(pos)?;
                let inner = self.unary()?;
                self.depth -= 1;
                Ok(if op == Op::Sub { Expr::Neg(Box::new(inner)) } else { inner })
            }
            _ => self.power(),
        }
    }

    fn power(&mut self) -> Result<Expr, ExprError> {
        let base = self.postfix()?;
        if let (Tok::Op(Op::Pow), pos) = self.peek().clone() {
            self.bump();
            self.enter(pos)?;
            let exp = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Bin { op: Op::Pow, pos, lhs: Box::new(base), rhs: Box::new(exp) });
        }
        Ok(base)
    }

    fn postfix(&mut self) -> Result<Expr, ExprError> {
        let mut e = self.primary()?;
        while self.peek().0 == Tok::Percent {
            self.bump();
            e = Expr::Percent(Box::new(e));
        }
        Ok(e)
    }

    fn primary(&mut self) -> Result<Expr, ExprError> {
        let (tok, pos) = self.bump();
        match tok {
            Tok::Num(n) => Ok(Expr::Num(n)),
            Tok::Name(name) => Ok(Expr::Name { name, pos }),
            Tok::Open => {
                self.enter(pos)?;
                let inner = self.expr()?;
                self.depth -= 1;
                match self.bump() {
                    (Tok::Close, _) => Ok(inner),
                    (t, p) => Err(syntax(
                        p,
                        format!("expected `)` to close the `(` at character {pos}, found {}", describe(&t)),
                    )),
                }
            }
            Tok::End => Err(syntax(pos, "expression ends where a number, a name or `(` was expected")),
            t => Err(syntax(pos, format!("expected a number, a name or `(`, found {}", describe(&t)))),
        }
    }
}

/// Parses an expression.
pub fn parse(src: &str) -> Result<Expr, ExprError> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks, at: 0, depth: 0 };
    if p.peek().0 == Tok::End {
        return Err(syntax(1, "the expression is empty"));
    }
    let e = p.expr()?;
    match p.peek().clone() {
        (Tok::End, _) => Ok(e),
        (Tok::Close, pos) => Err(syntax(pos, "`)` without a matching `(`")),
        (t, pos) => Err(syntax(pos, format!("expected an operator, found {}", describe(&t)))),
    }
}

impl Expr {
    /// Evaluates with `lookup` resolving names. Fails on unknown names, division by zero and overflow.
    pub fn eval(&self, lookup: &dyn Fn(&str) -> Option<f64>) -> Result<f64, ExprError> {
        match self {
            Expr::Num(n) => Ok(*n),
            Expr::Name { name, pos } => {
                lookup(name).ok_or_else(|| ExprError { pos: *pos, kind: ErrorKind::UnknownName(name.clone()) })
            }
            Expr::Neg(e) => Ok(-e.eval(lookup)?),
            Expr::Percent(e) => Ok(e.eval(lookup)? / 100.0),
            Expr::Bin { op, pos, lhs, rhs } => {
                let a = lhs.eval(lookup)?;
                let b = rhs.eval(lookup)?;
                let v = match op {
                    Op::Add => a + b,
                    Op::Sub => a - b,
                    Op::Mul => a * b,
                    Op::Div if b == 0.0 => return Err(ExprError { pos: *pos, kind: ErrorKind::DivisionByZero }),
                    Op::Div => a / b,
                    Op::Pow => a.powf(b),
                };
                if v.is_finite() { Ok(v) } else { Err(ExprError { pos: *pos, kind: ErrorKind::NotFinite }) }
            }
        }
    }

    /// Every name the expression uses, in order of appearance (with repeats removed).
    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.collect_names(&mut out);
        out
    }

    fn collect_names<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Num(_) => {}
            Expr::Name { name, .. } => {
                if !out.contains(&name.as_str()) {
                    out.push(name);
                }
            }
            Expr::Neg(e) | Expr::Percent(e) => e.collect_names(out),
            Expr::Bin { lhs, rhs, .. } => {
                lhs.collect_names(out);
                rhs.collect_names(out);
            }
        }
    }
}

/// Parses and evaluates in one step.
pub fn evaluate(src: &str, lookup: &dyn Fn(&str) -> Option<f64>) -> Result<f64, ExprError> {
    let e = parse(src)?;
    e.eval(lookup)
}

/// `src` with every use of the name `from` written `to` instead (the rest of the text as it was): for renaming a
/// value. Only whole names change: renaming `gdp` leaves `gdp_2023` alone.
pub fn rename(src: &str, from: &str, to: &str) -> Result<String, ExprError> {
    fn walk(e: &Expr, from: &str, out: &mut Vec<usize>) {
        match e {
            Expr::Num(_) => {}
            Expr::Name { name, pos } => {
                if name == from {
                    out.push(*pos);
                }
            }
            Expr::Neg(e) | Expr::Percent(e) => walk(e, from, out),
            Expr::Bin { lhs, rhs, .. } => {
                walk(lhs, from, out);
                walk(rhs, from, out);
            }
        }
    }
    let mut at = Vec::new();
    walk(&parse(src)?, from, &mut at);
    at.sort_unstable();
    let mut chars: Vec<char> = src.chars().collect();
    let len = from.chars().count();
    // From the end, so the positions before each change stay true.
    for pos in at.into_iter().rev() {
        let start = pos - 1;
        chars.splice(start..start + len, to.chars());
    }
    Ok(chars.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rename_changes_whole_names_only() {
        assert_eq!(
            rename("gdp / (gdp_2023 + gdp) * 2", "gdp", "gdp_usd").unwrap(),
            "gdp_usd / (gdp_2023 + gdp_usd) * 2"
        );
        assert_eq!(rename("rev×gdp÷gdp", "gdp", "g").unwrap(), "rev×g÷g");
        assert!(rename("gdp +", "gdp", "x").is_err());
    }

    fn ev(s: &str) -> Result<f64, ExprError> {
        evaluate(s, &|n| match n {
            "gdp_2023_rebased_usd" => Some(41.9e9),
            "zero" => Some(0.0),
            "x" => Some(2.0),
            _ => None,
        })
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * b.abs().max(1.0)
    }

    #[test]
    fn arithmetic_and_precedence() {
        assert_eq!(ev("1 + 2 * 3").unwrap(), 7.0);
        assert_eq!(ev("(1 + 2) * 3").unwrap(), 9.0);
        assert_eq!(ev("10 - 4 - 3").unwrap(), 3.0);
        assert_eq!(ev("24 / 4 / 2").unwrap(), 3.0);
        assert_eq!(ev("6 × 7").unwrap(), 42.0);
        assert_eq!(ev("84 ÷ 2").unwrap(), 42.0);
        assert_eq!(ev("10 − 3").unwrap(), 7.0);
    }

    #[test]
    fn powers_are_right_associative_and_bind_tighter_than_minus() {
        assert_eq!(ev("2 ^ 3 ^ 2").unwrap(), 512.0);
        assert_eq!(ev("2 ** 10").unwrap(), 1024.0);
        assert_eq!(ev("-2 ^ 2").unwrap(), -4.0);
        assert_eq!(ev("2 ^ -1").unwrap(), 0.5);
        assert_eq!(ev("1.05 ^ 2 * 100").unwrap(), 1.05f64.powf(2.0) * 100.0);
    }

    #[test]
    fn percentages_and_scientific_notation() {
        assert!(close(ev("30%").unwrap(), 0.30));
        assert!(close(ev("50% * 41.9e9").unwrap(), 20.95e9));
        assert!(close(ev("(1 + 5)%").unwrap(), 0.06));
        assert_eq!(ev("12.5e9").unwrap(), 12.5e9);
        assert_eq!(ev("1E3 + 2e-3 + 1e+2").unwrap(), 1100.002);
        assert_eq!(ev(".5 + 1.").unwrap(), 1.5);
    }

    #[test]
    fn names_resolve() {
        let v = ev("12.5e9 / gdp_2023_rebased_usd").unwrap();
        assert!((v - 0.2983).abs() < 1e-4, "{v}");
        assert_eq!(parse("a + b * a").unwrap().names(), ["a", "b"]);
    }

    #[test]
    fn division_by_zero_points_at_the_operator() {
        let e = ev("1 + 4 / zero").unwrap_err();
        assert_eq!(e, ExprError { pos: 7, kind: ErrorKind::DivisionByZero });
        let e = ev("3 ÷ (x - 2)").unwrap_err();
        assert_eq!(e.pos, 3);
        assert!(e.to_string().contains("division by zero at character 3"));
    }

    #[test]
    fn unknown_name_points_at_the_name() {
        let e = ev("12.5e9 / gdp_2024").unwrap_err();
        assert_eq!(e, ExprError { pos: 10, kind: ErrorKind::UnknownName("gdp_2024".into()) });
        assert!(e.to_string().contains("values:"));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 1, "empty"),
            ("1 +", 4, "ends"),
            ("(1 + 2", 7, "expected `)`"),
            ("1 + 2)", 6, "without a matching"),
            ("1 2", 3, "expected an operator"),
            ("1 $ 2", 3, "unexpected character `$`"),
            ("12.5e", 5, "exponent"),
            ("3x", 2, "right after a number"),
            ("1.2.3", 4, "right after a number"),
            ("* 2", 1, "expected a number"),
            ("2 * / 3", 5, "expected a number"),
            ("ä + .", 5, "lone `.`"),
            ("41,900", 3, "thousands separators"),
        ];
        for (src, pos, msg) in cases {
            let e = parse(src).unwrap_err();
            assert_eq!(e.pos, *pos, "{src:?}: {e}");
            assert!(e.to_string().contains(msg), "{src:?}: {e}");
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let e = ev("5 × 6 ÷ 0").unwrap_err();
        assert_eq!(e.pos, 7);
    }

    #[test]
    fn overflow_is_reported() {
        let e = ev("10 ^ 400").unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotFinite);
        assert_eq!(e.pos, 4);
    }

    #[test]
    fn hostile_input_is_bounded() {
        let deep = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(parse(&deep).unwrap_err().to_string().contains("longer than"));
        let deep = format!("{}1{}", "(".repeat(200), ")".repeat(200));
        assert!(parse(&deep).unwrap_err().to_string().contains("nested deeper"));
        let minus = "-".repeat(500) + "1";
        assert!(parse(&minus).is_err());
        let ok = format!("{}1{}", "(".repeat(60), ")".repeat(60));
        assert_eq!(ev(&ok).unwrap(), 1.0);
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_fails_with_a_position_inside_it(s in "\\PC{0,80}") {
            let len = s.chars().count();
            match parse(&s) {
                Ok(e) => { let _ = e.eval(&|_| Some(1.0)); }
                Err(e) => proptest::prop_assert!(e.pos >= 1 && e.pos <= len + 1, "{e} for {s:?}"),
            }
        }

        #[test]
        fn numbers_read_back_exactly(x in 0.0f64..1e300) {
            proptest::prop_assert_eq!(ev(&format!("{x:e}")).unwrap(), x);
            proptest::prop_assert_eq!(ev(&format!("{x}")).unwrap(), x);
        }

        #[test]
        fn sums_and_products_match_rust(a in -1e6f64..1e6, b in 1.0f64..1e6, c in -1e3f64..1e3) {
            let src = format!("({a}) + ({b}) * ({c}) - ({a}) / ({b})");
            proptest::prop_assert_eq!(ev(&src).unwrap(), a + b * c - a / b);
        }
    }
}
