// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Receiving webhooks: checking that a delivery was signed with the endpoint's secret, then
//! decoding its event.
//!
//! Every provider module whose deliveries are signed has an `events` module with an `Event` enum,
//! the provider's [`Scheme`], `verify(secret, headers, body)` and a `Verifier` (this module's
//! [`Verifier`] for that `Event`) whose tolerance and clock can be set.
//!
//! What is checked, in order: the scheme's headers are present ([`VerifyError::MissingHeader`]),
//! at most [`MAX_HEADER_LEN`] bytes long ([`VerifyError::HeaderTooLarge`]) and well formed
//! ([`VerifyError::InvalidHeader`]); the timestamp is within the tolerance of now
//! ([`VerifyError::TimestampOutOfTolerance`]); one of the signatures in the signature header is
//! the HMAC-SHA256 of the signed payload ([`VerifyError::InvalidSignature`]), compared in
//! constant time. Several signatures may be sent at once (secret rotation): one match is enough.
//! Nothing here panics on hostile input.

use std::fmt;
use std::marker::PhantomData;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use reqwest::header::HeaderMap;
use sha2::Sha256;

/// The default largest distance between a delivery's timestamp and now: 5 minutes.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The longest header value read (all values of a repeated header together); longer ones are
/// rejected with [`VerifyError::HeaderTooLarge`] before any work is done on them.
pub const MAX_HEADER_LEN: usize = 4096;

/// Standard base64, with or without padding.
const BASE64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

/// Why a delivery was rejected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// A header the scheme needs is absent.
    #[error("the `{0}` header is missing")]
    MissingHeader(&'static str),
    /// A header is not what the scheme expects (not text, not a timestamp, no usable signature).
    #[error("the `{0}` header is malformed")]
    InvalidHeader(&'static str),
    /// A header is longer than [`MAX_HEADER_LEN`].
    #[error("the `{0}` header is too large")]
    HeaderTooLarge(&'static str),
    /// The timestamp is further from now than the tolerance (a replay, or a wrong clock).
    #[error("the delivery's timestamp is outside the tolerance")]
    TimestampOutOfTolerance,
    /// No signature in the header matches the body and the secret.
    #[error("no signature matches")]
    InvalidSignature,
    /// The secret is empty or not in the provider's format (`whsec_<base64>` for Standard Webhooks).
    #[error("the webhook secret is malformed")]
    InvalidSecret,
    /// The signature is valid but the body is not a JSON event.
    #[error("the body is not a valid event: {0}")]
    Decode(#[from] serde_json::Error),
}

/// A piece of the signed payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The id header's value.
    Id,
    /// The timestamp header's value, exactly as sent.
    Timestamp,
    /// The raw request body.
    Body,
    /// Fixed text.
    Literal(&'static str),
}

/// How a signature is encoded in its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Standard base64 (padding optional).
    Base64,
    /// Hexadecimal (either case).
    Hex,
}

/// How the endpoint's secret is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretFormat {
    /// Base64 of the key, optionally prefixed with `whsec_` (Standard Webhooks, Svix).
    Whsec,
    /// The key is the secret's bytes as given.
    Raw,
}

/// How the timestamp header is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// Seconds since the Unix epoch (`1614265330`).
    Unix,
    /// RFC 3339 (`2021-07-25T10:00:00Z`).
    Rfc3339,
}

/// How one provider signs its deliveries (HMAC-SHA256 over a layout of headers and body).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// The header carrying the signature(s).
    pub signature_header: &'static str,
    /// The header carrying the message id, when it is signed.
    pub id_header: Option<&'static str>,
    /// The header carrying the timestamp, when there is one.
    pub timestamp_header: Option<&'static str>,
    /// What is signed, in order.
    pub signed_payload: &'static [Part],
    /// `Some("v1")`: the header is a space-separated list of `v1,<signature>` (entries of other
    /// versions are skipped). `None`: the header holds the signature itself (several may be
    /// separated by spaces).
    pub version: Option<&'static str>,
    /// How signatures are encoded.
    pub encoding: Encoding,
    /// How the secret is written.
    pub secret: SecretFormat,
    /// How the timestamp is written.
    pub timestamp_format: TimestampFormat,
    /// The default tolerance.
    pub tolerance: Duration,
}

