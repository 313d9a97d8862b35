//! HTTP tests of the generated Zendesk client (`provider_clients::zendesk`) against a local
//! wiremock server: request encoding (method, path, query, basic auth, body), response decoding,
//! typed errors and cursor pagination.

use std::collections::BTreeMap;

use futures::TryStreamExt;
use provider_clients::runtime::{Error, RetryConfig, StatusCode};
use provider_clients::zendesk::types::{
    ApiKeyAuthentication, ApiKeyAuthenticationAddPosition, ApiKeyAuthenticationData,
    ApiKeyAuthenticationType, BasicAuthAuthentication, BasicAuthAuthenticationData,
    BasicAuthAuthenticationType, BearerTokenAuthentication, BearerTokenAuthenticationData,
    BearerTokenAuthenticationType, ErrorResponse, ErrorResponseError, ErrorResponseErrorsItem,
    ListWebhooksSort, WebhookAuthentication, WebhookCreateRequest, WebhookCreateRequestWebhook,
    WebhookHttpMethod, WebhookPatchRequest, WebhookPatchRequestWebhook,
    WebhookPatchRequestWebhookAuthentication, WebhookPatchRequestWebhookStatus,
    WebhookRequestFormat, WebhookStatus, WebhookTestRequest, WebhookTestRequestWebhook,
    WebhookTestRequestWebhookHttpMethod, WebhookTestRequestWebhookRequestFormat,
    WebhookUpdateRequest,
};
use provider_clients::zendesk::webhooks::{
    CreateOrCloneWebhookError, DeleteWebhookError, PatchWebhookError,
    ResetWebhookSigningSecretError, ShowWebhookError, ShowWebhookSigningSecretError,
    TestWebhookError, UpdateWebhookError,
};
use provider_clients::zendesk::Client;
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
mod common;
use common::{exact_query, NoBody};
use wiremock::{Mock, MockServer, ResponseTemplate};

const USERNAME: &str = "agent@example.com/token";
const PASSWORD: &str = "tok";
/// `Basic base64("agent@example.com/token:tok")`.
const AUTH: &str = "Basic YWdlbnRAZXhhbXBsZS5jb20vdG9rZW46dG9r";
const WEBHOOK_ID: &str = "01GZQ7X0T5B8A0H6KS3Y2YDFQH";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .api_token_auth(USERNAME, PASSWORD)
        .retry(RetryConfig::disabled())
        .build()
}

fn webhook_json(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "description": "Pushes ticket changes to the fulfilment service.",
        "endpoint": "https://hooks.acme-fulfilment.com/zendesk",
        "http_method": "POST",
        "request_format": "json",
        "status": "active",
        "subscriptions": ["conditional_ticket_events"],
        "authentication": {"type": "bearer_token", "data": {"token": "tok_5f2b9c81"}},
        "custom_headers": {"X-Source": "zendesk"},
        "created_at": "2024-03-18T09:41:07Z",
        "created_by": "37284019",
        "updated_at": "2024-04-02T15:12:55Z",
        "updated_by": "37284019"
    })
}

fn error_json(title: &str, message: &str) -> Value {
    json!({
        "error": {
            "title": title,
            "message": message,
            "code": "InvalidValue",
            "details": {"attribute": "endpoint"}
        },
        "errors": [{
            "field": "endpoint",
            "code": "InvalidValue",
            "message": "Endpoint is not a valid URL."
        }]
    })
}

fn new_webhook() -> WebhookCreateRequestWebhook {
    WebhookCreateRequestWebhook {
        id: None,
        name: "Escalation alerts".to_owned(),
        description: Some("Alerts the on-call team.".to_owned()),
        endpoint: "https://alerts.example.org/zendesk/escalations".to_owned(),
        http_method: WebhookHttpMethod::Post,
        request_format: WebhookRequestFormat::Json,
        status: WebhookStatus::Active,
        subscriptions: Some(vec!["conditional_ticket_events".to_owned()]),
        authentication: Some(WebhookAuthentication::ApiKeyAuthentication(
            ApiKeyAuthentication {
                type_: ApiKeyAuthenticationType::ApiKey,
                data: Some(ApiKeyAuthenticationData {
                    name: "X-Api-Key".to_owned(),
                    value: Some("ak_live_81d3".to_owned()),
                }),
                add_position: ApiKeyAuthenticationAddPosition::Header,
            },
        )),
        custom_headers: Some(BTreeMap::from([(
            "X-Team".to_owned(),
            "on-call".to_owned(),
        )])),
        signing_secret: None,
        external_source: None,
        created_at: None,
        created_by: None,
        updated_at: None,
        updated_by: None,
    }
}

