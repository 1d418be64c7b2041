//! Deciding a schema's semantic kind from its keywords, description, examples and name
//! (decision 004). The kinds themselves, and the readers of timestamp layouts this uses, are in
//! [`semantic`](super::semantic), which knows nothing of schemas.

use super::example::Example;
use super::schema::{JsonType, Schema};
use super::semantic::{
    Evidence, Semantic, TimestampFormat, layout_from_description, layout_from_example,
    layout_from_pattern, layout_from_strftime,
};
use crate::tree::Value;

/// Infers the semantic kind of `s`; `name` is the property or component name. An explicit
/// `x-specforge-delimited: ","` or `x-specforge-timestamp: "%Y-%m-%d %H:%M"` decides outright.
pub fn infer(s: &Schema, name: &str) -> Option<Semantic> {
    if s.never || s.is_pure_ref() {
        return None;
    }
    if let Some(sep) = s
        .extension("x-specforge-delimited")
        .and_then(|n| n.as_str())
        && !sep.is_empty()
    {
        let members = s
            .enum_values
            .iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        return Some(Semantic::DelimitedSet {
            separator: sep.to_string(),
            members,
            evidence: vec![Evidence::Extension {
                name: "x-specforge-delimited".into(),
            }],
        });
    }
    if let Some(f) = s
        .extension("x-specforge-timestamp")
        .and_then(|n| n.as_str())
        && let Some(format) = layout_from_strftime(f)
    {
        return Some(Semantic::Timestamp {
            format,
            evidence: vec![Evidence::Extension {
                name: "x-specforge-timestamp".into(),
            }],
        });
    }
    let is_string = s.single_type() == Some(JsonType::String)
        || (s.types.is_empty()
            && s.enum_values
                .as_ref()
                .is_some_and(|v| v.iter().all(|x| x.as_str().is_some())));
    if is_string {
        if let Some(d) = delimited_set(s) {
            return Some(d);
        }
        if let Some(t) = string_timestamp(s, name) {
            return Some(t);
        }
        if let Some(n) = numeric_string(s) {
            return Some(n);
        }
    }
    if s.single_type() == Some(JsonType::Integer) {
        return epoch(s, name);
    }
    None
}

const SEPARATORS: &[(char, &[&str])] = &[
    // A bare "CSV" is not enough: "the CSV report" names a file format, not the value's.
    (
        ',',
        &[
            "as csv",
            "csv format",
            "csv-formatted",
            "csv list",
            "csv string",
            "in csv",
            "comma-separated",
            "comma separated",
            "separated by comma",
            "comma-delimited",
            "comma delimited",
            "delimited by comma",
        ],
    ),
    (
        ' ',
        &[
            "space-separated",
            "space separated",
            "separated by space",
            "space-delimited",
            "space delimited",
        ],
    ),
    (
        '|',
        &[
            "pipe-separated",
            "pipe separated",
            "separated by pipe",
            "pipe-delimited",
            "pipe delimited",
        ],
    ),
    (
        ';',
        &[
            "semicolon-separated",
            "semicolon separated",
            "separated by semicolon",
            "semicolon-delimited",
        ],
    ),
];

fn enum_strings(s: &Schema) -> Option<Vec<String>> {
    let vals = s.enum_values.as_ref()?;
    let v: Vec<String> = vals
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    (v.len() >= 2 && v.len() == vals.iter().filter(|n| n.value != Value::Null).count()).then_some(v)
}

fn example_strings(s: &Schema) -> impl Iterator<Item = (&str, &Example)> {
    s.examples
        .iter()
        .filter_map(|e| e.value.as_str().map(|v| (v, e)))
}

fn delimited_set(s: &Schema) -> Option<Semantic> {
    let members = enum_strings(s)?;
    let desc = s.description.as_deref().unwrap_or("").to_ascii_lowercase();
    for &(sep, words) in SEPARATORS {
        // Legitimate values containing the separator ("Austin, TX") rule it out.
        if members.iter().any(|m| m.contains(sep)) {
            continue;
        }
        let mut evidence = Vec::new();
        if let Some(w) = words.iter().find(|w| contains_word(&desc, w)) {
            evidence.push(Evidence::Description {
                text: (*w).to_string(),
            });
        }
        for (v, e) in example_strings(s) {
            if members.iter().any(|m| m == v) {
                continue;
            }
            let parts: Vec<&str> = v.split(sep).map(str::trim).collect();
            if parts.len() >= 2 && parts.iter().all(|p| members.iter().any(|m| m == p)) {
                evidence.push(Evidence::Example {
                    value: e.value.to_json(),
                    loc: e.value.loc,
                });
            }
        }
        if !evidence.is_empty() {
            return Some(Semantic::DelimitedSet {
                separator: sep.to_string(),
                members,
                evidence,
            });
        }
    }
    None
}

/// Whole-word match (so "csv" does not match inside "tcsvx").
fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn looks_like_time_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.ends_with("_at")
        || name.ends_with("At")
        || n.ends_with("date")
        || n.ends_with("time")
        || n.contains("timestamp")
        || n.ends_with("_on")
        || matches!(
            n.as_str(),
            "created" | "modified" | "updated" | "expires" | "expiry" | "deleted"
        )
}

