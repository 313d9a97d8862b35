//! Turning wire names into Rust identifiers, and keeping them unique.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves (strict and reserved keywords), plus names that cannot be raw identifiers.
fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

/// Methods of the traits generated types implement or every type has in scope (`Default`,
/// `Clone`, `Debug`, `PartialEq`, `Hash`, `From`/`Into`, `ToOwned`, `Borrow`, `Any`, ...): an
/// inherent method with one of these names would shadow the trait's, so none is generated.
const TRAIT_METHODS: [&str; 24] = [
    "default",
    "clone",
    "clone_from",
    "fmt",
    "eq",
    "ne",
    "hash",
    "into",
    "from",
    "try_into",
    "try_from",
    "to_owned",
    "clone_into",
    "to_string",
    "borrow",
    "borrow_mut",
    "type_id",
    "as_ref",
    "as_mut",
    "cmp",
    "partial_cmp",
    "max",
    "min",
    "clamp",
];

/// `name`, or `name` + `suffix` when it is the name of a trait method (see `TRAIT_METHODS`):
/// `default` → `default_api` for a group accessor, `clone` → `clone_` for a method.
pub fn not_trait_method(name: String, suffix: &str) -> String {
    if TRAIT_METHODS.contains(&name.as_str()) {
        format!("{name}{suffix}")
    } else {
        name
    }
}

/// Types and traits of the prelude that a generated module uses or derives unqualified: a
/// builder or accessor type with one of these names would shadow them.
const PRELUDE_TYPES: [&str; 22] = [
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "From",
    "Into",
    "Send",
    "Sync",
    "Sized",
    "Option",
    "Result",
    "Vec",
    "String",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Iterator",
];

/// `name`, or `name` + `suffix` when the prelude has that name (see `PRELUDE_TYPES`):
/// the builder of an operation `clone` is `CloneRequest`, not `Clone`.
pub fn not_prelude_type(name: String, suffix: &str) -> String {
    if PRELUDE_TYPES.contains(&name.as_str()) {
        format!("{name}{suffix}")
    } else {
        name
    }
}

/// Whether `raw` is lowercase ASCII words joined by single `_` (`full_name`), and no keyword:
/// the common case, already snake case, and what the case conversions below would make of it.
fn lower_words(raw: &str) -> bool {
    !raw.is_empty()
        && raw
            .split('_')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        && !is_keyword(raw)
}

/// The words of `raw` when it has no uppercase letter and no character beyond ASCII
/// (`checks/list-for-ref`): its runs of letters and digits, which is where the case conversions
/// below split it and what they keep of each.
fn words_of_lowercase(raw: &str) -> Option<impl Iterator<Item = &str>> {
    (raw.is_ascii() && !raw.bytes().any(|b| b.is_ascii_uppercase())).then(|| {
        raw.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
    })
}

/// Whether `raw` is already `UpperCamelCase` as the conversion below makes it: ASCII letters and
/// digits, an uppercase letter first, and every other uppercase letter right after a lowercase
/// one (`IssueSuggestionState`; not `PRTitle`, whose `PR` becomes `Pr`).
fn camel_words(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes
            .windows(2)
            .all(|w| !w[1].is_ascii_uppercase() || w[0].is_ascii_lowercase())
}

/// Keeps only characters valid in identifiers, splitting words on anything else.
fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_owned()
}

/// A module name that is also a file name: `snake`, cut to 64 characters.
pub fn module(raw: &str) -> String {
    let mut name = snake(raw);
    name.truncate(64);
    name
}

/// `snake_case`, valid as an identifier: keywords get a trailing `_`, a leading digit gets `_`.
pub fn snake(raw: &str) -> String {
    if lower_words(raw) {
        return raw.to_owned();
    }
    let mut name = match words_of_lowercase(raw) {
        Some(words) => words.collect::<Vec<_>>().join("_"),
        None => clean(raw).to_snake_case(),
    };
    if name.is_empty() {
        name = "value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("_{name}");
    }
    if is_keyword(&name) {
        name.push('_');
    }
    name
}

/// `UpperCamelCase`, valid as an identifier.
pub fn pascal(raw: &str) -> String {
    let mut name = if camel_words(raw) {
        raw.to_owned()
    } else if let Some(words) = words_of_lowercase(raw) {
        let mut name = String::with_capacity(raw.len());
        for word in words {
            name.push(word.as_bytes()[0].to_ascii_uppercase() as char);
            name.push_str(&word[1..]);
        }
        name
    } else {
        clean(raw).to_upper_camel_case()
    };
    if name.is_empty() {
        name = "Value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("V{name}");
    }
    if is_keyword(&name) {
        name.push('_');
    }
    name
}