impl Scheme {
    /// [Standard Webhooks](https://www.standardwebhooks.com/): `webhook-id`, `webhook-timestamp`
    /// (Unix seconds) and `webhook-signature` (`v1,<base64>` entries) headers, HMAC-SHA256 over
    /// `{id}.{timestamp}.{body}` with a `whsec_<base64>` secret, 5 minutes of tolerance.
    pub const STANDARD_WEBHOOKS: Scheme = Scheme {
        signature_header: "webhook-signature",
        id_header: Some("webhook-id"),
        timestamp_header: Some("webhook-timestamp"),
        signed_payload: &[
            Part::Id,
            Part::Literal("."),
            Part::Timestamp,
            Part::Literal("."),
            Part::Body,
        ],
        version: Some("v1"),
        encoding: Encoding::Base64,
        secret: SecretFormat::Whsec,
        timestamp_format: TimestampFormat::Unix,
        tolerance: DEFAULT_TOLERANCE,
    };
}

/// Checks deliveries signed with one secret and decodes them into `E` (a provider's `Event`).
///
/// Made once per secret (`Verifier::new(scheme, secret)`, or a provider's `events::verifier`), then
/// [`tolerance`](Verifier::tolerance) to change the accepted clock skew, and
/// [`verify`](Verifier::verify) or [`verify_at`](Verifier::verify_at) (a given time, for tests) per
/// delivery; [`check`](Verifier::check) checks without decoding.
pub struct Verifier<E> {
    scheme: Scheme,
    key: Vec<u8>,
    tolerance: Duration,
    event: PhantomData<fn() -> E>,
}

impl<E> Clone for Verifier<E> {
    fn clone(&self) -> Self {
        Self {
            scheme: self.scheme,
            key: self.key.clone(),
            tolerance: self.tolerance,
            event: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Verifier<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("scheme", &self.scheme)
            .field("key", &"***")
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl<E> Verifier<E> {
    /// A verifier for `scheme` with the endpoint's `secret`; [`VerifyError::InvalidSecret`] when
    /// the secret is empty or not in the scheme's format.
    pub fn new(scheme: Scheme, secret: &str) -> Result<Self, VerifyError> {
        let key = match scheme.secret {
            SecretFormat::Whsec => {
                let trimmed = secret.trim();
                let encoded = trimmed.strip_prefix("whsec_").unwrap_or(trimmed);
                BASE64
                    .decode(encoded)
                    .map_err(|_| VerifyError::InvalidSecret)?
            }
            SecretFormat::Raw => secret.as_bytes().to_vec(),
        };
        if key.is_empty() {
            return Err(VerifyError::InvalidSecret);
        }
        Ok(Self {
            scheme,
            key,
            tolerance: scheme.tolerance,
            event: PhantomData,
        })
    }

    /// Sets the largest accepted distance between a delivery's timestamp and now.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The scheme checked.
    pub fn scheme(&self) -> &Scheme {
        &self.scheme
    }

    /// Checks the signature of a delivery against the system clock, without decoding it.
    pub fn check(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {
        self.check_at(headers, body, SystemTime::now())
    }

    /// Checks the signature of a delivery as if the time were `now`, without decoding it.
    pub fn check_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), VerifyError> {
        let scheme = &self.scheme;
        let id = scheme
            .id_header
            .map(|name| one_header(headers, name))
            .transpose()?;
        let timestamp = scheme
            .timestamp_header
            .map(|name| one_header(headers, name).map(|value| (name, value)))
            .transpose()?;
        let signatures = all_headers(headers, scheme.signature_header)?;
        if let Some((name, value)) = timestamp {
            let at = match scheme.timestamp_format {
                TimestampFormat::Unix => parse_unix(value),
                TimestampFormat::Rfc3339 => parse_rfc3339(value),
            }
            .ok_or(VerifyError::InvalidHeader(name))?;
            let now = match now.duration_since(UNIX_EPOCH) {
                Ok(d) => i128::from(d.as_secs()),
                Err(e) => -i128::from(e.duration().as_secs()),
            };
            if (now - i128::from(at)).abs() > i128::from(self.tolerance.as_secs()) {
                return Err(VerifyError::TimestampOutOfTolerance);
            }
        }
        let mut candidates: Vec<Vec<u8>> = Vec::new();
        for entry in signatures.iter().flat_map(|v| v.split_ascii_whitespace()) {
            let text = match scheme.version {
                Some(version) => match entry.split_once(',') {
                    Some((v, text)) if v == version => text,
                    _ => continue,
                },
                None => entry,
            };
            let decoded = match scheme.encoding {
                Encoding::Base64 => BASE64.decode(text).ok(),
                Encoding::Hex => decode_hex(text),
            };
            // An HMAC-SHA256 is 32 bytes; anything else cannot match.
            if let Some(bytes) = decoded.filter(|b| b.len() == 32) {
                candidates.push(bytes);
            }
        }
        if candidates.is_empty() {
            return Err(VerifyError::InvalidHeader(scheme.signature_header));
        }
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.key).map_err(|_| VerifyError::InvalidSecret)?;
        for part in scheme.signed_payload {
            match part {
                Part::Id => mac.update(id.unwrap_or_default().as_bytes()),
                Part::Timestamp => {
                    mac.update(timestamp.map(|(_, v)| v).unwrap_or_default().as_bytes())
                }
                Part::Body => mac.update(body),
                Part::Literal(text) => mac.update(text.as_bytes()),
            }
        }
        // `verify_slice` compares in constant time.
        if candidates
            .iter()
            .any(|candidate| mac.clone().verify_slice(candidate).is_ok())
        {
            Ok(())
        } else {
            Err(VerifyError::InvalidSignature)
        }
    }
}

impl<E: serde::de::DeserializeOwned> Verifier<E> {
    /// Checks a delivery against the system clock and decodes its event.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<E, VerifyError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Checks a delivery as if the time were `now` and decodes its event.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<E, VerifyError> {
        self.check_at(headers, body, now)?;
        Ok(serde_json::from_slice(body)?)
    }
}

/// The first value of header `name` as text.
fn one_header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, VerifyError> {
    let value = headers.get(name).ok_or(VerifyError::MissingHeader(name))?;
    if value.len() > MAX_HEADER_LEN {
        return Err(VerifyError::HeaderTooLarge(name));
    }
    let text = value
        .to_str()
        .map_err(|_| VerifyError::InvalidHeader(name))?
        .trim();
    if text.is_empty() {
        return Err(VerifyError::InvalidHeader(name));
    }
    Ok(text)
}

/// Every value of header `name` as text (a signature header may be repeated).
fn all_headers<'h>(
    headers: &'h HeaderMap,
    name: &'static str,
) -> Result<Vec<&'h str>, VerifyError> {
    let mut total = 0;
    let mut out = Vec::new();
    for value in headers.get_all(name) {
        total += value.len();
        if total > MAX_HEADER_LEN {
            return Err(VerifyError::HeaderTooLarge(name));
        }
        out.push(
            value
                .to_str()
                .map_err(|_| VerifyError::InvalidHeader(name))?,
        );
    }
    if out.is_empty() {
        return Err(VerifyError::MissingHeader(name));
    }
    Ok(out)
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let pairs = text.as_bytes().chunks_exact(2);
    if !pairs.remainder().is_empty() {
        return None;
    }
    pairs
        .map(|pair| Some((nibble(pair[0])? << 4) | nibble(pair[1])?))
        .collect()
}

