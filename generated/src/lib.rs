// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![allow(clippy::result_large_err)]
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
pub mod runtime;
#[cfg(any(feature = "attio", feature = "codat", feature = "polar", feature = "zendesk"))]
pub mod webhooks;
/// The `User-Agent` sent by default: this crate's name and version.
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
#[cfg(feature = "attio")]
/// Attio API client.
pub mod attio;
#[cfg(feature = "codat")]
/// Platform API client.
pub mod codat;
#[cfg(feature = "polar")]
/// Polar API client.
pub mod polar;
#[cfg(feature = "ultracart")]
/// UltraCart Rest API V2 client.
pub mod ultracart;
#[cfg(feature = "zendesk")]
/// Zendesk Support API - Webhooks client.
pub mod zendesk;
