// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! JSON as the generated clients write it: `serde_json`, except that a float holding a whole
//! number (up to 2^53, where every integer is exact) is written as an integer. A `type: number`
//! value received as `10` is an `f64`; it goes back as `10`, not `10.0`.

use serde_json::ser::{CompactFormatter, Formatter};

/// The largest magnitude below which every integer has an exact `f64`.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// The whole number `value` holds, if it holds one exactly (`-0.0` keeps its sign as a float).
fn whole(value: f64) -> Option<i64> {
    let whole = value.is_finite()
        && value.fract() == 0.0
        && value.abs() <= EXACT
        && !(value == 0.0 && value.is_sign_negative());
    // Exact: `value` is a whole number within ±2^53.
    #[allow(clippy::cast_possible_truncation)]
    whole.then_some(value as i64)
}

/// Compact JSON with whole-number floats written as integers.
#[derive(Clone, Copy, Debug, Default)]
pub struct WholeNumbers;

impl Formatter for WholeNumbers {
    fn write_f64<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, value: f64) -> std::io::Result<()> {
        match whole(value) {
            Some(n) => self.write_i64(writer, n),
            None => CompactFormatter.write_f64(writer, value),
        }
    }

    fn write_f32<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, value: f32) -> std::io::Result<()> {
        match whole(f64::from(value)) {
            Some(n) => self.write_i64(writer, n),
            None => CompactFormatter.write_f32(writer, value),
        }
    }
}

/// `value` as JSON bytes, with whole-number floats written as integers.
pub fn to_vec<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(128);
    value.serialize(&mut serde_json::Serializer::with_formatter(&mut out, WholeNumbers))?;
    Ok(out)
}

/// A JSON number as text, as [`to_vec`] writes it (`10` for `10.0`).
pub fn number(n: &serde_json::Number) -> String {
    match n.as_f64().filter(|_| n.is_f64()).and_then(whole) {
        Some(w) => w.to_string(),
        None => n.to_string(),
    }
}

/// Writes `value` as JSON text, whole-number floats as integers.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    // `to_vec` writes only UTF-8.
    to_vec(value).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}
