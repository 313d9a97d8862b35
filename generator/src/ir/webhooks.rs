//! Receiving webhooks: the events and the signature scheme of their deliveries.

use serde::Serialize;

use super::TypeRef;

/// What a receiver of the API's webhooks gets: typed events and, when declared, how their
/// signatures are checked (from the `webhooks` object and the root `x-rust-webhooks` extension).
#[derive(Debug, Serialize)]
pub struct Webhooks {
    /// The module of the provider holding `Event` (`events`; `webhook_events` when a group has
    /// that name).
    pub module: String,
    /// The payload property naming the event (`type`, `eventType`).
    pub event_field: String,
    /// The events, in spec order (one `Event` variant each).
    pub events: Vec<WebhookEvent>,
    /// How deliveries are signed; `None` when the spec does not say.
    pub signature: Option<Signature>,
}

/// One webhook event.
#[derive(Debug, Serialize)]
pub struct WebhookEvent {
    /// The key in `webhooks` (`checkout.created`, `{dataType}.write.successful`).
    pub key: String,
    /// The literal pieces around the key's `{placeholders}`; empty when the key has none (it is
    /// then matched exactly).
    pub pattern: Vec<String>,
    /// The `Event` variant name (`CheckoutCreated`).
    pub rust_name: String,
    /// The payload type (the POST request body).
    pub ty: TypeRef,
    /// Its description.
    pub description: Option<String>,
}

/// How webhook deliveries are authenticated.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The scheme.
    pub scheme: SignatureScheme,
    /// The provider documentation the scheme follows.
    pub docs: Option<String>,
    /// A remark for receivers (`note`), such as how the provider's secret is used.
    pub note: Option<String>,
    /// The header carrying the signature(s).
    pub signature_header: String,
    /// The header carrying the message id, if the scheme signs one.
    pub id_header: Option<String>,
    /// The header carrying the timestamp, if the scheme signs one.
    pub timestamp_header: Option<String>,
    /// What is signed, in order.
    pub signed_payload: Vec<PayloadPart>,
    /// How signatures are written in their header.
    pub signature_format: SignatureFormat,
    /// How each signature is encoded.
    pub encoding: SignatureEncoding,
    /// How the secret is written.
    pub secret: SecretFormat,
    /// How the timestamp is written.
    pub timestamp_format: TimestampFormat,
    /// The largest accepted distance between the timestamp and now, in seconds.
    pub tolerance_secs: u64,
}

/// The signature schemes.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureScheme {
    /// Standard Webhooks (and Svix): HMAC-SHA256 over `{id}.{timestamp}.{body}`, `v1,<base64>`.
    StandardWebhooks,
    /// An HMAC-SHA256 over a declared layout, in one header.
    HmacSha256,
    /// Deliveries are not signed (the receiver authenticates them otherwise).
    None,
}

/// A piece of the signed payload.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
#[serde(tag = "part", content = "text", rename_all = "snake_case")]
pub enum PayloadPart {
    /// The id header's value.
    Id,
    /// The timestamp header's value, as sent.
    Timestamp,
    /// The raw request body.
    Body,
    /// Fixed text.
    Literal(String),
}

/// How signatures are written in their header.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
#[serde(tag = "format", content = "version", rename_all = "snake_case")]
pub enum SignatureFormat {
    /// A space-separated list of `<version>,<signature>` (Standard Webhooks `v1,...`).
    Versioned(String),
    /// The signature alone (several may be separated by spaces).
    Plain,
}

/// How a signature is encoded.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SignatureEncoding {
    /// Standard base64.
    Base64,
    /// Hexadecimal.
    Hex,
}

/// How the shared secret is written.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum SecretFormat {
    /// Base64, optionally prefixed with `whsec_` (Standard Webhooks); the key is the decoded bytes.
    Whsec,
    /// The key is the secret's UTF-8 bytes as given.
    Raw,
}

/// How the timestamp header is written.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TimestampFormat {
    /// Seconds since the Unix epoch.
    Unix,
    /// RFC 3339 (`2021-07-25T10:00:00Z`).
    Rfc3339,
}
