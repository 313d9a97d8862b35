//! Security definitions → security schemes: `basic` → `http`, `apiKey` kept, `oauth2` (one `flow`) →
//! `flows`.

use serde_json::{json, Map, Value};

use super::copy_description_and_extensions;
use crate::diag::{join, Diagnostics};

/// One security definition → one security scheme; `None` (reported) when it cannot be converted.
pub(super) fn convert_security_scheme(
    def: &Value,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<Value> {
    let Some(m) = def.as_object() else {
        diags.warn(ptr, "security definition is not an object; dropped");
        return None;
    };
    match m.get("type").and_then(Value::as_str) {
        Some("basic") => {
            let mut out = Map::new();
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
            copy_description_and_extensions(m, &mut out);
            Some(Value::Object(out))
        }
        Some("apiKey") => Some(def.clone()),
        Some("oauth2") => convert_oauth2(m, ptr, diags),
        Some(other) => {
            diags.warn(
                join(ptr, &["type"]),
                format!("unknown security type `{other}`; security definition dropped"),
            );
            None
        }
        None => {
            diags.warn(ptr, "security definition has no `type`; dropped");
            None
        }
    }
}

/// An `oauth2` security definition (one `flow`) → an `oauth2` scheme with one entry in `flows`.
fn convert_oauth2(m: &Map<String, Value>, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let flow = m.get("flow").and_then(Value::as_str).unwrap_or_default();
    let (name, needs_auth_url, needs_token_url) = match flow {
        "implicit" => ("implicit", true, false),
        "password" => ("password", false, true),
        "application" => ("clientCredentials", false, true),
        "accessCode" => ("authorizationCode", true, true),
        _ => {
            diags.warn(
                join(ptr, &["flow"]),
                format!("unknown oauth2 `flow` `{flow}`; security definition dropped"),
            );
            return None;
        }
    };
    let mut f = Map::new();
    for (key, needed) in [
        ("authorizationUrl", needs_auth_url),
        ("tokenUrl", needs_token_url),
    ] {
        if !needed {
            continue;
        }
        let Some(url) = m.get(key).and_then(Value::as_str) else {
            diags.warn(
                ptr,
                format!("oauth2 flow `{flow}` needs a string `{key}`; security definition dropped"),
            );
            return None;
        };
        f.insert(key.into(), json!(url));
    }
    f.insert("scopes".into(), convert_scopes(m.get("scopes"), ptr, diags));
    let mut out = Map::new();
    out.insert("type".into(), json!("oauth2"));
    out.insert("flows".into(), json!({ name: f }));
    copy_description_and_extensions(m, &mut out);
    Some(Value::Object(out))
}

/// An oauth2 `scopes` map with string descriptions; missing becomes `{}`, other shapes are reported.
fn convert_scopes(v: Option<&Value>, ptr: &str, diags: &mut Diagnostics) -> Value {
    let sptr = join(ptr, &["scopes"]);
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return json!({});
    };
    let Some(m) = v.as_object() else {
        diags.warn(sptr, "`scopes` is not an object; no scopes");
        return json!({});
    };
    let mut out = Map::new();
    for (scope, desc) in m {
        let desc = match desc {
            Value::String(s) => s.clone(),
            _ => {
                diags.warn(
                    join(&sptr, &[scope]),
                    "scope description is not a string; left empty",
                );
                String::new()
            }
        };
        out.insert(scope.clone(), Value::String(desc));
    }
    Value::Object(out)
}
