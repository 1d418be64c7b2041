//! Schemas: JSON Schema read from either OpenAPI dialect into one shape.

use super::example::Example;
use super::semantic::Semantic;
use crate::source::Loc;
use crate::tree::Node;
use indexmap::IndexMap;
use thin_vec::ThinVec;

/// Index of a schema in its API's arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct SchemaId(pub u32);

/// JSON types a schema allows (`null` is kept apart as [`Schema::nullable`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JsonType {
    /// `boolean`.
    Boolean,
    /// `integer`.
    Integer,
    /// `number`.
    Number,
    /// `string`.
    String,
    /// `array`.
    Array,
    /// `object`.
    Object,
}

impl JsonType {
    /// Parses a `type` keyword value (`null` is handled by the caller).
    pub fn parse(s: &str) -> Option<JsonType> {
        Some(match s {
            "boolean" => JsonType::Boolean,
            "integer" => JsonType::Integer,
            "number" => JsonType::Number,
            "string" => JsonType::String,
            "array" => JsonType::Array,
            "object" => JsonType::Object,
            _ => return None,
        })
    }

    /// The keyword spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            JsonType::Boolean => "boolean",
            JsonType::Integer => "integer",
            JsonType::Number => "number",
            JsonType::String => "string",
            JsonType::Array => "array",
            JsonType::Object => "object",
        }
    }
}

/// The JSON types a schema allows, in the order written, each at most once. Stored inline:
/// nearly every schema names a type, and a heap list for one byte of data per schema added up.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Types {
    len: u8,
    items: [JsonType; 6],
    /// `type` names `null` (3.1), which [`Schema::nullable`] also records; this says the
    /// keyword itself allows null, not an `enum` or a folded branch.
    null: bool,
}

impl Types {
    /// Records that `type` names `null`.
    pub fn push_null(&mut self) {
        self.null = true;
    }

    /// Whether `type` names `null`.
    pub fn has_null(&self) -> bool {
        self.null
    }

    /// Adds `t` unless present.
    pub fn push(&mut self, t: JsonType) {
        if !self.contains(&t) && (self.len as usize) < self.items.len() {
            self.items[self.len as usize] = t;
            self.len += 1;
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        // The filler past `len` is never read.
        Types {
            len: 0,
            items: [JsonType::Boolean; 6],
            null: false,
        }
    }
}

impl std::ops::Deref for Types {
    type Target = [JsonType];
    fn deref(&self) -> &[JsonType] {
        &self.items[..self.len as usize]
    }
}

impl std::fmt::Debug for Types {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl serde::Serialize for Types {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// How a schema got its name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SchemaName {
    /// A named component (`components/schemas/<name>`).
    Component(Box<str>),
    /// An inline schema: name parts from its context, outermost first
    /// (`["createOauthClient", "request"]`, `["OAuthClient", "logo_uri"]`). Codegen turns
    /// these into type names in one place.
    Inline(NameParts),
}

/// The name parts of an inline schema, outermost first. Kept as one string, each part a
/// JSON-pointer token (`/createOauthClient/request`): a spec has tens of thousands of
/// inline schemas, and a list of separately allocated strings for each cost more than the
/// schema itself.
#[derive(Clone, PartialEq, Eq)]
pub struct NameParts(Box<str>);

impl NameParts {
    /// Parts from a list.
    pub fn new<S: AsRef<str>>(parts: impl IntoIterator<Item = S>) -> Self {
        let mut p = String::new();
        for part in parts {
            p.push('/');
            crate::tree::push_pointer_token(&mut p, part.as_ref());
        }
        NameParts(p.into())
    }

    /// These parts and then `part`.
    pub fn with(&self, part: &str) -> Self {
        let mut p = String::with_capacity(self.0.len() + part.len() + 1);
        p.push_str(&self.0);
        p.push('/');
        crate::tree::push_pointer_token(&mut p, part);
        NameParts(p.into())
    }

    /// The parts, outermost first.
    pub fn to_vec(&self) -> Vec<String> {
        self.0
            .split('/')
            .skip(1)
            .map(crate::tree::unescape_pointer_token)
            .collect()
    }

    /// The innermost part.
    pub fn last(&self) -> Option<String> {
        self.0
            .rsplit_once('/')
            .map(|(_, p)| crate::tree::unescape_pointer_token(p))
    }
}

impl std::fmt::Debug for NameParts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}

impl serde::Serialize for NameParts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.to_vec())
    }
}

/// An object property.
#[derive(Debug, Clone)]
pub struct Property {
    /// Its schema.
    pub schema: SchemaId,
    /// Listed in `required`.
    pub required: bool,
    /// Location of the property's key.
    pub key_loc: Loc,
    /// Description given beside a `$ref` (overrides the target's).
    pub description: Option<Box<str>>,
}

