//! The type space: every schema generated code needs becomes a [`TypeId`], decided once, as
//! data that the renderers ([`super::types`], the client, the server) read.
//!
//! - **Names** are claimed in one place, component schemas first in document order, then
//!   inline schemas from their context, as they are first needed; identical inline schemas
//!   share one type.
//! - **`allOf`** is merged as JSON Schema means it: the parts that say something about the
//!   type are combined (objects merge properties and `required`; a scalar stays a scalar, its
//!   parts only constrain); parts that contradict each other are a diagnostic and
//!   `serde_json::Value`.
//! - **Recursion** is found on the finished graph and broken once: a type that holds itself by
//!   value (through fields, union variants, tuple elements) gets a `Box` on each edge inside its
//!   cycle; a named alias that reaches itself (`G = Vec<G>`) becomes a newtype; an alias cycle
//!   with no structure at all (`D: {oneOf: [$ref D]}`) is `serde_json::Value`.
//! - **Views**: a schema with `readOnly` or `writeOnly` properties (itself or below) has a
//!   request view (`{Name}Request`, without read-only properties) and a response view (`Name`,
//!   without write-only ones).
//!
//! Nothing on input panics: what cannot be expressed is a located diagnostic (SF023) and
//! `serde_json::Value`, which accepts every value the schema does.

use super::naming::{Names, camel_part, field, type_name, upper_camel};
use crate::diag::Diagnostic;
use crate::ingest::codes;
use crate::model::{
    Additional, ApiModel, Discriminator, JsonType, Schema, SchemaId, SchemaName, Semantic,
    TimestampFormat,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A type in the space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

/// Which message a type is for: where a schema's request and response shapes differ
/// (`readOnly`/`writeOnly`), each view is its own type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    /// A request (read-only properties are not sent).
    Request,
    /// A response (write-only properties are not sent).
    Response,
}

/// Types Rust or the runtime already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `bool`.
    Bool,
    /// `i32` (`format: int32`).
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
    /// `String`.
    String,
    /// `serde_json::Value`: any JSON value.
    Value,
    /// `()`: the JSON `null` (`const: null`).
    Null,
    /// `chrono::DateTime<FixedOffset>`: an RFC 3339 date-time.
    DateTime,
    /// `chrono::NaiveDate`: an RFC 3339 full-date.
    Date,
    /// `runtime::LenientNumber<i64>`: an integer the spec types as a string.
    LenientInteger,
    /// `runtime::LenientNumber<f64>`: a number the spec types as a string.
    LenientNumber,
    /// `()`: nothing (an answer without a body).
    Unit,
    /// `Infallible`: no value (an operation that documents no errors).
    Never,
    /// `Vec<u8>`: a body as bytes.
    Bytes,
    /// `runtime::RawBody`: a body passed as it is, with its content type (multipart).
    RawBody,
    /// `runtime::FilePart`: a file in a multipart form (a `format: binary` property).
    File,
}

/// What a type is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// A type Rust or the runtime has.
    Builtin(Builtin),
    /// `Option<T>`.
    Option(TypeId),
    /// `Vec<T>`.
    Vec(TypeId),
    /// `BTreeMap<String, T>`.
    Map(TypeId),
    /// A Rust tuple `(A, B, …)`: an array of exactly these items.
    Tuple(Vec<TypeId>),
    /// `runtime::DelimitedSet<T, SEP>`.
    Set {
        /// The member type.
        member: TypeId,
        /// The separator.
        separator: char,
    },
    /// `runtime::LayoutTime<Marker>`, or `runtime::LayoutDate<Marker>` for a layout without
    /// a time of day.
    LayoutTime {
        /// The marker item naming the layout.
        marker: TypeId,
        /// Whether the layout is a date only (`%Y%m%d`).
        date: bool,
    },
    /// A user's own type, replacing a component schema (a path).
    External(String),
    /// A generated item.
    Item(Item),
}

/// A generated item: a name and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Item {
    /// Its Rust name (claimed in the `types` namespace).
    pub name: String,
    /// The schema it is made from.
    pub schema: Option<SchemaId>,
    /// Its doc text.
    pub doc: String,
    /// What it is.
    pub kind: ItemKind,
}

/// The kinds of generated item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// Not built yet (only while the space is being made).
    Pending,
    /// A struct of properties.
    Struct {
        /// The fields, in property order.
        fields: Vec<Field>,
        /// Properties not listed, kept: the field name and the value type (absent where
        /// `additionalProperties: false`).
        additional: Option<(String, TypeId)>,
    },
    /// A string enum; `Other` keeps values the spec does not list.
    Enum {
        /// (variant name, value).
        variants: Vec<(String, String)>,
        /// The name of the catch-all variant.
        other: String,
    },
    /// `oneOf` / `anyOf` / a type list: an enum of alternatives.
    Union {
        /// The alternatives, in the order they are tried.
        variants: Vec<Variant>,
        /// The discriminator property, when every variant has a tag.
        tag: Option<String>,
        /// A catch-all variant (`serde_json::Value`), when no alternative already is one.
        other: Option<String>,
        /// The variant a tagged value whose tag is absent or unknown becomes (3.2's
        /// discriminator `defaultMapping`); without one it is `other`.
        fallback: Option<String>,
    },
    /// A named wrapper (`#[serde(transparent)]`): a recursive array or map, a recursive alias.
    Newtype {
        /// The wrapped type.
        inner: TypeId,
        /// Whether the wrapped type is boxed (a newtype that holds itself).
        boxed: bool,
    },
    /// `pub type Name = T;`.
    Alias {
        /// The type it names.
        target: TypeId,
    },
    /// An array of positional items (`prefixItems`) that is not always the same length.
    Tuple {
        /// Each position.
        elements: Vec<Element>,
        /// The items after the positions (`None`: there are none).
        rest: Option<TypeId>,
    },
    /// A marker type naming a vendor timestamp layout.
    Layout {
        /// The strftime layout.
        strftime: String,
    },
    /// An operation's optional parameters: a struct of `Option`s, all `None` by default.
    Params {
        /// The fields.
        fields: Vec<ParamField>,
    },
    /// A `multipart/form-data` request body: one field per part, files as
    /// `runtime::FilePart`.
    Form {
        /// The fields, in the schema's order.
        fields: Vec<FormField>,
    },
    /// An operation's documented answers on one side (success or error): one variant per
    /// status, holding its body when it has one.
    Answers {
        /// The variants.
        variants: Vec<AnswerVariant>,
    },
}

/// A field of [`ItemKind::Params`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParamField {
    /// Its name.
    pub name: String,
    /// Its doc text (the parameter's wire name, place and description).
    pub doc: String,
    /// The value's type.
    pub ty: TypeId,
}

/// A field of [`ItemKind::Form`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormField {
    /// Its Rust name.
    pub name: String,
    /// The part's name on the wire.
    pub wire: String,
    /// Its doc text.
    pub doc: String,
    /// The value's type (not `Option`-wrapped for absence).
    pub ty: TypeId,
    /// Listed in `required`.
    pub required: bool,
    /// How its parts are written.
    pub part: FormPart,
}

/// How a form field becomes parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormPart {
    /// A file or a list of files: one part each, with their own media type.
    Files,
    /// Any other value: text, or JSON for an object.
    Value,
}

/// A variant of [`ItemKind::Answers`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AnswerVariant {
    /// Its name.
    pub name: String,
    /// The documented status (`200`, `4XX`, `default`).
    pub status: String,
    /// The body's type, when the status has one.
    pub ty: Option<TypeId>,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    /// The Rust name.
    pub name: String,
    /// The property name on the wire.
    pub wire: String,
    /// The value's type (not `Option`-wrapped for absence).
    pub ty: TypeId,
    /// Listed in `required`.
    pub required: bool,
    /// `null` is a valid value.
    pub nullable: bool,
    /// Boxed to break a cycle.
    pub boxed: bool,
    /// Its doc text.
    pub doc: String,
}

/// A position of a [`ItemKind::Tuple`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Element {
    /// Its type.
    pub ty: TypeId,
    /// Whether every valid array has it.
    pub required: bool,
    /// Boxed to break a cycle.
    pub boxed: bool,
}

/// A union alternative.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Variant {
    /// The variant name.
    pub name: String,
    /// The type it holds.
    pub ty: TypeId,
    /// The discriminator values that select it.
    pub tags: Vec<String>,
    /// Boxed to break a cycle.
    pub boxed: bool,
}

/// Identifiers longer than this are shortened (with a hash of the whole name, so shortened
/// names stay distinct): rustc and readers both suffer from 100,000-character names.
pub const MAX_NAME: usize = 64;
/// Properties a struct may have; more is a map of values, with a diagnostic.
pub const MAX_FIELDS: usize = 1_000;
/// Nesting of arrays and maps written inline (`Vec<Vec<…>>`); deeper is a value, with a
/// diagnostic: rustc's trait solver overflows on types nested about 60 deep.
pub const MAX_NESTING: usize = 24;