fn string_timestamp(s: &Schema, name: &str) -> Option<Semantic> {
    match s.format.as_deref() {
        Some("date-time") => {
            return Some(Semantic::Timestamp {
                format: TimestampFormat::Rfc3339,
                evidence: vec![Evidence::Format {
                    format: "date-time".into(),
                }],
            });
        }
        Some("date") => {
            return Some(Semantic::Timestamp {
                format: TimestampFormat::Date,
                evidence: vec![Evidence::Format {
                    format: "date".into(),
                }],
            });
        }
        _ => {}
    }
    if s.enum_values.is_some() {
        return None;
    }
    if let Some(p) = &s.pattern
        && let Some(f) = layout_from_pattern(p)
    {
        return Some(Semantic::Timestamp {
            format: f,
            evidence: vec![Evidence::Pattern {
                pattern: p.to_string(),
            }],
        });
    }
    if let Some(d) = &s.description
        && let Some((f, words)) = layout_from_description(d)
    {
        return Some(Semantic::Timestamp {
            format: f,
            evidence: vec![Evidence::Description { text: words }],
        });
    }
    // Examples alone decide only for fields named like timestamps.
    if looks_like_time_name(name)
        || s.description
            .as_deref()
            .is_some_and(|d| d.to_ascii_lowercase().contains("timestamp"))
    {
        let mut found: Option<(TimestampFormat, Vec<Evidence>)> = None;
        for (v, e) in example_strings(s) {
            let f = layout_from_example(v)?;
            match &mut found {
                Some((g, ev)) if *g == f => ev.push(Evidence::Example {
                    value: e.value.to_json(),
                    loc: e.value.loc,
                }),
                Some(_) => return None,
                None => {
                    found = Some((
                        f,
                        vec![
                            Evidence::Name {
                                name: name.to_string(),
                            },
                            Evidence::Example {
                                value: e.value.to_json(),
                                loc: e.value.loc,
                            },
                        ],
                    ))
                }
            }
        }
        if let Some((format, evidence)) = found {
            return Some(Semantic::Timestamp { format, evidence });
        }
    }
    None
}

fn numeric_string(s: &Schema) -> Option<Semantic> {
    if s.enum_values.is_some() || s.format.is_some() || s.pattern.is_some() {
        return None;
    }
    let mut evidence = Vec::new();
    let mut integer = true;
    let mut any_number = false;
    for e in &s.examples {
        match &e.value.value {
            Value::Number(n) => {
                any_number = true;
                integer &= n.as_i64().is_some();
            }
            Value::String(t)
                if !t.is_empty() && t.parse::<f64>().is_ok() && !t.starts_with('+') =>
            {
                integer &= t.parse::<i64>().is_ok();
            }
            _ => return None,
        }
        evidence.push(Evidence::Example {
            value: e.value.to_json(),
            loc: e.value.loc,
        });
    }
    let desc = s.description.as_deref().unwrap_or("").to_ascii_lowercase();
    let described =
        desc.contains("number of") || desc.contains("count of") || desc.contains("amount of");
    if described {
        evidence.push(Evidence::Description {
            text: "number of".into(),
        });
    }
    if evidence.is_empty() || !(any_number || described) || s.examples.is_empty() {
        return None;
    }
    Some(Semantic::NumericString { integer, evidence })
}

fn epoch(s: &Schema, name: &str) -> Option<Semantic> {
    let desc = s.description.as_deref().unwrap_or("").to_ascii_lowercase();
    let fmt = s.format.as_deref().unwrap_or("");
    // "epoch" alone also counts training passes (`n_epochs`: "the number of epochs");
    // the Unix epoch is named as such, or as the time since it.
    let mentions_epoch = desc.contains("unix epoch")
        || desc.contains("since the epoch")
        || desc.contains("since epoch")
        || desc.contains("epoch time")
        || desc.contains("epoch timestamp")
        || desc.contains("epoch second")
        || desc.contains("epoch milli")
        || desc.contains("unix time")
        || desc.contains("unix timestamp")
        || fmt.contains("unix")
        || fmt == "timestamp";
    let named = looks_like_time_name(name);
    if !(mentions_epoch || (named && desc.contains("timestamp"))) {
        return None;
    }
    let millis = desc.contains("millisecond")
        || fmt.contains("millis")
        || s.examples.iter().any(|e| {
            e.value
                .as_number()
                .and_then(|n| n.as_f64())
                .is_some_and(|v| v > 1e11)
        });
    let mut evidence = vec![Evidence::Name {
        name: name.to_string(),
    }];
    if mentions_epoch {
        evidence.push(Evidence::Description {
            text: "epoch".into(),
        });
    }
    Some(Semantic::Timestamp {
        format: if millis {
            TimestampFormat::EpochMillis
        } else {
            TimestampFormat::EpochSeconds
        },
        evidence,
    })
}
