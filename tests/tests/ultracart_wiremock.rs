//! HTTP tests of the generated UltraCart (REST API v2, Swagger 2.0) client against a local
//! wiremock server.
//!
//! Every mock matches the exact method, path, full query string, the `x-ultracart-simple-key`
//! API-key header (the `ultraCartSimpleApiKey` scheme; no `Authorization` header may be sent when
//! only that key is configured), the content type and, for bodies, the exact JSON; `.expect(1)`
//! makes an unmatched or repeated request fail the test.

use futures::TryStreamExt;
use provider_clients::runtime::{Error, StatusCode};
use provider_clients::ultracart::types::{
    Webhook, WebhookApiVersion, WebhookAuthenticationType, WebhookEventCategory,
    WebhookEventSubscription, WebhookLogSummary,
};
use provider_clients::ultracart::webhook::{
    WebhookWebhooksGetError, WebhookWebhooksPostError, WebhookWebhooksWebhookOidDeleteError,
    WebhookWebhooksWebhookOidLogsRequestIdGetError,
};
use provider_clients::ultracart::Client;
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

mod common;
use common::{exact_query, NoBody};

const KEY: &str = "508052342b482a015d85c69048030a0005a9da7cea5afe015d85c69048030a00";
const JSON_UTF8: &str = "application/json; charset=UTF-8";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .ultra_cart_simple_api_key(KEY)
        .build()
}

/// Only the simple key is configured: no OAuth bearer token may be sent.
fn no_authorization(request: &Request) -> bool {
    !request.headers.contains_key("authorization")
}

/// The spec's `Webhook` example, as the server sends it.
fn webhook_json(oid: i64, url: &str) -> serde_json::Value {
    json!({
        "api_version": "2017-03-01",
        "authentication_type": "basic",
        "basic_username": "hook-receiver",
        "basic_password": "s3cr3t-Pa55",
        "compress_events": false,
        "consecutive_failures": 0,
        "disabled": false,
        "event_categories": [{
            "event_category": "order",
            "any_subscribed": true,
            "subscribed": false,
            "available_expansions": ["item", "shipping"],
            "events": [{
                "event_name": "order_create",
                "event_description": "Fires when an order is placed.",
                "subscribed": true,
                "supports_reflow": true,
                "deprecated_flag": false,
                "discontinued_flag": false,
                "expansion": "item,shipping",
                "webhook_event_oid": 1201
            }]
        }],
        "maximum_events": 50,
        "maximum_size": 5242880,
        "merchant_id": "DEMO",
        "pending": 0,
        "webhook_oid": oid,
        "webhook_url": url
    })
}

/// A typed `Webhook` as a caller would build it to create or change one.
fn typed_webhook(url: &str) -> Webhook {
    Webhook {
        api_version: Some(WebhookApiVersion::V20170301),
        authentication_type: Some(WebhookAuthenticationType::Basic),
        basic_username: Some("hook-receiver".into()),
        basic_password: Some("s3cr3t-Pa55".into()),
        compress_events: Some(false),
        disabled: Some(false),
        event_categories: Some(vec![WebhookEventCategory {
            event_category: Some("order".into()),
            any_subscribed: Some(true),
            subscribed: Some(false),
            available_expansions: Some(vec!["item".into(), "shipping".into()]),
            events: Some(vec![WebhookEventSubscription {
                event_name: Some("order_create".into()),
                subscribed: Some(true),
                expansion: Some("item,shipping".into()),
                event_ruler: Some("{\"total\": [{\"numeric\": [\">\", 100]}]}".into()),
                ..Default::default()
            }]),
        }]),
        maximum_events: Some(50),
        maximum_size: Some(5242880),
        merchant_id: Some("DEMO".into()),
        webhook_url: Some(url.into()),
        ..Default::default()
    }
}

/// The JSON `typed_webhook` must be sent as (unset fields omitted).
fn typed_webhook_json(url: &str) -> serde_json::Value {
    json!({
        "api_version": "2017-03-01",
        "authentication_type": "basic",
        "basic_username": "hook-receiver",
        "basic_password": "s3cr3t-Pa55",
        "compress_events": false,
        "disabled": false,
        "event_categories": [{
            "event_category": "order",
            "any_subscribed": true,
            "subscribed": false,
            "available_expansions": ["item", "shipping"],
            "events": [{
                "event_name": "order_create",
                "subscribed": true,
                "expansion": "item,shipping",
                "event_ruler": "{\"total\": [{\"numeric\": [\">\", 100]}]}"
            }]
        }],
        "maximum_events": 50,
        "maximum_size": 5242880,
        "merchant_id": "DEMO",
        "webhook_url": url
    })
}

