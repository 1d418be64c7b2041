//! Examples: a value with where it came from, gathered from schemas, media types, parameters
//! and the docs pages ingest harvested.

use crate::ingest::DocsOrigin;
use crate::tree::Node;

/// Where an example came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleSource {
    /// A schema's `example` / `examples`.
    Schema,
    /// A media type's `example` / `examples`.
    MediaType,
    /// A parameter's `example` / `examples`.
    Parameter,
    /// The request body of a curl command on a rendered docs page.
    DocsCurlRequest,
    /// The response sample on a rendered docs page.
    DocsResponseSample,
    /// A Docusaurus page's `jsonRequestBodyExample`.
    DocsRequestBody,
}

/// An example value with its origin.
#[derive(Debug, Clone)]
pub struct Example {
    /// Name (for named examples).
    pub name: Option<Box<str>>,
    /// The value, located.
    pub value: Node,
    /// Where it came from.
    pub source: ExampleSource,
    /// JSON pointer of the value in the merged document.
    pub pointer: Box<str>,
}

impl From<DocsOrigin> for ExampleSource {
    fn from(o: DocsOrigin) -> Self {
        match o {
            DocsOrigin::CurlRequest => ExampleSource::DocsCurlRequest,
            DocsOrigin::ResponseSample => ExampleSource::DocsResponseSample,
            DocsOrigin::FrontMatterRequestBody => ExampleSource::DocsRequestBody,
        }
    }
}
