//! `serverVariables`: a server's `{variables}` are all declared and all used, defaults are
//! among the `enum`, and (with options) every variable has a default and every substitution
//! gives a valid URL.

use super::common::{below, failure, key};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::{Map, Node, Value};
use regex::Regex;
use std::sync::LazyLock;

/// The function.
pub const FUNCTION: Function = Function {
    name: "serverVariables",
    call,
    check_options,
    reads_logical_path: false,
};

/// A variable in a server URL (`{region}`), non-greedy as Spectral matches it.
static VARIABLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{(.+?)\}").expect("valid regex"));

/// Stop after this many invalid substitutions, as Spectral does.
const MAX_INVALID: usize = 5;

const OPTIONS: [&str; 2] = ["checkSubstitutions", "requireDefault"];

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let Some(options) = options.filter(|o| !matches!(o.value, Value::Null)) else {
        return Ok(());
    };
    let map = options
        .as_map()
        .ok_or("serverVariables options must be a mapping")?;
    for (k, e) in map.iter() {
        if !OPTIONS.contains(&k.as_str()) {
            return Err(format!(
                "unknown option `{k}` (allowed: checkSubstitutions, requireDefault)"
            ));
        }
        if e.node.as_bool().is_none() {
            return Err(format!("option `{k}` must be true or false"));
        }
    }
    Ok(())
}

fn flag(options: Option<&Node>, name: &str) -> bool {
    options.and_then(|o| o.get(name)).and_then(Node::as_bool) == Some(true)
}

/// Whether `server` has the shape Spectral requires before checking it.
fn valid_server(server: &Node) -> bool {
    let Some(map) = server.as_map() else {
        return false;
    };
    if map.get("url").and_then(|e| e.node.as_str()).is_none() {
        return false;
    }
    let Some(vars) = map.get("variables") else {
        return true;
    };
    let Some(vars) = vars.node.as_map() else {
        return false;
    };
    vars.values().all(|v| {
        v.node.as_map().is_some_and(|m| {
            m.iter().all(|(k, e)| match k.as_str() {
                "enum" => e
                    .node
                    .as_seq()
                    .is_some_and(|s| s.iter().all(|n| n.as_str().is_some())),
                "default" | "description" | "examples" => e.node.as_str().is_some(),
                other => other.starts_with("x-"),
            })
        })
    })
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(server) = input else {
        return Vec::new();
    };
    if !valid_server(server) {
        return vec![failure("Invalid Server Object", cx.path.to_vec())];
    }
    let url = server.get("url").and_then(Node::as_str).unwrap_or_default();
    let empty = Map::new();
    let vars = server.get("variables").and_then(Node::as_map);
    let defined = vars.unwrap_or(&empty);
    let found: Vec<&str> = VARIABLE
        .captures_iter(url)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    let mut out = Vec::new();
    for name in defined.keys().filter(|k| !found.contains(&k.as_str())) {
        out.push(failure(
            format!("Server's \"variables\" object has unused defined \"{name}\" url variable."),
            below(cx, [key("variables"), key(name)]),
        ));
    }
    if found.is_empty() {
        return out;
    }
    let missing: Vec<&str> = found
        .iter()
        .copied()
        .filter(|f| !defined.contains_key(f))
        .collect();
    if !missing.is_empty() {
        out.push(failure(
            format!(
                "Not all server's variables are described with \"variables\" object. Missed: {}.",
                missing.join(", ")
            ),
            below(cx, [key("variables")]),
        ));
    }
    if vars.is_none() {
        return out;
    }
    let mut values: Vec<(&str, Vec<&str>)> = Vec::new();
    for (name, var) in defined.iter().filter(|(k, _)| found.contains(&k.as_str())) {
        let default = var.node.get("default").and_then(Node::as_str);
        if let Some(list) = var.node.get("enum").and_then(Node::as_seq) {
            let list: Vec<&str> = list.iter().filter_map(Node::as_str).collect();
            if default.is_some_and(|d| !list.contains(&d)) {
                out.push(failure(
                    format!("Server Variable \"{name}\" has a default not listed in the enum."),
                    below(cx, [key("variables"), key(name), key("default")]),
                ));
            }
            values.push((name, list));
        } else {
            values.push((name, default.into_iter().collect()));
        }
        if default.is_none() && flag(options, "requireDefault") {
            out.push(failure(
                format!("Server Variable \"{name}\" has a missing default."),
                below(cx, [key("variables"), key(name)]),
            ));
        }
    }
    if flag(options, "checkSubstitutions") && !values.is_empty() {
        let invalid = invalid_substitutions(url, &values);
        if !invalid.is_empty() {
            let message = if invalid.len() == MAX_INVALID {
                format!(
                    "At least 5 substitutions of server variables resulted in invalid URLs: {} and more",
                    invalid.join(", ")
                )
            } else {
                format!(
                    "A few substitutions of server variables resulted in invalid URLs: {}",
                    invalid.join(", ")
                )
            };
            out.push(failure(message, below(cx, [key("variables")])));
        }
    }
    out
}

