//! Comparing two schemas of one place, through `$ref`s and `allOf`, as the sets of values they
//! accept.

use super::{At, Collector, Effect};
use crate::model::semantic::Semantic;
use crate::model::{Additional, ApiModel, JsonType, MediaType, Schema, SchemaId, SchemaName};
use crate::source::Loc;
use indexmap::IndexMap;
use std::collections::{BTreeSet, HashSet};

/// How deep one comparison may go (nested inline schemas; components stop recursion anyway).
const MAX_DEPTH: usize = 64;
/// Schema comparisons one diff makes at most (Stripe's whole API takes about 60,000).
const MAX_STEPS: usize = 2_000_000;

/// A schema as the data sees it: its own keywords merged with its `allOf` branches and a
/// `$ref` beside other keywords.
#[derive(Default)]
struct View<'a> {
    loc: Option<Loc>,
    types: BTreeSet<JsonType>,
    nullable: bool,
    enum_values: Option<BTreeSet<String>>,
    format: Option<&'a str>,
    pattern: Option<&'a str>,
    bounds: [Option<f64>; 6],
    /// Property → (schema, key location).
    properties: IndexMap<&'a str, (SchemaId, Loc)>,
    required: BTreeSet<&'a str>,
    items: Option<SchemaId>,
    additional: Option<Additional>,
    one_of: Vec<SchemaId>,
    any_of: Vec<SchemaId>,
    discriminator: Option<&'a str>,
    semantic: Option<&'a Semantic>,
}

const BOUND_NAMES: [(&str, bool); 6] = [
    ("minLength", false),
    ("maxLength", true),
    ("minimum", false),
    ("maximum", true),
    ("minItems", false),
    ("maxItems", true),
];

fn view(m: &ApiModel, id: SchemaId) -> View<'_> {
    let mut v = View::default();
    merge(m, id, &mut v, 0);
    v
}

fn merge<'a>(m: &'a ApiModel, id: SchemaId, v: &mut View<'a>, depth: usize) {
    if depth > 16 {
        return;
    }
    let s = m.resolve(id);
    v.loc.get_or_insert(s.loc);
    if v.types.is_empty() {
        v.types.extend(s.types.iter().copied());
    }
    v.nullable |= s.nullable;
    if v.enum_values.is_none()
        && let Some(e) = &s.enum_values
    {
        // `null` in an enum is the nullability 3.0 wrote as `nullable: true`: one fact, kept
        // in `nullable` so the two spellings compare equal.
        let values: BTreeSet<String> = e
            .iter()
            .map(|n| serde_json::to_string(&n.to_json()).unwrap_or_default())
            .collect();
        v.nullable |= values.contains("null");
        v.enum_values = Some(values.into_iter().filter(|x| x != "null").collect());
    }
    v.format = v.format.or(s.format.as_deref());
    v.pattern = v.pattern.or(s.pattern.as_deref());
    let bounds = [
        s.bounds().min_length.map(|x| x as f64),
        s.bounds().max_length.map(|x| x as f64),
        s.bounds().minimum.or(s.bounds().exclusive_minimum),
        s.bounds().maximum.or(s.bounds().exclusive_maximum),
        s.bounds().min_items.map(|x| x as f64),
        s.bounds().max_items.map(|x| x as f64),
    ];
    for (mine, theirs) in v.bounds.iter_mut().zip(bounds) {
        *mine = mine.or(theirs);
    }
    for (name, p) in &s.properties {
        v.properties.entry(name).or_insert((p.schema, p.key_loc));
    }
    v.required
        .extend(s.required.iter().map(|(r, _)| r.as_str()));
    v.items = v.items.or(s.items);
    if v.additional.is_none() && s.additional != Additional::Unspecified {
        v.additional = Some(s.additional);
    }
    if v.one_of.is_empty() {
        v.one_of = s.one_of.to_vec();
    }
    if v.any_of.is_empty() {
        v.any_of = s.any_of.to_vec();
    }
    v.discriminator = v
        .discriminator
        .or(s.discriminator.as_ref().map(|d| d.property.as_str()));
    v.semantic = v.semantic.or(s.semantic.as_deref());
    if let Some(r) = s.reference {
        merge(m, r, v, depth + 1);
    }
    for b in &s.all_of {
        merge(m, *b, v, depth + 1);
    }
}

