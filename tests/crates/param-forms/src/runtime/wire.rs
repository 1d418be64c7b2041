//! How values travel, shared by generated clients and servers: credential schemes, parameter
//! styles and bodies the caller encodes.

/// How a security scheme carries its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// An API key in the named header.
    Header(&'static str),
    /// An API key in the named query parameter.
    Query(&'static str),
    /// An API key in the named cookie.
    Cookie(&'static str),
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth 2.0, OpenID Connect).
    Bearer,
    /// `Authorization: Basic …` from a user name and password.
    Basic,
    /// A scheme whose credential is not in the request itself (mutual TLS) or has no fixed
    /// form (HTTP digest): a server cannot check it here and lets it pass to the handler.
    Unchecked,
}

/// A body the caller encodes (`multipart/form-data`, whose content type names the boundary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The full content type, e.g. `multipart/form-data; boundary=x`.
    pub content_type: String,
    /// The encoded body.
    pub bytes: Vec<u8>,
}

/// A file sent as one part of a `multipart/form-data` body: its bytes, and the file name and
/// media type the part declares (`application/octet-stream` when none is given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilePart {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// The `filename` the part declares.
    pub file_name: Option<String>,
    /// The part's `Content-Type`.
    pub content_type: Option<String>,
}

impl FilePart {
    /// A file of `bytes`, with no name or media type yet.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        FilePart {
            bytes: bytes.into(),
            ..FilePart::default()
        }
    }

    /// This file, declared with `name` as its `filename`.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// This file, declared as of media type `media`.
    pub fn content_type(mut self, media: impl Into<String>) -> Self {
        self.content_type = Some(media.into());
        self
    }
}

/// What a form field of files holds: one file, several (one part each), or none.
pub trait FileParts {
    /// The files, in order.
    fn files(&self) -> Vec<&FilePart>;
}

impl FileParts for FilePart {
    fn files(&self) -> Vec<&FilePart> {
        vec![self]
    }
}

impl FileParts for Vec<FilePart> {
    fn files(&self) -> Vec<&FilePart> {
        self.iter().collect()
    }
}

impl<T: FileParts> FileParts for Option<T> {
    fn files(&self) -> Vec<&FilePart> {
        self.as_ref().map(FileParts::files).unwrap_or_default()
    }
}

/// A parameter's serialization style (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `form` (the query and cookie default).
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
    /// `simple` (the path and header default).
    Simple,
    /// `label`: `.blue`, `.blue.black` exploded (path only).
    Label,
    /// `matrix`: `;color=blue`, `;color=blue;color=black` exploded (path only).
    Matrix,
    /// `cookie` (OpenAPI 3.2): `form` with `; ` between pairs and no percent-encoding.
    Cookie,
    /// Not a style: the parameter is given by `content: {application/json: …}`, so its value
    /// is JSON text (`?filter={"state":"draft"}`), written as a string in the place's default
    /// style.
    Json,
}

/// Where a parameter travels, as far as its serialization cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// One path segment (or the part of it the template gives the parameter).
    Path,
    /// The query string.
    Query,
    /// A header's value.
    Header,
    /// The `Cookie` header.
    Cookie,
}

/// What a parameter's schema makes of its value: how the wire text is split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A string, number or boolean.
    Primitive,
    /// An array of primitives.
    Array,
    /// An object of primitive properties.
    Object,
}

/// A parameter's value read off the wire, percent-decoded but not yet typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raw {
    /// A primitive's text.
    Text(String),
    /// An array's items.
    List(Vec<String>),
    /// An object's properties, in wire order.
    Pairs(Vec<(String, String)>),
}

/// A scalar as text: strings without quotes, numbers and booleans as JSON writes them.
fn scalar_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Characters RFC 3986 reserves that `allowReserved` lets through a query unencoded; `&`, `=`,
/// `+` and `#` stay encoded, since they would end the value or change its meaning.
const RESERVED_KEPT: &[u8] = b":/?[]@!$'()*,;";

/// The same inside an array's items or an object's properties, where `,` is the delimiter.
const RESERVED_KEPT_IN_ITEMS: &[u8] = b":/?[]@!$'()*;";

/// Percent-encodes every byte outside RFC 3986's unreserved set, and also `extra` (a style's
/// delimiter that is unreserved, such as `label`'s `.`), except bytes of `keep`.
pub fn percent_encode(text: &str, extra: &[u8], keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        let unreserved = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
        if (unreserved && !extra.contains(&b)) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space where `plus` says so, as in a query string);
/// bytes that are not UTF-8 are replaced.
pub fn percent_decode(s: &str, plus: bool) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(s, plus)).into_owned()
}

