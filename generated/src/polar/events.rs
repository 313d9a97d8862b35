// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Webhook events of the Polar API: [`Event`](crate::polar::events::Event) has one variant per event of the spec, decoded by the payload's `type` property.
//!
//! Deliveries are signed as in Standard Webhooks, with an HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the endpoint's secret, its bytes as given; the `webhook-signature` header holds base64 signatures prefixed with `v1,` and separated by spaces. The `webhook-timestamp` header (Unix seconds) must be within 300 seconds of now (`Verifier::tolerance` changes that). Polar follows Standard Webhooks, but its endpoint secret is not a whsec_ value: Polar's SDKs base64-encode the secret before handing it to a Standard Webhooks verifier, so the HMAC key is the secret's own bytes.
//!
//! The provider's documentation: <https://docs.polar.sh/integrate/webhooks/delivery>.
/// A webhook delivery's event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// `member.created`:
    /// A member joined a customer's team, added through the API or as the owner of a new customer.
    MemberCreated(super::types::WebhookMemberCreatedPayload),
    /// `member.updated`:
    /// A member's details changed, such as their name or role.
    MemberUpdated(super::types::WebhookMemberUpdatedPayload),
    /// `member.deleted`:
    /// A member left a customer's team; seats assigned to them are revoked.
    MemberDeleted(super::types::WebhookMemberDeletedPayload),
    /// `refund.created`:
    /// A refund was issued, whatever its status.
    RefundCreated(super::types::WebhookRefundCreatedPayload),
    /// `refund.updated`:
    /// A refund changed, typically its status.
    RefundUpdated(super::types::WebhookRefundUpdatedPayload),
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
            Self::MemberCreated(_) => Some("member.created"),
            Self::MemberUpdated(_) => Some("member.updated"),
            Self::MemberDeleted(_) => Some("member.deleted"),
            Self::RefundCreated(_) => Some("refund.created"),
            Self::RefundUpdated(_) => Some("refund.updated"),
            Self::Unknown(_) => None,
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("member.created") => {
                ::serde_json::from_value(value)
                    .map(Self::MemberCreated)
                    .map_err(::serde::de::Error::custom)
            }
            Some("member.updated") => {
                ::serde_json::from_value(value)
                    .map(Self::MemberUpdated)
                    .map_err(::serde::de::Error::custom)
            }
            Some("member.deleted") => {
                ::serde_json::from_value(value)
                    .map(Self::MemberDeleted)
                    .map_err(::serde::de::Error::custom)
            }
            Some("refund.created") => {
                ::serde_json::from_value(value)
                    .map(Self::RefundCreated)
                    .map_err(::serde::de::Error::custom)
            }
            Some("refund.updated") => {
                ::serde_json::from_value(value)
                    .map(Self::RefundUpdated)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// How deliveries are signed: Standard Webhooks.
///
/// Deliveries are signed as in Standard Webhooks, with an HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the endpoint's secret, its bytes as given; the `webhook-signature` header holds base64 signatures prefixed with `v1,` and separated by spaces. The `webhook-timestamp` header (Unix seconds) must be within 300 seconds of now (`Verifier::tolerance` changes that). Polar follows Standard Webhooks, but its endpoint secret is not a whsec_ value: Polar's SDKs base64-encode the secret before handing it to a Standard Webhooks verifier, so the HMAC key is the secret's own bytes.
///
/// See <https://docs.polar.sh/integrate/webhooks/delivery>.
pub const SCHEME: crate::webhooks::Scheme = crate::webhooks::Scheme {
    signature_header: "webhook-signature",
    id_header: Some("webhook-id"),
    timestamp_header: Some("webhook-timestamp"),
    signed_payload: &[
        crate::webhooks::Part::Id,
        crate::webhooks::Part::Literal("."),
        crate::webhooks::Part::Timestamp,
        crate::webhooks::Part::Literal("."),
        crate::webhooks::Part::Body,
    ],
    version: Some("v1"),
    encoding: crate::webhooks::Encoding::Base64,
    secret: crate::webhooks::SecretFormat::Raw,
    timestamp_format: crate::webhooks::TimestampFormat::Unix,
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
/// use provider_clients::polar::events::{self, Event};
/// use provider_clients::runtime::HeaderMap;
/// use provider_clients::webhooks::VerifyError;
///
/// /// Handles one delivery: the request's headers and its body exactly as received.
/// fn handle(headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {
///     let secret = std::env::var("POLAR_WEBHOOK_SECRET").unwrap_or_default();
///     // Rejects a bad signature, a stale timestamp or a malformed header; then decodes.
///     match events::verify(&secret, headers, body)? {
///         Event::MemberCreated(event) => println!("member.created: {event:?}"),
///         Event::Unknown(raw) => println!("not in the spec: {raw}"),
///         other => println!("{other:?}"),
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
