//! A rule's `message` template: `{{error}}`, `{{description}}`, `{{path}}`, `{{property}}`,
//! `{{value}}` replaced as Spectral replaces them.

use super::function::Segment;

/// What a template may name.
pub struct Vars<'a> {
    /// The function's message.
    pub error: &'a str,
    /// The rule's description.
    pub description: Option<&'a str>,
    /// The finding's path.
    pub path: &'a [Segment],
    /// The input, printed.
    pub value: &'a str,
}

/// `template` with its placeholders filled in (an unknown placeholder is left as written).
pub fn render(template: &str, vars: &Vars<'_>) -> String {
    let mut out = String::with_capacity(template.len() + vars.error.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = after[..end].trim();
        match name {
            "error" => out.push_str(vars.error),
            "description" => out.push_str(vars.description.unwrap_or("")),
            "path" => out.push_str(&dotted(vars.path)),
            "property" => {
                if let Some(last) = vars.path.last() {
                    out.push_str(&segment_text(last));
                }
            }
            "value" => out.push_str(vars.value),
            _ => {
                out.push_str("{{");
                out.push_str(&after[..end]);
                out.push_str("}}");
            }
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

fn segment_text(s: &Segment) -> String {
    match s {
        Segment::Key(k) => k.clone(),
        Segment::Index(i) => i.to_string(),
    }
}

/// `paths./users.get.responses`: Spectral's dotted path.
pub fn dotted(path: &[Segment]) -> String {
    path.iter().map(segment_text).collect::<Vec<_>>().join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        let path = [Segment::Key("info".into()), Segment::Key("contact".into())];
        let vars = Vars {
            error: "must be truthy",
            description: Some("Info needs contact"),
            path: &path,
            value: "undefined",
        };
        assert_eq!(
            render("{{description}}: {{property}} at {{path}} {{error}} ({{value}}) {{other}}", &vars),
            "Info needs contact: contact at info.contact must be truthy (undefined) {{other}}"
        );
    }
}