/// `path: ` before a message, nothing at a schema's top.
fn prefix(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}: ")
    }
}

fn component(s: &Schema) -> Option<&str> {
    match &s.name {
        SchemaName::Component(n) => Some(n),
        SchemaName::Inline(_) => None,
    }
}

/// `integer` values are `number` values too.
fn covers(set: &BTreeSet<JsonType>, t: JsonType) -> bool {
    set.is_empty()
        || set.contains(&t)
        || (t == JsonType::Integer && set.contains(&JsonType::Number))
}

/// `string | integer`, or `any` for no type constraint (`null` is reported apart).
fn show_types(t: &BTreeSet<JsonType>) -> String {
    if t.is_empty() {
        return "any".into();
    }
    t.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" | ")
}

/// A semantic kind's name for messages (and whether two are the same representation).
fn semantic_name(s: Option<&Semantic>) -> Option<String> {
    match s? {
        Semantic::Timestamp { format, .. } => Some(format!("timestamp ({})", format.describe())),
        Semantic::DelimitedSet { separator, .. } => {
            Some(format!("`{separator}`-separated set of enum members"))
        }
        Semantic::NumericString { .. } => None,
    }
}

/// One schema comparison: collector, the two models, and the components already compared.
pub(super) struct Walk<'c, 'm> {
    pub(super) c: &'c mut Collector,
    pub(super) old: &'m ApiModel,
    pub(super) new: &'m ApiModel,
    seen: HashSet<(SchemaId, SchemaId, super::Flow)>,
    /// Inline pairs compared, per subject and operation.
    seen_inline: HashSet<(SchemaId, SchemaId, super::Flow, String, String)>,
    depth: usize,
    steps: usize,
}

impl<'c, 'm> Walk<'c, 'm> {
    pub(super) fn new(c: &'c mut Collector, old: &'m ApiModel, new: &'m ApiModel) -> Self {
        Walk {
            c,
            old,
            new,
            seen: HashSet::new(),
            seen_inline: HashSet::new(),
            depth: 0,
            steps: 0,
        }
    }

    /// Compares the media types of a body: `what` is `request body` or `response 200`.
    pub(super) fn media(&mut self, at: &At<'_>, a: &[MediaType], b: &[MediaType], what: &str) {
        for x in a {
            match b.iter().find(|y| y.media_type == x.media_type) {
                None => self.c.add(
                    at,
                    "media-type-removed",
                    Effect::Narrowed,
                    format!("{what}: media type `{}` removed", x.media_type),
                    Some(x.loc),
                    None,
                ),
                Some(y) => {
                    if let (Some(s), Some(t)) = (x.schema, y.schema) {
                        let place = if a.len() > 1 {
                            format!("{what} ({})", x.media_type)
                        } else {
                            what.to_string()
                        };
                        self.compare(at, s, t, &place);
                    }
                    self.item_schema(at, x, y, what, a.len() > 1);
                }
            }
        }
        for y in b {
            if !a.iter().any(|x| x.media_type == y.media_type) {
                self.c.add(
                    at,
                    "media-type-added",
                    Effect::Widened,
                    format!("{what}: media type `{}` added", y.media_type),
                    None,
                    Some(y.loc),
                );
            }
        }
    }

    /// The `itemSchema`s (3.2) of one sequential media type in both versions: each item of
    /// a stream is compared like a whole body; one appearing or going away changes what a
    /// streaming reader is told about the items.
    fn item_schema(&mut self, at: &At<'_>, x: &MediaType, y: &MediaType, what: &str, many: bool) {
        let place = if many {
            format!("{what} ({}) each item", x.media_type)
        } else {
            format!("{what} each item")
        };
        match (x.item_schema, y.item_schema) {
            (Some(s), Some(t)) => self.compare(at, s, t, &place),
            (Some(_), None) => self.c.add(
                at,
                "item-schema-removed",
                Effect::Changed,
                format!(
                    "{what}: `{}` no longer describes each item (`itemSchema` removed)",
                    x.media_type
                ),
                Some(x.loc),
                Some(y.loc),
            ),
            (None, Some(_)) => self.c.add(
                at,
                "item-schema-added",
                Effect::Changed,
                format!(
                    "{what}: `{}` now describes each item (`itemSchema` added)",
                    y.media_type
                ),
                Some(x.loc),
                Some(y.loc),
            ),
            (None, None) => {}
        }
    }