fn new_webhook_json() -> Value {
    json!({
        "name": "Escalation alerts",
        "description": "Alerts the on-call team.",
        "endpoint": "https://alerts.example.org/zendesk/escalations",
        "http_method": "POST",
        "request_format": "json",
        "status": "active",
        "subscriptions": ["conditional_ticket_events"],
        "authentication": {
            "type": "api_key",
            "data": {"name": "X-Api-Key", "value": "ak_live_81d3"},
            "add_position": "header"
        },
        "custom_headers": {"X-Team": "on-call"}
    })
}

#[tokio::test]
async fn list_webhooks_sends_filters_and_decodes_the_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(query_param("page[after]", "aGVsbG8"))
        .and(query_param("page[size]", "2"))
        .and(query_param("filter[name_contains]", "sync"))
        .and(query_param("filter[status]", "active"))
        .and(query_param("sort", "name"))
        .and(exact_query(&[
            ("page[after]", "aGVsbG8"),
            ("page[size]", "2"),
            ("filter[name_contains]", "sync"),
            ("filter[status]", "active"),
            ("sort", "name"),
        ]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json(WEBHOOK_ID, "Order sync to fulfilment")],
            "meta": {
                "has_more": true,
                "after_cursor": "d29ybGQ",
                "before_cursor": "aGVsbG8",
                "count": 7
            },
            "links": {
                "prev": "https://example.zendesk.com/api/v2/webhooks?page[before]=aGVsbG8",
                "next": "https://example.zendesk.com/api/v2/webhooks?page[after]=d29ybGQ"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let page = client
        .webhooks()
        .list_webhooks()
        .page_after("aGVsbG8")
        .page_size(2)
        .filter_name_contains("sync")
        .filter_status(WebhookPatchRequestWebhookStatus::Active)
        .sort(ListWebhooksSort::Name)
        .send()
        .await
        .expect("list_webhooks");

    let webhooks = page.webhooks.expect("webhooks");
    assert_eq!(webhooks.len(), 1);
    let webhook = &webhooks[0];
    assert_eq!(webhook.id.as_deref(), Some(WEBHOOK_ID));
    assert_eq!(webhook.name, "Order sync to fulfilment");
    assert_eq!(webhook.http_method, WebhookHttpMethod::Post);
    assert_eq!(webhook.request_format, WebhookRequestFormat::Json);
    assert_eq!(webhook.status, WebhookStatus::Active);
    assert_eq!(webhook.created_by.as_deref(), Some("37284019"));
    let meta = page.meta.expect("meta");
    assert_eq!(meta.has_more, Some(true));
    assert_eq!(meta.after_cursor.as_deref(), Some("d29ybGQ"));
    assert_eq!(meta.before_cursor.as_deref(), Some("aGVsbG8"));
    assert_eq!(meta.count, Some(7));
    let links = page.links.expect("links");
    assert_eq!(
        links.next.as_deref(),
        Some("https://example.zendesk.com/api/v2/webhooks?page[after]=d29ybGQ")
    );
}

#[tokio::test]
async fn list_webhooks_sends_page_before_and_inactive_status_sorted_by_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(exact_query(&[
            ("page[before]", "cHJldg"),
            ("filter[status]", "inactive"),
            ("sort", "status"),
        ]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [],
            "meta": {"has_more": false}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let page = client
        .webhooks()
        .list_webhooks()
        .page_before("cHJldg")
        .filter_status(WebhookPatchRequestWebhookStatus::Inactive)
        .sort(ListWebhooksSort::Status)
        .send()
        .await
        .expect("list_webhooks");
    assert_eq!(page.webhooks, Some(vec![]));
    assert_eq!(page.meta.and_then(|m| m.has_more), Some(false));
    assert_eq!(page.links, None);
}

#[tokio::test]
async fn create_or_clone_webhook_creates_from_the_typed_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v2/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({"webhook": new_webhook_json()})))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "webhook": {
                "id": "01H0NEWWEBHOOK00000000000A",
                "name": "Escalation alerts",
                "description": "Alerts the on-call team.",
                "endpoint": "https://alerts.example.org/zendesk/escalations",
                "http_method": "POST",
                "request_format": "json",
                "status": "active",
                "subscriptions": ["conditional_ticket_events"],
                "custom_headers": {"X-Team": "on-call"},
                "signing_secret": {"algorithm": "sha256", "secret": "dGhpcyBpcyBhIHNlY3JldA"},
                "created_at": "2024-05-01T08:00:00Z",
                "created_by": "37284019"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .create_or_clone_webhook()
        .body(WebhookCreateRequest {
            webhook: new_webhook(),
        })
        .send()
        .await
        .expect("create_or_clone_webhook");

    let webhook = response.webhook.expect("webhook");
    assert_eq!(webhook.id.as_deref(), Some("01H0NEWWEBHOOK00000000000A"));
    assert_eq!(webhook.name, "Escalation alerts");
    assert_eq!(
        webhook.endpoint,
        "https://alerts.example.org/zendesk/escalations"
    );
    assert_eq!(webhook.authentication, None);
    assert_eq!(
        webhook
            .custom_headers
            .as_ref()
            .and_then(|h| h.get("X-Team"))
            .map(String::as_str),
        Some("on-call")
    );
    let secret = webhook.signing_secret.expect("signing_secret");
    assert_eq!(secret.algorithm.as_deref(), Some("sha256"));
    assert_eq!(secret.secret.as_deref(), Some("dGhpcyBpcyBhIHNlY3JldA"));
    assert_eq!(webhook.created_at.as_deref(), Some("2024-05-01T08:00:00Z"));
    assert_eq!(webhook.updated_at, None);
}