/// Up to [`MAX_INVALID`] URLs, of all combinations of the variables' values, that do not parse.
fn invalid_substitutions(url: &str, values: &[(&str, Vec<&str>)]) -> Vec<String> {
    let mut invalid = Vec::new();
    let mut choice = vec![0usize; values.len()];
    if values.iter().any(|(_, v)| v.is_empty()) {
        return invalid;
    }
    loop {
        let mut candidate = url.to_string();
        for ((name, vals), &c) in values.iter().zip(&choice) {
            candidate = candidate.replace(&format!("{{{name}}}"), &encode_uri(vals[c]));
        }
        if !url_parses(&candidate) {
            invalid.push(candidate);
            if invalid.len() == MAX_INVALID {
                return invalid;
            }
        }
        // The next combination, the last variable fastest (as Spectral enumerates them).
        let mut i = values.len();
        loop {
            if i == 0 {
                return invalid;
            }
            i -= 1;
            choice[i] += 1;
            if choice[i] < values[i].1.len() {
                break;
            }
            choice[i] = 0;
        }
    }
}

/// JavaScript's `encodeURI`: escapes all but URI-reserved and unreserved characters.
fn encode_uri(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || ";,/?:@&=+$-_.!~*'()#".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Whether the WHATWG URL parser (JavaScript's `new URL`) accepts `s` as an absolute URL, for
/// what server URLs contain: a scheme, and for web schemes a host and a numeric port.
fn url_parses(s: &str) -> bool {
    let s = s.trim_matches(|c: char| c <= ' ');
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        || !chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return false;
    }
    let special = ["http", "https", "ws", "wss", "ftp"];
    if !special.contains(&scheme.to_ascii_lowercase().as_str()) {
        return true;
    }
    let rest = rest.trim_start_matches(['/', '\\']);
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if host_port.starts_with('[') {
        match host_port.split_once(']') {
            Some((h, p)) => (&h[1..], p.strip_prefix(':').unwrap_or(p)),
            None => return false,
        }
    } else {
        host_port.rsplit_once(':').unwrap_or((host_port, ""))
    };
    let forbidden = |c: char| c.is_control() || " #%/:<>?@[\\]^|".contains(c);
    !host.is_empty()
        && (host_port.starts_with('[') || !host.chars().any(forbidden))
        && (port.is_empty() || port.parse::<u32>().is_ok_and(|p| p <= 65535))
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::{FUNCTION, url_parses};

    const OPTIONS: Option<&str> = Some("{checkSubstitutions: true, requireDefault: true}");

    #[test]
    fn missing_unused_and_defaults() {
        let doc = "servers:
  - url: 'https://{region}.example.com/{v}'
    variables:
      region: {enum: [eu, us], default: ap}
      extra: {default: x}
";
        assert_eq!(
            run(&FUNCTION, doc, "servers.0", OPTIONS),
            [
                "servers.0.variables.extra",
                "servers.0.variables",
                "servers.0.variables.region.default"
            ]
        );
    }

    #[test]
    fn substitutions_must_give_urls() {
        let doc = "servers: [{url: '{scheme}://api.example.com', variables: {scheme: {default: https, enum: [https, '1']}}}]";
        assert_eq!(
            run(&FUNCTION, doc, "servers.0", OPTIONS),
            ["servers.0.variables"]
        );
        let doc = "servers: [{url: 'https://api.example.com:{port}', variables: {port: {default: '443'}}}]";
        assert!(run(&FUNCTION, doc, "servers.0", OPTIONS).is_empty());
    }

    #[test]
    fn a_malformed_server_is_one_failure() {
        let doc = "servers: [{url: 'https://{a}', variables: {a: {default: 1}}}]";
        assert_eq!(run(&FUNCTION, doc, "servers.0", OPTIONS), ["servers.0"]);
    }

    #[test]
    fn url_parsing_follows_whatwg_for_web_urls() {
        assert!(url_parses("https://a.example.com:8080/x"));
        assert!(url_parses("urn:x"));
        assert!(!url_parses("/v1"));
        assert!(!url_parses("https://"));
        assert!(!url_parses("https://a:99999"));
    }
}