/// Decodes `%XX` escapes (and `+` as a space where `plus` says so); everything else is kept.
pub fn percent_decode_bytes(s: &str, plus: bool) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) if plus => {
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// How one place writes text: percent-encoding (path, query, form cookies) or none (headers,
/// `cookie` style).
#[derive(Clone, Copy)]
struct Writer<'a> {
    encode: bool,
    extra: &'a [u8],
    keep: &'a [u8],
}

impl Writer<'_> {
    fn write(&self, text: &str) -> String {
        if self.encode {
            percent_encode(text, self.extra, self.keep)
        } else {
            text.to_string()
        }
    }
}

/// A value's items as text pairs: an array's items (no key), an object's properties, or the
/// primitive itself.
enum Items {
    One(String),
    List(Vec<String>),
    Pairs(Vec<(String, String)>),
}

fn items(value: &serde_json::Value) -> Items {
    match value {
        serde_json::Value::Array(list) => Items::List(
            list.iter()
                .filter(|v| !v.is_null())
                .map(scalar_text)
                .collect(),
        ),
        serde_json::Value::Object(map) => Items::Pairs(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), scalar_text(v)))
                .collect(),
        ),
        other => Items::One(scalar_text(other)),
    }
}

/// `a,b,c` or `R,100,G,200` (`R=100,G=200` with `kv` `=`), each piece written by `w`.
fn joined(items: &Items, w: Writer<'_>, sep: &str, kv: &str) -> String {
    match items {
        Items::One(s) => w.write(s),
        Items::List(list) => list
            .iter()
            .map(|s| w.write(s))
            .collect::<Vec<_>>()
            .join(sep),
        Items::Pairs(pairs) => pairs
            .iter()
            .map(|(k, v)| format!("{}{kv}{}", w.write(k), w.write(v)))
            .collect::<Vec<_>>()
            .join(sep),
    }
}

/// A parameter's serialization, as the "Style Examples" table of the OpenAPI specification
/// shows it: a path segment's text (`;color=blue`), the query string's pairs
/// (`color=blue&color=black`), a header's value, or the `Cookie` header's pairs
/// (`color=blue; color=black`). `None` for a value that sends nothing (`null`).
///
/// `allow_reserved` (query and form cookies) keeps RFC 3986's reserved characters but `&`,
/// `=`, `+` and `#`. A `label` value's dots are encoded, since `.` separates its items.
pub fn serialize(
    place: Place,
    name: &str,
    value: &serde_json::Value,
    style: Style,
    explode: bool,
    allow_reserved: bool,
) -> Option<String> {
    if value.is_null() {
        return None;
    }
    let keep: &[u8] = match (allow_reserved, value) {
        (false, _) => b"",
        (true, serde_json::Value::Array(_) | serde_json::Value::Object(_)) => {
            RESERVED_KEPT_IN_ITEMS
        }
        (true, _) => RESERVED_KEPT,
    };
    let mut w = Writer {
        encode: !matches!(place, Place::Header) && style != Style::Cookie,
        extra: b"",
        keep: b"",
    };
    let style = match (style, place) {
        (Style::Json, Place::Path | Place::Header) => Style::Simple,
        (Style::Json, Place::Query | Place::Cookie) => Style::Form,
        (s, _) => s,
    };
    let items = items(value);
    let n = w.write(name);
    let kv = if explode { "=" } else { "," };
    Some(match (place, style) {
        (Place::Path | Place::Header, Style::Label) => {
            w.extra = b".";
            let sep = if explode { "." } else { "," };
            format!(".{}", joined(&items, w, sep, kv))
        }
        (Place::Path | Place::Header, Style::Matrix) => {
            let one = |v: &str| match v {
                "" => format!(";{n}"),
                v => format!(";{n}={v}"),
            };
            match (&items, explode) {
                (Items::List(list), true) if !list.is_empty() => {
                    list.iter().map(|s| one(&w.write(s))).collect()
                }
                (Items::Pairs(pairs), true) if !pairs.is_empty() => pairs
                    .iter()
                    .map(|(k, v)| match v.as_str() {
                        "" => format!(";{}", w.write(k)),
                        v => format!(";{}={}", w.write(k), w.write(v)),
                    })
                    .collect(),
                _ => one(&joined(&items, w, ",", ",")),
            }
        }
        (Place::Path | Place::Header, _) => joined(&items, w, ",", kv),
        (Place::Query, Style::DeepObject) => match &items {
            Items::Pairs(_) => deep_pairs(&n, value, w, keep),
            _ => format!("{n}={}", joined(&items, Writer { keep, ..w }, ",", ",")),
        },
        (Place::Query | Place::Cookie, _) => {
            let w = Writer { keep, ..w };
            let pair_sep = if place == Place::Cookie { "; " } else { "&" };
            let delimiter = match style {
                Style::SpaceDelimited => "%20",
                Style::PipeDelimited => "%7C",
                _ => ",",
            };
            match (&items, explode) {
                (Items::List(list), true) if !list.is_empty() => list
                    .iter()
                    .map(|s| format!("{n}={}", w.write(s)))
                    .collect::<Vec<_>>()
                    .join(pair_sep),
                (Items::Pairs(pairs), true) if !pairs.is_empty() => pairs
                    .iter()
                    .map(|(k, v)| format!("{}={}", w.write(k), w.write(v)))
                    .collect::<Vec<_>>()
                    .join(pair_sep),
                _ => format!("{n}={}", joined(&items, w, delimiter, delimiter)),
            }
        }
    })
}