#[tokio::test]
async fn create_or_clone_webhook_clones_with_the_query_parameter_and_no_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v2/webhooks"))
        .and(query_param("clone_webhook_id", WEBHOOK_ID))
        .and(exact_query(&[("clone_webhook_id", WEBHOOK_ID)]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "webhook": webhook_json("01H0CLONEDWEBHOOK0000000B", "Order sync to fulfilment (copy)")
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .create_or_clone_webhook()
        .clone_webhook_id(WEBHOOK_ID)
        .send()
        .await
        .expect("create_or_clone_webhook");
    let webhook = response.webhook.expect("webhook");
    assert_eq!(webhook.id.as_deref(), Some("01H0CLONEDWEBHOOK0000000B"));
    assert_eq!(webhook.name, "Order sync to fulfilment (copy)");
}

#[tokio::test]
async fn test_webhook_posts_the_trial_settings_for_a_saved_webhook() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v2/webhooks/test"))
        .and(query_param("webhook_id", WEBHOOK_ID))
        .and(exact_query(&[("webhook_id", WEBHOOK_ID)]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "webhook": {
                "endpoint": "https://hooks.acme-fulfilment.com/zendesk",
                "http_method": "POST",
                "request_format": "json",
                "authentication": {
                    "type": "basic_auth",
                    "data": {"username": "zendesk-hook", "password": "s3cr3t-pass"}
                },
                "custom_headers": {"X-Trial": "1"}
            }
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "test": {
                "status": "success",
                "message": "The endpoint answered 200.",
                "response_code": 200,
                "response_body": "{\"ok\":true}"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .test_webhook(WebhookTestRequest {
            webhook: WebhookTestRequestWebhook {
                endpoint: "https://hooks.acme-fulfilment.com/zendesk".to_owned(),
                http_method: Some(WebhookTestRequestWebhookHttpMethod::Post),
                request_format: Some(WebhookTestRequestWebhookRequestFormat::Json),
                authentication: Some(
                    WebhookPatchRequestWebhookAuthentication::BasicAuthAuthentication(
                        BasicAuthAuthentication {
                            type_: BasicAuthAuthenticationType::BasicAuth,
                            data: Some(BasicAuthAuthenticationData {
                                username: "zendesk-hook".to_owned(),
                                password: Some("s3cr3t-pass".to_owned()),
                            }),
                        },
                    ),
                ),
                custom_headers: Some(BTreeMap::from([("X-Trial".to_owned(), "1".to_owned())])),
            },
        })
        .webhook_id(WEBHOOK_ID)
        .send()
        .await
        .expect("test_webhook");
    let test = response.test.expect("test");
    assert_eq!(test.status.as_deref(), Some("success"));
    assert_eq!(test.message.as_deref(), Some("The endpoint answered 200."));
    assert_eq!(test.response_code, Some(200));
    assert_eq!(test.response_body.as_deref(), Some("{\"ok\":true}"));
}

#[tokio::test]
async fn test_webhook_for_an_unsaved_webhook_sends_only_the_endpoint() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v2/webhooks/test"))
        .and(query_param_is_missing("webhook_id"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(body_json(json!({
            "webhook": {"endpoint": "https://hooks.example.net/unsaved"}
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "test": {"status": "failed", "message": "Connection refused"}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .test_webhook(WebhookTestRequest {
            webhook: WebhookTestRequestWebhook {
                endpoint: "https://hooks.example.net/unsaved".to_owned(),
                http_method: None,
                request_format: None,
                authentication: None,
                custom_headers: None,
            },
        })
        .send()
        .await
        .expect("test_webhook");
    let test = response.test.expect("test");
    assert_eq!(test.status.as_deref(), Some("failed"));
    assert_eq!(test.response_code, None);
}

#[tokio::test]
async fn show_webhook_decodes_the_webhook() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhook": {
                "id": WEBHOOK_ID,
                "name": "Order sync to fulfilment",
                "endpoint": "https://hooks.acme-fulfilment.com/zendesk",
                "http_method": "PUT",
                "request_format": "form_encoded",
                "status": "inactive",
                "authentication": {"type": "bearer_token", "data": {"token": "tok_5f2b9c81"}},
                "external_source": {"name": "Fulfilment App", "version": "1.4.2"},
                "created_at": "2024-03-18T09:41:07Z",
                "created_by": "-1",
                "updated_at": "2024-04-02T15:12:55Z",
                "updated_by": "37284019"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .show_webhook(WEBHOOK_ID)
        .send()
        .await
        .expect("show_webhook")
        .webhook
        .expect("webhook");
    assert_eq!(webhook.id.as_deref(), Some(WEBHOOK_ID));
    assert_eq!(webhook.http_method, WebhookHttpMethod::Put);
    assert_eq!(webhook.request_format, WebhookRequestFormat::FormEncoded);
    assert_eq!(webhook.status, WebhookStatus::Inactive);
    assert_eq!(webhook.subscriptions, None);
    assert_eq!(
        webhook.authentication,
        Some(WebhookAuthentication::BearerTokenAuthentication(
            BearerTokenAuthentication {
                type_: BearerTokenAuthenticationType::BearerToken,
                data: Some(BearerTokenAuthenticationData {
                    token: Some("tok_5f2b9c81".to_owned()),
                }),
            }
        ))
    );
    let source = webhook.external_source.expect("external_source");
    assert_eq!(source.name.as_deref(), Some("Fulfilment App"));
    assert_eq!(source.version.as_deref(), Some("1.4.2"));
    assert_eq!(webhook.created_by.as_deref(), Some("-1"));
    assert_eq!(webhook.updated_by.as_deref(), Some("37284019"));
}

#[tokio::test]
async fn show_webhook_decodes_basic_auth_authentication() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json({
            let mut webhook = webhook_json(WEBHOOK_ID, "Basic hook");
            webhook["authentication"] =
                json!({"type": "basic_auth", "data": {"username": "zendesk-hook"}});
            json!({ "webhook": webhook })
        }))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .show_webhook(WEBHOOK_ID)
        .send()
        .await
        .expect("show_webhook")
        .webhook
        .expect("webhook");
    assert_eq!(
        webhook.authentication,
        Some(WebhookAuthentication::BasicAuthAuthentication(
            BasicAuthAuthentication {
                type_: BasicAuthAuthenticationType::BasicAuth,
                data: Some(BasicAuthAuthenticationData {
                    username: "zendesk-hook".to_owned(),
                    password: None,
                }),
            }
        ))
    );
}

#[tokio::test]
async fn show_webhook_decodes_api_key_authentication() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json({
            let mut webhook = webhook_json(WEBHOOK_ID, "Api key hook");
            webhook["authentication"] = json!({
                "type": "api_key",
                "data": {"name": "X-Api-Key", "value": "ak_live_81d3"},
                "add_position": "query_string"
            });
            json!({ "webhook": webhook })
        }))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .show_webhook(WEBHOOK_ID)
        .send()
        .await
        .expect("show_webhook")
        .webhook
        .expect("webhook");
    assert_eq!(
        webhook.authentication,
        Some(WebhookAuthentication::ApiKeyAuthentication(
            ApiKeyAuthentication {
                type_: ApiKeyAuthenticationType::ApiKey,
                data: Some(ApiKeyAuthenticationData {
                    name: "X-Api-Key".to_owned(),
                    value: Some("ak_live_81d3".to_owned()),
                }),
                add_position: ApiKeyAuthenticationAddPosition::QueryString,
            }
        ))
    );
}

#[tokio::test]
async fn show_webhook_decodes_bearer_token_authentication_without_data() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json({
            let mut webhook = webhook_json(WEBHOOK_ID, "Bearer hook");
            webhook["authentication"] = json!({"type": "bearer_token"});
            json!({ "webhook": webhook })
        }))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .show_webhook(WEBHOOK_ID)
        .send()
        .await
        .expect("show_webhook")
        .webhook
        .expect("webhook");
    assert_eq!(
        webhook.authentication,
        Some(WebhookAuthentication::BearerTokenAuthentication(
            BearerTokenAuthentication {
                type_: BearerTokenAuthenticationType::BearerToken,
                data: None,
            }
        ))
    );
}

#[tokio::test]
async fn update_webhook_puts_the_whole_webhook_and_accepts_204() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({"webhook": new_webhook_json()})))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    // Read-only fields set by mistake are never sent.
    let mut webhook = new_webhook();
    webhook.id = Some(json!(WEBHOOK_ID));
    webhook.created_at = Some(json!("2024-03-18T09:41:07Z"));
    webhook.updated_by = Some(json!("37284019"));
    client
        .webhooks()
        .update_webhook(WEBHOOK_ID, WebhookUpdateRequest { webhook })
        .send()
        .await
        .expect("update_webhook");
}

