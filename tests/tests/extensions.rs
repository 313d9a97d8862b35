//! Vendor extensions read natively, through the golden crate (`tests/fixtures/types/`):
//! `x-speakeasy-retries` on the wire (wiremock), deprecation notes, vendor enum names and
//! descriptions, `x-ms-client-name` / `x-rust-name`, and `x-nullable` in a 3.0 document.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use golden_types::runtime::{Error, RetryConfig};
use golden_types::{client_names, retries, vendor_enums};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers with `statuses` in turn, then `status` with `body`.
struct Sequence {
    statuses: Vec<u16>,
    then: (u16, serde_json::Value),
    calls: AtomicUsize,
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        match self.statuses.get(n) {
            Some(status) => ResponseTemplate::new(*status),
            None => ResponseTemplate::new(self.then.0).set_body_json(&self.then.1),
        }
    }
}

fn sequence(statuses: &[u16], then: (u16, serde_json::Value)) -> Sequence {
    Sequence {
        statuses: statuses.to_vec(),
        then,
        calls: AtomicUsize::new(0),
    }
}

fn client(server: &MockServer) -> retries::Client {
    retries::Client::builder().base_url(server.uri()).build()
}

#[tokio::test]
async fn the_documents_policy_retries_a_503() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(sequence(&[503, 503], (200, json!([{"id": "a"}]))))
        .expect(3)
        .mount(&server)
        .await;
    let items = client(&server).items().list_items().send().await.unwrap();
    assert_eq!(items.len(), 1);
}

#[tokio::test]
async fn a_status_the_policy_does_not_list_is_not_retried() {
    // The runtime's own default retries 500; the document's policy lists only 503.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(sequence(&[500], (200, json!([]))))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .items()
        .list_items()
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::UnexpectedStatus { status, .. } if status.as_u16() == 500),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_post_with_its_own_policy_is_retried_on_a_status_class() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/items"))
        .respond_with(sequence(&[500, 502], (201, json!({"id": "b"}))))
        .expect(3)
        .mount(&server)
        .await;
    let body = retries::types::Item { id: "b".into() };
    let item = client(&server)
        .items()
        .create_item(body)
        .send()
        .await
        .unwrap();
    assert_eq!(item.id, "b");
}

#[tokio::test]
async fn strategy_none_turns_retries_off_for_an_operation() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/items/a"))
        .respond_with(sequence(&[503], (204, json!(null))))
        .expect(1)
        .mount(&server)
        .await;
    assert!(client(&server)
        .items()
        .delete_item("a")
        .send()
        .await
        .is_err());
}

#[tokio::test]
async fn the_clients_configured_retry_and_a_per_call_one_win_over_the_spec() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(sequence(&[503, 503, 503, 503], (200, json!([]))))
        .expect(1 + 2)
        .mount(&server)
        .await;
    // Configured on the client: no retries, so the 503 the spec would retry comes back.
    let no_retries = retries::Client::builder()
        .base_url(server.uri())
        .retry(RetryConfig::disabled())
        .build();
    assert!(no_retries.items().list_items().send().await.is_err());
    // Per call: two attempts, both 503.
    let fast = RetryConfig::default()
        .max_attempts(2)
        .intervals(Duration::from_millis(1), Duration::from_millis(2))
        .jitter(false);
    let err = client(&server)
        .items()
        .list_items()
        .retries(fast)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::UnexpectedStatus { status, .. } if status.as_u16() == 503));
}