/// `additionalProperties`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Additional {
    /// Not given: anything allowed.
    Unspecified,
    /// `true` / `{}`.
    Any,
    /// `false`.
    Forbidden,
    /// A schema for the values.
    Schema(SchemaId),
}

/// `discriminator`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discriminator {
    /// The tag property.
    pub property: String,
    /// Tag value → `$ref` as written.
    pub mapping: IndexMap<String, String>,
    /// 3.2 `defaultMapping`: the schema (`$ref` as written) for a value whose tag is absent or
    /// not in `mapping`.
    pub default_mapping: Option<String>,
}

/// Numeric, length and item-count bounds. Most schemas have none, so a schema keeps them
/// behind one pointer (a large spec has tens of thousands of schemas).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bounds {
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minimum` (inclusive).
    pub minimum: Option<f64>,
    /// `maximum` (inclusive).
    pub maximum: Option<f64>,
    /// Exclusive lower bound (3.1 number, or 3.0 `minimum` + `exclusiveMinimum: true`).
    pub exclusive_minimum: Option<f64>,
    /// Exclusive upper bound.
    pub exclusive_maximum: Option<f64>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `minProperties`.
    pub min_properties: Option<u64>,
    /// `maxProperties`.
    pub max_properties: Option<u64>,
    /// `minContains` (only meaningful with `contains`; 1 when not given).
    pub min_contains: Option<u64>,
    /// `maxContains`.
    pub max_contains: Option<u64>,
}

impl Bounds {
    /// No bounds at all.
    pub const NONE: Bounds = Bounds {
        min_length: None,
        max_length: None,
        minimum: None,
        maximum: None,
        exclusive_minimum: None,
        exclusive_maximum: None,
        multiple_of: None,
        min_items: None,
        max_items: None,
        min_properties: None,
        max_properties: None,
        min_contains: None,
        max_contains: None,
    };
}

/// Where a `{type: 'null'}` branch of `anyOf`/`oneOf` went: the model folds it into
/// [`Schema::nullable`] (and a lone remaining branch into [`Schema::reference`]), which is what
/// types want; validation puts it back, since the schema's other keywords still apply to null.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NullBranch {
    /// There was none.
    #[default]
    None,
    /// It was a branch of `anyOf`.
    AnyOf,
    /// It was a branch of `oneOf`.
    OneOf,
    /// It was a branch of `anyOf`, whose one other branch is now [`Schema::reference`].
    AnyOfFolded,
    /// It was a branch of `oneOf`, whose one other branch is now [`Schema::reference`].
    OneOfFolded,
}

/// A `$dynamicRef` whose initial target declares the `$dynamicAnchor` it names: evaluation
/// lands on the outermost schema resource in the dynamic scope that declares that anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DynamicRef {
    /// Where the reference resolves statically.
    pub initial: SchemaId,
    /// The anchor name.
    pub anchor: String,
}

/// The applicators most schemas do not use (conditionals, pattern-keyed properties,
/// `contains`, dependencies, `unevaluated*`, `not`, `$dynamicRef`), kept behind one pointer:
/// a large spec has tens of thousands of schemas and nearly none of these.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applicators {
    /// `not`.
    pub not: Option<SchemaId>,
    /// `if`.
    pub if_: Option<SchemaId>,
    /// `then`.
    pub then: Option<SchemaId>,
    /// `else`.
    pub else_: Option<SchemaId>,
    /// `patternProperties`: the regular expression (as written) and the schema of matching
    /// properties' values.
    pub pattern_properties: Vec<(String, SchemaId)>,
    /// `propertyNames`.
    pub property_names: Option<SchemaId>,
    /// `contains` (its counts are in [`Bounds`]).
    pub contains: Option<SchemaId>,
    /// `dependentRequired` (draft 4 `dependencies` with a list): a property → the properties
    /// it requires.
    pub dependent_required: Vec<(String, Vec<String>)>,
    /// `dependentSchemas` (draft 4 `dependencies` with a schema).
    pub dependent_schemas: Vec<(String, SchemaId)>,
    /// `unevaluatedItems`.
    pub unevaluated_items: Option<SchemaId>,
    /// `unevaluatedProperties`.
    pub unevaluated_properties: Option<SchemaId>,
    /// `$dynamicRef`, when dynamic (otherwise it is read as [`Schema::reference`]).
    pub dynamic_ref: Option<DynamicRef>,
}

impl Applicators {
    /// None at all.
    pub fn is_empty(&self) -> bool {
        *self == Applicators::default()
    }

    /// Every schema these apply, in keyword order.
    pub fn children(&self) -> impl Iterator<Item = SchemaId> + '_ {
        self.not
            .into_iter()
            .chain(self.if_)
            .chain(self.then)
            .chain(self.else_)
            .chain(self.pattern_properties.iter().map(|(_, s)| *s))
            .chain(self.property_names)
            .chain(self.contains)
            .chain(self.dependent_schemas.iter().map(|(_, s)| *s))
            .chain(self.unevaluated_items)
            .chain(self.unevaluated_properties)
            .chain(self.dynamic_ref.as_ref().map(|d| d.initial))
    }
}

/// A schema.
#[derive(Debug, Clone)]
pub struct Schema {
    /// Its id.
    pub id: SchemaId,
    /// Its name.
    pub name: SchemaName,
    /// Where it starts.
    pub loc: Loc,
    /// JSON pointer in the merged document.
    pub pointer: Box<str>,
    /// `false` schema: nothing validates.
    pub never: bool,
    /// Allowed types; empty means any.
    pub types: Types,
    /// `null` allowed (3.0 `nullable: true`, 3.1 `type: [.., 'null']`, or a null branch).
    pub nullable: bool,
    /// Whether (and how) `nullable` came from a null branch of `anyOf`/`oneOf`.
    pub null_branch: NullBranch,
    /// The `$ref` target, if any (3.1 allows siblings; see [`Schema::is_pure_ref`]).
    pub reference: Option<SchemaId>,
    /// `title`.
    pub title: Option<Box<str>>,
    /// `description`.
    pub description: Option<Box<str>>,
    /// `enum` values (a `const` becomes a one-value enum).
    pub enum_values: Option<ThinVec<Node>>,
    /// `const` was used (rather than `enum`).
    pub is_const: bool,
    /// `default`.
    pub default: Option<Box<Node>>,
    /// `format`.
    pub format: Option<Box<str>>,
    /// `pattern`.
    pub pattern: Option<Box<str>>,
    /// Numeric, length and item-count bounds ([`Schema::bounds`]).
    bounds: Option<Box<Bounds>>,
    /// Array items.
    pub items: Option<SchemaId>,
    /// Tuple items (`prefixItems`).
    pub prefix_items: ThinVec<SchemaId>,
    /// `uniqueItems`.
    pub unique_items: bool,
    /// Properties, in order.
    pub properties: IndexMap<crate::tree::Key, Property>,
    /// `required` names, as written (including ones with no property).
    pub required: ThinVec<(String, Loc)>,
    /// `additionalProperties`.
    pub additional: Additional,
    /// `allOf`.
    pub all_of: ThinVec<SchemaId>,
    /// `anyOf` (null branches removed into `nullable`).
    pub any_of: ThinVec<SchemaId>,
    /// `oneOf` (null branches removed into `nullable`).
    pub one_of: ThinVec<SchemaId>,
    /// The rarer applicators ([`Schema::applicators`]).
    applicators: Option<Box<Applicators>>,
    /// `discriminator`.
    pub discriminator: Option<Box<Discriminator>>,
    /// `readOnly`.
    pub read_only: bool,
    /// `writeOnly`.
    pub write_only: bool,
    /// `deprecated`.
    pub deprecated: bool,
    /// `example` / `examples` on the schema.
    pub examples: ThinVec<Example>,
    /// Keywords kept in the document but not modelled here (reported as SF008).
    pub unmodelled: ThinVec<String>,
    /// `x-` extensions, in order ([`Schema::extension`] finds one).
    pub extensions: ThinVec<(String, Node)>,
    /// What the data really is, when more than the JSON type.
    pub semantic: Option<Box<Semantic>>,
}

// Fifteen thousand schemas on a large spec: keep rare parts behind pointers (decision 011).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(size_of::<Schema>() <= 344);

impl Schema {
    /// An empty schema (accepts anything).
    pub fn empty(id: SchemaId, name: SchemaName, loc: Loc, pointer: String) -> Self {
        Schema {
            id,
            name,
            loc,
            pointer: pointer.into_boxed_str(),
            never: false,
            types: Types::default(),
            nullable: false,
            null_branch: NullBranch::None,
            reference: None,
            title: None,
            description: None,
            enum_values: None,
            is_const: false,
            default: None,
            format: None,
            pattern: None,
            bounds: None,
            items: None,
            prefix_items: ThinVec::new(),
            unique_items: false,
            properties: IndexMap::new(),
            required: ThinVec::new(),
            additional: Additional::Unspecified,
            all_of: ThinVec::new(),
            any_of: ThinVec::new(),
            one_of: ThinVec::new(),
            applicators: None,
            discriminator: None,
            read_only: false,
            write_only: false,
            deprecated: false,
            examples: ThinVec::new(),
            unmodelled: ThinVec::new(),
            extensions: ThinVec::new(),
            semantic: None,
        }
    }

    /// Its bounds (all `None` when it has none).
    pub fn bounds(&self) -> &Bounds {
        self.bounds.as_deref().unwrap_or(&Bounds::NONE)
    }

    /// Sets its bounds; no bounds take no space.
    pub fn set_bounds(&mut self, bounds: Bounds) {
        self.bounds = (bounds != Bounds::NONE).then(|| Box::new(bounds));
    }

    /// Its rarer applicators (all empty when it has none).
    pub fn applicators(&self) -> &Applicators {
        static NONE: std::sync::OnceLock<Applicators> = std::sync::OnceLock::new();
        match &self.applicators {
            Some(a) => a,
            None => NONE.get_or_init(Applicators::default),
        }
    }

    /// Sets its rarer applicators; none take no space.
    pub fn set_applicators(&mut self, a: Applicators) {
        self.applicators = (!a.is_empty()).then(|| Box::new(a));
    }

    /// Renumbers every schema this one refers to (and its own id) with `f`.
    pub fn map_ids(&mut self, f: &impl Fn(SchemaId) -> SchemaId) {
        let one = |x: &mut Option<SchemaId>| *x = x.map(f);
        self.id = f(self.id);
        one(&mut self.reference);
        one(&mut self.items);
        for list in [
            &mut self.prefix_items,
            &mut self.all_of,
            &mut self.any_of,
            &mut self.one_of,
        ] {
            for x in list.iter_mut() {
                *x = f(*x);
            }
        }
        for p in self.properties.values_mut() {
            p.schema = f(p.schema);
        }
        if let Additional::Schema(a) = &mut self.additional {
            *a = f(*a);
        }
        if let Some(a) = &mut self.applicators {
            for x in [
                &mut a.not,
                &mut a.if_,
                &mut a.then,
                &mut a.else_,
                &mut a.property_names,
                &mut a.contains,
                &mut a.unevaluated_items,
                &mut a.unevaluated_properties,
            ] {
                one(x);
            }
            for (_, x) in a
                .pattern_properties
                .iter_mut()
                .chain(a.dependent_schemas.iter_mut())
            {
                *x = f(*x);
            }
            if let Some(d) = &mut a.dynamic_ref {
                d.initial = f(d.initial);
            }
        }
    }

    /// `not`.
    pub fn not(&self) -> Option<SchemaId> {
        self.applicators.as_ref().and_then(|a| a.not)
    }

    /// The value of extension `name` (`x-…`), if given.
    pub fn extension(&self, name: &str) -> Option<&Node> {
        self.extensions
            .iter()
            .find_map(|(k, v)| (k == name).then_some(v))
    }

    /// Trims the storage of every list to its length. Schemas are built a keyword at a time,
    /// and a spec holds tens of thousands of them, so growth slack adds up.
    pub fn shrink_to_fit(&mut self) {
        if let Some(v) = &mut self.enum_values {
            v.shrink_to_fit();
        }
        self.prefix_items.shrink_to_fit();
        self.properties.shrink_to_fit();
        self.required.shrink_to_fit();
        self.all_of.shrink_to_fit();
        self.any_of.shrink_to_fit();
        self.one_of.shrink_to_fit();
        self.examples.shrink_to_fit();
        self.unmodelled.shrink_to_fit();
        self.extensions.shrink_to_fit();
    }

    /// A `$ref` with nothing beside it but annotations: the target is the whole meaning.
    pub fn is_pure_ref(&self) -> bool {
        self.reference.is_some()
            && self.types.is_empty()
            && !self.nullable
            && self.enum_values.is_none()
            && self.properties.is_empty()
            && self.all_of.is_empty()
            && self.any_of.is_empty()
            && self.one_of.is_empty()
            && self.items.is_none()
            && self.format.is_none()
            && self.pattern.is_none()
            && self.applicators.is_none()
            && self.prefix_items.is_empty()
            && self.bounds.is_none()
            && self.additional == Additional::Unspecified
            && !self.never
    }

    /// Whether the schema allows exactly one JSON type, and which.
    pub fn single_type(&self) -> Option<JsonType> {
        match &self.types[..] {
            [t] => Some(*t),
            _ => None,
        }
    }

    /// The component name, if this is a named schema.
    pub fn component_name(&self) -> Option<&str> {
        match &self.name {
            SchemaName::Component(n) => Some(n),
            SchemaName::Inline(_) => None,
        }
    }
}
