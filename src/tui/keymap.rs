//! The keymap as data: one table of (context, key) -> (action, name, description). The help overlay, the
//! footer hints and the key dispatch all read this table, so they never disagree.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

/// Where a key applies. `Main` keys work in the list, detail, notes and article panes alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Context {
    Main,
    Article,
    Filter,
    Notes,
    Picker,
    Form,
    Confirm,
    Help,
    Recover,
    Resolve,
    /// A list pane: sources, numeric checks, story values, warnings.
    Items,
}

impl Context {
    pub const ALL: [Context; 11] = [
        Context::Main,
        Context::Article,
        Context::Filter,
        Context::Notes,
        Context::Picker,
        Context::Form,
        Context::Confirm,
        Context::Help,
        Context::Recover,
        Context::Resolve,
        Context::Items,
    ];

    /// The context's name, without keys (the help overlay adds them from the keymap: [`Keymap::context_title`]).
    pub fn title(self) -> &'static str {
        match self {
            Context::Main => "Claims (list, detail, notes)",
            Context::Article => "Article view",
            Context::Filter => "Typing a filter",
            Context::Notes => "Editing notes in place",
            Context::Picker => "Pickers",
            Context::Form => "Forms",
            Context::Confirm => "Confirmations",
            Context::Help => "This help",
            Context::Recover => "Restoring unsaved edits after a crash",
            Context::Resolve => "Settling a change made on both sides",
            Context::Items => "List panes",
        }
    }

    /// The main-context actions that open this context, for its title in the help: (what, action name).
    fn opened_by(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Context::Article => &[("", "article")],
            Context::Filter => &[("", "filter")],
            Context::Notes => &[("", "edit-notes")],
            Context::Picker => &[("", "verdict"), ("", "status"), ("", "quick-filter"), ("", "merge"), ("", "export")],
            Context::Form => {
                &[("", "add-source"), ("", "new-claim"), ("", "edit-claim"), ("", "story-info"), ("", "organization")]
            }
            Context::Items => &[
                ("sources", "sources"),
                ("numeric checks", "checks"),
                ("story values", "values"),
                ("warnings", "warnings"),
            ],
            _ => &[],
        }
    }
}

/// One key, without the shift that typed an upper-case letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        Key { code, mods }
    }

    pub const fn ch(c: char) -> Self {
        Key { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
    }

    pub const fn ctrl(c: char) -> Self {
        Key { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
    }

    pub const fn code(code: KeyCode) -> Self {
        Key { code, mods: KeyModifiers::NONE }
    }

    /// Normalises a terminal key event: shift is part of the character, BackTab needs no shift.
    pub fn from_event(ev: &KeyEvent) -> Self {
        let mut mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match ev.code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => KeyCode::Char(c.to_ascii_lowercase()),
            c => c,
        };
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key { code, mods }
    }

    /// Parses `x`, `G`, `ctrl-s`, `alt-x`, `enter`, `esc`, `tab`, `backtab`, `up`, `pgdn`, `f2`, `space`.
    pub fn parse(spec: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = spec.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if lower.starts_with("ctrl-") || lower.starts_with("ctrl+") {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if lower.starts_with("alt-") || lower.starts_with("alt+") {
                mods |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) { c.to_ascii_lowercase() } else { c })
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "shift-tab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?),
                _ => return None,
            },
        };
        Some(Key { code, mods })
    }

    /// How the key is written in the help and the footer.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            s.push_str("Shift-");
        }
        s + &base
    }
}

/// One row of the keymap.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub context: Context,
    pub key: Key,
    pub action: Action,
    /// Stable name used in the config file's `keys:` section.
    pub name: &'static str,
    pub description: &'static str,
    /// The footer's short label; empty when the footer does not show it.
    pub hint: &'static str,
}

