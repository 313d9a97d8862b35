//! UltraCart (specs/ultracart.yaml, Swagger 2.0): the 7 webhook operations against Prism.
//!
//! The spec's `basePath` is `/rest/v2`, but Prism serves a Swagger 2.0 document's paths without
//! it (`GET /rest/v2/webhook/webhooks` is a 404 there, `GET /webhook/webhooks` the operation), so
//! the client's base URL is Prism's URL alone.

use provider_clients::runtime::RetryConfig;
use provider_clients::ultracart::types::Webhook as WebhookBody;
use provider_clients::ultracart::types::{
    ErrorResponse, WebhookApiVersion, WebhookAuthenticationType, WebhookEventCategory,
    WebhookEventSubscription,
};
use provider_clients::ultracart::webhook::{
    WebhookWebhooksGetError, WebhookWebhooksPostError, WebhookWebhooksWebhookOidDeleteError,
    WebhookWebhooksWebhookOidLogsGetError, WebhookWebhooksWebhookOidLogsRequestIdGetError,
    WebhookWebhooksWebhookOidPutError, WebhookWebhooksWebhookOidReflowEventNamePostError,
};
use provider_clients::ultracart::Client;

use crate::harness::{expect_ok, expect_rejected, Checks, Kind, KnownFailure, CALL_TIMEOUT};

pub const KNOWN_FAILURES: &[KnownFailure] = &[];

const SIMPLE_KEY: &str = "508052342b482a015d85c69048030a0005a9da7cea5afe015d85c69048030a00";
const OAUTH_TOKEN: &str = "uc_oauth_0a1b2c3d4e5f";
const WEBHOOK_OID: i32 = 48213;
const REQUEST_ID: &str = "0A1B2C3D4E5F6071-8293A4B5C6D7E8F9";

/// Which of the spec's two security schemes the client uses.
#[derive(Clone, Copy)]
enum Auth {
    SimpleKey,
    OAuth,
}

fn client(base_url: &str, auth: Auth, http: Option<reqwest::Client>) -> Client {
    let builder = Client::builder()
        .base_url(base_url)
        .retry(RetryConfig::disabled())
        .timeout(CALL_TIMEOUT);
    let builder = match auth {
        Auth::SimpleKey => builder.ultra_cart_simple_api_key(SIMPLE_KEY),
        Auth::OAuth => builder.ultra_cart_oauth(OAUTH_TOKEN),
    };
    match http {
        Some(http) => builder.http_client(http).build(),
        None => builder.build(),
    }
}

fn webhook_body() -> WebhookBody {
    WebhookBody {
        api_version: Some(WebhookApiVersion::V20170301),
        authentication_type: Some(WebhookAuthenticationType::Basic),
        basic_username: Some("hook-receiver".to_owned()),
        basic_password: Some("s3cr3t-Pa55".to_owned()),
        compress_events: Some(false),
        disabled: Some(false),
        event_categories: Some(vec![WebhookEventCategory {
            event_category: Some("order".to_owned()),
            any_subscribed: Some(true),
            subscribed: Some(false),
            available_expansions: Some(vec!["item".to_owned(), "shipping".to_owned()]),
            events: Some(vec![WebhookEventSubscription {
                event_name: Some("order_create".to_owned()),
                event_description: Some("Fires when an order is placed.".to_owned()),
                subscribed: Some(true),
                supports_reflow: Some(true),
                deprecated_flag: Some(false),
                discontinued_flag: Some(false),
                expansion: Some("item,shipping".to_owned()),
                webhook_event_oid: Some(1201),
                ..Default::default()
            }]),
        }]),
        maximum_events: Some(50),
        maximum_size: Some(5_242_880),
        merchant_id: Some("DEMO".to_owned()),
        next_retry_after: Some("2024-05-14T09:31:07-04:00".to_owned()),
        webhook_oid: Some(WEBHOOK_OID),
        webhook_url: Some("https://hooks.example.com/ultracart".to_owned()),
        ..Default::default()
    }
}

/// The `Webhook` example of the spec, which Prism returns.
fn is_example_webhook(webhook: Option<&WebhookBody>) -> Result<(), String> {
    let Some(webhook) = webhook else {
        return Err("no webhook in the response".to_owned());
    };
    ensure_eq!(webhook.webhook_oid, Some(WEBHOOK_OID));
    ensure_eq!(webhook.api_version, Some(WebhookApiVersion::V20170301));
    ensure_eq!(
        webhook.authentication_type,
        Some(WebhookAuthenticationType::Basic)
    );
    ensure_eq!(
        webhook.webhook_url.as_deref(),
        Some("https://hooks.example.com/ultracart")
    );
    ensure_eq!(webhook.maximum_size, Some(5_242_880));
    let categories = webhook.event_categories.as_deref().unwrap_or_default();
    ensure_eq!(categories.len(), 1);
    let events = categories[0].events.as_deref().unwrap_or_default();
    ensure_eq!(events.len(), 1);
    ensure_eq!(events[0].event_name.as_deref(), Some("order_create"));
    ensure_eq!(events[0].webhook_event_oid, Some(1201));
    Ok(())
}

