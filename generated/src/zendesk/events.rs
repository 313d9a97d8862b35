// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Webhook deliveries of the Zendesk Support API - Webhooks: the spec lists no events, so [`Event`](crate::zendesk::events::Event) keeps every delivery as raw JSON.
//!
//! Deliveries are signed with an HMAC-SHA256 of `{timestamp}{body}` keyed with the endpoint's secret, its bytes as given; the `X-Zendesk-Webhook-Signature` header holds the base64 signature. The `X-Zendesk-Webhook-Signature-Timestamp` header (RFC 3339) must be within 300 seconds of now (`Verifier::tolerance` changes that).
//!
//! The provider's documentation: <https://developer.zendesk.com/documentation/webhooks/verifying/>.
/// A webhook delivery's event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// An event this version of the spec does not list (by its `type`), kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl Event {
    /// The payload property naming the event: `type`.
    pub const EVENT_TYPE_FIELD: &'static str = "type";
    /// Decodes a delivery's body, without checking where it comes from.
    pub fn from_slice(body: &[u8]) -> Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    /// The event's key in the spec's `webhooks` (keys with `{placeholders}` as written);
    /// `None` for `Unknown`.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Self::Unknown(_) => None,
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)
            .map(Self::Unknown)
    }
}
/// How deliveries are signed: HMAC-SHA256.
///
/// Deliveries are signed with an HMAC-SHA256 of `{timestamp}{body}` keyed with the endpoint's secret, its bytes as given; the `X-Zendesk-Webhook-Signature` header holds the base64 signature. The `X-Zendesk-Webhook-Signature-Timestamp` header (RFC 3339) must be within 300 seconds of now (`Verifier::tolerance` changes that).
///
/// See <https://developer.zendesk.com/documentation/webhooks/verifying/>.
pub const SCHEME: crate::webhooks::Scheme = crate::webhooks::Scheme {
    signature_header: "x-zendesk-webhook-signature",
    id_header: None,
    timestamp_header: Some("x-zendesk-webhook-signature-timestamp"),
    signed_payload: &[crate::webhooks::Part::Timestamp, crate::webhooks::Part::Body],
    version: None,
    encoding: crate::webhooks::Encoding::Base64,
    secret: crate::webhooks::SecretFormat::Raw,
    timestamp_format: crate::webhooks::TimestampFormat::Rfc3339,
    tolerance: ::std::time::Duration::from_secs(300),
};
/// Checks deliveries signed with one secret and decodes them into [`Event`]; set its
/// `tolerance`, or check against a given time with `verify_at`.
pub type Verifier = crate::webhooks::Verifier<Event>;
/// A [`Verifier`] for the endpoint's `secret`, with the default tolerance.
pub fn verifier(secret: &str) -> Result<Verifier, crate::webhooks::VerifyError> {
    Verifier::new(SCHEME, secret)
}
/// Checks a delivery's signature with the endpoint's `secret` (headers and body exactly as received) and decodes its event.
///
/// Fails with a [`VerifyError`](crate::webhooks::VerifyError): a missing, oversized or malformed header, a timestamp outside the tolerance, no matching signature, a malformed secret, or a body that is not an event. Use [`verifier`] to set the tolerance or the clock.
///
/// ```no_run
/// use provider_clients::zendesk::events::{self, Event};
/// use provider_clients::runtime::HeaderMap;
/// use provider_clients::webhooks::VerifyError;
///
/// /// Handles one delivery: the request's headers and its body exactly as received.
/// fn handle(headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {
///     let secret = std::env::var("ZENDESK_WEBHOOK_SECRET").unwrap_or_default();
///     // Rejects a bad signature, a stale timestamp or a malformed header; then decodes.
///     match events::verify(&secret, headers, body)? {
///         Event::Unknown(raw) => println!("not in the spec: {raw}"),
///     }
///     Ok(())
/// }
/// ```
pub fn verify(
    secret: &str,
    headers: &::reqwest::header::HeaderMap,
    body: &[u8],
) -> Result<Event, crate::webhooks::VerifyError> {
    verifier(secret)?.verify(headers, body)
}