#[tokio::test]
async fn patch_webhook_sends_only_the_changed_fields_and_accepts_204() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "webhook": {
                "status": "inactive",
                "authentication": {"type": "bearer_token", "data": {"token": "tok_new"}}
            }
        })))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    client
        .webhooks()
        .patch_webhook(
            WEBHOOK_ID,
            WebhookPatchRequest {
                webhook: Some(WebhookPatchRequestWebhook {
                    status: Some(WebhookPatchRequestWebhookStatus::Inactive),
                    authentication: Some(
                        WebhookPatchRequestWebhookAuthentication::BearerTokenAuthentication(
                            BearerTokenAuthentication {
                                type_: BearerTokenAuthenticationType::BearerToken,
                                data: Some(BearerTokenAuthenticationData {
                                    token: Some("tok_new".to_owned()),
                                }),
                            },
                        ),
                    ),
                    ..Default::default()
                }),
            },
        )
        .send()
        .await
        .expect("patch_webhook");
}

#[tokio::test]
async fn delete_webhook_accepts_204() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    client
        .webhooks()
        .delete_webhook(WEBHOOK_ID)
        .send()
        .await
        .expect("delete_webhook");
}

#[tokio::test]
async fn show_webhook_signing_secret_decodes_the_secret() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!(
            "/api/v2/webhooks/{WEBHOOK_ID}/signing_secret"
        )))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "signing_secret": {"algorithm": "sha256", "secret": "dGhpcyBpcyBhIHNlY3JldA"}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let secret = client
        .webhooks()
        .show_webhook_signing_secret(WEBHOOK_ID)
        .send()
        .await
        .expect("show_webhook_signing_secret")
        .signing_secret
        .expect("signing_secret");
    assert_eq!(secret.algorithm.as_deref(), Some("sha256"));
    assert_eq!(secret.secret.as_deref(), Some("dGhpcyBpcyBhIHNlY3JldA"));
}