/// `deepObject` pairs, nested as Stripe reads them: `filter%5Bcreated%5D%5Bgte%5D=1`.
fn deep_pairs(name: &str, value: &serde_json::Value, w: Writer<'_>, keep: &[u8]) -> String {
    fn walk(out: &mut Vec<String>, key: &str, v: &serde_json::Value, w: Writer<'_>) {
        match v {
            serde_json::Value::Null => {}
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    walk(out, &format!("{key}%5B{}%5D", w.write(k)), v, w);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(out, &format!("{key}%5B{i}%5D"), v, w);
                }
            }
            other => out.push(format!("{key}={}", w.write(&scalar_text(other)))),
        }
    }
    let mut out = Vec::new();
    walk(&mut out, name, value, Writer { keep, ..w });
    out.join("&")
}

/// The names an exploded `form`/`cookie` object is read by (see [`deserialize`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Names<'a> {
    /// The object's declared properties.
    pub known: &'a [&'a str],
    /// The other parameters of the same place.
    pub others: &'a [&'a str],
}

/// Reads a parameter back from its serialization (the inverse of [`serialize`]): `wire` is
/// the path segment's text, the raw query string, the header's value, or the `Cookie` header.
/// `names.known` lists an object's properties, for exploded `form`/`cookie` objects whose pairs
/// carry no parameter name; with none known, every pair whose name is not in `names.others` (the
/// other parameters of the place) is taken. `Ok(None)`: the parameter is not there.
///
/// An empty array and an array of one empty string serialize alike; they read back as the
/// empty array.
pub fn deserialize(
    place: Place,
    name: &str,
    wire: &str,
    style: Style,
    explode: bool,
    shape: Shape,
    names: Names<'_>,
) -> Result<Option<Raw>, String> {
    let Names { known, others } = names;
    let style = match (style, place) {
        (Style::Json, Place::Path | Place::Header) => Style::Simple,
        (Style::Json, Place::Query | Place::Cookie) => Style::Form,
        (s, _) => s,
    };
    let shape = if matches!(style, Style::DeepObject) {
        Shape::Object
    } else {
        shape
    };
    let decode = |s: &str| match place {
        Place::Header => s.to_string(),
        Place::Cookie if style == Style::Cookie => s.to_string(),
        Place::Query => percent_decode(s, true),
        _ => percent_decode(s, false),
    };
    match (place, style) {
        (Place::Path | Place::Header, Style::Label) => {
            let Some(body) = wire.strip_prefix('.') else {
                return Err(format!("`{wire}` does not start with `.` (label style)"));
            };
            let sep = if explode { '.' } else { ',' };
            split_body(body, sep, explode, shape, &decode).map(Some)
        }
        (Place::Path | Place::Header, Style::Matrix) => {
            let Some(body) = wire.strip_prefix(';') else {
                return Err(format!("`{wire}` does not start with `;` (matrix style)"));
            };
            let pieces: Vec<(String, &str)> = body
                .split(';')
                .map(|p| match p.split_once('=') {
                    Some((k, v)) => (decode(k), v),
                    None => (decode(p), ""),
                })
                .collect();
            let named = |pieces: &[(String, &str)]| -> Result<Vec<String>, String> {
                pieces
                    .iter()
                    .map(|(k, v)| match k == name {
                        true => Ok(v.to_string()),
                        false => Err(format!("`{wire}` names `{k}`, not `{name}` (matrix style)")),
                    })
                    .collect()
            };
            match (shape, explode) {
                (Shape::Object, true) => {
                    if let [(k, "")] = pieces.as_slice()
                        && k == name
                    {
                        return Ok(Some(Raw::Pairs(Vec::new())));
                    }
                    Ok(Some(Raw::Pairs(
                        pieces.iter().map(|(k, v)| (k.clone(), decode(v))).collect(),
                    )))
                }
                (Shape::Array, true) => {
                    let values = named(&pieces)?;
                    Ok(Some(Raw::List(match values.as_slice() {
                        [one] if one.is_empty() => Vec::new(),
                        _ => values.iter().map(|v| decode(v)).collect(),
                    })))
                }
                _ => {
                    let values = named(&pieces)?;
                    let [value] = values.as_slice() else {
                        return Err(format!("`{wire}` gives `{name}` more than once"));
                    };
                    split_body(value, ',', false, shape, &decode).map(Some)
                }
            }
        }
        (Place::Path | Place::Header, _) => {
            let kv = explode && shape == Shape::Object;
            split_body(wire, ',', kv, shape, &decode).map(Some)
        }
        (Place::Query | Place::Cookie, _) => {
            let pairs: Vec<(String, &str)> = if place == Place::Cookie {
                wire.split(';')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| match c.split_once('=') {
                        Some((k, v)) => (k.to_string(), v),
                        None => (c.to_string(), ""),
                    })
                    .collect()
            } else {
                wire.split('&')
                    .filter(|c| !c.is_empty())
                    .map(|c| match c.split_once('=') {
                        Some((k, v)) => (percent_decode(k, true), v),
                        None => (percent_decode(c, true), ""),
                    })
                    .collect()
            };
            if style == Style::DeepObject {
                let props: Vec<(String, String)> = pairs
                    .iter()
                    .filter_map(|(k, v)| {
                        let inner = k.strip_prefix(name)?.strip_prefix('[')?.strip_suffix(']')?;
                        Some((inner.to_string(), decode(v)))
                    })
                    .collect();
                return Ok((!props.is_empty()).then_some(Raw::Pairs(props)));
            }
            let mine: Vec<&str> = pairs
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| *v)
                .collect();
            if explode && shape == Shape::Object {
                let props: Vec<(String, String)> = pairs
                    .iter()
                    .filter(|(k, _)| match known.is_empty() {
                        true => k != name && !others.contains(&k.as_str()),
                        false => known.contains(&k.as_str()),
                    })
                    .map(|(k, v)| (k.clone(), decode(v)))
                    .collect();
                return Ok(match (props.is_empty(), mine.is_empty()) {
                    (false, _) => Some(Raw::Pairs(props)),
                    (true, false) => Some(Raw::Pairs(Vec::new())),
                    (true, true) => None,
                });
            }
            let Some(last) = mine.last() else {
                return Ok(None);
            };
            if explode && shape == Shape::Array {
                return Ok(Some(Raw::List(match mine.as_slice() {
                    [""] => Vec::new(),
                    _ => mine.iter().map(|v| decode(v)).collect(),
                })));
            }
            match style {
                // The delimiter is itself encoded (`%20`, `%7C`), so the value splits after
                // decoding; an item holding the delimiter cannot be told apart (the spec
                // leaves it undefined).
                Style::SpaceDelimited | Style::PipeDelimited if shape != Shape::Primitive => {
                    let sep = if style == Style::SpaceDelimited {
                        ' '
                    } else {
                        '|'
                    };
                    let text = decode(last);
                    split_body(&text, sep, false, shape, &|s: &str| s.to_string()).map(Some)
                }
                _ => split_body(last, ',', false, shape, &decode).map(Some),
            }
        }
    }
}

