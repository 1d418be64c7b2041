//! The model's schemas as a table of rules: what each keyword asks, decided once for lint
//! and generated servers alike. The table owns its data; [`super::arena`] lends it to the
//! evaluator, and the server generator writes it out as static data.
//!
//! Where the model folded something for the sake of types, the table unfolds it: a
//! `{type: 'null'}` branch of `anyOf`/`oneOf` is a branch again (the schema's other keywords
//! still apply to null), and OpenAPI 3.0's `nullable: true` beside a composition or an `enum`
//! accepts null outright, as vendors mean it.

use super::runtime::{Access, Format, ty};
use crate::diag::Diagnostic;
use crate::ingest::codes;
use crate::model::{
    Additional, ApiModel, JsonType, NullBranch, Schema, SchemaId, Semantic, TimestampFormat,
};
use std::collections::HashMap;

/// A JSON value of an `enum` or `const`, as written in the spec.
pub type Lit<'m> = &'m crate::tree::Node;

/// One keyword (the evaluator's [`super::runtime::Keyword`], rule for rule), borrowing the
/// model's names and values: a large spec's table copies no strings.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub enum Keyword<'m> {
    Type(u8),
    Never,
    Enum(Vec<Lit<'m>>),
    Const(Lit<'m>),
    DelimitedSet {
        separator: char,
        members: &'m [String],
    },
    NumericString {
        integer: bool,
    },
    MultipleOf(f64),
    Minimum(f64),
    Maximum(f64),
    ExclusiveMinimum(f64),
    ExclusiveMaximum(f64),
    MinLength(u64),
    MaxLength(u64),
    Pattern(u16),
    Format(Format),
    Layout(&'m str),
    MinItems(u64),
    MaxItems(u64),
    UniqueItems,
    PrefixItems(Vec<u32>),
    Items(u32),
    Contains {
        rule: u32,
        min: u64,
        max: Option<u64>,
    },
    MinProperties(u64),
    MaxProperties(u64),
    Required(Vec<(&'m str, Access)>),
    DependentRequired(&'m [(String, Vec<String>)]),
    Properties(Vec<(&'m str, u32)>),
    PatternProperties(Vec<(u16, u32)>),
    AdditionalProperties(u32),
    PropertyNames(u32),
    DependentSchemas(Vec<(&'m str, u32)>),
    AllOf(Vec<u32>),
    AnyOf(Vec<u32>),
    OneOf(Vec<u32>),
    Not(u32),
    If {
        cond: u32,
        then: Option<u32>,
        otherwise: Option<u32>,
    },
    Ref(u32),
    DynamicRef {
        initial: u32,
        anchor: &'m str,
    },
    UnevaluatedItems(u32),
    UnevaluatedProperties(u32),
}

impl Keyword<'_> {
    /// Hands `f` each rule the keyword refers to, in order, to read or rewrite.
    fn each_child(&mut self, mut f: impl FnMut(&mut u32)) {
        use Keyword as K;
        match self {
            K::PrefixItems(v) | K::AllOf(v) | K::AnyOf(v) | K::OneOf(v) => v.iter_mut().for_each(f),
            K::Properties(v) | K::DependentSchemas(v) => v.iter_mut().for_each(|(_, r)| f(r)),
            K::PatternProperties(v) => v.iter_mut().for_each(|(_, r)| f(r)),
            K::Items(r)
            | K::Contains { rule: r, .. }
            | K::AdditionalProperties(r)
            | K::PropertyNames(r)
            | K::Not(r)
            | K::Ref(r)
            | K::DynamicRef { initial: r, .. }
            | K::UnevaluatedItems(r)
            | K::UnevaluatedProperties(r) => f(r),
            K::If {
                cond,
                then,
                otherwise,
            } => {
                f(cond);
                then.iter_mut().chain(otherwise).for_each(f);
            }
            K::Type(_)
            | K::Never
            | K::Enum(_)
            | K::Const(_)
            | K::DelimitedSet { .. }
            | K::NumericString { .. }
            | K::MultipleOf(_)
            | K::Minimum(_)
            | K::Maximum(_)
            | K::ExclusiveMinimum(_)
            | K::ExclusiveMaximum(_)
            | K::MinLength(_)
            | K::MaxLength(_)
            | K::Pattern(_)
            | K::Format(_)
            | K::Layout(_)
            | K::MinItems(_)
            | K::MaxItems(_)
            | K::UniqueItems
            | K::MinProperties(_)
            | K::MaxProperties(_)
            | K::Required(_)
            | K::DependentRequired(_) => {}
        }
    }
}

/// What a rule asks apart from its children: its keywords with every child index zeroed
/// (values as JSON, so where the spec wrote them does not count) and its resource.
fn shape(rule: &Rule<'_>, children: &mut Vec<u32>) -> String {
    use std::fmt::Write as _;
    let mut key = format!("{:?}", rule.resource);
    for k in &rule.keywords {
        key.push(';');
        let _ = match k {
            Keyword::Enum(values) => {
                let values: Vec<_> = values.iter().map(|v| v.to_json()).collect();
                write!(key, "Enum{}", serde_json::Value::Array(values))
            }
            Keyword::Const(v) => write!(key, "Const{}", v.to_json()),
            _ => {
                let mut bare = k.clone();
                bare.each_child(|c| {
                    children.push(*c);
                    *c = 0;
                });
                write!(key, "{bare:?}")
            }
        };
    }
    key
}

/// One rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rule<'m> {
    /// Its keywords, `unevaluated*` last.
    pub keywords: Vec<Keyword<'m>>,
    /// The schema resource evaluating it enters ([`Table::resources`]).
    pub resource: Option<u32>,
    /// The schema it checks (none for the table's own `null` and `false` rules).
    pub schema: Option<SchemaId>,
}

/// Which reading of a schema a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reading {
    /// As written.
    Whole,
    /// Without its 3.0 `nullable` (the other branch of "null, or this").
    NonNull,
}

/// The rules of one API, built as schemas are asked for.
pub struct Table<'m> {
    m: &'m ApiModel,
    /// The rules, by index.
    pub rules: Vec<Rule<'m>>,
    /// Pattern sources, by index.
    pub patterns: Vec<&'m str>,
    /// Per schema resource: `$dynamicAnchor` name → rule.
    pub resources: Vec<Vec<(&'m str, u32)>>,
    /// What could not be checked as the spec says (a pattern the `regex` crate rejects), when
    /// patterns are checked ([`Table::checking_patterns`]).
    pub warnings: Vec<Diagnostic>,
    pattern_index: HashMap<&'m str, Option<u16>>,
    index: HashMap<(SchemaId, Reading), u32>,
    queue: Vec<(u32, SchemaId, Reading)>,
    null_rule: Option<u32>,
    never_rule: Option<u32>,
    any_rule: Option<u32>,
    check_patterns: bool,
    dynamic: bool,
}

impl<'m> Table<'m> {
    /// An empty table for `m`'s schemas.
    pub fn new(m: &'m ApiModel) -> Self {
        Table {
            m,
            rules: Vec::new(),
            patterns: Vec::new(),
            resources: Vec::new(),
            warnings: Vec::new(),
            pattern_index: HashMap::new(),
            index: HashMap::new(),
            queue: Vec::new(),
            null_rule: None,
            never_rule: None,
            any_rule: None,
            check_patterns: false,
            dynamic: m.resources.dynamic_anchors.iter().any(|a| !a.is_empty()),
        }
    }

    /// Compiles every pattern while planning, leaving out (with warning SF021) those the
    /// `regex` crate cannot read; without it such a pattern accepts anything when evaluated.
    pub fn checking_patterns(mut self) -> Self {
        self.check_patterns = true;
        self
    }

    /// The rule of schema `id` (planned with everything it refers to by [`Table::finish`]).
    pub fn rule(&mut self, id: SchemaId) -> u32 {
        self.reading(id, Reading::Whole)
    }

    fn reading(&mut self, id: SchemaId, reading: Reading) -> u32 {
        let id = self.through_refs(id);
        if let Some(&i) = self.index.get(&(id, reading)) {
            return i;
        }
        let i = self.rules.len() as u32;
        self.rules.push(Rule::default());
        self.index.insert((id, reading), i);
        self.queue.push((i, id, reading));
        i
    }

    /// The schema a rule for `id` checks: `$ref` aliases followed, unless the API uses
    /// `$dynamicRef`, which looks at the schema resources evaluation passes through: there
    /// every alias is a step that may enter one.
    fn through_refs(&self, id: SchemaId) -> SchemaId {
        if self.dynamic {
            id
        } else {
            self.m.resolve(id).id
        }
    }

    /// Plans every rule asked for so far and those they refer to.
    pub fn finish(&mut self) {
        while let Some((i, id, reading)) = self.queue.pop() {
            let rule = self.plan(id, reading);
            self.rules[i as usize] = rule;
        }
        if self.dynamic && self.resources.is_empty() {
            let m = self.m;
            let mut out = Vec::with_capacity(m.resources.dynamic_anchors.len());
            for list in &m.resources.dynamic_anchors {
                out.push(
                    list.iter()
                        .map(|(n, s)| (n.as_str(), self.rule(*s)))
                        .collect(),
                );
            }
            self.resources = out;
            while let Some((i, id, reading)) = self.queue.pop() {
                let rule = self.plan(id, reading);
                self.rules[i as usize] = rule;
            }
        }
    }

    /// Merges the rules that check alike: rules equal keyword for keyword once each child is
    /// replaced by its class, found by refining the partition by shape until no class splits
    /// (so equal cycles merge too). Each class keeps its first rule (and its schema); every
    /// index the table holds is renamed, and [`Table::rule`] answers the new indices. Returns
    /// each old rule's new index.
    ///
    /// Call it after [`Table::finish`], and only where nothing needs a rule's own schema:
    /// a merged rule's [`Rule::schema`] is its class's first (lint keeps its table as planned).
    pub fn minimize(&mut self) -> Vec<u32> {
        self.finish();
        let n = self.rules.len();
        let mut children = Vec::with_capacity(n);
        let mut shapes: HashMap<String, u32> = HashMap::new();
        let mut class: Vec<u32> = Vec::with_capacity(n);
        for r in &self.rules {
            let mut kids = Vec::new();
            let key = shape(r, &mut kids);
            let next = shapes.len() as u32;
            class.push(*shapes.entry(key).or_insert(next));
            children.push(kids);
        }
        let mut classes = shapes.len();
        drop(shapes);
        // Split classes by their children's classes until the partition is stable; classes are
        // numbered by their first rule, so the result does not depend on hashing.
        loop {
            let mut sigs: HashMap<(u32, Vec<u32>), u32> = HashMap::with_capacity(classes);
            let next: Vec<u32> = (0..n)
                .map(|i| {
                    let kids = children[i]
                        .iter()
                        .map(|&c| class.get(c as usize).copied().unwrap_or(u32::MAX))
                        .collect();
                    let fresh = sigs.len() as u32;
                    *sigs.entry((class[i], kids)).or_insert(fresh)
                })
                .collect();
            let stable = sigs.len() == classes;
            classes = sigs.len();
            class = next;
            if stable {
                break;
            }
        }
        let mut slot = vec![u32::MAX; classes];
        let mut rules = Vec::with_capacity(classes);
        for (i, r) in self.rules.iter_mut().enumerate() {
            let c = class[i] as usize;
            if slot[c] == u32::MAX {
                slot[c] = rules.len() as u32;
                rules.push(std::mem::take(r));
            }
        }
        let renamed: Vec<u32> = class.iter().map(|&c| slot[c as usize]).collect();
        let rename = |i: &mut u32| *i = renamed.get(*i as usize).copied().unwrap_or(*i);
        for r in &mut rules {
            for k in &mut r.keywords {
                k.each_child(rename);
            }
        }
        self.rules = rules;
        self.index.values_mut().for_each(rename);
        for fixed in [
            &mut self.null_rule,
            &mut self.never_rule,
            &mut self.any_rule,
        ] {
            fixed.iter_mut().for_each(rename);
        }
        for anchors in &mut self.resources {
            anchors.iter_mut().for_each(|(_, r)| rename(r));
        }
        renamed
    }

    /// The model the table checks against.
    pub fn model(&self) -> &'m ApiModel {
        self.m
    }

    /// The schema a rule checks.
    pub fn schema_of(&self, rule: u32) -> Option<SchemaId> {
        self.rules.get(rule as usize).and_then(|r| r.schema)
    }

    fn fixed(
        &mut self,
        keywords: Vec<Keyword<'m>>,
        which: fn(&mut Self) -> &mut Option<u32>,
    ) -> u32 {
        if let Some(i) = *which(self) {
            return i;
        }
        let i = self.rules.len() as u32;
        self.rules.push(Rule {
            keywords,
            resource: None,
            schema: None,
        });
        *which(self) = Some(i);
        i
    }

    /// A rule only `null` satisfies.
    fn null(&mut self) -> u32 {
        self.fixed(vec![Keyword::Type(ty::NULL)], |t| &mut t.null_rule)
    }

    /// A rule everything satisfies (`true`).
    fn any(&mut self) -> u32 {
        self.fixed(Vec::new(), |t| &mut t.any_rule)
    }

    /// A rule nothing satisfies (`false`).
    fn never(&mut self) -> u32 {
        self.fixed(vec![Keyword::Never], |t| &mut t.never_rule)
    }

    fn pattern(&mut self, p: &'m str, s: &Schema) -> Option<u16> {
        if let Some(&i) = self.pattern_index.get(p) {
            return i;
        }
        let ok = !self.check_patterns
            || match super::runtime::compile_pattern(p) {
                Ok(_) => true,
                Err(e) => {
                    self.warnings.push(
                        codes::PATTERN_NOT_CHECKED
                            .diag(format!(
                                "the pattern `{p}` is not supported by the Rust `regex` crate ({}); it is not checked",
                                e.to_string().lines().last().unwrap_or("").trim()
                            ))
                            .at(s.loc, "this schema"),
                    );
                    false
                }
            };
        let i = ok.then(|| {
            self.patterns.push(p);
            (self.patterns.len() - 1) as u16
        });
        self.pattern_index.insert(p, i);
        i
    }

    fn plan(&mut self, id: SchemaId, reading: Reading) -> Rule<'m> {
        let m: &'m ApiModel = self.m;
        let s: &'m Schema = m.schema(id);
        let resource = self.dynamic.then(|| m.resources.of(&s.pointer));
        let rule = |keywords| Rule {
            keywords,
            resource,
            schema: Some(id),
        };
        if s.never {
            return rule(vec![Keyword::Never]);
        }
        // `nullable: true`: OpenAPI 3.0's keyword, which vendors keep writing in 3.1 documents
        // too, meaning what the generated types read it as: null, or the rest. A `null` among
        // the `enum` values is read so as well (vendors write both, and mean null).
        let nullable_keyword = reading == Reading::Whole
            && s.nullable
            && s.null_branch == NullBranch::None
            && !s.types.has_null();
        let composed = s.reference.is_some_and(|r| r != s.id)
            || !s.all_of.is_empty()
            || !s.any_of.is_empty()
            || !s.one_of.is_empty()
            || s.enum_values.is_some();
        if nullable_keyword && composed {
            let null = self.null();
            let rest = self.reading(id, Reading::NonNull);
            return rule(vec![Keyword::AnyOf(vec![null, rest])]);
        }
        let mut k = Vec::new();
        let semantic = s.semantic.as_deref();
        // `type`
        let mut bits = s.types.iter().fold(0u8, |b, t| b | type_bit(*t));
        let null_by_type = s.types.has_null() || nullable_keyword;
        let numeric = match semantic {
            Some(Semantic::NumericString { integer, .. }) => Some(*integer),
            _ => None,
        };
        if bits != 0 || s.types.has_null() {
            if null_by_type {
                bits |= ty::NULL;
            }
            if let Some(integer) = numeric
                && bits & ty::STRING != 0
            {
                bits |= if integer { ty::INTEGER } else { ty::NUMBER };
            }
            k.push(Keyword::Type(bits));
        }
        if let Some(integer) = numeric {
            k.push(Keyword::NumericString { integer });
        }
        // `enum` / `const`, or what the model knows they really mean.
        match (semantic, &s.enum_values) {
            (
                Some(Semantic::DelimitedSet {
                    separator, members, ..
                }),
                _,
            ) if separator.chars().count() == 1 => {
                k.push(Keyword::DelimitedSet {
                    separator: separator.chars().next().unwrap_or(','),
                    members,
                });
            }
            (Some(Semantic::NumericString { .. }), _) => {}
            (_, Some(values)) => match values.as_slice() {
                [one] if s.is_const => k.push(Keyword::Const(one)),
                _ => k.push(Keyword::Enum(values.iter().collect())),
            },
            _ => {}
        }
        let b = s.bounds();
        let num = |v: Option<f64>, f: fn(f64) -> Keyword<'m>| v.filter(|x| x.is_finite()).map(f);
        k.extend(num(b.multiple_of.filter(|x| *x > 0.0), Keyword::MultipleOf));
        k.extend(num(b.minimum, Keyword::Minimum));
        k.extend(num(b.maximum, Keyword::Maximum));
        k.extend(num(b.exclusive_minimum, Keyword::ExclusiveMinimum));
        k.extend(num(b.exclusive_maximum, Keyword::ExclusiveMaximum));
        k.extend(b.min_length.map(Keyword::MinLength));
        k.extend(b.max_length.map(Keyword::MaxLength));
        if let Some(p) = &s.pattern
            && let Some(i) = self.pattern(p, s)
        {
            k.push(Keyword::Pattern(i));
        }
        // `format`, or the timestamp the model found.
        match semantic {
            Some(Semantic::Timestamp { format: stamp, .. }) => match stamp {
                // Dates (`%Y%m%d`) and zone-less date-times alike: the evaluator reads both.
                TimestampFormat::Layout {
                    strftime,
                    zoned: false,
                    ..
                } => {
                    k.push(Keyword::Layout(strftime));
                }
                TimestampFormat::Rfc3339 => k.push(Keyword::Format(Format::DateTime)),
                TimestampFormat::Date => k.push(Keyword::Format(Format::Date)),
                _ => k.extend(
                    s.format
                        .as_deref()
                        .and_then(Format::from_name)
                        .map(Keyword::Format),
                ),
            },
            _ => k.extend(
                s.format
                    .as_deref()
                    .and_then(Format::from_name)
                    .map(Keyword::Format),
            ),
        }
        // Arrays.
        k.extend(b.min_items.map(Keyword::MinItems));
        k.extend(b.max_items.map(Keyword::MaxItems));
        if s.unique_items {
            k.push(Keyword::UniqueItems);
        }
        if !s.prefix_items.is_empty() {
            let p = s.prefix_items.iter().map(|&i| self.rule(i)).collect();
            k.push(Keyword::PrefixItems(p));
        }
        if let Some(i) = s.items {
            k.push(Keyword::Items(self.rule(i)));
        }
        let a = s.applicators();
        if let Some(c) = a.contains {
            k.push(Keyword::Contains {
                rule: self.rule(c),
                min: b.min_contains.unwrap_or(1),
                max: b.max_contains,
            });
        }
        // Objects.
        k.extend(b.min_properties.map(Keyword::MinProperties));
        k.extend(b.max_properties.map(Keyword::MaxProperties));
        if !s.required.is_empty() {
            let req = s
                .required
                .iter()
                .map(|(name, _)| {
                    let access = s
                        .properties
                        .get(name.as_str())
                        .map_or(Access::ReadWrite, |p| {
                            let (direct, target) = (m.schema(p.schema), m.resolve(p.schema));
                            if direct.read_only || target.read_only {
                                Access::ReadOnly
                            } else if direct.write_only || target.write_only {
                                Access::WriteOnly
                            } else {
                                Access::ReadWrite
                            }
                        });
                    (name.as_str(), access)
                })
                .collect();
            k.push(Keyword::Required(req));
        }
        if !a.dependent_required.is_empty() {
            k.push(Keyword::DependentRequired(&a.dependent_required));
        }
        if !s.properties.is_empty() {
            let props = s
                .properties
                .iter()
                .map(|(name, p)| (name.as_str(), self.rule(p.schema)))
                .collect();
            k.push(Keyword::Properties(props));
        }
        if !a.pattern_properties.is_empty() {
            let mut pp = Vec::new();
            for (p, sid) in &a.pattern_properties {
                // An unreadable pattern matches nothing, so `additionalProperties` still
                // applies to every other property (the safer reading).
                if let Some(i) = self.pattern(p, s) {
                    pp.push((i, self.rule(*sid)));
                }
            }
            k.push(Keyword::PatternProperties(pp));
        }
        match s.additional {
            Additional::Forbidden => k.push(Keyword::AdditionalProperties(self.never())),
            Additional::Schema(x) => k.push(Keyword::AdditionalProperties(self.rule(x))),
            // `true` asks nothing, but evaluates every other property (`unevaluated*`).
            Additional::Any => k.push(Keyword::AdditionalProperties(self.any())),
            Additional::Unspecified => {}
        }
        if let Some(n) = a.property_names {
            k.push(Keyword::PropertyNames(self.rule(n)));
        }
        if !a.dependent_schemas.is_empty() {
            let d = a
                .dependent_schemas
                .iter()
                .map(|(p, sid)| (p.as_str(), self.rule(*sid)))
                .collect();
            k.push(Keyword::DependentSchemas(d));
        }
        // In-place applicators.
        if !s.all_of.is_empty() {
            let all = s.all_of.iter().map(|&i| self.rule(i)).collect();
            k.push(Keyword::AllOf(all));
        }
        let mut any: Vec<u32> = s.any_of.iter().map(|&i| self.rule(i)).collect();
        let mut one: Vec<u32> = s.one_of.iter().map(|&i| self.rule(i)).collect();
        let mut reference = s.reference.filter(|&r| r != s.id || !s.is_pure_ref());
        match s.null_branch {
            NullBranch::None => {}
            NullBranch::AnyOf => any.push(self.null()),
            NullBranch::OneOf => one.push(self.null()),
            NullBranch::AnyOfFolded | NullBranch::OneOfFolded => {
                let list = if s.null_branch == NullBranch::AnyOfFolded {
                    &mut any
                } else {
                    &mut one
                };
                if let Some(r) = reference.take() {
                    list.push(self.rule(r));
                }
                list.push(self.null());
            }
        }
        if !any.is_empty() {
            k.push(Keyword::AnyOf(any));
        }
        if !one.is_empty() {
            k.push(Keyword::OneOf(one));
        }
        if let Some(n) = a.not {
            k.push(Keyword::Not(self.rule(n)));
        }
        if let Some(c) = a.if_ {
            k.push(Keyword::If {
                cond: self.rule(c),
                then: a.then.map(|t| self.rule(t)),
                otherwise: a.else_.map(|e| self.rule(e)),
            });
        }
        if let Some(r) = reference {
            k.push(Keyword::Ref(self.rule(r)));
        }
        if let Some(d) = &a.dynamic_ref {
            k.push(Keyword::DynamicRef {
                initial: self.rule(d.initial),
                anchor: &d.anchor,
            });
        }
        if let Some(u) = a.unevaluated_items {
            k.push(Keyword::UnevaluatedItems(self.rule(u)));
        }
        if let Some(u) = a.unevaluated_properties {
            k.push(Keyword::UnevaluatedProperties(self.rule(u)));
        }
        rule(k)
    }
}

fn type_bit(t: JsonType) -> u8 {
    match t {
        JsonType::Boolean => ty::BOOLEAN,
        JsonType::Integer => ty::INTEGER,
        JsonType::Number => ty::NUMBER,
        JsonType::String => ty::STRING,
        JsonType::Array => ty::ARRAY,
        JsonType::Object => ty::OBJECT,
    }
}