/// The golden source of a fixture's module file.
fn golden(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn deprecation_notes_carry_the_message_and_name_the_replacement() {
    let tokens = golden("src/deprecations/tokens.rs");
    assert!(
        tokens.contains(
            "#[deprecated(\n        note = \"This endpoint has been deprecated. Use the global token instead. \
             Use `client.tokens().get_token()` instead.\"\n    )]"
        ),
        "{tokens}"
    );
    let settings = golden("src/deprecations/settings.rs");
    assert!(settings.contains("Use the operation `get-settings-v2` instead."));
    assert!(settings.contains("#[deprecated(note = \"Going away in 2027!\")]"));
    let docs = golden("docs/deprecations/tokens.md");
    assert!(docs.contains(
        "> :warning: **DEPRECATED**: This endpoint has been deprecated.\n> Use the global token instead.\n>\n> Use `client.tokens().get_token()` instead."
    ), "{docs}");
}

#[test]
#[allow(deprecated)]
fn deprecated_methods_still_exist() {
    let client = golden_types::deprecations::Client::new();
    let _ = client.tokens().get_old_token();
    let _ = client.settings().get_old_settings();
}

#[test]
fn vendor_enum_names_name_the_variants() {
    use vendor_enums::types::{Color, Level, Mood, Paint, PaintFinish, Shade, Size};
    let paint: Paint = serde_json::from_value(json!({
        "color": "#0f0", "level": 3, "size": "l", "mood": "2sad", "shade": "dk"
    }))
    .unwrap();
    assert_eq!(paint.color, Color::Green);
    assert_eq!(paint.level, Some(Level::High));
    assert_eq!(paint.size, Some(Size::Mid2));
    assert_eq!(paint.mood, Some(Mood::V2sad));
    assert_eq!(paint.shade, Some(Shade::Dark));
    assert_eq!(Size::Mid.as_str(), "m");
    assert_eq!(Mood::Joyful.as_str(), "happy");
    assert_eq!(PaintFinish::Matte.as_str(), "m");
    assert_eq!(PaintFinish::Gloss.to_string(), "g");
    // Still open: a value the spec does not list decodes.
    let other: Color = serde_json::from_value(json!("#fff")).unwrap();
    assert_eq!(other, Color::Unknown("#fff".into()));
    let back = serde_json::to_value(&paint).unwrap();
    assert_eq!(back["color"], "#0f0");
    let types = golden("src/vendor_enums/types.rs");
    for doc in [
        "/// The darker one.",
        "/// Very much.",
        "/// The largest.",
        "/// No shine.",
    ] {
        assert!(types.contains(doc), "missing variant doc {doc}");
    }
}

#[test]
fn client_names_rename_fields_and_arguments_not_the_wire() {
    let record: client_names::types::Record = serde_json::from_value(json!({
        "properties": "p", "etag": null, "displayName": "t", "parent": null
    }))
    .unwrap();
    assert_eq!(record.record_properties, "p");
    // `x-nullable: true` in a 3.0 document: a required nullable field takes `null`.
    assert_eq!(record.e_tag, None);
    // `x-rust-name` wins over `x-ms-client-name`.
    assert_eq!(record.title.as_deref(), Some("t"));
    // A nullable `$ref` with siblings: present as `null`.
    assert_eq!(record.parent_record, Some(None));
    let back = serde_json::to_value(&record).unwrap();
    assert_eq!(
        back,
        json!({"properties": "p", "etag": null, "displayName": "t", "parent": null})
    );
}

#[tokio::test]
async fn client_named_parameters_keep_their_wire_names() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/records/r1"))
        .and(wiremock::matchers::query_param("$filter", "x"))
        .and(wiremock::matchers::query_param("api-version", "2024"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"properties": "p", "etag": "e"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client_names::Client::builder()
        .base_url(server.uri())
        .build();
    let record = client
        .records()
        .get_record("r1")
        .filter("x")
        .api_version_string("2024")
        .send()
        .await
        .unwrap();
    assert_eq!(record.e_tag.as_deref(), Some("e"));
}

#[tokio::test]
async fn a_swagger_2_document_reads_azure_names_enums_and_x_nullable() {
    use golden_types::azure_v2::types::{Vault, VaultTier};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/vaults/v1"))
        .and(wiremock::matchers::query_param("tier", "prem"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "/vaults/v1", "location": null, "owner": null})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = golden_types::azure_v2::Client::builder()
        .base_url(server.uri())
        .build();
    let vault: Vault = client
        .vaults()
        .vaults_get("v1")
        .tier(VaultTier::Premium)
        .send()
        .await
        .unwrap();
    assert_eq!(vault.resource_id, "/vaults/v1");
    assert_eq!(vault.location, None);
    assert_eq!(vault.owner, Some(None));
    assert_eq!(VaultTier::Standard.as_str(), "std");
    assert!(golden("src/azure_v2/types.rs").contains("/// The costly one."));
}

#[test]
fn a_declared_retry_policy_is_documented() {
    let items = golden("src/retries/items.rs");
    assert!(items.contains(
        "/// **Retries**: the API declares a retry policy: retried on 429, 5XX, connection errors;"
    ));
    assert!(items.contains("/// **Retries**: the API declares that this operation is not retried."));
    let docs = golden("docs/retries/items.md");
    assert!(docs.contains("\n**Retries**: the API declares a retry policy: retried on 503;"));
}

/// A deprecated operation still works on the wire: the request it sends and the body it decodes.
#[tokio::test]
#[allow(deprecated)]
async fn a_deprecated_operation_still_sends_and_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tokens/old"))
        .respond_with(ResponseTemplate::new(200).set_body_string("tok_1"))
        .expect(1)
        .mount(&server)
        .await;
    let client = golden_types::deprecations::Client::builder()
        .base_url(server.uri())
        .build();
    let token = client.tokens().get_old_token().send().await.expect("token");
    assert_eq!(token, "tok_1");
}

/// Vendor-named enum members go out as their wire values and come back as named variants.
#[tokio::test]
async fn vendor_named_enums_on_the_wire() {
    use vendor_enums::types::{Color, PaintFinish, Shade};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/paints"))
        .and(wiremock::matchers::query_param("finish", "m"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{"color": "#0f0", "shade": "dk"}, {"color": "#fff"}])),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = vendor_enums::Client::builder()
        .base_url(server.uri())
        .build();
    let paints = client
        .paints()
        .list_paints()
        .finish(PaintFinish::Matte)
        .send()
        .await
        .expect("paints");
    assert_eq!(paints[0].color, Color::Green);
    assert_eq!(paints[0].shade, Some(Shade::Dark));
    assert_eq!(paints[1].color, Color::Unknown("#fff".into()));
}