/// A set of taken names that hands out unique ones by adding a number.
#[derive(Debug, Default, Clone)]
pub struct Names {
    taken: BTreeSet<String>,
}

impl Names {
    /// A set with `reserved` already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Whether `name` is taken.
    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Frees `name` (a type renamed), so another can take it.
    pub fn release(&mut self, name: &str) {
        self.taken.remove(name);
    }

    /// `wanted` if free, else `wanted2`, `wanted3`, ... (with `_` between for snake case names).
    pub fn unique(&mut self, wanted: &str) -> String {
        if self.taken.insert(wanted.to_owned()) {
            return wanted.to_owned();
        }
        let sep = if wanted.contains('_')
            || wanted
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
        {
            "_"
        } else {
            ""
        };
        let base = wanted.trim_end_matches('_');
        (2..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_default()
    }
}

/// The name of the error enum variant for a status code.
pub fn status_variant(code: u16) -> String {
    let name = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritative",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        304 => "NotModified",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert_eq!(
            snake("webhooks:list_webhook_endpoints"),
            "webhooks_list_webhook_endpoints"
        );
        assert_eq!(snake("page[after]"), "page_after");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("2fa-code"), "_2fa_code");
        assert_eq!(snake("createOrCloneWebhook"), "create_or_clone_webhook");
        assert_eq!(
            pascal("ListResource_WebhookEndpoint_"),
            "ListResourceWebhookEndpoint"
        );
        assert_eq!(pascal("subscription.created"), "SubscriptionCreated");
        assert_eq!(pascal("2xx"), "V2xx");
        assert_eq!(pascal("self"), "Self_");
        assert_eq!(pascal(""), "Value");
    }

    #[test]
    fn snake_words_take_the_short_way_to_the_same_names() {
        for raw in ["full_name", "a", "a_b", "html_url", "node_id", "x_y_z"] {
            assert!(lower_words(raw), "{raw}");
            assert_eq!(snake(raw), clean(raw).to_snake_case(), "{raw}");
            assert_eq!(pascal(raw), clean(raw).to_upper_camel_case(), "{raw}");
        }
        for raw in ["type", "self", "_a", "a_", "a__b", "A_b", "a1", "", "ab-c"] {
            assert!(!lower_words(raw), "{raw}");
        }
    }

    /// Every string of up to six characters from letters of both cases, a digit and separators:
    /// the short ways give what heck gives.
    #[test]
    fn short_ways_agree_with_heck() {
        const ALPHABET: &[u8] = b"abAB1_-/";
        let mut raw = Vec::new();
        let mut checked = 0;
        for len in 0..=6u32 {
            for mut n in 0..ALPHABET.len().pow(len) {
                raw.clear();
                for _ in 0..len {
                    raw.push(ALPHABET[n % ALPHABET.len()]);
                    n /= ALPHABET.len();
                }
                let raw = std::str::from_utf8(&raw).unwrap();
                if camel_words(raw) {
                    assert_eq!(raw, clean(raw).to_upper_camel_case(), "{raw}");
                    checked += 1;
                }
                if let Some(words) = words_of_lowercase(raw) {
                    let words: Vec<&str> = words.collect();
                    assert_eq!(words.join("_"), clean(raw).to_snake_case(), "{raw}");
                    let camel: String = words
                        .iter()
                        .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
                        .collect();
                    assert_eq!(camel, clean(raw).to_upper_camel_case(), "{raw}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
        for raw in ["IssueSuggestionState", "Status404", "V2xx"] {
            assert!(camel_words(raw), "{raw}");
        }
        for raw in ["PRTitle", "A1B", "AB", "aB", "Ab-c", "Ab_c", "Äb", ""] {
            assert!(!camel_words(raw), "{raw}");
        }
        assert!(words_of_lowercase("caf\u{e9}-x").is_none());
    }

    #[test]
    fn trait_methods_are_never_names() {
        assert_eq!(not_trait_method("default".into(), "_api"), "default_api");
        assert_eq!(not_trait_method("clone".into(), "_"), "clone_");
        assert_eq!(not_trait_method("customers".into(), "_api"), "customers");
        assert_eq!(not_prelude_type("Clone".into(), "Request"), "CloneRequest");
        assert_eq!(not_prelude_type("Customers".into(), "Api"), "Customers");
    }

    #[test]
    fn unique_names() {
        let mut names = Names::with_reserved(&["body"]);
        assert_eq!(names.unique("body"), "body_2");
        assert_eq!(names.unique("Foo"), "Foo");
        assert_eq!(names.unique("Foo"), "Foo2");
    }
}