#[tokio::test]
async fn reset_webhook_signing_secret_posts_without_body_and_decodes_201() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!(
            "/api/v2/webhooks/{WEBHOOK_ID}/signing_secret"
        )))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "signing_secret": {"algorithm": "sha256", "secret": "bmV3IHNlY3JldA"}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let secret = client
        .webhooks()
        .reset_webhook_signing_secret(WEBHOOK_ID)
        .send()
        .await
        .expect("reset_webhook_signing_secret")
        .signing_secret
        .expect("signing_secret");
    assert_eq!(secret.algorithm.as_deref(), Some("sha256"));
    assert_eq!(secret.secret.as_deref(), Some("bmV3IHNlY3JldA"));
}

#[tokio::test]
async fn path_parameters_are_percent_encoded_as_one_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks/a%2Fb%3Fc"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhook": webhook_json("a/b?c", "Odd id")
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .show_webhook("a/b?c")
        .send()
        .await
        .expect("show_webhook")
        .webhook
        .expect("webhook");
    assert_eq!(webhook.id.as_deref(), Some("a/b?c"));
}

#[tokio::test]
async fn documented_error_statuses_decode_into_typed_errors() {
    let server = MockServer::start().await;
    let missing = "01MISSING0000000000000000";
    for (verb, route, status) in [
        ("GET", format!("/api/v2/webhooks/{missing}"), 404),
        ("PUT", format!("/api/v2/webhooks/{missing}"), 404),
        ("PATCH", format!("/api/v2/webhooks/{missing}"), 400),
        ("DELETE", format!("/api/v2/webhooks/{missing}"), 404),
        (
            "GET",
            format!("/api/v2/webhooks/{missing}/signing_secret"),
            403,
        ),
        (
            "POST",
            format!("/api/v2/webhooks/{missing}/signing_secret"),
            404,
        ),
        ("POST", "/api/v2/webhooks".to_owned(), 403),
        ("POST", "/api/v2/webhooks/test".to_owned(), 400),
    ] {
        Mock::given(method(verb))
            .and(path(route))
            .and(header("authorization", AUTH))
            .respond_with(
                ResponseTemplate::new(status)
                    .set_body_json(error_json("Problem", &format!("status {status}"))),
            )
            .expect(1)
            .mount(&server)
            .await;
    }

    let client = client(&server);
    let expected = |status: u16| -> ErrorResponse {
        ErrorResponse {
            error: Some(ErrorResponseError {
                title: Some("Problem".to_owned()),
                message: Some(format!("status {status}")),
                code: Some("InvalidValue".to_owned()),
                details: Some(BTreeMap::from([(
                    "attribute".to_owned(),
                    json!("endpoint"),
                )])),
            }),
            errors: Some(vec![ErrorResponseErrorsItem {
                field: Some("endpoint".to_owned()),
                code: Some("InvalidValue".to_owned()),
                message: Some("Endpoint is not a valid URL.".to_owned()),
            }]),
        }
    };

    match client.webhooks().show_webhook(missing).send().await {
        Err(Error::Api {
            status,
            error: ShowWebhookError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(body, expected(404));
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }

    match client
        .webhooks()
        .update_webhook(
            missing,
            WebhookUpdateRequest {
                webhook: new_webhook(),
            },
        )
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: UpdateWebhookError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(body, expected(404));
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }

    match client
        .webhooks()
        .patch_webhook(missing, WebhookPatchRequest::default())
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: PatchWebhookError::BadRequest(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert_eq!(body, expected(400));
        }
        other => panic!("expected a typed 400, got {other:?}"),
    }

    match client.webhooks().delete_webhook(missing).send().await {
        Err(Error::Api {
            status,
            error: DeleteWebhookError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(body, expected(404));
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }

    match client
        .webhooks()
        .show_webhook_signing_secret(missing)
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: ShowWebhookSigningSecretError::Forbidden(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::FORBIDDEN);
            assert_eq!(body, expected(403));
        }
        other => panic!("expected a typed 403, got {other:?}"),
    }

    match client
        .webhooks()
        .reset_webhook_signing_secret(missing)
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: ResetWebhookSigningSecretError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(body, expected(404));
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }

    match client
        .webhooks()
        .create_or_clone_webhook()
        .body(WebhookCreateRequest {
            webhook: new_webhook(),
        })
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: CreateOrCloneWebhookError::Forbidden(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::FORBIDDEN);
            assert_eq!(body, expected(403));
        }
        other => panic!("expected a typed 403, got {other:?}"),
    }

    match client
        .webhooks()
        .test_webhook(WebhookTestRequest {
            webhook: WebhookTestRequestWebhook {
                endpoint: "not a url".to_owned(),
                http_method: None,
                request_format: None,
                authentication: None,
                custom_headers: None,
            },
        })
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: TestWebhookError::BadRequest(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert_eq!(body, expected(400));
        }
        other => panic!("expected a typed 400, got {other:?}"),
    }
}

