//! The lint rules, one per file. Each file's `//!` text is the rule's documentation.

pub mod copy_pasted_description;
pub mod date_time_example_not_rfc3339;
pub mod delimited_list_as_enum;
pub mod epoch_timestamp;
pub mod example_keyword_mixed;
pub mod example_schema_mismatch;
pub mod header_names;
pub mod item_schema_not_sequential;
pub mod missing_type;
pub mod mixed_timestamp_formats;
pub mod near_known_value;
pub mod non_rfc3339_timestamp;
pub mod number_as_string;
pub mod openapi_schema;
pub mod operation_id;
pub mod optional_body_required_fields;
pub mod path_naming_style;
pub mod path_parameters;
pub mod property_drift;
pub mod querystring_conflict;
pub mod repeated_inline_schema;
pub mod required_without_property;
pub mod servers_and_components;
pub mod status_drift;
pub mod tag_parent;
pub mod undefined_references;