/// Seconds since the epoch, written as digits only.
fn parse_unix(text: &str) -> Option<i64> {
    if text.is_empty() || text.len() > 18 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` → seconds since the epoch (the fraction is dropped).
fn parse_rfc3339(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = b.get(range)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(digits).ok()?.parse().ok()
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        rest = &fraction[digits..];
    }
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let d = |c: u8| i64::from(c - b'0');
            let (hours, minutes) = (d(*h1) * 10 + d(*h2), d(*m1) * 10 + d(*m2));
            if hours > 23 || minutes > 59 {
                return None;
            }
            let minutes = hours * 60 + minutes;
            if *sign == b'+' {
                minutes
            } else {
                -minutes
            }
        }
        _ => return None,
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day < 1 || day > days_in_month || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hour * 3_600 + minute * 60 + second - offset * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2021-07-25T10:00:00Z"), Some(1_627_207_200));
        assert_eq!(
            parse_rfc3339("2021-07-25T12:00:00.123+02:00"),
            Some(1_627_207_200)
        );
        assert_eq!(parse_rfc3339("2024-02-29T00:00:00Z"), Some(1_709_164_800));
        assert_eq!(parse_rfc3339("2023-02-29T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("2021-07-25T10:00:00"), None);
        assert_eq!(parse_rfc3339("2021-07-25T10:00:00Zjunk"), None);
        assert_eq!(parse_rfc3339("２０21-07-25T10:00:00Z"), None);
    }

    #[test]
    fn unix_and_hex() {
        assert_eq!(parse_unix("1614265330"), Some(1_614_265_330));
        assert_eq!(parse_unix("-1"), None);
        assert_eq!(parse_unix("99999999999999999999999"), None);
        assert_eq!(decode_hex("0aFf"), Some(vec![10, 255]));
        assert_eq!(decode_hex("0g"), None);
        assert_eq!(decode_hex("abc"), None);
    }
}