    /// Compares the schemas `o` (old) and `n` (new) of the place `path` within `at`.
    pub(super) fn compare(&mut self, at: &At<'_>, o: SchemaId, n: SchemaId, path: &str) {
        self.compare_at(at, o, n, path, (None, None));
    }

    /// [`Walk::compare`] of a place written at `site` (a property's key, the array that holds
    /// `items`): changes of an inline place are shown there, not inside a component that one
    /// side now refers to.
    fn compare_at(
        &mut self,
        at: &At<'_>,
        o: SchemaId,
        n: SchemaId,
        path: &str,
        site: (Option<Loc>, Option<Loc>),
    ) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        // A last bound on the work: every comparison counts.
        self.steps += 1;
        if self.steps > MAX_STEPS {
            if self.steps == MAX_STEPS + 1 {
                self.c.add(
                    at,
                    "diff-truncated",
                    Effect::Neutral,
                    format!("{}the comparison stopped after {MAX_STEPS} schema comparisons; changes below this point are not listed", prefix(path)),
                    None,
                    None,
                );
            }
            return;
        }
        let (os, ns) = (self.old.resolve(o), self.new.resolve(n));
        let (ca, cb) = (component(os), component(ns));
        // Two components (one, or renamed) are compared once per flow, under a subject of
        // their own: recursion and shared use stop here, and every place that uses them is
        // listed. A component against an inline schema is compared in place (the inline
        // side is finite; what it refers to meets its component again).
        let subject = match (ca, cb) {
            (Some(a), Some(b)) if a == b => Some(format!("schema `{a}`")),
            (Some(a), Some(b)) => {
                self.c.add(
                    at,
                    "schema-replaced",
                    Effect::Neutral,
                    format!("{}schema `{a}` replaced by `{b}`", prefix(path)),
                    Some(os.loc),
                    Some(ns.loc),
                );
                Some(format!("schema `{a}` → `{b}`"))
            }
            _ => None,
        };
        self.depth += 1;
        match subject {
            Some(subject) => {
                self.c.record_use(&subject, at.operation);
                if self.seen.insert((os.id, ns.id, at.flow)) {
                    let inner = At {
                        subject: &subject,
                        operation: at.operation,
                        flow: at.flow,
                    };
                    self.structure(&inner, os.id, ns.id, "", (None, None));
                }
            }
            // An inline pair is compared once per flow as well: it is met again only through
            // sharing (a `$ref` to `#/…/properties/x`, a component's properties merged into a
            // schema that refers to it), and without this a self-referring schema with two
            // such properties made the walk exponential (found by fuzzing).
            // (Per subject and operation: each place that uses it still reports.)
            None => {
                let key = (
                    os.id,
                    ns.id,
                    at.flow,
                    at.subject.to_string(),
                    at.operation.to_string(),
                );
                if self.seen_inline.insert(key) {
                    // Located where the place is written (`items: {$ref: Team}`), not in
                    // the component a side refers to.
                    let locs = (
                        site.0.or(Some(self.old.schema(o).loc)),
                        site.1.or(Some(self.new.schema(n).loc)),
                    );
                    self.structure(at, os.id, ns.id, path, locs);
                }
            }
        }
        self.depth -= 1;
    }

    /// Records a change at `path`; `locs` are its old and new locations.
    fn add(
        &mut self,
        at: &At<'_>,
        kind: &'static str,
        effect: Effect,
        path: &str,
        what: String,
        (old, new): (Option<Loc>, Option<Loc>),
    ) {
        let message = format!("{}{what}", prefix(path));
        self.c.add(at, kind, effect, message, old, new);
    }

    fn structure(
        &mut self,
        at: &At<'_>,
        o: SchemaId,
        n: SchemaId,
        path: &str,
        written: (Option<Loc>, Option<Loc>),
    ) {
        let (a, b) = (view(self.old, o), view(self.new, n));
        // Where the place is written, else where its (merged) schema is.
        let (al, bl) = (written.0.or(a.loc), written.1.or(b.loc));
        // Types (with `null` apart).
        if a.types != b.types {
            let wider = a.types.iter().all(|t| covers(&b.types, *t));
            let narrower = b.types.iter().all(|t| covers(&a.types, *t));
            let effect = match (wider, narrower) {
                (true, false) => Effect::Widened,
                (false, true) => Effect::Narrowed,
                _ => Effect::Changed,
            };
            self.add(
                at,
                "type-changed",
                effect,
                path,
                format!("type {} → {}", show_types(&a.types), show_types(&b.types)),
                (al, bl),
            );
            // A different kind of value altogether: what is inside it is new, not changed.
            if effect == Effect::Changed {
                return;
            }
        }
        if a.nullable != b.nullable {
            let (effect, what) = if b.nullable {
                (Effect::Widened, "may now be null")
            } else {
                (Effect::Narrowed, "may no longer be null")
            };
            self.add(at, "nullable-changed", effect, path, what.into(), (al, bl));
        }
        // What the strings really are: a timestamp layout or delimited set that changes is
        // a different representation even when the JSON type is the same.
        let (sa, sb) = (semantic_name(a.semantic), semantic_name(b.semantic));
        let semantic_changed = sa != sb;
        if semantic_changed {
            self.add(
                at,
                "representation-changed",
                Effect::Changed,
                path,
                format!(
                    "{} → {}",
                    sa.unwrap_or_else(|| "plain value".into()),
                    sb.unwrap_or_else(|| "plain value".into())
                ),
                (al, bl),
            );
        }
        if !semantic_changed {
            self.annotation(at, path, "format", (a.format, b.format), (al, bl));
            self.annotation(at, path, "pattern", (a.pattern, b.pattern), (al, bl));
        }
        self.enums(at, path, &a, &b);
        for (i, (name, upper)) in BOUND_NAMES.iter().enumerate() {
            let (x, y) = (a.bounds[i], b.bounds[i]);
            if x == y {
                continue;
            }
            // A lower bound going up, or an upper bound going down, accepts less.
            let narrower = match (x, y) {
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (Some(x), Some(y)) => (y < x) == *upper,
                (None, None) => continue,
            };
            let show = |v: Option<f64>| v.map_or("none".to_string(), |v| v.to_string());
            self.add(
                at,
                "constraint-changed",
                if narrower {
                    Effect::Narrowed
                } else {
                    Effect::Widened
                },
                path,
                format!("`{name}` {} → {}", show(x), show(y)),
                (al, bl),
            );
        }
        self.properties(at, path, &a, &b);
        if let (Some(x), Some(y)) = (a.items, b.items) {
            // The array's own node (`items:` is in it), not its property's key.
            self.compare_at(at, x, y, &format!("{path}[]"), (a.loc, b.loc));
        }
        match (a.additional, b.additional) {
            (Some(Additional::Schema(x)), Some(Additional::Schema(y))) => {
                self.compare(at, x, y, &format!("{path}{{*}}"));
            }
            (x, y) if x != y => {
                let closed = |v: Option<Additional>| v == Some(Additional::Forbidden);
                if closed(x) != closed(y) {
                    let (effect, what) = if closed(y) {
                        (Effect::Narrowed, "no longer allows other properties")
                    } else {
                        (Effect::Widened, "now allows other properties")
                    };
                    self.add(
                        at,
                        "additional-properties-changed",
                        effect,
                        path,
                        what.into(),
                        (al, bl),
                    );
                }
            }
            _ => {}
        }
        if a.discriminator != b.discriminator
            && a.discriminator.is_some()
            && b.discriminator.is_some()
        {
            self.add(
                at,
                "discriminator-changed",
                Effect::Changed,
                path,
                format!(
                    "discriminator `{}` → `{}`",
                    a.discriminator.unwrap_or_default(),
                    b.discriminator.unwrap_or_default()
                ),
                (al, bl),
            );
        }
        self.variants(at, path, "oneOf", &a.one_of, &b.one_of);
        self.variants(at, path, "anyOf", &a.any_of, &b.any_of);
    }

    fn annotation(
        &mut self,
        at: &At<'_>,
        path: &str,
        keyword: &str,
        (x, y): (Option<&str>, Option<&str>),
        locs: (Option<Loc>, Option<Loc>),
    ) {
        let (effect, what) = match (x, y) {
            (Some(x), Some(y)) if x != y => (Effect::Changed, format!("{keyword} `{x}` → `{y}`")),
            (None, Some(y)) => (Effect::Narrowed, format!("{keyword} `{y}` added")),
            (Some(x), None) => (Effect::Widened, format!("{keyword} `{x}` removed")),
            _ => return,
        };
        let kind = if keyword == "format" {
            "format-changed"
        } else {
            "pattern-changed"
        };
        self.add(at, kind, effect, path, what, locs);
    }

    fn enums(&mut self, at: &At<'_>, path: &str, a: &View<'_>, b: &View<'_>) {
        let list = |s: Vec<&String>| {
            s.iter()
                .map(|v| format!("`{}`", v.trim_matches('"')))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (&a.enum_values, &b.enum_values) {
            (Some(x), Some(y)) => {
                let changes = [
                    (
                        y.difference(x).collect::<Vec<_>>(),
                        "enum-value-added",
                        Effect::Widened,
                        "added",
                    ),
                    (
                        x.difference(y).collect(),
                        "enum-value-removed",
                        Effect::Narrowed,
                        "removed",
                    ),
                ];
                for (values, kind, effect, verb) in changes {
                    if !values.is_empty() {
                        self.add(
                            at,
                            kind,
                            effect,
                            path,
                            format!("enum value(s) {} {verb}", list(values)),
                            (a.loc, b.loc),
                        );
                    }
                }
            }
            (None, Some(y)) => self.add(
                at,
                "enum-added",
                Effect::Narrowed,
                path,
                format!("now limited to the enum {}", list(y.iter().collect())),
                (a.loc, b.loc),
            ),
            (Some(_), None) => self.add(
                at,
                "enum-removed",
                Effect::Widened,
                path,
                "no longer limited to an enum".into(),
                (a.loc, b.loc),
            ),
            (None, None) => {}
        }
    }

    fn properties(&mut self, at: &At<'_>, path: &str, a: &View<'_>, b: &View<'_>) {
        for (name, (x, xl)) in &a.properties {
            let place = format!("{path}.{name}");
            match b.properties.get(name) {
                None => self.add(
                    at,
                    "property-removed",
                    Effect::Removed,
                    &place,
                    "property removed".into(),
                    (Some(*xl), b.loc),
                ),
                Some((y, yl)) => {
                    let (was, is) = (a.required.contains(name), b.required.contains(name));
                    if was != is {
                        let (effect, now) = super::required_change(is);
                        self.add(
                            at,
                            "property-required-changed",
                            effect,
                            &place,
                            format!("now {now}"),
                            (Some(*xl), Some(*yl)),
                        );
                    }
                    self.compare_at(at, *x, *y, &place, (Some(*xl), Some(*yl)));
                }
            }
        }
        for (name, (_, yl)) in &b.properties {
            if a.properties.contains_key(name) {
                continue;
            }
            let (effect, kind) = super::addition(b.required.contains(name));
            self.add(
                at,
                "property-added",
                effect,
                &format!("{path}.{name}"),
                format!("{kind} property added"),
                (a.loc, Some(*yl)),
            );
        }
    }

    /// `oneOf`/`anyOf` branches, matched by component name, else by position.
    fn variants(&mut self, at: &At<'_>, path: &str, keyword: &str, a: &[SchemaId], b: &[SchemaId]) {
        let name = |m: &ApiModel, id: SchemaId| component(m.resolve(id)).map(str::to_string);
        let mut used = vec![false; b.len()];
        for (i, x) in a.iter().enumerate() {
            let xn = name(self.old, *x);
            let j = match &xn {
                Some(n) => b
                    .iter()
                    .position(|y| name(self.new, *y).as_ref() == Some(n)),
                None => (i < b.len() && name(self.new, b[i]).is_none()).then_some(i),
            };
            let label = xn.clone().unwrap_or_else(|| format!("#{i}"));
            match j {
                Some(j) if !used[j] => {
                    used[j] = true;
                    self.compare(at, *x, b[j], &format!("{path}<{label}>"));
                }
                _ => self.add(
                    at,
                    "variant-removed",
                    Effect::Narrowed,
                    path,
                    format!("{keyword} branch `{label}` removed"),
                    (Some(self.old.resolve(*x).loc), None),
                ),
            }
        }
        for (j, y) in b.iter().enumerate() {
            if used[j] {
                continue;
            }
            let label = name(self.new, *y).unwrap_or_else(|| format!("#{j}"));
            self.add(
                at,
                "variant-added",
                Effect::Widened,
                path,
                format!("{keyword} branch `{label}` added"),
                (None, Some(self.new.resolve(*y).loc)),
            );
        }
    }
}