/// Schemas gathered for one type: a schema and its `allOf` parts, flattened.
type Conj = Vec<SchemaId>;

/// The type space of one API.
pub struct TypeSpace<'m> {
    m: &'m ApiModel,
    types: Vec<Type>,
    /// Structural types interned, so each is made once.
    interned: HashMap<Type, TypeId>,
    /// (resolved schema, view) → its type.
    by_schema: HashMap<(SchemaId, Option<View>), TypeId>,
    /// Schemas whose type is being made, for recursion through types that are not items.
    in_progress: HashMap<(SchemaId, Option<View>), Option<TypeId>>,
    names: Names,
    /// Component schemas → names claimed up front, in document order.
    reserved: HashMap<SchemaId, String>,
    /// Components that are another component (`A: {$ref: B}`): the name claimed for each.
    aliases: Vec<(String, SchemaId)>,
    /// Structural fingerprint → the inline item of that shape (identical inline schemas
    /// share a type).
    by_shape: HashMap<(String, Option<View>), TypeId>,
    /// strftime layout → marker item.
    layouts: BTreeMap<String, TypeId>,
    /// Schemas with `readOnly`/`writeOnly` properties, themselves or below.
    viewed: BTreeSet<SchemaId>,
    /// Component schema → a user's own type.
    replace: BTreeMap<String, String>,
    /// What could not be expressed.
    pub diagnostics: Vec<Diagnostic>,
    /// Inline nesting depth of the type being made.
    depth: usize,
    /// Components named but not made yet.
    deferred: std::collections::VecDeque<(SchemaId, Option<View>, TypeId)>,
    /// The types asked for as requests send them (bodies, parameters): what a caller builds.
    requested: BTreeSet<TypeId>,
}

impl<'m> TypeSpace<'m> {
    /// A type space for `m`; `replace` maps component names to users' own types (paths).
    pub fn new(m: &'m ApiModel, replace: BTreeMap<String, String>) -> Self {
        let mut ts = TypeSpace {
            m,
            types: Vec::new(),
            interned: HashMap::new(),
            by_schema: HashMap::new(),
            in_progress: HashMap::new(),
            names: Names::default(),
            reserved: HashMap::new(),
            aliases: Vec::new(),
            by_shape: HashMap::new(),
            layouts: BTreeMap::new(),
            viewed: viewed(m),
            replace,
            diagnostics: Vec::new(),
            depth: 0,
            deferred: std::collections::VecDeque::new(),
            requested: BTreeSet::new(),
        };
        for (name, &id) in &m.named {
            if ts.replace.contains_key(name) {
                continue;
            }
            let short = ts.shortened(&type_name(name), m.schema(id));
            let n = ts.names.claim(&short);
            // A component that is only a `$ref` shares its target's schema: an alias.
            if m.schema(id).component_name() == Some(name.as_str()) {
                ts.reserved.insert(id, n);
            } else {
                ts.aliases.push((n, id));
            }
        }
        ts
    }

