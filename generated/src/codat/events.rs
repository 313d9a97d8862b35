// @generated
// Generated from specs/codat.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Webhook events of the Platform API: [`Event`](crate::codat::events::Event) has one variant per event of the spec, decoded by the payload's `eventType` property.
//!
//! Deliveries are signed as in Standard Webhooks, with an HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the endpoint's secret decoded from base64 (after an optional `whsec_` prefix); the `svix-signature` header holds base64 signatures prefixed with `v1,` and separated by spaces. The `svix-timestamp` header (Unix seconds) must be within 300 seconds of now (`Verifier::tolerance` changes that). Codat delivers through Svix, which sends the Standard Webhooks headers under svix-* names.
//!
//! The provider's documentation: <https://docs.codat.io/using-the-api/webhooks/create-consumer>.
/// A webhook delivery's event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// `company.created`:
    /// A company was added to your Codat instance.
    CompanyCreated(super::types::CompanyWebhook),
    /// `company.deleted`:
    /// A company was removed from your Codat instance.
    CompanyDeleted(super::types::CompanyWebhook),
    /// `company.product.added`:
    /// A product was switched on for a company.
    CompanyProductAdded(super::types::CompanyProductWebhook),
    /// `company.product.removed`:
    /// A product was switched off for a company.
    CompanyProductRemoved(super::types::CompanyProductWebhook),
    /// `client.rateLimit.reached`:
    /// Your client used up its daily request quota.
    ClientRateLimitReached(super::types::ClientRateLimitWebhook),
    /// `client.rateLimit.reset`:
    /// Your client's daily request quota was refilled.
    ClientRateLimitReset(super::types::ClientRateLimitWebhook),
    /// `{dataType}.write.successful`:
    /// A write request for a data type (bills, invoices, ...) completed in the accounting software; the event is named after the data type, as in bills.write.successful.
    DataTypeWriteSuccessful(super::types::DataTypeWriteWebhook),
    /// `{dataType}.write.unsuccessful`:
    /// A write request for a data type failed or timed out; the event is named after the data type, as in invoices.write.unsuccessful.
    DataTypeWriteUnsuccessful(super::types::DataTypeWriteWebhook),
    /// An event this version of the spec does not list (by its `eventType`), kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl Event {
    /// The payload property naming the event: `eventType`.
    pub const EVENT_TYPE_FIELD: &'static str = "eventType";
    /// Decodes a delivery's body, without checking where it comes from.
    pub fn from_slice(body: &[u8]) -> Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    /// The event's key in the spec's `webhooks` (keys with `{placeholders}` as written);
    /// `None` for `Unknown`.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Self::CompanyCreated(_) => Some("company.created"),
            Self::CompanyDeleted(_) => Some("company.deleted"),
            Self::CompanyProductAdded(_) => Some("company.product.added"),
            Self::CompanyProductRemoved(_) => Some("company.product.removed"),
            Self::ClientRateLimitReached(_) => Some("client.rateLimit.reached"),
            Self::ClientRateLimitReset(_) => Some("client.rateLimit.reset"),
            Self::DataTypeWriteSuccessful(_) => Some("{dataType}.write.successful"),
            Self::DataTypeWriteUnsuccessful(_) => Some("{dataType}.write.unsuccessful"),
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
            .get("eventType")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("company.created") => {
                ::serde_json::from_value(value)
                    .map(Self::CompanyCreated)
                    .map_err(::serde::de::Error::custom)
            }
            Some("company.deleted") => {
                ::serde_json::from_value(value)
                    .map(Self::CompanyDeleted)
                    .map_err(::serde::de::Error::custom)
            }
            Some("company.product.added") => {
                ::serde_json::from_value(value)
                    .map(Self::CompanyProductAdded)
                    .map_err(::serde::de::Error::custom)
            }
            Some("company.product.removed") => {
                ::serde_json::from_value(value)
                    .map(Self::CompanyProductRemoved)
                    .map_err(::serde::de::Error::custom)
            }
            Some("client.rateLimit.reached") => {
                ::serde_json::from_value(value)
                    .map(Self::ClientRateLimitReached)
                    .map_err(::serde::de::Error::custom)
            }
            Some("client.rateLimit.reset") => {
                ::serde_json::from_value(value)
                    .map(Self::ClientRateLimitReset)
                    .map_err(::serde::de::Error::custom)
            }
            Some(tag) if matches_pattern(tag, &["", ".write.successful"]) => {
                ::serde_json::from_value(value)
                    .map(Self::DataTypeWriteSuccessful)
                    .map_err(::serde::de::Error::custom)
            }
            Some(tag) if matches_pattern(tag, &["", ".write.unsuccessful"]) => {
                ::serde_json::from_value(value)
                    .map(Self::DataTypeWriteUnsuccessful)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// Whether `value` is `pieces` in order with at least one character between each two
/// (a spec key's `{placeholders}`).
fn matches_pattern(value: &str, pieces: &[&str]) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return false;
    };
    let Some(mut tail) = value.strip_prefix(first) else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return true;
    };
    for piece in middle {
        let mut chars = tail.chars();
        if chars.next().is_none() {
            return false;
        }
        let after = chars.as_str();
        let Some(at) = after.find(piece) else {
            return false;
        };
        tail = &after[at + piece.len()..];
    }
    tail.len() > last.len() && tail.ends_with(last)
}
/// How deliveries are signed: Standard Webhooks.
///
/// Deliveries are signed as in Standard Webhooks, with an HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the endpoint's secret decoded from base64 (after an optional `whsec_` prefix); the `svix-signature` header holds base64 signatures prefixed with `v1,` and separated by spaces. The `svix-timestamp` header (Unix seconds) must be within 300 seconds of now (`Verifier::tolerance` changes that). Codat delivers through Svix, which sends the Standard Webhooks headers under svix-* names.
///
/// See <https://docs.codat.io/using-the-api/webhooks/create-consumer>.
pub const SCHEME: crate::webhooks::Scheme = crate::webhooks::Scheme {
    signature_header: "svix-signature",
    id_header: Some("svix-id"),
    timestamp_header: Some("svix-timestamp"),
    signed_payload: &[
        crate::webhooks::Part::Id,
        crate::webhooks::Part::Literal("."),
        crate::webhooks::Part::Timestamp,
        crate::webhooks::Part::Literal("."),
        crate::webhooks::Part::Body,
    ],
    version: Some("v1"),
    encoding: crate::webhooks::Encoding::Base64,
    secret: crate::webhooks::SecretFormat::Whsec,
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
/// use provider_clients::codat::events::{self, Event};
/// use provider_clients::runtime::HeaderMap;
/// use provider_clients::webhooks::VerifyError;
///
/// /// Handles one delivery: the request's headers and its body exactly as received.
/// fn handle(headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {
///     let secret = std::env::var("CODAT_WEBHOOK_SECRET").unwrap_or_default();
///     // Rejects a bad signature, a stale timestamp or a malformed header; then decodes.
///     match events::verify(&secret, headers, body)? {
///         Event::CompanyCreated(event) => println!("company.created: {event:?}"),
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