fn error_json(code: &str, developer_message: &str) -> serde_json::Value {
    json!({
        "success": false,
        "error": {
            "error_code": code,
            "developer_message": developer_message,
            "user_message": "You are not allowed to do that.",
            "more_info": "https://www.ultracart.com/api/",
            "object_id": "48213"
        },
        "metadata": { "payload_name": "ErrorResponse" }
    })
}

fn assert_example_webhook(webhook: &Webhook, oid: i32, url: &str) {
    assert_eq!(webhook.webhook_oid, Some(oid));
    assert_eq!(webhook.webhook_url.as_deref(), Some(url));
    assert_eq!(webhook.api_version, Some(WebhookApiVersion::V20170301));
    assert_eq!(
        webhook.authentication_type,
        Some(WebhookAuthenticationType::Basic)
    );
    assert_eq!(webhook.basic_username.as_deref(), Some("hook-receiver"));
    assert_eq!(webhook.basic_password.as_deref(), Some("s3cr3t-Pa55"));
    assert_eq!(webhook.compress_events, Some(false));
    assert_eq!(webhook.consecutive_failures, Some(0));
    assert_eq!(webhook.disabled, Some(false));
    assert_eq!(webhook.maximum_events, Some(50));
    assert_eq!(webhook.maximum_size, Some(5242880));
    assert_eq!(webhook.merchant_id.as_deref(), Some("DEMO"));
    assert_eq!(webhook.pending, Some(0));
    assert_eq!(webhook.next_retry_after, None);
    let categories = webhook.event_categories.as_ref().expect("event categories");
    assert_eq!(categories.len(), 1);
    assert_eq!(categories[0].event_category.as_deref(), Some("order"));
    assert_eq!(categories[0].any_subscribed, Some(true));
    assert_eq!(categories[0].subscribed, Some(false));
    assert_eq!(
        categories[0].available_expansions,
        Some(vec!["item".to_owned(), "shipping".to_owned()])
    );
    assert_eq!(
        categories[0].events.as_deref(),
        Some(
            &[WebhookEventSubscription {
                comments: None,
                deprecated_flag: Some(false),
                discontinued_flag: Some(false),
                event_description: Some("Fires when an order is placed.".into()),
                event_name: Some("order_create".into()),
                event_ruler: None,
                expansion: Some("item,shipping".into()),
                subscribed: Some(true),
                supports_reflow: Some(true),
                webhook_event_oid: Some(1201),
            }][..]
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Every operation: request encoding and typed response decoding.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn list_webhooks_sends_query_and_simple_key_and_decodes_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks"))
        .and(query_param("_limit", "10"))
        .and(query_param("_offset", "20"))
        .and(query_param("_sort", "-webhook_url"))
        .and(query_param("_placeholders", "true"))
        .and(exact_query(&[
            ("_limit", "10"),
            ("_offset", "20"),
            ("_sort", "-webhook_url"),
            ("_placeholders", "true"),
        ]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhooks": [
                webhook_json(48213, "https://hooks.example.com/ultracart"),
                {
                    "webhook_oid": 48214,
                    "webhook_url": "https://sqs.us-east-1.amazonaws.com/123456789012/orders",
                    "authentication_type": "aws iam",
                    "iam_access_key": "AKIAIOSFODNN7EXAMPLE",
                    "iam_secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "api_user_oid": 7781,
                    "application_profile": {
                        "application_name": "Order sync",
                        "application_description": "Pushes orders to the warehouse.",
                        "developer_name": "Example Integrations",
                        "developer_website": "https://integrations.example.com",
                        "api_application_logo_url": "https://integrations.example.com/logo.png"
                    },
                    "disabled": true,
                    "consecutive_failures": 12,
                    "next_retry_after": "2024-05-14T10:15:00-04:00",
                    "pending": 340
                }
            ],
            "metadata": {
                "payload_name": "webhooks",
                "result_set": {
                    "count": 2,
                    "limit": 10,
                    "offset": 20,
                    "more": false,
                    "next_offset": 22,
                    "total_records": 22
                }
            },
            "warning": {
                "warning_message": "The _sort field webhook_url is deprecated.",
                "more_info": "https://www.ultracart.com/api/"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_get()
        .limit(10)
        .offset(20)
        .sort("-webhook_url")
        .placeholders(true)
        .send()
        .await
        .expect("webhook_webhooks_get should succeed");

    assert_eq!(response.success, Some(true));
    assert_eq!(response.error, None);
    let warning = response.warning.expect("warning present");
    assert_eq!(
        warning.warning_message.as_deref(),
        Some("The _sort field webhook_url is deprecated.")
    );
    let metadata = response.metadata.expect("metadata present");
    assert_eq!(metadata.payload_name.as_deref(), Some("webhooks"));
    let result_set = metadata.result_set.expect("result_set present");
    assert_eq!(result_set.count, Some(2));
    assert_eq!(result_set.limit, Some(10));
    assert_eq!(result_set.offset, Some(20));
    assert_eq!(result_set.more, Some(false));
    assert_eq!(result_set.next_offset, Some(22));
    assert_eq!(result_set.total_records, Some(22));

    let webhooks = response.webhooks.expect("webhooks present");
    assert_eq!(webhooks.len(), 2);
    assert_example_webhook(&webhooks[0], 48213, "https://hooks.example.com/ultracart");
    let sqs = &webhooks[1];
    assert_eq!(sqs.webhook_oid, Some(48214));
    assert_eq!(
        sqs.authentication_type,
        Some(WebhookAuthenticationType::AwsIam)
    );
    assert_eq!(sqs.iam_access_key.as_deref(), Some("AKIAIOSFODNN7EXAMPLE"));
    assert_eq!(
        sqs.iam_secret_key.as_deref(),
        Some("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    );
    assert_eq!(sqs.api_user_oid, Some(7781));
    let profile = sqs
        .application_profile
        .as_ref()
        .expect("application profile");
    assert_eq!(profile.application_name.as_deref(), Some("Order sync"));
    assert_eq!(
        profile.developer_website.as_deref(),
        Some("https://integrations.example.com")
    );
    assert_eq!(sqs.disabled, Some(true));
    assert_eq!(sqs.consecutive_failures, Some(12));
    assert_eq!(
        sqs.next_retry_after.as_deref(),
        Some("2024-05-14T10:15:00-04:00")
    );
    assert_eq!(sqs.pending, Some(340));
    assert_eq!(sqs.api_version, None);
    assert_eq!(sqs.event_categories, None);
}

#[tokio::test]
async fn list_webhooks_decodes_authentication_types_not_in_the_spec() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks"))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhooks": [
                { "webhook_oid": 1, "authentication_type": "none", "api_version": "2017-03-01" },
                { "webhook_oid": 2, "authentication_type": "api user" },
                { "webhook_oid": 3, "authentication_type": "oauth2", "api_version": "2025-01-01" }
            ],
            "metadata": { "payload_name": "webhooks" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_get()
        .send()
        .await
        .expect("webhook_webhooks_get should succeed");
    let webhooks = response.webhooks.expect("webhooks present");
    let kinds: Vec<_> = webhooks
        .iter()
        .map(|w| w.authentication_type.clone())
        .collect();
    assert_eq!(
        kinds,
        [
            Some(WebhookAuthenticationType::None),
            Some(WebhookAuthenticationType::ApiUser),
            Some(WebhookAuthenticationType::Unknown("oauth2".into())),
        ]
    );
    assert_eq!(
        webhooks[2].api_version,
        Some(WebhookApiVersion::Unknown("2025-01-01".into()))
    );
}

#[tokio::test]
async fn client_base_url_with_the_spec_base_path_is_prefixed_to_operation_paths() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/rest/v2/webhook/webhooks/48213"))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = Client::builder()
        .base_url(format!("{}/rest/v2/", server.uri()))
        .ultra_cart_simple_api_key(KEY)
        .build();
    client
        .webhook()
        .webhook_webhooks_webhook_oid_delete(48213)
        .send()
        .await
        .expect("delete through /rest/v2 should succeed");
}

#[tokio::test]
async fn insert_webhook_posts_json_body_with_charset_and_decodes_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/webhook/webhooks"))
        .and(query_param("_placeholders", "false"))
        .and(exact_query(&[("_placeholders", "false")]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(header("content-type", JSON_UTF8))
        .and(body_json(typed_webhook_json(
            "https://hooks.example.com/ultracart",
        )))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhook": webhook_json(48213, "https://hooks.example.com/ultracart"),
            "metadata": { "payload_name": "webhook" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_post(typed_webhook("https://hooks.example.com/ultracart"))
        .placeholders(false)
        .send()
        .await
        .expect("webhook_webhooks_post should succeed");

    assert_eq!(response.success, Some(true));
    assert_eq!(
        response
            .metadata
            .as_ref()
            .and_then(|m| m.payload_name.as_deref()),
        Some("webhook")
    );
    let webhook = response.webhook.expect("webhook present");
    assert_example_webhook(&webhook, 48213, "https://hooks.example.com/ultracart");
}

#[tokio::test]
async fn insert_minimal_webhook_sends_only_the_set_fields() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/webhook/webhooks"))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(header("content-type", JSON_UTF8))
        .and(body_json(json!({
            "webhook_url": "https://hooks.example.com/minimal",
            "authentication_type": "none"
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhook": {
                "webhook_oid": 48290,
                "webhook_url": "https://hooks.example.com/minimal",
                "authentication_type": "none",
                "api_version": "2017-03-01",
                "merchant_id": "DEMO"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_post(Webhook {
            webhook_url: Some("https://hooks.example.com/minimal".into()),
            authentication_type: Some(WebhookAuthenticationType::None),
            ..Default::default()
        })
        .send()
        .await
        .expect("webhook_webhooks_post should succeed");
    let webhook = response.webhook.expect("webhook present");
    assert_eq!(webhook.webhook_oid, Some(48290));
    assert_eq!(
        webhook.authentication_type,
        Some(WebhookAuthenticationType::None)
    );
}

#[tokio::test]
async fn update_webhook_puts_json_body_to_the_webhook_path() {
    let server = MockServer::start().await;
    let mut sent = typed_webhook_json("https://hooks.example.com/ultracart-v2");
    sent["webhook_oid"] = json!(48213);
    sent["disabled"] = json!(true);
    Mock::given(method("PUT"))
        .and(path("/webhook/webhooks/48213"))
        .and(query_param("_placeholders", "true"))
        .and(exact_query(&[("_placeholders", "true")]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(header("content-type", JSON_UTF8))
        .and(body_json(sent))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhook": webhook_json(48213, "https://hooks.example.com/ultracart-v2"),
            "metadata": { "payload_name": "webhook" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let mut webhook = typed_webhook("https://hooks.example.com/ultracart-v2");
    webhook.webhook_oid = Some(48213);
    webhook.disabled = Some(true);
    let response = client(&server)
        .webhook()
        .webhook_webhooks_webhook_oid_put(48213, webhook)
        .placeholders(true)
        .send()
        .await
        .expect("webhook_webhooks_webhook_oid_put should succeed");

    assert_eq!(response.success, Some(true));
    let webhook = response.webhook.expect("webhook present");
    assert_example_webhook(&webhook, 48213, "https://hooks.example.com/ultracart-v2");
}

#[tokio::test]
async fn delete_webhook_sends_delete_and_accepts_204() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/webhook/webhooks/48213"))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(NoBody)
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let () = client(&server)
        .webhook()
        .webhook_webhooks_webhook_oid_delete(48213)
        .send()
        .await
        .expect("webhook_webhooks_webhook_oid_delete should succeed");
}

#[tokio::test]
async fn list_log_summaries_sends_query_and_decodes_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks/48213/logs"))
        .and(query_param("_limit", "5"))
        .and(query_param("_offset", "0"))
        .and(query_param("_since", "2024-05-01T00:00:00-04:00"))
        .and(exact_query(&[
            ("_limit", "5"),
            ("_offset", "0"),
            ("_since", "2024-05-01T00:00:00-04:00"),
        ]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhook_log_summaries": [
                {
                    "request_id": "0A1B2C3D4E5F6071-8293A4B5C6D7E8F9",
                    "delivery_dts": "2024-05-14T09:31:07-04:00",
                    "success": true
                },
                {
                    "request_id": "0A1B2C3D4E5F6072-8293A4B5C6D7E8FA",
                    "delivery_dts": "2024-05-14T09:36:12-04:00",
                    "success": false
                }
            ],
            "metadata": {
                "payload_name": "webhook_log_summaries",
                "result_set": { "count": 2, "limit": 5, "offset": 0, "more": false, "next_offset": 2 }
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_webhook_oid_logs_get(48213)
        .limit(5)
        .offset(0)
        .since("2024-05-01T00:00:00-04:00")
        .send()
        .await
        .expect("webhook_webhooks_webhook_oid_logs_get should succeed");

    assert_eq!(response.success, Some(true));
    assert_eq!(
        response.webhook_log_summaries,
        Some(vec![
            WebhookLogSummary {
                request_id: Some("0A1B2C3D4E5F6071-8293A4B5C6D7E8F9".into()),
                delivery_dts: Some("2024-05-14T09:31:07-04:00".into()),
                success: Some(true),
            },
            WebhookLogSummary {
                request_id: Some("0A1B2C3D4E5F6072-8293A4B5C6D7E8FA".into()),
                delivery_dts: Some("2024-05-14T09:36:12-04:00".into()),
                success: Some(false),
            },
        ])
    );
    let result_set = response
        .metadata
        .and_then(|m| m.result_set)
        .expect("result_set present");
    assert_eq!(result_set.count, Some(2));
    assert_eq!(result_set.more, Some(false));
    assert_eq!(result_set.total_records, None);
}

#[tokio::test]
async fn get_log_fetches_one_delivery_log() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(
            "/webhook/webhooks/48213/logs/0A1B2C3D4E5F6071-8293A4B5C6D7E8F9",
        ))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhook_log": {
                "delivery_dts": "2024-05-14T09:31:07-04:00",
                "duration": 184,
                "queue_delay": 8_589_934_592_i64,
                "request": "{\"events\":[]}",
                "request_headers": [
                    { "name": "Content-Type", "value": "application/json" }
                ],
                "request_id": "0A1B2C3D4E5F6071-8293A4B5C6D7E8F9",
                "response": "OK",
                "response_headers": [
                    { "name": "Content-Length", "value": "2" }
                ],
                "status_code": 200,
                "success": true,
                "uri": "https://hooks.example.com/ultracart",
                "webhook_oid": 48213
            },
            "metadata": { "payload_name": "webhook_log" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_webhook_oid_logs_request_id_get(
            48213,
            "0A1B2C3D4E5F6071-8293A4B5C6D7E8F9",
        )
        .send()
        .await
        .expect("webhook_webhooks_webhook_oid_logs_request_id_get should succeed");

    assert_eq!(response.success, Some(true));
    let log = response.webhook_log.expect("webhook_log present");
    assert_eq!(
        log.delivery_dts.as_deref(),
        Some("2024-05-14T09:31:07-04:00")
    );
    assert_eq!(log.duration, Some(184));
    assert_eq!(log.queue_delay, Some(8_589_934_592), "int64 queue_delay");
    assert_eq!(log.request.as_deref(), Some("{\"events\":[]}"));
    let request_headers = log.request_headers.expect("request headers");
    assert_eq!(request_headers.len(), 1);
    assert_eq!(request_headers[0].name.as_deref(), Some("Content-Type"));
    assert_eq!(
        request_headers[0].value.as_deref(),
        Some("application/json")
    );
    assert_eq!(
        log.request_id.as_deref(),
        Some("0A1B2C3D4E5F6071-8293A4B5C6D7E8F9")
    );
    assert_eq!(log.response.as_deref(), Some("OK"));
    let response_headers = log.response_headers.expect("response headers");
    assert_eq!(response_headers[0].name.as_deref(), Some("Content-Length"));
    assert_eq!(response_headers[0].value.as_deref(), Some("2"));
    assert_eq!(log.status_code, Some(200));
    assert_eq!(log.success, Some(true));
    assert_eq!(
        log.uri.as_deref(),
        Some("https://hooks.example.com/ultracart")
    );
    assert_eq!(log.webhook_oid, Some(48213));
}

#[tokio::test]
async fn get_log_percent_encodes_the_request_id_as_one_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks/48213/logs/req%2F42%20a"))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhook_log": { "request_id": "req/42 a", "webhook_oid": 48213 }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_webhook_oid_logs_request_id_get(48213, "req/42 a")
        .send()
        .await
        .expect("the request id should stay one path segment");
    assert_eq!(
        response.webhook_log.and_then(|l| l.request_id).as_deref(),
        Some("req/42 a")
    );
}

#[tokio::test]
async fn reflow_posts_without_body_and_decodes_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/webhook/webhooks/48213/reflow/order_create"))
        .and(exact_query(&[]))
        .and(header("x-ultracart-simple-key", KEY))
        .and(no_authorization)
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "reflow": { "event_name": "order_create", "queued": true },
            "metadata": { "payload_name": "reflow" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client(&server)
        .webhook()
        .webhook_webhooks_webhook_oid_reflow_event_name_post(48213, "order_create")
        .send()
        .await
        .expect("webhook_webhooks_webhook_oid_reflow_event_name_post should succeed");

    assert_eq!(response.success, Some(true));
    let reflow = response.reflow.expect("reflow present");
    assert_eq!(reflow.event_name.as_deref(), Some("order_create"));
    assert_eq!(reflow.queued, Some(true));
}

#[tokio::test]
async fn oauth_token_is_preferred_when_both_credentials_are_set() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks"))
        .and(header("authorization", "Bearer oauth-access-token"))
        .and(|request: &Request| !request.headers.contains_key("x-ultracart-simple-key"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "webhooks": []
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = Client::builder()
        .base_url(server.uri())
        .ultra_cart_oauth("oauth-access-token")
        .ultra_cart_simple_api_key(KEY)
        .build();
    let response = client
        .webhook()
        .webhook_webhooks_get()
        .send()
        .await
        .expect("webhook_webhooks_get should succeed");
    assert_eq!(response.webhooks, Some(vec![]));
}

// ---------------------------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn documented_and_undocumented_error_statuses() {
    let server = MockServer::start().await;

    // Documented 401 on the list.
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks"))
        .and(header("x-ultracart-simple-key", KEY))
        .respond_with(
            ResponseTemplate::new(401)
                .insert_header(
                    "UC-REST-ERROR",
                    "The simple key supplied does not match any API user.",
                )
                .set_body_json(error_json(
                    "401",
                    "The simple key supplied does not match any API user.",
                )),
        )
        .expect(1)
        .mount(&server)
        .await;

    // Documented 400 on insert.
    Mock::given(method("POST"))
        .and(path("/webhook/webhooks"))
        .and(header("x-ultracart-simple-key", KEY))
        .and(header("content-type", JSON_UTF8))
        .and(body_json(
            json!({ "webhook_url": "http://insecure.example.com" }),
        ))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("UC-REST-ERROR", "webhook_url must use https.")
                .set_body_json(error_json("400", "webhook_url must use https.")),
        )
        .expect(1)
        .mount(&server)
        .await;

    // Documented 410 on delete.
    Mock::given(method("DELETE"))
        .and(path("/webhook/webhooks/48213"))
        .and(header("x-ultracart-simple-key", KEY))
        .respond_with(
            ResponseTemplate::new(410)
                .insert_header("UC-REST-ERROR", "Application disabled.")
                .set_body_json(error_json("410", "Application disabled.")),
        )
        .expect(1)
        .mount(&server)
        .await;

    // Undocumented 418 on the log fetch.
    let teapot = r#"{"success":false,"message":"I'm a teapot"}"#;
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks/48213/logs/abc"))
        .and(header("x-ultracart-simple-key", KEY))
        .respond_with(
            ResponseTemplate::new(418)
                .insert_header("UC-REST-ERROR", "Short and stout.")
                .set_body_raw(teapot, "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);

    match client.webhook().webhook_webhooks_get().send().await {
        Err(Error::Api {
            status,
            headers,
            error: WebhookWebhooksGetError::Unauthorized(body),
        }) => {
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            assert_eq!(
                headers.get("UC-REST-ERROR").and_then(|v| v.to_str().ok()),
                Some("The simple key supplied does not match any API user.")
            );
            assert_eq!(body.success, Some(false));
            let error = body.error.expect("error object present");
            assert_eq!(error.error_code.as_deref(), Some("401"));
            assert_eq!(
                error.developer_message.as_deref(),
                Some("The simple key supplied does not match any API user.")
            );
            assert_eq!(
                error.user_message.as_deref(),
                Some("You are not allowed to do that.")
            );
            assert_eq!(
                error.more_info.as_deref(),
                Some("https://www.ultracart.com/api/")
            );
            assert_eq!(error.object_id.as_deref(), Some("48213"));
            assert_eq!(
                body.metadata.and_then(|m| m.payload_name).as_deref(),
                Some("ErrorResponse")
            );
        }
        other => panic!("expected Error::Api with Unauthorized, got {other:?}"),
    }

    match client
        .webhook()
        .webhook_webhooks_post(Webhook {
            webhook_url: Some("http://insecure.example.com".into()),
            ..Default::default()
        })
        .send()
        .await
    {
        Err(Error::Api {
            status,
            headers,
            error: WebhookWebhooksPostError::BadRequest(body),
        }) => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert_eq!(
                headers.get("uc-rest-error").and_then(|v| v.to_str().ok()),
                Some("webhook_url must use https.")
            );
            assert_eq!(
                body.error.and_then(|e| e.developer_message).as_deref(),
                Some("webhook_url must use https.")
            );
        }
        other => panic!("expected Error::Api with BadRequest, got {other:?}"),
    }

    match client
        .webhook()
        .webhook_webhooks_webhook_oid_delete(48213)
        .send()
        .await
    {
        Err(Error::Api {
            status,
            headers,
            error: WebhookWebhooksWebhookOidDeleteError::Gone(body),
        }) => {
            assert_eq!(status, StatusCode::GONE);
            assert_eq!(
                headers.get("UC-REST-ERROR").and_then(|v| v.to_str().ok()),
                Some("Application disabled.")
            );
            assert_eq!(
                body.error.and_then(|e| e.error_code).as_deref(),
                Some("410")
            );
        }
        other => panic!("expected Error::Api with Gone, got {other:?}"),
    }

    let result = client
        .webhook()
        .webhook_webhooks_webhook_oid_logs_request_id_get(48213, "abc")
        .send()
        .await;
    match result {
        Err(Error::UnexpectedStatus {
            status,
            headers,
            body,
        }) => {
            assert_eq!(status.as_u16(), 418);
            assert_eq!(
                headers.get("UC-REST-ERROR").and_then(|v| v.to_str().ok()),
                Some("Short and stout.")
            );
            assert_eq!(&body[..], teapot.as_bytes());
        }
        Err(Error::Api {
            error: WebhookWebhooksWebhookOidLogsRequestIdGetError::BadRequest(_),
            ..
        }) => panic!("418 must not be decoded as a documented error"),
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Every operation of the seed list exists.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_seed_operation_exists() {
    use provider_clients::ultracart::webhook as ops;
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .ultra_cart_simple_api_key(KEY)
        .build();
    let api = client.webhook();

    // From /work/shared/seeds/ultracart-webhooks.md, in its order.
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksGet> = api
        .webhook_webhooks_get()
        .limit(100)
        .offset(0)
        .sort("webhook_url")
        .placeholders(true);
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksPost> = api
        .webhook_webhooks_post(Webhook::default())
        .placeholders(true);
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksWebhookOidDelete> =
        api.webhook_webhooks_webhook_oid_delete(56);
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksWebhookOidLogsGet> = api
        .webhook_webhooks_webhook_oid_logs_get(56)
        .limit(100)
        .offset(0)
        .since("2024-05-01T00:00:00-04:00");
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksWebhookOidLogsRequestIdGet> =
        api.webhook_webhooks_webhook_oid_logs_request_id_get(56, "request_id_example");
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksWebhookOidPut> = api
        .webhook_webhooks_webhook_oid_put(56, Webhook::default())
        .placeholders(true);
    let _: provider_clients::runtime::Call<'_, ops::WebhookWebhooksWebhookOidReflowEventNamePost> =
        api.webhook_webhooks_webhook_oid_reflow_event_name_post(56, "event_name_example");
}

// ---------------------------------------------------------------------------------------------
// Pagination (`_offset`/`_limit`, `metadata.result_set.more` / `next_offset`).
// ---------------------------------------------------------------------------------------------

fn result_set(offset: u64, count: u64, more: bool) -> serde_json::Value {
    json!({
        "count": count,
        "limit": 2,
        "offset": offset,
        "more": more,
        "next_offset": offset + count,
        "total_records": 6
    })
}

#[tokio::test]
async fn list_webhooks_items_walks_three_pages_until_more_is_false() {
    let server = MockServer::start().await;
    let pages: [(Option<&str>, &[i64], bool); 3] = [
        // The first request carries no `_offset` (the spec's default is 0).
        (None, &[101, 102], true),
        (Some("2"), &[103, 104], true),
        // A full last page with a `next_offset`: only `more: false` says it is the end.
        (Some("4"), &[105, 106], false),
    ];
    for (offset, oids, more) in pages {
        let mut query = vec![("_limit", "2"), ("_sort", "webhook_oid")];
        if let Some(offset) = offset {
            query.push(("_offset", offset));
        }
        let start: u64 = offset.map_or(0, |o| o.parse().unwrap());
        let mut builder = Mock::given(method("GET"))
            .and(path("/webhook/webhooks"))
            .and(exact_query(&query))
            .and(header("x-ultracart-simple-key", KEY));
        builder = match offset {
            Some(offset) => builder.and(query_param("_offset", offset)),
            None => builder.and(query_param_is_missing("_offset")),
        };
        builder
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "success": true,
                "webhooks": oids
                    .iter()
                    .map(|oid| webhook_json(*oid, &format!("https://hooks.example.com/{oid}")))
                    .collect::<Vec<_>>(),
                "metadata": {
                    "payload_name": "webhooks",
                    "result_set": result_set(start, oids.len() as u64, more)
                }
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks"))
        .and(query_param("_offset", "6"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "webhooks": [] })))
        .expect(0)
        .named("offset 6 must not be requested")
        .mount(&server)
        .await;

    let client = client(&server);
    let items: Vec<Webhook> = client
        .webhook()
        .webhook_webhooks_get()
        .limit(2)
        .sort("webhook_oid")
        .items()
        .try_collect()
        .await
        .expect("all pages should load");

    let oids: Vec<i32> = items.iter().filter_map(|w| w.webhook_oid).collect();
    assert_eq!(oids, [101, 102, 103, 104, 105, 106]);
    assert_eq!(
        items[5].webhook_url.as_deref(),
        Some("https://hooks.example.com/106")
    );
}

#[tokio::test]
async fn list_log_summaries_items_walk_three_pages_following_next_offset() {
    let server = MockServer::start().await;
    // The server reports `next_offset` itself and the client must follow it: the second page is
    // short (one record was filtered out server-side) yet `more` is still true, so `offset + count`
    // (3) would be wrong; `next_offset` (4) is right.
    let pages: [(&str, &[&str], u64, bool); 3] = [
        ("0", &["req-1", "req-2"], 2, true),
        ("2", &["req-3"], 4, true),
        ("4", &["req-5"], 5, false),
    ];
    for (offset, ids, next_offset, more) in pages {
        let start: u64 = offset.parse().unwrap();
        Mock::given(method("GET"))
            .and(path("/webhook/webhooks/48213/logs"))
            .and(query_param("_offset", offset))
            .and(exact_query(&[
                ("_limit", "2"),
                ("_offset", offset),
                ("_since", "2024-05-01T00:00:00-04:00"),
            ]))
            .and(header("x-ultracart-simple-key", KEY))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "success": true,
                "webhook_log_summaries": ids
                    .iter()
                    .map(|id| json!({
                        "request_id": id,
                        "delivery_dts": "2024-05-14T09:31:07-04:00",
                        "success": true
                    }))
                    .collect::<Vec<_>>(),
                "metadata": {
                    "payload_name": "webhook_log_summaries",
                    "result_set": {
                        "count": ids.len(),
                        "limit": 2,
                        "offset": start,
                        "more": more,
                        "next_offset": next_offset
                    }
                }
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/webhook/webhooks/48213/logs"))
        .and(query_param("_offset", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "webhook_log_summaries": [{ "request_id": "wrong" }],
            "metadata": { "result_set": { "more": false } }
        })))
        .expect(0)
        .named("offset 3 (offset + count) must not be requested")
        .mount(&server)
        .await;

    let client = client(&server);
    let items: Vec<WebhookLogSummary> = client
        .webhook()
        .webhook_webhooks_webhook_oid_logs_get(48213)
        .limit(2)
        .offset(0)
        .since("2024-05-01T00:00:00-04:00")
        .items()
        .try_collect()
        .await
        .expect("all pages should load");
    let ids: Vec<&str> = items
        .iter()
        .filter_map(|s| s.request_id.as_deref())
        .collect();
    assert_eq!(ids, ["req-1", "req-2", "req-3", "req-5"]);
}