/// The whole keymap.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        use Action as A;
        use Context::*;
        use KeyCode as K;
        let mut v = Vec::new();
        let mut b =
            |context, key: Key, action: Action, name: &'static str, description: &'static str, hint: &'static str| {
                v.push(Binding { context, key, action, name, description, hint })
            };
        // The claims list and the panes beside it.
        b(Main, Key::ch('?'), A::Help, "help", "help: every key", "help");
        b(Main, Key::ch('q'), A::Quit, "quit", "quit (asks if unsaved)", "quit");
        b(Main, Key::ch('j'), A::Down, "down", "move down", "");
        b(Main, Key::code(K::Down), A::Down, "down", "move down", "");
        b(Main, Key::ch('k'), A::Up, "up", "move up", "");
        b(Main, Key::code(K::Up), A::Up, "up", "move up", "");
        b(Main, Key::ch('g'), A::Top, "top", "go to the first claim", "");
        b(Main, Key::code(K::Home), A::Top, "top", "go to the first claim", "");
        b(Main, Key::ch('G'), A::Bottom, "bottom", "go to the last claim", "");
        b(Main, Key::code(K::End), A::Bottom, "bottom", "go to the last claim", "");
        b(Main, Key::code(K::PageDown), A::PageDown, "page-down", "page down", "");
        b(Main, Key::ctrl('d'), A::HalfDown, "half-down", "half a page down", "");
        b(Main, Key::code(K::PageUp), A::PageUp, "page-up", "page up", "");
        b(Main, Key::ctrl('u'), A::HalfUp, "half-up", "half a page up", "");
        b(Main, Key::code(K::Tab), A::NextPane, "next-pane", "cycle panes", "");
        b(Main, Key::code(K::BackTab), A::PrevPane, "prev-pane", "cycle panes backwards", "");
        b(Main, Key::ch('/'), A::StartFilter, "filter", "filter (fuzzy: text, claimant, notes, tags, id)", "filter");
        b(Main, Key::code(K::Esc), A::ClearFilter, "clear-filter", "clear the filters", "");
        b(Main, Key::ch('f'), A::QuickFilter, "quick-filter", "quick filter by verdict or status", "");
        b(Main, Key::ch('v'), A::VerdictPicker, "verdict", "set the verdict", "verdict");
        b(Main, Key::ch('s'), A::StatusPicker, "status", "set the status", "status");
        b(Main, Key::ch('e'), A::EditNotes, "edit-notes", "edit notes here (stopping keeps the text)", "notes");
        b(Main, Key::ch('E'), A::EditNotesExternal, "editor", "edit notes in $VISUAL / $EDITOR / vi", "");
        b(Main, Key::ch('a'), A::AddSource, "add-source", "add a source", "source");
        b(Main, Key::ch('n'), A::NewClaim, "new-claim", "new claim", "");
        b(Main, Key::ch('d'), A::Delete, "delete", "delete the claim (asks first)", "");
        b(Main, Key::ch('t'), A::EditClaim, "edit-claim", "edit the claim: text, id, claimant, tags, summary…", "");
        b(Main, Key::ch('I'), A::StoryInfo, "story-info", "edit the story: title, outlet, url, date, language…", "");
        b(Main, Key::ch('O'), A::Organization, "organization", "the publishing organisation (ClaimReview)", "");
        b(Main, Key::ch('y'), A::AcceptCandidate, "accept", "accept a candidate (status -> open)", "");
        b(Main, Key::ch('r'), A::RejectCandidate, "reject", "reject a candidate (remembered)", "");
        b(Main, Key::ch('x'), A::ExportMenu, "export", "export the story: ClaimReview, Markdown, CSV, JSON", "export");
        b(Main, Key::ch('S'), A::Stats, "stats", "stats: verdicts, reviewed, claims per assignee", "");
        b(Main, Key::ch('D'), A::Diff, "diff", "git diff of the story, coloured (in a git repository)", "");
        b(Main, Key::ch('L'), A::Log, "log", "git log: the commits that touched the claim", "");
        b(Main, Key::ch('M'), A::MergeCandidate, "merge", "merge a candidate into another claim", "");
        b(Main, Key::ch('o'), A::Sources, "sources", "the claim's sources: add, edit, remove, reorder", "");
        b(Main, Key::ch('C'), A::Checks, "checks", "the claim's numeric checks, computed live", "");
        b(Main, Key::ch('V'), A::Values, "values", "the story's named values that checks use", "");
        b(Main, Key::ch('W'), A::Warnings, "warnings", "every warning `factdesk check` gives the story, live", "");
        b(Main, Key::ch('A'), A::ToggleArticle, "article", "show / hide the article", "article");
        b(Main, Key::code(K::Enter), A::OpenArticle, "open", "open the article at the selected claim or story", "");
        b(Main, Key::ch('<'), A::NarrowList, "narrow-list", "make the list narrower (kept in your config)", "");
        b(Main, Key::ch('>'), A::WidenList, "widen-list", "make the list wider (kept in your config)", "");
        b(Main, Key::ch('u'), A::Undo, "undo", "undo", "");
        b(Main, Key::ctrl('r'), A::Redo, "redo", "redo", "");
        b(Main, Key::ch('w'), A::Save, "save", "save", "save");
        b(Main, Key::ctrl('s'), A::Save, "save", "save", "");
        b(Main, Key::ch('z'), A::Zoom, "zoom", "list: whole width / back (kept in your config)", "zoom");
        b(Main, Key::ch('R'), A::Reload, "reload", "reload files changed on disk, merging your edits", "");
        b(Main, Key::ctrl('z'), A::Suspend, "suspend", "suspend to the shell", "");
        b(
            Main,
            Key::ctrl('c'),
            A::Interrupt,
            "interrupt",
            "quit now, keeping unsaved edits in the recovery journal",
            "",
        );
        // Restoring a recovery journal at start-up.
        b(Recover, Key::ch('y'), A::Confirm, "restore", "restore the unsaved edits", "restore");
        b(Recover, Key::ch('d'), A::Discard, "discard", "discard them (deletes the journal)", "discard");
        b(
            Recover,
            Key::code(K::Esc),
            A::Cancel,
            "later",
            "decide later (journal kept; the story stays read-only)",
            "later",
        );
        b(Recover, Key::ch('n'), A::Cancel, "later", "decide later (journal kept; the story stays read-only)", "");
        // Settling a collision between the edits here and a change on disk.
        b(Resolve, Key::ch('m'), A::KeepMine, "keep-mine", "keep my version", "mine");
        b(Resolve, Key::ch('t'), A::TakeTheirs, "take-theirs", "take the version on disk", "theirs");
        b(Resolve, Key::ch('b'), A::KeepBoth, "keep-both", "keep both (notes and lists)", "both");
        // The article view: the same keys move a sentence selection.
        b(Article, Key::ch('j'), A::Down, "next-sentence", "select the next sentence", "next sentence");
        b(Article, Key::code(K::Down), A::Down, "next-sentence", "select the next sentence", "");
        b(Article, Key::ch('k'), A::Up, "prev-sentence", "select the previous sentence", "");
        b(Article, Key::code(K::Up), A::Up, "prev-sentence", "select the previous sentence", "");
        b(Article, Key::ch('+'), A::Widen, "widen", "widen the selection by a sentence", "widen");
        b(Article, Key::ch('='), A::Widen, "widen", "widen the selection by a sentence", "");
        b(Article, Key::ch('-'), A::Narrow, "narrow", "narrow the selection (a sentence, then a word)", "narrow");
        b(
            Article,
            Key::ch('c'),
            A::CreateFromSelection,
            "create-claim",
            "new claim from the selection",
            "claim from selection",
        );
        b(Article, Key::ch('a'), A::Anchor, "anchor", "set the current claim's quote to the selection", "anchor");
        b(Article, Key::code(K::Esc), A::ToggleArticle, "close-article", "close the article", "");
        // Typing a filter.
        b(Filter, Key::code(K::Enter), A::Confirm, "keep-filter", "keep the filter", "keep");
        b(Filter, Key::code(K::Esc), A::Cancel, "clear-filter", "clear the filter", "clear");
        b(Filter, Key::code(K::Down), A::Down, "down", "next match", "");
        b(Filter, Key::code(K::Up), A::Up, "up", "previous match", "");
        // Editing notes in place.
        b(
            Notes,
            Key::code(K::Esc),
            A::Cancel,
            "stop-editing",
            "stop editing (keeps the text)",
            "stop editing (keeps text)",
        );
        // Pickers.
        b(Picker, Key::ch('j'), A::Down, "down", "next", "");
        b(Picker, Key::code(K::Down), A::Down, "down", "next", "next");
        b(Picker, Key::ch('k'), A::Up, "up", "previous", "");
        b(Picker, Key::code(K::Up), A::Up, "up", "previous", "previous");
        b(Picker, Key::code(K::Enter), A::Confirm, "choose", "choose", "choose");
        b(Picker, Key::code(K::Esc), A::Cancel, "cancel", "cancel", "cancel");
        // Forms.
        b(Form, Key::code(K::Tab), A::NextField, "next-field", "next field", "next field");
        b(Form, Key::code(K::Down), A::NextField, "next-field", "next field", "");
        b(Form, Key::code(K::BackTab), A::PrevField, "prev-field", "previous field", "previous field");
        b(Form, Key::code(K::Up), A::PrevField, "prev-field", "previous field", "");
        b(Form, Key::code(K::Enter), A::Confirm, "submit", "save the form", "save");
        b(Form, Key::code(K::Esc), A::Cancel, "cancel", "cancel", "cancel");
        // Confirmations.
        b(Confirm, Key::ch('y'), A::Confirm, "yes", "yes", "yes");
        b(Confirm, Key::ch('w'), A::SaveAndQuit, "save-quit", "save, then quit (when quitting)", "save+quit");
        b(Confirm, Key::ch('n'), A::Cancel, "no", "no", "no");
        b(Confirm, Key::code(K::Esc), A::Cancel, "no", "no", "");
        // List panes (sources, checks, values, warnings).
        b(Items, Key::ch('j'), A::Down, "down", "next item", "");
        b(Items, Key::code(K::Down), A::Down, "down", "next item", "");
        b(Items, Key::ch('k'), A::Up, "up", "previous item", "");
        b(Items, Key::code(K::Up), A::Up, "up", "previous item", "");
        b(Items, Key::ch('g'), A::Top, "top", "first item", "");
        b(Items, Key::code(K::Home), A::Top, "top", "first item", "");
        b(Items, Key::ch('G'), A::Bottom, "bottom", "last item", "");
        b(Items, Key::code(K::End), A::Bottom, "bottom", "last item", "");
        b(Items, Key::ch('a'), A::AddItem, "add", "add an item", "add");
        b(Items, Key::code(K::Enter), A::EditItem, "edit", "edit the item (warnings: go and fix it)", "edit");
        b(Items, Key::ch('d'), A::RemoveItem, "remove", "remove the item (asks first)", "remove");
        b(Items, Key::ch('K'), A::MoveItemUp, "move-up", "move the source up (sources only)", "move up (sources)");
        b(Items, Key::ch('J'), A::MoveItemDown, "move-down", "move the source down (sources only)", "move down");
        b(Items, Key::code(K::Esc), A::Cancel, "close", "close the pane", "close");
        b(Items, Key::ch('u'), A::Undo, "undo", "undo", "");
        b(Items, Key::ctrl('r'), A::Redo, "redo", "redo", "");
        b(Items, Key::ch('w'), A::Save, "save", "save", "");
        b(Items, Key::ctrl('s'), A::Save, "save", "save", "");
        b(
            Items,
            Key::ctrl('c'),
            A::Interrupt,
            "interrupt",
            "quit now, keeping unsaved edits in the recovery journal",
            "",
        );
        // Help.
        b(Help, Key::ch('j'), A::Down, "down", "scroll down", "next");
        b(Help, Key::code(K::Down), A::Down, "down", "scroll down", "");
        b(Help, Key::ch('k'), A::Up, "up", "scroll up", "previous");
        b(Help, Key::code(K::Up), A::Up, "up", "scroll up", "");
        b(Help, Key::code(K::Esc), A::Cancel, "close", "close", "close");
        b(Help, Key::ch('?'), A::Cancel, "close", "close", "");
        b(Help, Key::ch('q'), A::Cancel, "close", "close", "");
        b(Help, Key::ch('S'), A::Cancel, "close", "close", "");
        Keymap { bindings: v }
    }
}