#[tokio::test]
async fn undocumented_status_is_unexpected_status_with_the_raw_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(
            ResponseTemplate::new(418)
                .insert_header("x-teapot", "yes")
                .set_body_string("I'm a teapot"),
        )
        .expect(1)
        .mount(&server)
        .await;
    // list_webhooks documents no error status at all: a 401 stays raw.
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(header("authorization", AUTH))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"error": "Couldn't authenticate you"})),
        )
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    match client.webhooks().show_webhook(WEBHOOK_ID).send().await {
        Err(Error::UnexpectedStatus {
            status,
            headers,
            body,
        }) => {
            assert_eq!(status, StatusCode::IM_A_TEAPOT);
            assert_eq!(&body[..], b"I'm a teapot");
            assert_eq!(headers.get("x-teapot").unwrap(), "yes");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }

    match client.webhooks().list_webhooks().send().await {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            let body: Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(body, json!({"error": "Couldn't authenticate you"}));
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
}

/// Every operation of `/work/shared/seeds/zendesk-webhooks.md` exists with the documented
/// required arguments (built only, never sent).
#[test]
fn every_seeded_operation_exists() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_token_auth(USERNAME, PASSWORD)
        .build();
    let webhooks = client.webhooks();
    let _ = webhooks.list_webhooks().page_size(100);
    let _ = webhooks
        .create_or_clone_webhook()
        .body(WebhookCreateRequest {
            webhook: new_webhook(),
        })
        .clone_webhook_id(WEBHOOK_ID);
    let _ = webhooks
        .test_webhook(WebhookTestRequest {
            webhook: WebhookTestRequestWebhook {
                endpoint: "https://hooks.example.net".to_owned(),
                http_method: None,
                request_format: None,
                authentication: None,
                custom_headers: None,
            },
        })
        .webhook_id(WEBHOOK_ID);
    let _ = webhooks.show_webhook(WEBHOOK_ID);
    let _ = webhooks.update_webhook(
        WEBHOOK_ID,
        WebhookUpdateRequest {
            webhook: new_webhook(),
        },
    );
    let _ = webhooks.patch_webhook(WEBHOOK_ID, WebhookPatchRequest::default());
    let _ = webhooks.delete_webhook(WEBHOOK_ID);
    let _ = webhooks.show_webhook_signing_secret(WEBHOOK_ID);
    let _ = webhooks.reset_webhook_signing_secret(WEBHOOK_ID);
}

