//! What the journalist types into and chooses from: forms and their fields, pickers, confirmations, in-place notes.

use super::*;

/// Where an in-place notes edit began (see `App::notes_base`).
#[derive(Debug, Clone, PartialEq)]
pub struct NotesBase {
    pub story: usize,
    pub id: String,
    pub notes: String,
    /// The claim went away on disk and the journalist was told once: the next Esc drops the text.
    pub warned_gone: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PickValue {
    Verdict(String),
    Status(Status),
    FilterAll,
    FilterVerdict(Option<String>),
    FilterStatus(Status),
    MergeInto(usize),
    /// Merge the selected candidate into a claim of another story (found by the similar-claims index).
    MergeAcross {
        slug: String,
        id: String,
    },
    Export(crate::export::Format),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PickItem {
    pub label: String,
    pub value: PickValue,
    /// Verdict colour, for the badge.
    pub color: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub title: String,
    pub items: Vec<PickItem>,
    pub cursor: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Source,
    /// The claim form (`t`): text, id, claimant, claimant type, kind, tags, assignee, summary.
    Claim,
    NewClaim,
    /// The story form (`I`): title, outlet, byline, url, published, language.
    Story,
    /// The publishing organisation (`O`): name, url, review url, written to `factdesk.yaml`.
    Organization,
    /// A numeric check (from the checks pane).
    Check,
    /// A story value (from the values pane).
    Value,
}

impl FormKind {
    pub const ALL: [FormKind; 7] = [
        FormKind::Source,
        FormKind::Claim,
        FormKind::NewClaim,
        FormKind::Story,
        FormKind::Organization,
        FormKind::Check,
        FormKind::Value,
    ];

    /// The form's name in recovery journals (`safety::journal::Draft::form`).
    pub fn name(self) -> &'static str {
        match self {
            FormKind::Source => "source",
            FormKind::Claim => "claim",
            FormKind::NewClaim => "new-claim",
            FormKind::Story => "story",
            FormKind::Organization => "organization",
            FormKind::Check => "check",
            FormKind::Value => "value",
        }
    }

    /// The form a journal's draft names. `meta` is the claim form's name in journals written before it grew
    /// into the claim form (its fields, Tags, Assignee, Claimant and Kind, kept their labels).
    pub fn from_name(name: &str) -> Option<FormKind> {
        if name == "meta" {
            return Some(FormKind::Claim);
        }
        FormKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
    pub hint: &'static str,
    /// Where typing goes, in characters.
    pub cursor: usize,
    /// The field takes one web address: a paste with a line break in it is refused, not glued onto one line.
    pub web_address: bool,
}

impl Field {
    /// Edits the field with one key: characters insert at the cursor; ←/→, Home/End move it; Backspace and
    /// Delete remove; Ctrl-U clears; Ctrl-W removes the word before the cursor. `false` for other keys.
    pub fn edit(&mut self, ev: &KeyEvent) -> bool {
        let mut chars: Vec<char> = self.value.chars().collect();
        let at = self.cursor.min(chars.len());
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let at = match ev.code {
            KeyCode::Char('u') if ctrl => {
                chars.clear();
                0
            }
            KeyCode::Char('w') if ctrl => {
                let mut s = at;
                while s > 0 && chars[s - 1] == ' ' {
                    s -= 1;
                }
                while s > 0 && chars[s - 1] != ' ' {
                    s -= 1;
                }
                chars.drain(s..at);
                s
            }
            KeyCode::Char(c) if !ctrl => {
                chars.insert(at, c);
                at + 1
            }
            KeyCode::Backspace if at > 0 => {
                chars.remove(at - 1);
                at - 1
            }
            KeyCode::Delete if at < chars.len() => {
                chars.remove(at);
                at
            }
            KeyCode::Left => at.saturating_sub(1),
            KeyCode::Right => (at + 1).min(chars.len()),
            KeyCode::Home => 0,
            KeyCode::End => chars.len(),
            KeyCode::Backspace | KeyCode::Delete => at,
            _ => return false,
        };
        self.value = chars.into_iter().collect();
        self.cursor = at;
        true
    }

    /// Inserts pasted text at the cursor, on one line.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", " ").replace(['\r', '\n'], " ");
        let mut chars: Vec<char> = self.value.chars().collect();
        let at = self.cursor.min(chars.len());
        let n = text.chars().count();
        chars.splice(at..at, text.chars());
        self.value = chars.into_iter().collect();
        self.cursor = at + n;
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<String>,
    /// The values the form opened with: Esc asks before dropping anything typed since.
    pub initial: Vec<String>,
    /// Esc was pressed once on typed values: the next Esc drops them.
    pub leaving: bool,
    /// A question asked before the form's values are taken (renaming a published claim changes its public
    /// url): y takes them, n or Esc returns to the form with everything typed.
    pub question: Option<String>,
    /// What the form edits, found when it opened: the story, and the claim's id (empty for the story form).
    /// Its values go there even if a reload moved the cursor meanwhile; if that claim is gone, nowhere.
    pub target: Option<(usize, String)>,
    /// The pane it was opened from, which Enter and Esc return to, and what it edits there.
    pub from: Option<Box<super::FromPane>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    Delete,
    Quit,
    /// A save that cannot keep everything in a hand-edited file (see `App::save_warnings`).
    LossySave,
    /// Removing an item from a list pane; the answer returns to the pane.
    Remove(Box<super::Removal>),
}

pub(super) fn field(label: &'static str, value: &str, hint: &'static str) -> Field {
    Field { label, value: value.to_string(), hint, cursor: value.chars().count(), web_address: false }
}

/// [`field`] for one web address (see [`Field::web_address`]).
pub(super) fn address_field(label: &'static str, value: &str, hint: &'static str) -> Field {
    Field { web_address: true, ..field(label, value, hint) }
}

pub(super) fn describe(v: &str) -> &str {
    if v.is_empty() { "(none)" } else { v }
}

impl App {
    pub(super) fn open_picker(&mut self, title: &str, items: Vec<PickItem>, cursor: usize) {
        self.mode = Mode::Picker(Picker { title: title.into(), items, cursor });
    }

    pub(super) fn verdict_items(&self, with_none_label: &str) -> Vec<PickItem> {
        let mut items: Vec<PickItem> = self
            .ws
            .config
            .verdicts
            .iter()
            .map(|v| PickItem {
                label: format!("{} {}", v.symbol, v.label),
                value: PickValue::Verdict(v.name.clone()),
                color: v.color.clone(),
            })
            .collect();
        items.push(PickItem {
            label: with_none_label.into(),
            value: PickValue::Verdict(String::new()),
            color: String::new(),
        });
        items
    }

    pub(super) fn form(&mut self, kind: FormKind, title: &str, fields: Vec<Field>) {
        let initial = fields.iter().map(|f| f.value.clone()).collect();
        self.mode = Mode::Form(Form {
            kind,
            title: title.into(),
            fields,
            focus: 0,
            error: None,
            initial,
            leaving: false,
            question: None,
            target: None,
            from: None,
        });
    }

    pub(super) fn unique_id(&self, si: usize, base: &str) -> String {
        let claims = &self.ws.stories[si].file.claims;
        crate::model::unique_id(base, |id| claims.iter().any(|c| c.id == id))
    }
}