/// `body` split on `sep` into the shape's parts, each decoded after splitting (so an encoded
/// delimiter inside an item stays in the item). Objects are `k=v` pieces when `kv`, else
/// alternating keys and values.
fn split_body(
    body: &str,
    sep: char,
    kv: bool,
    shape: Shape,
    decode: &dyn Fn(&str) -> String,
) -> Result<Raw, String> {
    match shape {
        Shape::Primitive => Ok(Raw::Text(decode(body))),
        Shape::Array if body.is_empty() => Ok(Raw::List(Vec::new())),
        Shape::Array => Ok(Raw::List(body.split(sep).map(decode).collect())),
        Shape::Object if body.is_empty() => Ok(Raw::Pairs(Vec::new())),
        Shape::Object if kv => body
            .split(sep)
            .map(|p| match p.split_once('=') {
                Some((k, v)) => Ok((decode(k), decode(v))),
                None => Err(format!("`{p}` is not `name=value`")),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Raw::Pairs),
        Shape::Object => {
            let parts: Vec<&str> = body.split(sep).collect();
            if !parts.len().is_multiple_of(2) {
                return Err(format!(
                    "`{body}` has {} parts; an object's are names and values in pairs",
                    parts.len()
                ));
            }
            Ok(Raw::Pairs(
                parts
                    .chunks(2)
                    .map(|c| (decode(c[0]), decode(c[1])))
                    .collect(),
            ))
        }
    }
}

/// How an OpenAPI 3.2 `in: querystring` parameter writes the whole query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryMedia {
    /// `application/x-www-form-urlencoded`: the value's fields as `key=value` pairs.
    Form,
    /// JSON (`application/json`, `+json`): the value's JSON text, percent-encoded.
    Json,
    /// Anything else: a string value, percent-encoded.
    Text,
}