/// Why the `keys:` overrides of the config file cannot be used. Each names the override (`name`) to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    #[error("keys.{name}: `{spec}` is not a key; write e.g. `V`, `ctrl-s`, `f2`, `enter`")]
    NotAKey { name: String, spec: String },
    #[error("keys.{name}: no action of that name; the help overlay (?) lists the names, e.g. `verdict`, `save`")]
    UnknownAction { name: String },
    /// Two different actions would share one key in one context: the key could only ever do one of them.
    #[error(
        "keys.{name}: `{key}` would do both `{name}` and `{other}` in {context}; give one of them another key \
         (e.g. `{other}: <key>` under `keys:`), or remove this line"
    )]
    Conflict {
        /// The override that made the collision.
        name: String,
        /// The other action on the same key (an override too, or a default binding).
        other: String,
        /// The key, as the help shows it.
        key: String,
        /// The context's title, as the help shows it.
        context: String,
    },
}

impl KeymapError {
    /// The action name of the `keys:` line to point at.
    pub fn name(&self) -> &str {
        match self {
            KeymapError::NotAKey { name, .. }
            | KeymapError::UnknownAction { name }
            | KeymapError::Conflict { name, .. } => name,
        }
    }
}

impl Keymap {
    /// The default keymap with the config's overrides (action name -> key) applied. Overrides that leave two
    /// different actions on one key in one context are refused, naming both.
    pub fn with_overrides(overrides: &BTreeMap<String, String>) -> Result<Keymap, KeymapError> {
        let mut map = Keymap::default();
        for (name, spec) in overrides {
            let key =
                Key::parse(spec).ok_or_else(|| KeymapError::NotAKey { name: name.clone(), spec: spec.clone() })?;
            let mut found = false;
            let mut replaced = std::collections::HashSet::new();
            let mut i = 0;
            while i < map.bindings.len() {
                if map.bindings[i].name == name {
                    found = true;
                    // The first binding per context takes the new key; the others (aliases) are dropped.
                    if replaced.insert(map.bindings[i].context) {
                        map.bindings[i].key = key;
                    } else {
                        map.bindings.remove(i);
                        continue;
                    }
                }
                i += 1;
            }
            if !found {
                return Err(KeymapError::UnknownAction { name: name.clone() });
            }
        }
        if let Some((a, b)) = map.conflict() {
            // Name the override first: that is the line to change (when both are overrides, either will do).
            let (name, other) = if overrides.contains_key(a.name) { (a, b) } else { (b, a) };
            return Err(KeymapError::Conflict {
                name: name.name.to_string(),
                other: other.name.to_string(),
                key: name.key.label(),
                context: name.context.title().to_string(),
            });
        }
        Ok(map)
    }