/// The `ErrorResponse` example of the spec, which Prism returns for every error status.
fn is_example_error(error: &ErrorResponse) -> bool {
    error.success == Some(false)
        && error
            .error
            .as_ref()
            .is_some_and(|e| e.more_info.as_deref() == Some("https://www.ultracart.com/api/"))
}

pub async fn run(checks: &mut Checks) {
    let base = checks.base_url();
    let by_key = client(&base, Auth::SimpleKey, None);
    let by_oauth = client(&base, Auth::OAuth, None);

    // Operations: reads with the OAuth token, writes with the simple key.
    checks
        .check(Kind::Operation, "webhook_webhooks_get", async {
            let result = by_oauth
                .webhook()
                .webhook_webhooks_get()
                .limit(100)
                .offset(0)
                .sort("webhook_url")
                .placeholders(false)
                .send()
                .await;
            expect_ok(result, |page| {
                ensure_eq!(page.success, Some(true));
                let webhooks = page.webhooks.as_deref().unwrap_or_default();
                ensure_eq!(webhooks.len(), 1);
                is_example_webhook(webhooks.first())?;
                let result_set = page.metadata.as_ref().and_then(|m| m.result_set.as_ref());
                ensure_eq!(result_set.and_then(|r| r.total_records), Some(1));
                ensure_eq!(result_set.and_then(|r| r.more), Some(false));
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "webhook_webhooks_post", async {
            let result = by_key
                .webhook()
                .webhook_webhooks_post(WebhookBody {
                    webhook_oid: None,
                    ..webhook_body()
                })
                .placeholders(true)
                .send()
                .await;
            expect_ok(result, |response| {
                ensure_eq!(response.success, Some(true));
                is_example_webhook(response.webhook.as_ref())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "webhook_webhooks_webhook_oid_put", async {
            let result = by_key
                .webhook()
                .webhook_webhooks_webhook_oid_put(WEBHOOK_OID, webhook_body())
                .placeholders(false)
                .send()
                .await;
            expect_ok(result, |response| {
                ensure_eq!(response.success, Some(true));
                is_example_webhook(response.webhook.as_ref())
            })
        })
        .await;
    checks
        .check(
            Kind::Operation,
            "webhook_webhooks_webhook_oid_delete",
            async {
                let result = by_key
                    .webhook()
                    .webhook_webhooks_webhook_oid_delete(WEBHOOK_OID)
                    .send()
                    .await;
                expect_ok(result, |()| Ok(()))
            },
        )
        .await;
    checks
        .check(
            Kind::Operation,
            "webhook_webhooks_webhook_oid_logs_get",
            async {
                let result = by_oauth
                    .webhook()
                    .webhook_webhooks_webhook_oid_logs_get(WEBHOOK_OID)
                    .limit(50)
                    .offset(0)
                    .since("2024-05-01T00:00:00-04:00")
                    .send()
                    .await;
                expect_ok(result, |page| {
                    // No example in the spec: Prism generates one summary from the schema.
                    let summaries = page.webhook_log_summaries.as_deref().unwrap_or_default();
                    ensure_eq!(summaries.len(), 1);
                    ensure!(summaries[0].request_id.is_some());
                    Ok(())
                })
            },
        )
        .await;
    checks
        .check(
            Kind::Operation,
            "webhook_webhooks_webhook_oid_logs_request_id_get",
            async {
                let result = by_oauth
                    .webhook()
                    .webhook_webhooks_webhook_oid_logs_request_id_get(WEBHOOK_OID, REQUEST_ID)
                    .send()
                    .await;
                expect_ok(result, |response| {
                    let Some(log) = response.webhook_log.as_ref() else {
                        return Err("no webhook_log in the response".to_owned());
                    };
                    ensure_eq!(log.request_id.as_deref(), Some(REQUEST_ID));
                    ensure_eq!(log.webhook_oid, Some(WEBHOOK_OID));
                    ensure_eq!(log.status_code, Some(200));
                    ensure_eq!(log.queue_delay, Some(1250));
                    ensure_eq!(log.request_headers.as_ref().map(Vec::len), Some(1));
                    Ok(())
                })
            },
        )
        .await;
    checks
        .check(
            Kind::Operation,
            "webhook_webhooks_webhook_oid_reflow_event_name_post",
            async {
                let result = by_key
                    .webhook()
                    .webhook_webhooks_webhook_oid_reflow_event_name_post(
                        WEBHOOK_OID,
                        "order_create",
                    )
                    .send()
                    .await;
                expect_ok(result, |response| {
                    ensure!(response.reflow.is_some());
                    Ok(())
                })
            },
        )
        .await;

    // Documented error statuses: 400, 401, 410, 429 and 500 for every operation.
    checks
        .error_statuses(
            "webhook_webhooks_get",
            &[
                (400, |e| matches!(e, WebhookWebhooksGetError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksGetError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksGetError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksGetError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksGetError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::OAuth, Some(http));
                async move { c.webhook().webhook_webhooks_get().send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "webhook_webhooks_post",
            &[
                (400, |e| matches!(e, WebhookWebhooksPostError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksPostError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksPostError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksPostError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksPostError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::SimpleKey, Some(http));
                async move { c.webhook().webhook_webhooks_post(webhook_body()).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "webhook_webhooks_webhook_oid_put",
            &[
                (400, |e| matches!(e, WebhookWebhooksWebhookOidPutError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksWebhookOidPutError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksWebhookOidPutError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksWebhookOidPutError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksWebhookOidPutError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::SimpleKey, Some(http));
                async move {
                    c.webhook()
                        .webhook_webhooks_webhook_oid_put(WEBHOOK_OID, webhook_body())
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "webhook_webhooks_webhook_oid_delete",
            &[
                (400, |e| matches!(e, WebhookWebhooksWebhookOidDeleteError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksWebhookOidDeleteError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksWebhookOidDeleteError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksWebhookOidDeleteError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksWebhookOidDeleteError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::SimpleKey, Some(http));
                async move {
                    c.webhook()
                        .webhook_webhooks_webhook_oid_delete(WEBHOOK_OID)
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "webhook_webhooks_webhook_oid_logs_get",
            &[
                (400, |e| matches!(e, WebhookWebhooksWebhookOidLogsGetError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksWebhookOidLogsGetError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksWebhookOidLogsGetError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksWebhookOidLogsGetError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksWebhookOidLogsGetError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::OAuth, Some(http));
                async move {
                    c.webhook()
                        .webhook_webhooks_webhook_oid_logs_get(WEBHOOK_OID)
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "webhook_webhooks_webhook_oid_logs_request_id_get",
            &[
                (400, |e| matches!(e, WebhookWebhooksWebhookOidLogsRequestIdGetError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksWebhookOidLogsRequestIdGetError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksWebhookOidLogsRequestIdGetError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksWebhookOidLogsRequestIdGetError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksWebhookOidLogsRequestIdGetError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::OAuth, Some(http));
                async move {
                    c.webhook()
                        .webhook_webhooks_webhook_oid_logs_request_id_get(WEBHOOK_OID, REQUEST_ID)
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "webhook_webhooks_webhook_oid_reflow_event_name_post",
            &[
                (400, |e| matches!(e, WebhookWebhooksWebhookOidReflowEventNamePostError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, WebhookWebhooksWebhookOidReflowEventNamePostError::Unauthorized(b) if is_example_error(b))),
                (410, |e| matches!(e, WebhookWebhooksWebhookOidReflowEventNamePostError::Gone(b) if is_example_error(b))),
                (429, |e| matches!(e, WebhookWebhooksWebhookOidReflowEventNamePostError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, WebhookWebhooksWebhookOidReflowEventNamePostError::InternalServerError(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Auth::SimpleKey, Some(http));
                async move {
                    c.webhook()
                        .webhook_webhooks_webhook_oid_reflow_event_name_post(
                            WEBHOOK_OID,
                            "order_create",
                        )
                        .send()
                        .await
                }
            },
        )
        .await;

    // Negative controls: Prism must reject these (with the spec's documented 401 and 400).
    checks
        .check(Kind::Control, "no credentials -> 401", async {
            let anonymous = Client::builder()
                .base_url(&base)
                .retry(RetryConfig::disabled())
                .timeout(CALL_TIMEOUT)
                .build();
            let result = anonymous.webhook().webhook_webhooks_get().send().await;
            expect_rejected(result, 401, "Invalid security scheme used")
        })
        .await;
    checks
        .check(
            Kind::Control,
            "api_version outside the enum -> 400",
            async {
                let body = WebhookBody {
                    api_version: Some(WebhookApiVersion::Unknown("2099-01-01".to_owned())),
                    ..webhook_body()
                };
                let result = by_key.webhook().webhook_webhooks_post(body).send().await;
                expect_rejected(result, 400, "api_version")
            },
        )
        .await;
}