#[test]
fn default_base_url_uses_the_server_variables() {
    assert_eq!(
        Client::builder().build().base_url(),
        "https://example.zendesk.com"
    );
    assert_eq!(
        Client::builder()
            .subdomain("acme")
            .domain("zendesk")
            .build()
            .base_url(),
        "https://acme.zendesk.com"
    );
}

#[tokio::test]
async fn list_webhooks_items_follows_after_cursor_across_three_pages_until_has_more_is_false() {
    let server = MockServer::start().await;
    // Page 1: no cursor.
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(query_param_is_missing("page[after]"))
        .and(exact_query(&[
            ("page[size]", "2"),
            ("filter[status]", "active"),
        ]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W1", "Hook 1"), webhook_json("W2", "Hook 2")],
            "meta": {"has_more": true, "after_cursor": "cursor-2", "before_cursor": "cursor-0"},
            "links": {"next": "https://example.zendesk.com/api/v2/webhooks?page[after]=cursor-2"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(query_param("page[after]", "cursor-2"))
        .and(exact_query(&[
            ("page[after]", "cursor-2"),
            ("page[size]", "2"),
            ("filter[status]", "active"),
        ]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W3", "Hook 3"), webhook_json("W4", "Hook 4")],
            "meta": {"has_more": true, "after_cursor": "cursor-3", "before_cursor": "cursor-1"},
            "links": {"next": "https://example.zendesk.com/api/v2/webhooks?page[after]=cursor-3"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    // Page 3: `has_more` is false (Zendesk still sends an after_cursor): the walk ends here.
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(query_param("page[after]", "cursor-3"))
        .and(exact_query(&[
            ("page[after]", "cursor-3"),
            ("page[size]", "2"),
            ("filter[status]", "active"),
        ]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W5", "Hook 5")],
            "meta": {"has_more": false, "after_cursor": "cursor-4", "before_cursor": "cursor-2"},
            "links": {}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(query_param("page[after]", "cursor-4"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W6", "Hook 6")],
            "meta": {"has_more": false}
        })))
        .expect(0)
        .mount(&server)
        .await;

    let client = client(&server);
    let items: Vec<_> = client
        .webhooks()
        .list_webhooks()
        .page_size(2)
        .filter_status(WebhookPatchRequestWebhookStatus::Active)
        .items()
        .try_collect()
        .await
        .expect("items");
    let ids: Vec<&str> = items.iter().filter_map(|w| w.id.as_deref()).collect();
    assert_eq!(ids, vec!["W1", "W2", "W3", "W4", "W5"]);
    let names: Vec<&str> = items.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Hook 1", "Hook 2", "Hook 3", "Hook 4", "Hook 5"]
    );
}

#[tokio::test]
async fn list_webhooks_pages_stops_when_the_cursor_is_missing() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W1", "Hook 1")],
            "meta": {"has_more": true, "after_cursor": "cursor-2"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(exact_query(&[("page[after]", "cursor-2")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W2", "Hook 2")],
            "meta": {"has_more": true, "after_cursor": "cursor-3"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(exact_query(&[("page[after]", "cursor-3")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W3", "Hook 3")],
            "meta": {"has_more": true}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let pages: Vec<_> = client
        .webhooks()
        .list_webhooks()
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 3);
    let ids: Vec<&str> = pages
        .iter()
        .flat_map(|p| p.items.iter().filter_map(|w| w.id.as_deref()))
        .collect();
    assert_eq!(ids, vec!["W1", "W2", "W3"]);
}

#[tokio::test]
async fn list_webhooks_pages_never_combine_page_before_and_page_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(exact_query(&[("page[before]", "cursor-9")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W1", "Hook 1")],
            "meta": {"has_more": true, "after_cursor": "cursor-2", "before_cursor": "cursor-0"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/webhooks"))
        .and(query_param("page[after]", "cursor-2"))
        .and(query_param_is_missing("page[before]"))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhooks": [webhook_json("W2", "Hook 2")],
            "meta": {"has_more": false}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let items: Vec<_> = client
        .webhooks()
        .list_webhooks()
        .page_before("cursor-9")
        .items()
        .try_collect()
        .await
        .expect("items");
    let ids: Vec<&str> = items.iter().filter_map(|w| w.id.as_deref()).collect();
    assert_eq!(ids, vec!["W1", "W2"]);
}