    /// The first two bindings that put different actions on one key in one context, if any.
    pub fn conflict(&self) -> Option<(&Binding, &Binding)> {
        self.bindings.iter().enumerate().find_map(|(i, a)| {
            self.bindings[i + 1..]
                .iter()
                .find(|b| b.context == a.context && b.key == a.key && b.name != a.name)
                .map(|b| (a, b))
        })
    }

    /// Every key of action `name` in `context`, as the help writes them, joined by ` / ` (`n / Esc`).
    pub fn keys_for(&self, context: Context, name: &str) -> String {
        let keys: Vec<String> =
            self.bindings.iter().filter(|b| b.context == context && b.name == name).map(|b| b.key.label()).collect();
        if keys.is_empty() { format!("`{name}`") } else { keys.join(" / ") }
    }

    /// How the help writes the key of action `name` in `context` (its first key), for messages that name a key:
    /// they stay true after a rebinding. The action's name in backticks when nothing binds it there.
    pub fn key_for(&self, context: Context, name: &str) -> String {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.name == name)
            .map_or_else(|| format!("`{name}`"), |b| b.key.label())
    }

    /// A context's title for the help overlay, with the keys that open it as bound now: `Forms (a, n, t, I, O)`.
    pub fn context_title(&self, context: Context) -> String {
        let opened = context.opened_by();
        if opened.is_empty() {
            return context.title().to_string();
        }
        let keys: Vec<String> = opened
            .iter()
            .map(|(what, name)| {
                let key = self.key_for(Context::Main, name);
                if what.is_empty() { key } else { format!("{what} ({key})") }
            })
            .collect();
        if opened.iter().any(|(what, _)| !what.is_empty()) {
            format!("{}: {}", context.title(), keys.join(", "))
        } else {
            format!("{} ({})", context.title(), keys.join(", "))
        }
    }

    /// The action bound to `key` in `context`.
    pub fn lookup(&self, context: Context, key: Key) -> Option<&Action> {
        self.bindings.iter().find(|b| b.context == context && b.key == key).map(|b| &b.action)
    }

    /// Bindings of one context, aliases folded: (keys, name, description, footer label).
    pub fn grouped(&self, context: Context) -> Vec<(Vec<Key>, &'static str, &'static str, &'static str)> {
        let mut out: BTreeMap<usize, (Vec<Key>, &'static str, &'static str, &'static str)> = BTreeMap::new();
        let mut order: Vec<&'static str> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.context == context) {
            let pos = match order.iter().position(|n| *n == b.name) {
                Some(p) => p,
                None => {
                    order.push(b.name);
                    order.len() - 1
                }
            };
            let e = out.entry(pos).or_insert((Vec::new(), b.name, b.description, ""));
            e.0.push(b.key);
            if e.3.is_empty() {
                e.3 = b.hint;
            }
        }
        out.into_values().collect()
    }

    /// The footer's hints for a context: `key description` pairs.
    pub fn hints(&self, context: Context) -> Vec<(String, &'static str)> {
        self.hints_without(context, &[])
    }

    /// [`Keymap::hints`] without the actions named in `left_out` (by action name, as in `keys:` overrides).
    pub fn hints_without(&self, context: Context, left_out: &[&str]) -> Vec<(String, &'static str)> {
        self.grouped(context)
            .into_iter()
            .filter(|g| !g.3.is_empty() && !left_out.contains(&g.1))
            .map(|(keys, _, _, hint)| (keys[0].label(), hint))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_issue_key_is_bound() {
        let m = Keymap::default();
        for (k, a) in [
            (Key::ch('j'), Action::Down),
            (Key::ch('/'), Action::StartFilter),
            (Key::ch('f'), Action::QuickFilter),
            (Key::ch('v'), Action::VerdictPicker),
            (Key::ch('s'), Action::StatusPicker),
            (Key::ch('e'), Action::EditNotes),
            (Key::ch('E'), Action::EditNotesExternal),
            (Key::ch('a'), Action::AddSource),
            (Key::ch('n'), Action::NewClaim),
            (Key::ch('d'), Action::Delete),
            (Key::ch('t'), Action::EditClaim),
            (Key::ch('I'), Action::StoryInfo),
            (Key::ch('u'), Action::Undo),
            (Key::ctrl('r'), Action::Redo),
            (Key::ch('w'), Action::Save),
            (Key::ctrl('s'), Action::Save),
            (Key::ch('q'), Action::Quit),
            (Key::ch('?'), Action::Help),
            (Key::ch('A'), Action::ToggleArticle),
            (Key::code(KeyCode::Tab), Action::NextPane),
        ] {
            assert_eq!(m.lookup(Context::Main, k), Some(&a), "{k:?}");
        }
    }

    #[test]
    fn shifted_letters_and_ctrl_normalise() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&ev), Key::ch('G'));
        let ev = KeyEvent::new(KeyCode::Char('S'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&ev).code, KeyCode::Char('s'));
        assert_eq!(Key::parse("ctrl-s"), Some(Key::ctrl('s')));
        assert_eq!(Key::parse("f2"), Some(Key::code(KeyCode::F(2))));
        assert_eq!(Key::parse("V"), Some(Key::ch('V')));
        assert_eq!(Key::parse("nonsense"), None);
    }

    #[test]
    fn overrides_replace_keys_and_bad_names_are_errors() {
        let mut o = BTreeMap::new();
        o.insert("verdict".to_string(), "f2".to_string());
        let m = Keymap::with_overrides(&o).unwrap();
        assert_eq!(m.lookup(Context::Main, Key::code(KeyCode::F(2))), Some(&Action::VerdictPicker));
        assert_eq!(m.lookup(Context::Main, Key::ch('v')), None);
        o.insert("verdikt".to_string(), "x".to_string());
        assert!(Keymap::with_overrides(&o).unwrap_err().to_string().contains("keys.verdikt"));
    }

    #[test]
    fn help_titles_name_the_keys_as_bound_now() {
        let m = Keymap::default();
        assert_eq!(m.context_title(Context::Form), "Forms (a, n, t, I, O)");
        assert_eq!(
            m.context_title(Context::Items),
            "List panes: sources (o), numeric checks (C), story values (V), warnings (W)"
        );
        let mut o = BTreeMap::new();
        o.insert("article".to_string(), "f3".to_string());
        assert_eq!(Keymap::with_overrides(&o).unwrap().context_title(Context::Article), "Article view (F3)");
    }

    #[test]
    fn the_default_keymap_has_no_conflict() {
        assert_eq!(Keymap::default().conflict(), None);
    }

    #[test]
    fn an_override_onto_another_actions_key_is_refused_naming_both() {
        let mut o = BTreeMap::new();
        o.insert("accept".to_string(), "r".to_string());
        let e = Keymap::with_overrides(&o).unwrap_err();
        assert_eq!(e.name(), "accept");
        let text = e.to_string();
        assert!(text.contains("`accept`") && text.contains("`reject`"), "{text}");
        assert!(text.contains("`r`") && text.contains(Context::Main.title()), "{text}");
        assert!(text.contains("give one of them another key"), "{text}");
        // Moving the other action away settles it.
        o.insert("reject".to_string(), "R".to_string());
        let e = Keymap::with_overrides(&o).unwrap_err();
        assert!(e.to_string().contains("`reload`"), "R reloads: {e}");
        o.insert("reject".to_string(), "X".to_string());
        let m = Keymap::with_overrides(&o).unwrap();
        assert_eq!(m.lookup(Context::Main, Key::ch('r')), Some(&Action::AcceptCandidate));
        // Two overrides onto one key collide too.
        let mut o = BTreeMap::new();
        o.insert("verdict".to_string(), "V".to_string());
        o.insert("status".to_string(), "V".to_string());
        let e = Keymap::with_overrides(&o).unwrap_err().to_string();
        assert!(e.contains("`status`") && e.contains("`verdict`"), "{e}");
        // The same key in two contexts is no collision: `a` anchors in the article and adds a source elsewhere.
        let mut o = BTreeMap::new();
        o.insert("add-source".to_string(), "a".to_string());
        assert!(Keymap::with_overrides(&o).is_ok());
    }

    #[test]
    fn key_for_follows_a_rebinding() {
        let m = Keymap::default();
        assert_eq!(m.key_for(Context::Main, "accept"), "y");
        assert_eq!(m.key_for(Context::Main, "save"), "w");
        assert_eq!(m.keys_for(Context::Confirm, "no"), "n / Esc");
        assert_eq!(m.key_for(Context::Main, "no-such-action"), "`no-such-action`");
        let mut o = BTreeMap::new();
        o.insert("accept".to_string(), "ctrl-y".to_string());
        let m = Keymap::with_overrides(&o).unwrap();
        assert_eq!(m.key_for(Context::Main, "accept"), "Ctrl-y");
    }

    #[test]
    fn hints_come_from_the_table() {
        let m = Keymap::default();
        let h = m.hints(Context::Main);
        assert!(h.iter().any(|(k, d)| k == "v" && *d == "verdict"));
        assert!(h.iter().any(|(k, _)| k == "?"));
    }

    #[test]
    fn readme_lists_every_action_name() {
        let readme = include_str!("../../README.md");
        let keys = &readme[readme.find("## Keys").expect("README has a Keys section")..];
        let m = Keymap::default();
        for ctx in [Context::Main, Context::Article] {
            for (_, name, _, _) in m.grouped(ctx) {
                if name != "close-article" {
                    assert!(keys.contains(&format!("`{name}`")), "README's Keys section lacks `{name}`");
                }
            }
        }
    }
}