    /// The model the space is made from.
    pub fn model(&self) -> &'m ApiModel {
        self.m
    }

    /// What type `id` is.
    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    /// Every type, by id.
    pub fn types(&self) -> impl Iterator<Item = (TypeId, &Type)> {
        self.types
            .iter()
            .enumerate()
            .map(|(i, t)| (TypeId(i as u32), t))
    }

    /// Claims a name in the `types` namespace for an item made elsewhere (an operation's
    /// parameters or answers), so it cannot collide with a schema's type.
    pub fn claim(&mut self, want: &str) -> String {
        self.names.claim(&bounded(want))
    }

    /// Whether an item of the `types` namespace is named `name`.
    pub fn is_taken(&self, name: &str) -> bool {
        self.names.is_used(name)
    }

    /// Adds an item made elsewhere (an operation's parameters or answers) under a name from
    /// [`TypeSpace::claim`].
    pub fn add_item(&mut self, name: String, doc: String, kind: ItemKind) -> TypeId {
        self.push(Type::Item(Item {
            name,
            schema: None,
            doc,
            kind,
        }))
    }

    fn push(&mut self, t: Type) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(t);
        id
    }

    /// The interned structural type `t`.
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&t) {
            return id;
        }
        let id = self.push(t.clone());
        self.interned.insert(t, id);
        id
    }

    /// A builtin type.
    pub fn builtin(&mut self, b: Builtin) -> TypeId {
        self.intern(Type::Builtin(b))
    }

    /// `serde_json::Value`.
    pub fn value(&mut self) -> TypeId {
        self.builtin(Builtin::Value)
    }

    /// `Vec<t>`.
    pub fn vec_of(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Vec(t))
    }

    fn option(&mut self, t: TypeId) -> TypeId {
        if matches!(self.get(t), Type::Option(_)) {
            return t;
        }
        self.intern(Type::Option(t))
    }

    /// The type of schema `id` as `view` sees it, `Option` when `null` is valid.
    pub fn type_of(&mut self, id: SchemaId, view: View) -> TypeId {
        let t = self.schema_type(id, view);
        let t = if self.nullable(id) { self.option(t) } else { t };
        if view == View::Request {
            self.requested.insert(t);
        }
        t
    }

    /// Every type a request carries (what [`TypeSpace::type_of`] gave in the request view)
    /// and every type inside one: what callers build.
    pub fn sent(&self) -> BTreeSet<TypeId> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<TypeId> = self.requested.iter().copied().collect();
        while let Some(t) = todo.pop() {
            if !seen.insert(t) {
                continue;
            }
            todo.extend(self.inside(t));
        }
        seen
    }

    /// The types directly inside type `t`.
    pub fn inside(&self, t: TypeId) -> Vec<TypeId> {
        match self.get(t) {
            Type::Builtin(_) | Type::External(_) => Vec::new(),
            Type::Option(x) | Type::Vec(x) | Type::Map(x) => vec![*x],
            Type::Tuple(xs) => xs.clone(),
            Type::Set { member, .. } => vec![*member],
            Type::LayoutTime { marker, .. } => vec![*marker],
            Type::Item(item) => match &item.kind {
                ItemKind::Struct { fields, additional } => fields
                    .iter()
                    .map(|f| f.ty)
                    .chain(additional.as_ref().map(|(_, a)| *a))
                    .collect(),
                ItemKind::Union { variants, .. } => variants.iter().map(|v| v.ty).collect(),
                ItemKind::Newtype { inner, .. } => vec![*inner],
                ItemKind::Alias { target } => vec![*target],
                ItemKind::Tuple { elements, rest } => {
                    elements.iter().map(|e| e.ty).chain(*rest).collect()
                }
                ItemKind::Params { fields } => fields.iter().map(|f| f.ty).collect(),
                ItemKind::Form { fields } => fields.iter().map(|f| f.ty).collect(),
                ItemKind::Answers { variants } => variants.iter().filter_map(|v| v.ty).collect(),
                ItemKind::Pending | ItemKind::Enum { .. } | ItemKind::Layout { .. } => Vec::new(),
            },
        }
    }

    /// The types already made for schema `id`, in any view.
    pub fn known(&self, id: SchemaId) -> Vec<TypeId> {
        let id = self.m.resolve(id).id;
        [None, Some(View::Request), Some(View::Response)]
            .into_iter()
            .filter_map(|view| self.by_schema.get(&(id, view)).copied())
            .collect()
    }

    /// Whether `null` is a valid value of schema `id` (for its Rust type).
    pub fn nullable(&self, id: SchemaId) -> bool {
        let m = self.m;
        let s = m.schema(id);
        if s.nullable || m.resolve(id).nullable {
            return true;
        }
        // `allOf` whose every part allows null.
        let r = m.resolve(id);
        !r.all_of.is_empty()
            && r.types.is_empty()
            && r.all_of
                .iter()
                .all(|&p| m.schema(p).nullable || m.resolve(p).nullable)
    }

    /// The type of schema `id` (not `Option`-wrapped for `null`).
    pub fn schema_type(&mut self, id: SchemaId, view: View) -> TypeId {
        let m = self.m;
        let s = m.resolve(id);
        let id = s.id;
        let view = self.viewed.contains(&id).then_some(view);
        let key = (id, view);
        if let Some(&t) = self.by_schema.get(&key) {
            return t;
        }
        if let Some(c) = s.component_name()
            && let Some(path) = self.replace.get(c).cloned()
        {
            let t = self.intern(Type::External(path));
            self.by_schema.insert(key, t);
            return t;
        }
        // A component is an item, named now and made later by `finish`: components refer to
        // each other without limit (a chain of thousands), so making one never recurses into
        // another.
        if s.component_name().is_some() && !self.in_progress.contains_key(&key) {
            let name = self.item_name(id, view);
            let t = self.push(Type::Item(Item {
                name,
                schema: Some(id),
                doc: String::new(),
                kind: ItemKind::Pending,
            }));
            self.by_schema.insert(key, t);
            self.deferred.push_back((id, view, t));
            return t;
        }
        // Items are allocated before their shape is made, so a reference back finds them.
        if let Some(slot) = self.in_progress.get_mut(&key) {
            // A cycle through types that are not items yet: this schema becomes one.
            if let Some(t) = *slot {
                return t;
            }
            let name = self.item_name(id, view);
            let t = self.push(Type::Item(Item {
                name,
                schema: Some(id),
                doc: String::new(),
                kind: ItemKind::Pending,
            }));
            self.in_progress.insert(key, Some(t));
            return t;
        }
        if self.depth > MAX_NESTING {
            self.fallback(
                s,
                format!("its arrays and maps nest more than {MAX_NESTING} deep"),
            );
            return self.value();
        }
        self.in_progress.insert(key, None);
        self.depth += 1;
        let made = self.make(id, view);
        self.depth -= 1;
        let wrapper = self.in_progress.remove(&key).flatten();
        let t = match wrapper {
            // Reached again while being made: the wrapper item holds what was made.
            Some(w) if w != made => {
                let kind = match self.get(made).clone() {
                    Type::Item(item) => {
                        // The schema was an item after all: the wrapper is an alias of it.
                        let _ = item;
                        ItemKind::Alias { target: made }
                    }
                    _ => ItemKind::Newtype {
                        inner: made,
                        boxed: false,
                    },
                };
                self.set_kind(w, kind);
                w
            }
            _ => made,
        };
        // Reached only itself while being made (`D: {oneOf: [$ref D]}`): an alias of itself,
        // which finishing turns into a value.
        if matches!(
            self.get(t),
            Type::Item(Item {
                kind: ItemKind::Pending,
                ..
            })
        ) {
            self.set_kind(t, ItemKind::Alias { target: t });
        }
        self.by_schema.insert(key, t);
        t
    }

    fn set_kind(&mut self, t: TypeId, kind: ItemKind) {
        if let Type::Item(item) = &mut self.types[t.0 as usize] {
            item.kind = kind;
        }
    }

    fn set_doc(&mut self, t: TypeId, doc: String) {
        if let Type::Item(item) = &mut self.types[t.0 as usize] {
            item.doc = doc;
        }
    }

    /// Reports that `s` is generated as `serde_json::Value`, and why.
    fn fallback(&mut self, s: &Schema, why: String) {
        self.diagnostics.push(
            codes::TYPE_FALLBACK
                .diag(format!(
                    "schema `{}` is generated as `serde_json::Value`: {why}",
                    s.pointer
                ))
                .at(s.loc, "this schema")
                .pointer(&*s.pointer)
                .help("the value is kept whole, and the server still checks it against the schema"),
        );
    }

    /// The name an item for schema `id` gets (claimed now).
    fn item_name(&mut self, id: SchemaId, view: Option<View>) -> String {
        let base = match self.reserved.get(&id) {
            Some(n) if view != Some(View::Request) => return n.clone(),
            Some(n) => n.clone(),
            None => self.inline_name(id),
        };
        match view {
            Some(View::Request) => self.names.claim(&bounded(&format!("{base}Request"))),
            _ if self.reserved.contains_key(&id) => base,
            _ => {
                let s = self.m.schema(id);
                let n = self.shortened(&base, s);
                self.names.claim(&n)
            }
        }
    }

    /// `name`, or [`bounded`] with a diagnostic (SF024) when it is too long to keep.
    fn shortened(&mut self, name: &str, s: &Schema) -> String {
        let b = bounded(name);
        if b != name {
            self.diagnostics.push(
                codes::NAME_SHORTENED
                    .diag(format!(
                        "a name of {} characters is shortened to `{b}`",
                        name.chars().count()
                    ))
                    .at(s.loc, "named from here")
                    .pointer(&*s.pointer)
                    .help(format!("Rust names are kept to {MAX_NAME} characters; a `title` or a shorter component name gives a readable one")),
            );
        }
        b
    }

    /// An inline schema's name from its context (`CreateOauthClientRequest`,
    /// `OAuthClientGrantType`).
    fn inline_name(&self, id: SchemaId) -> String {
        let s = self.m.schema(id);
        match &s.name {
            SchemaName::Component(n) => type_name(n),
            SchemaName::Inline(parts) => {
                let joined: String = parts.to_vec().iter().map(|p| camel_part(p)).collect();
                type_name(&joined)
            }
        }
    }

    /// A new item for schema `id` (named now), to fill in.
    fn new_item(&mut self, id: SchemaId, view: Option<View>) -> TypeId {
        let key = (id, view);
        if let Some(Some(t)) = self.in_progress.get(&key) {
            return *t;
        }
        let name = self.item_name(id, view);
        let t = self.push(Type::Item(Item {
            name,
            schema: Some(id),
            doc: String::new(),
            kind: ItemKind::Pending,
        }));
        self.in_progress.insert(key, Some(t));
        t
    }

    /// Makes the type of resolved schema `id`.
    fn make(&mut self, id: SchemaId, view: Option<View>) -> TypeId {
        let m = self.m;
        let s = m.schema(id);
        let named = s.component_name().is_some();
        let v = view.unwrap_or(View::Response);
        let t = self.shape(id, v);
        // A component schema is always an item: an alias when its type is not one itself.
        if named && !matches!(self.get(t), Type::Item(_)) {
            let item = self.new_item(id, view);
            self.set_kind(item, ItemKind::Alias { target: t });
            self.set_doc(item, doc_of(s, self.item_label(item)));
            return item;
        }
        t
    }

    fn item_label(&self, t: TypeId) -> &str {
        match self.get(t) {
            Type::Item(i) => &i.name,
            _ => "",
        }
    }

    /// The type of schema `id`'s content.
    fn shape(&mut self, id: SchemaId, view: View) -> TypeId {
        let m = self.m;
        let s = m.schema(id);
        if s.never {
            return self.value();
        }
        if let Some(t) = self.semantic(id, view) {
            return t;
        }
        let conj = conjunction(m, id);
        let relevant: Vec<SchemaId> = conj
            .iter()
            .copied()
            .filter(|&p| type_relevant(m.schema(p)))
            .collect();
        match relevant.as_slice() {
            [] => self.value(),
            [only] if *only != id => self.schema_type(*only, view),
            [_] => self.single(id, view),
            _ => self.merged(id, &relevant, view),
        }
    }

    /// A semantic kind's type, when the model found one.
    fn semantic(&mut self, id: SchemaId, view: View) -> Option<TypeId> {
        let s = self.m.schema(id);
        Some(match s.semantic.as_deref()? {
            Semantic::DelimitedSet { separator, .. } if separator.chars().count() == 1 => {
                let sep = separator.chars().next().unwrap_or(',');
                let member = match string_enum(s) {
                    Some(values) => {
                        // The members' enum, not the schema's own type (which is the set): a
                        // component's own name is the set's.
                        let name = match s.component_name() {
                            Some(_) => {
                                let base = self.inline_name(id);
                                self.names.claim(&bounded(&format!("{base}Member")))
                            }
                            None => self.item_name(id, None),
                        };
                        let item = self.push(Type::Item(Item {
                            name,
                            schema: Some(id),
                            doc: String::new(),
                            kind: ItemKind::Pending,
                        }));
                        self.fill_enum(item, s, values);
                        item
                    }
                    None => self.builtin(Builtin::String),
                };
                let _ = view;
                self.intern(Type::Set {
                    member,
                    separator: sep,
                })
            }
            Semantic::Timestamp { format, .. } => match format {
                TimestampFormat::Rfc3339 => self.builtin(Builtin::DateTime),
                TimestampFormat::Date => self.builtin(Builtin::Date),
                TimestampFormat::Layout {
                    strftime,
                    zoned: false,
                    has_time,
                    ..
                } => {
                    let marker = self.layout_marker(strftime);
                    self.intern(Type::LayoutTime {
                        marker,
                        date: !has_time,
                    })
                }
                _ => return None,
            },
            Semantic::NumericString { integer, .. } => self.builtin(if *integer {
                Builtin::LenientInteger
            } else {
                Builtin::LenientNumber
            }),
            _ => return None,
        })
    }

    fn layout_marker(&mut self, strftime: &str) -> TypeId {
        if let Some(&t) = self.layouts.get(strftime) {
            return t;
        }
        let letters: String = strftime
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .collect();
        let name = self
            .names
            .claim(&bounded(&format!("Layout{}", upper_camel(&letters))));
        let t = self.push(Type::Item(Item {
            name,
            schema: None,
            doc: format!(
                "The date or timestamp layout `{strftime}` (not RFC 3339), as the spec fixes it."
            ),
            kind: ItemKind::Layout {
                strftime: strftime.to_string(),
            },
        }));
        self.layouts.insert(strftime.to_string(), t);
        t
    }

    /// The type of one schema whose own keywords decide it (its `allOf` parts add nothing
    /// to the type).
    fn single(&mut self, id: SchemaId, view: View) -> TypeId {
        let m = self.m;
        let s = m.schema(id);
        // A 3.1 `$ref` with siblings (or a nullable `$ref`): the siblings only constrain.
        if let Some(r) = s.reference
            && r != id
            && s.types.is_empty()
            && s.properties.is_empty()
            && branches(s).is_empty()
            && s.enum_values.is_none()
        {
            return self.schema_type(r, view);
        }
        if let Some(values) = string_enum(s) {
            // Identical inline enums (a request's and a response's `client_type`) share one.
            let key = (s.component_name().is_none()).then(|| (fingerprint(m, id, 0), None));
            if let Some(k) = &key
                && let Some(&same) = self.by_shape.get(k)
            {
                return same;
            }
            let item = self.new_item(id, None);
            self.fill_enum(item, s, values);
            if let Some(k) = key {
                self.by_shape.insert(k, item);
            }
            return item;
        }
        if let Some(values) = &s.enum_values {
            return self.literal_type(s, values);
        }
        let bs = branches(s).to_vec();
        let object_keywords =
            !s.properties.is_empty() || s.types.contains(&JsonType::Object) && s.types.len() == 1;
        if !bs.is_empty() && (!object_keywords || s.properties.is_empty()) {
            return self.union(id, &bs, view);
        }
        let types: Vec<JsonType> = s.types.iter().copied().collect();
        match types.as_slice() {
            [] if !s.properties.is_empty() || !s.applicators().pattern_properties.is_empty() => {
                // Object keywords without `type`: OpenAPI reads these as an object (lint
                // SF154 reports the missing `type`).
                self.object(&[id], id, view)
            }
            [] if s.additional != Additional::Unspecified && s.additional != Additional::Any => {
                self.object(&[id], id, view)
            }
            [] if s.items.is_some() || !s.prefix_items.is_empty() => self.array(s, view),
            [] => self.value(),
            [t] => self.of_json_type(*t, id, view),
            _ => self.type_list(id, &types, view),
        }
    }

    fn of_json_type(&mut self, t: JsonType, id: SchemaId, view: View) -> TypeId {
        let s = self.m.schema(id);
        match t {
            JsonType::Boolean => self.builtin(Builtin::Bool),
            JsonType::Integer => match s.format.as_deref() {
                Some("int32") => self.builtin(Builtin::I32),
                _ => self.builtin(Builtin::I64),
            },
            JsonType::Number => self.builtin(Builtin::F64),
            JsonType::String => self.builtin(Builtin::String),
            JsonType::Array => self.array(s, view),
            JsonType::Object => self.object(&[id], id, view),
        }
    }

    /// `type: [string, integer, …]` (null aside): an untagged union of the types.
    fn type_list(&mut self, id: SchemaId, types: &[JsonType], view: View) -> TypeId {
        // Its object alternative may have views of its own, and so then does the list.
        let v = self.viewed.contains(&id).then_some(view);
        let item = self.new_item(id, v);
        let mut variants = Vec::new();
        let mut names = Names::default();
        // Integers before numbers, so `3` stays an integer.
        let mut ordered = types.to_vec();
        ordered.sort_by_key(|t| match t {
            JsonType::Integer => 0,
            JsonType::Number => 1,
            _ => 2,
        });
        for t in ordered {
            let ty = self.of_json_type(t, id, view);
            let name = names.claim(&upper_camel(t.as_str()));
            variants.push(Variant {
                name,
                ty,
                tags: Vec::new(),
                boxed: false,
            });
        }
        self.set_kind(
            item,
            ItemKind::Union {
                variants,
                tag: None,
                other: None,
                fallback: None,
            },
        );
        let s = self.m.schema(id);
        let label = self.item_label(item).to_string();
        self.set_doc(item, doc_of(s, &label));
        item
    }

    /// The type of an `enum` (or `const`) that is not a list of strings.
    fn literal_type(&mut self, s: &Schema, values: &[crate::tree::Node]) -> TypeId {
        use crate::tree::Value as V;
        let non_null: Vec<&crate::tree::Node> =
            values.iter().filter(|v| v.value != V::Null).collect();
        let all = |f: fn(&V) -> bool| !non_null.is_empty() && non_null.iter().all(|v| f(&v.value));
        if non_null.is_empty() {
            return self.builtin(Builtin::Null);
        }
        let declared = |t: JsonType| s.types.is_empty() || s.types.contains(&t);
        if all(|v| matches!(v, V::Bool(_))) && declared(JsonType::Boolean) {
            return self.builtin(Builtin::Bool);
        }
        // An integer type only where `type: integer` says so: JSON Schema's `enum: [0]` also
        // matches `0.0`, which only a float holds.
        if all(|v| matches!(v, V::Number(n) if n.as_i64().is_some()))
            && s.types.contains(&JsonType::Integer)
        {
            return self.builtin(Builtin::I64);
        }
        if all(|v| matches!(v, V::Number(_)))
            && (declared(JsonType::Number) || declared(JsonType::Integer))
        {
            return self.builtin(Builtin::F64);
        }
        if all(|v| matches!(v, V::String(_))) {
            return self.builtin(Builtin::String);
        }
        self.value()
    }

    fn fill_enum(&mut self, item: TypeId, s: &Schema, values: Vec<String>) {
        let mut names = Names::default();
        let mut seen = BTreeSet::new();
        let mut variants = Vec::new();
        for v in values {
            // A value listed twice is one variant.
            if !seen.insert(v.clone()) {
                continue;
            }
            let name = names.claim(&bounded(&type_name(&v)));
            variants.push((name, v));
        }
        let other = names.claim("Other");
        self.set_kind(item, ItemKind::Enum { variants, other });
        let label = self.item_label(item).to_string();
        self.set_doc(item, doc_of(s, &label));
    }

    fn array(&mut self, s: &Schema, view: View) -> TypeId {
        let b = s.bounds();
        if !s.prefix_items.is_empty() {
            let prefix: Vec<SchemaId> = s.prefix_items.to_vec();
            let rest = match s.items {
                Some(i) if self.m.resolve(i).never => None,
                Some(i) => Some(self.type_of(i, view)),
                None => Some(self.value()),
            };
            let n = prefix.len() as u64;
            let min = b.min_items.unwrap_or(0);
            let fixed = min >= n && (rest.is_none() || b.max_items == Some(n));
            let elements: Vec<TypeId> = prefix.iter().map(|&p| self.type_of(p, view)).collect();
            if fixed {
                return self.intern(Type::Tuple(elements));
            }
            // Keyed by view as the schema's type is: positions with read-only properties
            // make a request tuple and a response tuple.
            let v = self.viewed.contains(&s.id).then_some(view);
            let item = self.new_item(s.id, v);
            let max = b.max_items;
            let rest = if max.is_some_and(|x| x <= n) {
                None
            } else {
                rest
            };
            let elements = elements
                .into_iter()
                .enumerate()
                .map(|(i, ty)| Element {
                    ty,
                    required: (i as u64) < min,
                    boxed: false,
                })
                .collect();
            self.set_kind(item, ItemKind::Tuple { elements, rest });
            let label = self.item_label(item).to_string();
            self.set_doc(item, doc_of(s, &label));
            return item;
        }
        let inner = match s.items {
            Some(i) => self.type_of(i, view),
            None => self.value(),
        };
        self.intern(Type::Vec(inner))
    }

    /// A union of `branches` (`oneOf`, else `anyOf`, null branches already in `nullable`).
    fn union(&mut self, id: SchemaId, bs: &[SchemaId], view: View) -> TypeId {
        let m = self.m;
        let s = m.schema(id);
        if let [only] = bs {
            return self.schema_type(*only, view);
        }
        let v = self.viewed.contains(&id).then_some(view);
        let item = self.new_item(id, v);
        let depth = std::mem::replace(&mut self.depth, 0);
        let mut names = Names::default();
        let mut seen = BTreeSet::new();
        let mut variants = Vec::new();
        let mut has_value = false;
        let default_component = s
            .discriminator
            .as_ref()
            .and_then(|d| d.default_mapping.as_deref())
            .and_then(|r| r.rsplit('/').next());
        let mut fallback = None;
        for (i, &b) in bs.iter().enumerate() {
            let ty = self.type_of(b, view);
            // Two branches with one Rust type (`string` with different formats) are one variant.
            if !seen.insert(ty) {
                continue;
            }
            let is_value = matches!(self.get(ty), Type::Builtin(Builtin::Value));
            has_value |= is_value;
            let tags = match &s.discriminator {
                Some(d) => tags_for(m, d, b),
                None => Vec::new(),
            };
            let name = names.claim(&bounded(&variant_name(m, b, i)));
            if default_component.is_some() && m.resolve(b).component_name() == default_component {
                fallback = Some(name.clone());
            }
            variants.push((
                is_value,
                Variant {
                    name,
                    ty,
                    tags,
                    boxed: false,
                },
            ));
        }
        self.depth = depth;
        // Untagged deserialisation tries variants in order: the catch-all goes last, and
        // integers before numbers.
        variants.sort_by_key(|(is_value, v)| {
            (
                *is_value,
                matches!(self.get(v.ty), Type::Builtin(Builtin::F64)),
            )
        });
        let variants: Vec<Variant> = variants.into_iter().map(|(_, v)| v).collect();
        let tagged = s.discriminator.is_some() && variants.iter().all(|v| !v.tags.is_empty());
        let tag = tagged
            .then(|| s.discriminator.as_ref().map(|d| d.property.clone()))
            .flatten();
        let other = (!has_value || tagged).then(|| names.claim("Other"));
        self.set_kind(
            item,
            ItemKind::Union {
                variants,
                tag,
                other,
                fallback: fallback.filter(|_| tagged),
            },
        );
        let label = self.item_label(item).to_string();
        let mut doc = doc_of(s, &label);
        if let Some(d) = &s.discriminator
            && tagged
        {
            if !doc.is_empty() {
                doc.push_str("\n\n");
            }
            doc.push_str(&format!("Selected by the `{}` property.", d.property));
        }
        self.set_doc(item, doc);
        item
    }

    /// Several schemas that each say something about the type, all of which hold (`allOf`):
    /// objects merge, a scalar stays a scalar, a contradiction is a value.
    fn merged(&mut self, id: SchemaId, parts: &[SchemaId], view: View) -> TypeId {
        let m = self.m;
        let s = m.schema(id);
        // The JSON types every part allows.
        let mut allowed: Option<BTreeSet<JsonType>> = None;
        for &p in parts {
            let ps = m.schema(p);
            let own: BTreeSet<JsonType> = if !ps.types.is_empty() {
                ps.types.iter().copied().collect()
            } else if !ps.properties.is_empty() {
                [JsonType::Object].into()
            } else {
                continue;
            };
            allowed = Some(match allowed {
                None => own,
                Some(a) => a.intersection(&own).copied().collect(),
            });
        }
        let allowed = allowed.unwrap_or_default();
        let declared_any = parts.iter().any(|&p| !m.schema(p).types.is_empty());
        if allowed.is_empty() && declared_any {
            let names: Vec<String> = parts
                .iter()
                .map(|&p| {
                    m.schema(p)
                        .types
                        .iter()
                        .map(|t| t.as_str())
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .filter(|t| !t.is_empty())
                .collect();
            self.fallback(
                s,
                format!(
                    "its `allOf` parts allow no common type ({})",
                    names.join(" and ")
                ),
            );
            return self.value();
        }
        let objectish = allowed.is_empty() || allowed == [JsonType::Object].into();
        if objectish && parts.iter().any(|&p| is_object_like(m.schema(p))) {
            return self.object(parts, id, view);
        }
        // A scalar (or array): the richest part decides (an enum, a format, a semantic kind).
        let richest = parts
            .iter()
            .rev()
            .copied()
            .max_by_key(|&p| {
                let ps = m.schema(p);
                (ps.semantic.is_some() as u8) * 16
                    + (ps.enum_values.is_some() as u8) * 8
                    + ((ps.items.is_some() || !ps.prefix_items.is_empty()) as u8) * 4
                    + (ps.format.is_some() as u8) * 2
                    + !branches(ps).is_empty() as u8
            })
            .unwrap_or(id);
        if let [t] = allowed.iter().copied().collect::<Vec<_>>().as_slice()
            && richest == id
        {
            return self.of_json_type(*t, id, view);
        }
        if richest == id {
            return self.single(id, view);
        }
        self.schema_type(richest, view)
    }

    /// A struct from the properties of `parts` (one schema, or the parts of an `allOf`),
    /// or a map when there are none.
    fn object(&mut self, parts: &[SchemaId], id: SchemaId, view: View) -> TypeId {
        let m = self.m;
        let s = m.schema(id);
        // Properties in order of first appearance; a property in several parts is all of them.
        let mut props: indexmap::IndexMap<String, Vec<SchemaId>> = indexmap::IndexMap::new();
        let mut required = BTreeSet::new();
        let mut descriptions: HashMap<String, String> = HashMap::new();
        let mut additional = Additional::Unspecified;
        let mut patterns = Vec::new();
        for &p in parts {
            let ps = m.schema(p);
            for (k, prop) in &ps.properties {
                props.entry(k.to_string()).or_default().push(prop.schema);
                if let Some(d) = &prop.description {
                    descriptions
                        .entry(k.to_string())
                        .or_insert_with(|| d.to_string());
                }
            }
            required.extend(ps.required.iter().map(|(n, _)| n.clone()));
            additional = match (additional, ps.additional) {
                (Additional::Forbidden, _) | (_, Additional::Forbidden) => Additional::Forbidden,
                (Additional::Schema(a), _) => Additional::Schema(a),
                (_, x) => x,
            };
            patterns.extend(ps.applicators().pattern_properties.iter().map(|(_, t)| *t));
        }
        // `additionalProperties: false` in one part of an `allOf` forbids the other parts'
        // properties too (a classic vendor mistake); the type keeps them all.
        if props.is_empty() {
            let value = match additional {
                Additional::Schema(a) => self.type_of(a, view),
                _ => {
                    let ts: BTreeSet<TypeId> =
                        patterns.iter().map(|&p| self.type_of(p, view)).collect();
                    match (ts.len(), additional) {
                        (1, Additional::Forbidden) => *ts.iter().next().expect("one"),
                        _ => self.value(),
                    }
                }
            };
            return self.intern(Type::Map(value));
        }
        if props.len() > MAX_FIELDS {
            self.fallback(
                s,
                format!(
                    "it has {} properties; at most {MAX_FIELDS} become struct fields",
                    props.len()
                ),
            );
            let v = self.value();
            return self.intern(Type::Map(v));
        }
        let v = self.viewed.contains(&id).then_some(view);
        // Identical inline objects (SailPoint's 400/403/500 bodies) share one type.
        let shape_key =
            (s.component_name().is_none() && parts.len() == 1).then(|| (fingerprint(m, id, 0), v));
        if let Some(k) = &shape_key
            && let Some(&same) = self.by_shape.get(k)
        {
            return same;
        }
        let item = self.new_item(id, v);
        if let Some(k) = shape_key {
            self.by_shape.insert(k, item);
        }
        // Fields are types of their own: nesting counts again from here.
        let depth = std::mem::replace(&mut self.depth, 0);
        let mut names = Names::default();
        let mut fields = Vec::new();
        for (wire, schemas) in &props {
            let target = m.resolve(schemas[0]);
            let read_only = schemas
                .iter()
                .any(|&p| m.schema(p).read_only || m.resolve(p).read_only);
            let write_only = schemas
                .iter()
                .any(|&p| m.schema(p).write_only || m.resolve(p).write_only);
            // Views: a request does not carry read-only properties, a response write-only ones.
            if self.viewed.contains(&id)
                && (view == View::Request && read_only || view == View::Response && write_only)
            {
                continue;
            }
            let ty = match schemas.as_slice() {
                [one] => self.schema_type(*one, view),
                many => {
                    let relevant: Vec<SchemaId> = many
                        .iter()
                        .copied()
                        .filter(|&p| type_relevant(m.resolve(p)))
                        .collect();
                    match relevant.as_slice() {
                        [] => self.value(),
                        [one] => self.schema_type(*one, view),
                        _ => self.merged(many[0], &relevant, view),
                    }
                }
            };
            let nullable = schemas.iter().all(|&p| self.nullable(p));
            let short = self.shortened(&field(wire), m.schema(schemas[0]));
            let name = names.claim(&short);
            let mut doc = descriptions
                .get(wire)
                .cloned()
                .or_else(|| target.description.as_deref().map(str::to_string))
                .unwrap_or_default();
            if let Some(note) = semantic_note(target) {
                if !doc.is_empty() {
                    doc.push_str("\n\n");
                }
                doc.push_str(&note);
            }
            fields.push(Field {
                name,
                wire: wire.clone(),
                ty,
                required: required.contains(wire),
                nullable,
                boxed: false,
                doc,
            });
        }
        // Properties beyond the listed ones: those `patternProperties` matches and the rest
        // (`additionalProperties`), in one map whose values hold either.
        let mut kinds: BTreeSet<TypeId> = patterns.iter().map(|&p| self.type_of(p, view)).collect();
        match additional {
            Additional::Forbidden => {}
            Additional::Schema(a) => {
                kinds.insert(self.type_of(a, view));
            }
            _ => {
                kinds.insert(self.value());
            }
        }
        let additional = match kinds.len() {
            0 => None,
            1 => Some((
                names.claim("additional_properties"),
                *kinds.iter().next().expect("one"),
            )),
            _ => Some((names.claim("additional_properties"), self.value())),
        };
        self.depth = depth;
        self.set_kind(item, ItemKind::Struct { fields, additional });
        let label = self.item_label(item).to_string();
        self.set_doc(item, doc_of(s, &label));
        item
    }

    /// Completes the space: aliases that reach themselves become newtypes (or values), and
    /// every value edge inside a cycle is boxed.
    pub fn finish(&mut self) {
        self.make_deferred();
        self.components();
        self.make_deferred();
        self.fix_aliases();
        self.box_cycles();
    }

    /// Makes the components named so far (and those they name), in the order first named.
    fn make_deferred(&mut self) {
        while let Some((id, view, t)) = self.deferred.pop_front() {
            let key = (id, view);
            self.in_progress.insert(key, Some(t));
            let depth = std::mem::replace(&mut self.depth, 0);
            let made = self.make(id, view);
            self.depth = depth;
            self.in_progress.remove(&key);
            if made != t {
                // The component is another type (`A: {allOf: [$ref B]}`): an alias of it.
                self.set_kind(t, ItemKind::Alias { target: made });
            } else if matches!(
                self.get(t),
                Type::Item(Item {
                    kind: ItemKind::Pending,
                    ..
                })
            ) {
                // It reached only itself: finishing makes it a value.
                self.set_kind(t, ItemKind::Alias { target: t });
            }
            let s = self.m.schema(id);
            let label = self.item_label(t).to_string();
            if let Type::Item(item) = &mut self.types[t.0 as usize]
                && item.doc.is_empty()
            {
                item.doc = doc_of(s, &label);
            }
        }
    }

    /// Every component schema has an item under its own name (an alias where its type is
    /// another's), whether or not an operation uses it: users name them.
    fn components(&mut self) {
        let m = self.m;
        let mut wanted: Vec<(String, SchemaId)> = m
            .named
            .values()
            .filter_map(|id| self.reserved.get(id).map(|n| (n.clone(), *id)))
            .collect();
        wanted.extend(self.aliases.clone());
        for (want, id) in wanted {
            let t = self.schema_type(id, View::Response);
            if self.item_label(t) == want {
                continue;
            }
            let alias = self.push(Type::Item(Item {
                name: want.clone(),
                schema: Some(id),
                doc: doc_of(m.schema(id), &want),
                kind: ItemKind::Alias { target: t },
            }));
            let _ = alias;
        }
    }

    /// The alias (or newtype) chain from `t` to the first type that is not one.
    fn unalias(&self, mut t: TypeId) -> TypeId {
        for _ in 0..self.types.len() {
            match self.get(t) {
                Type::Item(Item {
                    kind: ItemKind::Alias { target },
                    ..
                }) => t = *target,
                _ => return t,
            }
        }
        t
    }

    /// The types a type expression mentions, stopping at items other than aliases.
    fn mentions(&self, t: TypeId, out: &mut Vec<TypeId>, depth: usize) {
        if depth > 64 {
            return;
        }
        match self.get(t) {
            Type::Option(x) | Type::Vec(x) | Type::Map(x) => {
                out.push(*x);
                self.mentions(*x, out, depth + 1);
            }
            Type::Set { member, .. } => out.push(*member),
            Type::LayoutTime { marker, .. } => out.push(*marker),
            Type::Tuple(xs) => {
                for &x in xs {
                    out.push(x);
                    self.mentions(x, out, depth + 1);
                }
            }
            Type::Item(Item {
                kind: ItemKind::Alias { target },
                ..
            }) => {
                out.push(*target);
                self.mentions(*target, out, depth + 1);
            }
            _ => {}
        }
    }

    fn fix_aliases(&mut self) {
        let aliases: Vec<TypeId> = self
            .types()
            .filter(|(_, t)| {
                matches!(
                    t,
                    Type::Item(Item {
                        kind: ItemKind::Alias { .. },
                        ..
                    })
                )
            })
            .map(|(i, _)| i)
            .collect();
        for a in aliases {
            let Type::Item(Item {
                kind: ItemKind::Alias { target },
                schema,
                ..
            }) = self.get(a).clone()
            else {
                continue;
            };
            // Nothing but aliases all the way round: the schema says nothing but itself.
            let end = self.unalias(target);
            if end == a
                || matches!(
                    self.get(end),
                    Type::Item(Item {
                        kind: ItemKind::Alias { .. },
                        ..
                    })
                )
            {
                if let Some(sid) = schema {
                    let s = self.m.schema(sid);
                    self.fallback(s, "it is defined only in terms of itself (`$ref`s in a cycle with no structure)".into());
                }
                let v = self.value();
                self.set_kind(a, ItemKind::Alias { target: v });
                continue;
            }
            let mut seen = Vec::new();
            self.mentions(target, &mut seen, 0);
            if seen.contains(&a) || target == a {
                self.set_kind(
                    a,
                    ItemKind::Newtype {
                        inner: target,
                        boxed: false,
                    },
                );
            }
        }
    }

    /// The items a type holds by value (not behind a `Vec`, map or `Box`).
    fn by_value(&self, t: TypeId, out: &mut Vec<TypeId>, depth: usize) {
        if depth > 64 {
            return;
        }
        match self.get(t) {
            Type::Option(x) => self.by_value(*x, out, depth + 1),
            Type::Tuple(xs) => {
                for &x in xs {
                    self.by_value(x, out, depth + 1);
                }
            }
            Type::Item(Item {
                kind: ItemKind::Alias { target },
                ..
            }) => self.by_value(*target, out, depth + 1),
            Type::Item(_) => out.push(t),
            _ => {}
        }
    }

    /// Each value-holding edge of item `t`: (which edge, the items it holds by value).
    fn edges(&self, t: TypeId) -> Vec<(usize, Vec<TypeId>)> {
        let mut out = Vec::new();
        let Type::Item(item) = self.get(t) else {
            return out;
        };
        let mut add = |i: usize, ty: TypeId| {
            let mut v = Vec::new();
            self.by_value(ty, &mut v, 0);
            out.push((i, v));
        };
        match &item.kind {
            ItemKind::Struct { fields, .. } => {
                fields.iter().enumerate().for_each(|(i, f)| add(i, f.ty))
            }
            ItemKind::Union { variants, .. } => {
                variants.iter().enumerate().for_each(|(i, v)| add(i, v.ty))
            }
            ItemKind::Newtype { inner, .. } => add(0, *inner),
            ItemKind::Tuple { elements, .. } => {
                elements.iter().enumerate().for_each(|(i, e)| add(i, e.ty))
            }
            _ => {}
        }
        out
    }

    fn box_cycles(&mut self) {
        let n = self.types.len();
        let graph: Vec<Vec<TypeId>> = (0..n)
            .map(|i| {
                self.edges(TypeId(i as u32))
                    .into_iter()
                    .flat_map(|(_, v)| v)
                    .collect()
            })
            .collect();
        let scc = components(&graph);
        for i in 0..n {
            let t = TypeId(i as u32);
            let boxes: Vec<usize> = self
                .edges(t)
                .into_iter()
                .filter(|(_, held)| held.iter().any(|h| scc[h.0 as usize] == scc[i]))
                .map(|(e, _)| e)
                .collect();
            if boxes.is_empty() {
                continue;
            }
            if let Type::Item(item) = &mut self.types[i] {
                match &mut item.kind {
                    ItemKind::Struct { fields, .. } => {
                        boxes.iter().for_each(|&e| fields[e].boxed = true)
                    }
                    ItemKind::Union { variants, .. } => {
                        boxes.iter().for_each(|&e| variants[e].boxed = true)
                    }
                    ItemKind::Newtype { boxed, .. } => *boxed = true,
                    ItemKind::Tuple { elements, .. } => {
                        boxes.iter().for_each(|&e| elements[e].boxed = true)
                    }
                    _ => {}
                }
            }
        }
    }
}

impl TypeSpace<'_> {
    /// What must hold of a finished space, as messages (none: all holds): every id in range,
    /// nothing pending, item names distinct, no item that holds itself by value (each such
    /// cycle boxed or behind a `Vec` or map), no alias that names itself. Read independently of
    /// how the space was made, so the tests and the structure-aware fuzz target can judge it.
    pub fn invariants(&self) -> Vec<String> {
        let n = self.types.len();
        let mut out = Vec::new();
        let mut names = HashMap::new();
        for (id, t) in self.types() {
            for r in references(t) {
                if r.0 as usize >= n {
                    out.push(format!("type {} refers to {}, beyond {n}", id.0, r.0));
                }
            }
            if let Type::Item(item) = t {
                if matches!(item.kind, ItemKind::Pending) {
                    out.push(format!("`{}` is still pending", item.name));
                }
                if let Some(other) = names.insert(item.name.as_str(), id) {
                    let of = |t: TypeId| match self.get(t) {
                        Type::Item(Item { schema, kind, .. }) => format!(
                            "{} ({}, {})",
                            t.0,
                            kind_name(kind),
                            schema.map_or("no schema", |s| &*self.m.schema(s).pointer)
                        ),
                        _ => t.0.to_string(),
                    };
                    out.push(format!(
                        "`{}` names types {} and {}",
                        item.name,
                        of(other),
                        of(id)
                    ));
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
        // By-value containment must be acyclic (iterative DFS, three colours).
        let held: Vec<Vec<TypeId>> = self.types.iter().map(held_by_value).collect();
        let mut colour = vec![0u8; n];
        for root in 0..n {
            if colour[root] != 0 {
                continue;
            }
            let mut stack = vec![(root, 0usize)];
            colour[root] = 1;
            while let Some((node, next)) = stack.last_mut() {
                let (node, i) = (*node, *next);
                if let Some(&child) = held[node].get(i) {
                    *next += 1;
                    match colour[child.0 as usize] {
                        0 => {
                            colour[child.0 as usize] = 1;
                            stack.push((child.0 as usize, 0));
                        }
                        1 => out.push(format!("type {} holds itself by value", child.0)),
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
        // `type A = Vec<A>` is an error however the cycle is wrapped: follow each alias
        // through other aliases and structural types, never into a named item.
        let mut seen = vec![u32::MAX; n];
        for (id, t) in self.types() {
            let Type::Item(Item {
                kind: ItemKind::Alias { target },
                name,
                ..
            }) = t
            else {
                continue;
            };
            let mut todo = vec![*target];
            while let Some(x) = todo.pop() {
                if x == id {
                    out.push(format!("the alias `{name}` names itself"));
                    break;
                }
                // One stamp array for every walk: each alias's walk marks with its own id.
                if std::mem::replace(&mut seen[x.0 as usize], id.0) == id.0 {
                    continue;
                }
                match self.get(x) {
                    Type::Item(Item {
                        kind: ItemKind::Alias { target },
                        ..
                    }) => todo.push(*target),
                    Type::Item(_) => {}
                    structural => todo.extend(references(structural)),
                }
            }
        }
        out
    }
}

/// The kind of item, for messages.
fn kind_name(k: &ItemKind) -> &'static str {
    match k {
        ItemKind::Pending => "pending",
        ItemKind::Struct { .. } => "struct",
        ItemKind::Enum { .. } => "enum",
        ItemKind::Union { .. } => "union",
        ItemKind::Newtype { .. } => "newtype",
        ItemKind::Alias { .. } => "alias",
        ItemKind::Tuple { .. } => "tuple",
        ItemKind::Layout { .. } => "layout",
        ItemKind::Params { .. } => "params",
        ItemKind::Form { .. } => "form",
        ItemKind::Answers { .. } => "answers",
    }
}

/// The types `t` names directly.
fn references(t: &Type) -> Vec<TypeId> {
    match t {
        Type::Builtin(_) | Type::External(_) => Vec::new(),
        Type::Option(x) | Type::Vec(x) | Type::Map(x) => vec![*x],
        Type::Tuple(xs) => xs.clone(),
        Type::Set { member, .. } => vec![*member],
        Type::LayoutTime { marker, .. } => vec![*marker],
        Type::Item(item) => match &item.kind {
            ItemKind::Struct { fields, additional } => fields
                .iter()
                .map(|f| f.ty)
                .chain(additional.iter().map(|(_, t)| *t))
                .collect(),
            ItemKind::Union { variants, .. } => variants.iter().map(|v| v.ty).collect(),
            ItemKind::Newtype { inner, .. } => vec![*inner],
            ItemKind::Alias { target } => vec![*target],
            ItemKind::Tuple { elements, rest } => {
                elements.iter().map(|e| e.ty).chain(*rest).collect()
            }
            ItemKind::Params { fields } => fields.iter().map(|f| f.ty).collect(),
            ItemKind::Form { fields } => fields.iter().map(|f| f.ty).collect(),
            ItemKind::Answers { variants } => variants.iter().filter_map(|v| v.ty).collect(),
            ItemKind::Pending | ItemKind::Enum { .. } | ItemKind::Layout { .. } => Vec::new(),
        },
    }
}

/// The types `t` holds inline, without a `Box`, `Vec` or map between (`Option` and tuples
/// hold theirs inline).
fn held_by_value(t: &Type) -> Vec<TypeId> {
    match t {
        Type::Option(x) => vec![*x],
        Type::Tuple(xs) => xs.clone(),
        Type::Item(item) => match &item.kind {
            ItemKind::Struct { fields, .. } => {
                fields.iter().filter(|f| !f.boxed).map(|f| f.ty).collect()
            }
            ItemKind::Union { variants, .. } => {
                variants.iter().filter(|v| !v.boxed).map(|v| v.ty).collect()
            }
            ItemKind::Newtype {
                inner,
                boxed: false,
            } => vec![*inner],
            ItemKind::Alias { target } => vec![*target],
            ItemKind::Tuple { elements, .. } => {
                elements.iter().filter(|e| !e.boxed).map(|e| e.ty).collect()
            }
            ItemKind::Params { fields } => fields.iter().map(|f| f.ty).collect(),
            ItemKind::Form { fields } => fields.iter().map(|f| f.ty).collect(),
            ItemKind::Answers { variants } => variants.iter().filter_map(|v| v.ty).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Strongly connected components of `graph` (iterative Tarjan): component number per node.
fn components(graph: &[Vec<TypeId>]) -> Vec<usize> {
    let n = graph.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![usize::MAX; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut count = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // (node, next edge to visit)
        let mut work = vec![(root, 0usize)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut e)) = work.last_mut() {
            if *e < graph[v].len() {
                let w = graph[v][*e].0 as usize;
                *e += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(u, _)) = work.last() {
                    low[u] = low[u].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp[w] = count;
                        if w == v {
                            break;
                        }
                    }
                    count += 1;
                }
            }
        }
    }
    // A node alone in its component is in a cycle only with an edge to itself; give such
    // nodes without a self edge a component of their own that no edge reaches.
    let mut size = vec![0usize; count];
    for &c in &comp {
        size[c] += 1;
    }
    for (v, edges) in graph.iter().enumerate() {
        let alone = size[comp[v]] == 1;
        if alone && !edges.iter().any(|w| w.0 as usize == v) {
            comp[v] = usize::MAX - v;
        }
    }
    comp
}

/// A name cut to [`MAX_NAME`] characters, the cut marked by a hash of the whole name.
pub fn bounded(name: &str) -> String {
    if name.chars().count() <= MAX_NAME {
        return name.to_string();
    }
    // FNV-1a: a stable hash, the same on every run and platform.
    let mut h: u32 = 0x811c_9dc5;
    for b in name.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    // No `_` before the hash: rustc warns on `Name_1a2b` in a type (non_camel_case_types).
    let keep: String = name.chars().take(MAX_NAME - 8).collect();
    format!("{keep}{h:08X}")
}

/// A schema and its `allOf` parts (and a 3.1 `$ref` with siblings), flattened, each once.
fn conjunction(m: &ApiModel, id: SchemaId) -> Conj {
    let mut out = Vec::new();
    let mut stack = vec![(id, 0usize)];
    while let Some((x, depth)) = stack.pop() {
        let s = m.resolve(x);
        if out.contains(&s.id) || depth > 32 {
            continue;
        }
        out.push(s.id);
        for &p in s.all_of.iter().rev() {
            stack.push((p, depth + 1));
        }
        if let Some(r) = s.reference
            && r != s.id
            && (!s.types.is_empty() || !s.properties.is_empty() || !s.all_of.is_empty())
        {
            stack.push((r, depth + 1));
        }
    }
    out
}

/// Whether a schema says anything about the Rust type (rather than only constraining values).
fn type_relevant(s: &Schema) -> bool {
    !s.types.is_empty()
        || !s.properties.is_empty()
        || s.items.is_some()
        || !s.prefix_items.is_empty()
        || !matches!(s.additional, Additional::Unspecified)
        || s.enum_values.is_some()
        || !s.any_of.is_empty()
        || !s.one_of.is_empty()
        || s.semantic.is_some()
        || s.never
        || s.reference.is_some_and(|r| r != s.id) && s.all_of.is_empty()
        || !s.applicators().pattern_properties.is_empty()
}

fn is_object_like(s: &Schema) -> bool {
    !s.properties.is_empty()
        || s.types.contains(&JsonType::Object)
        || !matches!(s.additional, Additional::Unspecified)
}

/// The alternatives of a `oneOf` (or else `anyOf`), null branches already removed.
fn branches(s: &Schema) -> &[SchemaId] {
    if s.one_of.is_empty() {
        &s.any_of
    } else {
        &s.one_of
    }
}

/// The values of a string enum (null aside), when every value is a string.
fn string_enum(s: &Schema) -> Option<Vec<String>> {
    let values = s.enum_values.as_ref()?;
    let typed_string = s.types.is_empty() || s.single_type() == Some(JsonType::String);
    let non_null: Vec<&crate::tree::Node> = values
        .iter()
        .filter(|v| v.value != crate::tree::Value::Null)
        .collect();
    let strings: Vec<String> = non_null
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    (typed_string && !strings.is_empty() && strings.len() == non_null.len() && !s.is_const)
        .then_some(strings)
}

/// Which schemas have `readOnly` or `writeOnly` properties, themselves or anywhere below.
fn viewed(m: &ApiModel) -> BTreeSet<SchemaId> {
    let mut out = BTreeSet::new();
    // Children through which a view difference reaches a schema.
    let kids = |s: &Schema| -> Vec<SchemaId> {
        let mut k: Vec<SchemaId> = s.properties.values().map(|p| p.schema).collect();
        k.extend(s.items);
        k.extend(s.prefix_items.iter().copied());
        k.extend(s.all_of.iter().copied());
        k.extend(s.any_of.iter().copied());
        k.extend(s.one_of.iter().copied());
        k.extend(s.reference);
        if let Additional::Schema(a) = s.additional {
            k.push(a);
        }
        k
    };
    for s in &m.schemas {
        let direct = s.properties.values().any(|p| {
            let (d, t) = (m.schema(p.schema), m.resolve(p.schema));
            d.read_only || d.write_only || t.read_only || t.write_only
        });
        if direct {
            out.insert(s.id);
        }
    }
    if out.is_empty() {
        return out;
    }
    // Reverse edges, then everything that reaches a marked schema is marked.
    let mut parents: HashMap<SchemaId, Vec<SchemaId>> = HashMap::new();
    for s in &m.schemas {
        for k in kids(s) {
            parents.entry(m.resolve(k).id).or_default().push(s.id);
            parents.entry(k).or_default().push(s.id);
        }
    }
    let mut work: Vec<SchemaId> = out.iter().copied().collect();
    while let Some(x) = work.pop() {
        for &p in parents.get(&x).map(Vec::as_slice).unwrap_or(&[]) {
            let p = m.resolve(p).id;
            if out.insert(p) {
                work.push(p);
            }
        }
    }
    out
}

/// Doc text of an item: the schema's description, and its spec name when the Rust name differs.
fn doc_of(s: &Schema, rust_name: &str) -> String {
    let mut doc = s
        .description
        .as_deref()
        .unwrap_or_default()
        .trim()
        .to_string();
    if let SchemaName::Component(c) = &s.name
        && **c != *rust_name
    {
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        // A hostile name stays a readable line.
        let shown = match c.char_indices().nth(200) {
            Some((i, _)) => format!("{}…", &c[..i]),
            None => c.to_string(),
        };
        doc.push_str(&format!("Schema `{shown}` in the spec."));
    }
    doc
}

/// A variant name for branch `b` (number `i`) of a union: its component name, its title, the
/// value of the one-value property that tags it (`type: {const: text}` → `Text`), what its
/// items are (`StringArray`), or what it is.
fn variant_name(m: &ApiModel, b: SchemaId, i: usize) -> String {
    variant_name_at(m, b, i, 0)
}

fn variant_name_at(m: &ApiModel, b: SchemaId, i: usize, depth: usize) -> String {
    let t = m.resolve(b);
    if let Some(c) = t.component_name() {
        return type_name(c);
    }
    if let Some(title) = &t.title {
        return type_name(title);
    }
    if is_object_like(t)
        && let Some(tag) = tag_value(m, t)
    {
        return type_name(&tag);
    }
    if t.single_type() == Some(JsonType::Array)
        && let Some(items) = t.items
        && depth < 4
    {
        return format!("{}Array", variant_name_at(m, items, i, depth + 1));
    }
    let by_kind = match (t.semantic.as_deref(), t.single_type()) {
        (Some(Semantic::Timestamp { .. }), _) => "Timestamp",
        (Some(Semantic::DelimitedSet { .. }), _) => "Set",
        (Some(Semantic::NumericString { .. }), _) => "Number",
        (_, Some(JsonType::String)) if t.enum_values.is_some() => "Enum",
        (_, Some(JsonType::String)) => "String",
        (_, Some(JsonType::Integer)) => "Integer",
        (_, Some(JsonType::Number)) => "Number",
        (_, Some(JsonType::Boolean)) => "Boolean",
        (_, Some(JsonType::Array)) => "Array",
        (_, Some(JsonType::Object)) if t.properties.is_empty() => "Map",
        _ if is_object_like(t) => "Object",
        _ => return format!("Variant{i}"),
    };
    by_kind.to_string()
}

/// The value of the property that tags an object branch: a property with exactly one string
/// value (`const`, or a one-value `enum`), a required one first. OpenAI's stream events
/// (`event: thread.message.created`) and content parts (`type: text`) are told apart so.
fn tag_value(m: &ApiModel, t: &Schema) -> Option<String> {
    let one = |p: &crate::model::Property| {
        let v = m.resolve(p.schema).enum_values.as_ref()?;
        match v.as_slice() {
            [only] => only
                .as_text()
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string),
            _ => None,
        }
    };
    let props = || t.properties.values();
    props()
        .filter(|p| p.required)
        .find_map(one)
        .or_else(|| props().find_map(one))
}

/// Discriminator values that select branch `b`: the mapping entries that point at it, or
/// else its component name (the OpenAPI default). Empty when it cannot be tagged.
fn tags_for(m: &ApiModel, d: &Discriminator, b: SchemaId) -> Vec<String> {
    let Some(component) = m.resolve(b).component_name() else {
        return Vec::new();
    };
    let mapped: Vec<String> = d
        .mapping
        .iter()
        .filter(|(_, target)| {
            target.rsplit('/').next() == Some(component) || target.as_str() == component
        })
        .map(|(tag, _)| tag.clone())
        .collect();
    if mapped.is_empty() {
        vec![component.to_string()]
    } else {
        mapped
    }
}

/// Why a field has the type it has, when the model decided more than JSON Schema says.
pub fn semantic_note(s: &Schema) -> Option<String> {
    Some(match s.semantic.as_deref()? {
        Semantic::DelimitedSet { separator, .. } => format!(
            "specforge: the spec types this as one enum value, but it holds several members joined by `{separator}` (see lint SF101), so it is a set."
        ),
        Semantic::Timestamp { format: TimestampFormat::Layout { layout, has_time, .. }, .. } => {
            let what = if *has_time { "a timestamp" } else { "a date" };
            format!("specforge: {what} in the layout `{layout}`, not RFC 3339 (see lint SF111); read and written in exactly that layout.")
        }
        Semantic::Timestamp { format: TimestampFormat::Rfc3339, .. } => "specforge: an RFC 3339 date-time; the UTC offset is kept.".to_string(),
        Semantic::NumericString { .. } => {
            "specforge: the spec says string, but the examples are numbers (see lint SF122); both `750` and `\"750\"` are accepted.".to_string()
        }
        _ => return None,
    })
}

/// A structural fingerprint of a schema: what decides its generated type (types, enum values,
/// format, properties and their fingerprints, required, items, semantic kind). Descriptions and
/// examples do not count, so copies with different prose share a type.
fn fingerprint(m: &ApiModel, id: SchemaId, depth: usize) -> String {
    let s = m.resolve(id);
    if depth > 8 {
        return format!("#{}", s.id.0);
    }
    if let SchemaName::Component(n) = &s.name
        && depth > 0
    {
        return format!("ref:{n}");
    }
    let mut out = format!(
        "{:?}|{:?}|{:?}|{}|{}{}|",
        s.types,
        s.format,
        s.semantic.as_ref().map(|x| format!("{x:?}")),
        s.nullable,
        s.read_only,
        s.write_only,
    );
    if let Some(v) = &s.enum_values {
        out.push_str(&format!(
            "enum{:?}|",
            v.iter()
                .map(|n| n.to_json().to_string())
                .collect::<Vec<_>>()
        ));
    }
    for (k, p) in &s.properties {
        out.push_str(&format!(
            "{k}:{}{};",
            fingerprint(m, p.schema, depth + 1),
            s.required.iter().any(|(r, _)| r == k)
        ));
    }
    if let Some(i) = s.items {
        out.push_str(&format!("items[{}]", fingerprint(m, i, depth + 1)));
    }
    for p in &s.prefix_items {
        out.push_str(&format!("prefix[{}]", fingerprint(m, *p, depth + 1)));
    }
    for (tag, list) in [("all", &s.all_of), ("any", &s.any_of), ("one", &s.one_of)] {
        for &p in list {
            out.push_str(&format!("{tag}[{}]", fingerprint(m, p, depth + 1)));
        }
    }
    if let Some(d) = &s.discriminator {
        out.push_str(&format!("disc[{}:{:?}]", d.property, d.mapping));
    }
    match s.additional {
        Additional::Schema(a) => out.push_str(&format!("map[{}]", fingerprint(m, a, depth + 1))),
        Additional::Forbidden => out.push_str("closed"),
        _ => {}
    }
    if let Some(r) = s.reference.filter(|&r| r != s.id) {
        out.push_str(&format!("ref[{}]", fingerprint(m, r, depth + 1)));
    }
    out
}
