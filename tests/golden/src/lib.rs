// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![allow(clippy::result_large_err)]
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#![recursion_limit = "232"]
pub mod runtime;
/// The `User-Agent` sent by default: this crate's name and version.
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
#[cfg(
    any(feature = "all_of-invoices", feature = "all_of-me", feature = "all_of-targets")
)]
/// allOf client.
pub mod all_of;
#[cfg(feature = "annotated_all_of")]
/// Annotated allOf and referenced callbacks client.
pub mod annotated_all_of;
#[cfg(feature = "azure_v2")]
/// Azure-style Swagger 2.0 client.
pub mod azure_v2;
#[cfg(feature = "client_names")]
/// Client names client.
pub mod client_names;
#[cfg(feature = "deep_refs")]
/// Deep refs client.
pub mod deep_refs;
#[cfg(feature = "default_response")]
/// Default responses client.
pub mod default_response;
#[cfg(any(feature = "deprecations-tokens", feature = "deprecations-settings"))]
/// Deprecations client.
pub mod deprecations;
#[cfg(feature = "descriptions")]
/// Descriptions client.
pub mod descriptions;
#[cfg(feature = "enums")]
/// Enums client.
pub mod enums;
#[cfg(feature = "field_flags")]
/// Field flags client.
pub mod field_flags;
#[cfg(feature = "formats")]
/// Formats client.
pub mod formats;
#[cfg(
    any(
        feature = "groups-default-api",
        feature = "groups-customers",
        feature = "groups-webhooks",
        feature = "groups-orders",
        feature = "groups-customer-portal-customers",
        feature = "groups-core-api",
        feature = "groups-other",
        feature = "groups-things"
    )
)]
/// Groups client.
pub mod groups;
#[cfg(feature = "html_descriptions")]
/// HTML descriptions client.
pub mod html_descriptions;
#[cfg(feature = "inline_naming")]
/// Inline naming client.
pub mod inline_naming;
#[cfg(feature = "linked")]
/// linked client.
pub mod linked;
#[cfg(feature = "maps")]
/// Maps client.
pub mod maps;
#[cfg(any(feature = "names-users", feature = "names-keywords"))]
/// Names client.
pub mod names;
#[cfg(feature = "no_content")]
/// No content client.
pub mod no_content;
#[cfg(feature = "nulls_v30")]
/// Nulls in OpenAPI 3.0 client.
pub mod nulls_v30;
#[cfg(feature = "nulls_v31")]
/// Nulls in OpenAPI 3.1 client.
pub mod nulls_v31;
#[cfg(any(feature = "objects-contacts", feature = "objects-settings"))]
/// Objects client.
pub mod objects;
#[cfg(feature = "pagination_inferred")]
/// Inferred pagination client.
pub mod pagination_inferred;
#[cfg(feature = "pagination_ms_pageable")]
/// Azure pageable client.
pub mod pagination_ms_pageable;
#[cfg(feature = "pagination_speakeasy")]
/// Speakeasy pagination client.
pub mod pagination_speakeasy;
#[cfg(feature = "recursion")]
/// Recursion client.
pub mod recursion;
#[cfg(feature = "retries")]
/// Retries client.
pub mod retries;
#[cfg(any(feature = "shared_inline-customers", feature = "shared_inline-orders"))]
/// Shared inline schemas client.
pub mod shared_inline;
#[cfg(feature = "swagger2")]
/// Swagger 2.0 client.
pub mod swagger2;
#[cfg(feature = "tuples")]
/// Tuples client.
pub mod tuples;
#[cfg(feature = "union_mapping_declared_first")]
/// Union mapping declared first client.
pub mod union_mapping_declared_first;
#[cfg(feature = "unions")]
/// Unions client.
pub mod unions;
#[cfg(feature = "vendor_enums")]
/// Vendor enums client.
pub mod vendor_enums;
#[cfg(feature = "webhooks_only")]
/// Webhooks only client.
pub mod webhooks_only;
#[cfg(feature = "webhooks_v30")]
/// Webhooks in 3.0 client.
pub mod webhooks_v30;
#[cfg(
    any(
        feature = "wire_formats-customers",
        feature = "wire_formats-search",
        feature = "wire_formats-files",
        feature = "wire_formats-blobs",
        feature = "wire_formats-notes",
        feature = "wire_formats-exports",
        feature = "wire_formats-events",
        feature = "wire_formats-lines",
        feature = "wire_formats-status"
    )
)]
/// Wire formats client.
pub mod wire_formats;
