//! Polar (specs/polar.yaml, OpenAPI 3.1): the 8 webhook operations against Prism.

use provider_clients::polar::types::{
    HttpValidationError, ListWebhookDeliveriesEndpointId, ListWebhookDeliveriesEventType,
    ListWebhookDeliveriesHttpCodeClass, ListWebhookEndpointsOrganizationId, ResourceNotFound,
    ResourceNotFoundError, ValidationErrorLocItem, WebhookEndpoint, WebhookEndpointCreate,
    WebhookEndpointUpdate, WebhookEventType, WebhookFormat,
};
use provider_clients::polar::webhooks::{
    CreateWebhookEndpointError, DeleteWebhookEndpointError, GetWebhookEndpointError,
    ListWebhookDeliveriesError, ListWebhookEndpointsError, RedeliverWebhookEventError,
    ResetWebhookEndpointSecretError, UpdateWebhookEndpointError,
};
use provider_clients::polar::Client;
use provider_clients::runtime::RetryConfig;

use crate::harness::{
    expect_ok, expect_rejected, prefer_code, Checks, Kind, KnownFailure, CALL_TIMEOUT,
};

pub const KNOWN_FAILURES: &[KnownFailure] = &[];

const TOKEN: &str = "polar_pat_3kTq9ZpLm2VxR8bN4cYw";
const ORG_ID: &str = "0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a";
const OTHER_ORG_ID: &str = "1dbfc517-0bbf-4301-9ba8-555ca42b9737";
const ENDPOINT_ID: &str = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";
const EVENT_ID: &str = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

fn client(base_url: &str, http: Option<reqwest::Client>) -> Client {
    let builder = Client::builder()
        .base_url(base_url)
        .pat(TOKEN)
        .retry(RetryConfig::disabled())
        .timeout(CALL_TIMEOUT);
    match http {
        Some(http) => builder.http_client(http).build(),
        None => builder.build(),
    }
}

fn new_endpoint() -> WebhookEndpointCreate {
    WebhookEndpointCreate {
        url: "https://hooks.example.com/polar".to_owned(),
        name: Some(Some("Billing sync".to_owned())),
        format: WebhookFormat::Raw,
        events: vec![
            WebhookEventType::OrderPaid,
            WebhookEventType::SubscriptionCanceled,
        ],
        organization_id: Some(Some(ORG_ID.to_owned())),
    }
}

fn endpoint_changes() -> WebhookEndpointUpdate {
    WebhookEndpointUpdate {
        url: Some(Some("https://hooks.example.com/polar/v2".to_owned())),
        name: Some(Some("Billing sync (v2)".to_owned())),
        format: Some(Some(WebhookFormat::Slack)),
        events: Some(Some(vec![WebhookEventType::OrderRefunded])),
        enabled: Some(Some(false)),
    }
}

/// The `WebhookEndpoint` example of the spec, which Prism returns.
fn is_example_endpoint(endpoint: &WebhookEndpoint) -> Result<(), String> {
    ensure_eq!(endpoint.id, ENDPOINT_ID);
    ensure_eq!(endpoint.created_at, "2025-03-14T09:26:53Z");
    ensure_eq!(endpoint.modified_at, None);
    ensure_eq!(endpoint.url, "https://hooks.example.com/polar");
    ensure_eq!(endpoint.name, Some(Some("Billing sync".to_owned())));
    ensure_eq!(endpoint.format, WebhookFormat::Raw);
    ensure_eq!(
        endpoint.secret,
        "whsec_3kTq9ZpLm2VxR8bN4cYw7HdFj6GsA1eU0oIiPl5Kn"
    );
    ensure_eq!(endpoint.organization_id, ORG_ID);
    ensure_eq!(
        endpoint.events,
        vec![
            WebhookEventType::OrderPaid,
            WebhookEventType::SubscriptionCanceled
        ]
    );
    ensure!(endpoint.enabled);
    Ok(())
}

/// The `ResourceNotFound` example of the spec, which Prism returns for 404.
fn is_example_not_found(error: &ResourceNotFound) -> bool {
    error.error == ResourceNotFoundError::ResourceNotFound && error.detail == "Not found"
}

/// The `HTTPValidationError` example of the spec, which Prism returns for 422.
fn is_example_validation_error(error: &HttpValidationError) -> bool {
    let Some([item]) = error.detail.as_deref() else {
        return false;
    };
    item.loc
        == [
            ValidationErrorLocItem::String("body".to_owned()),
            ValidationErrorLocItem::String("url".to_owned()),
        ]
        && item.type_ == "url_scheme"
        && item.input == Some(serde_json::json!("ftp://hooks.example.com/polar"))
}

pub async fn run(checks: &mut Checks) {
    let base = checks.base_url();
    let polar = client(&base, None);
    let webhooks = polar.webhooks();

    // Operations.
    checks
        .check(Kind::Operation, "list_webhook_endpoints", async {
            let result = webhooks
                .list_webhook_endpoints()
                .organization_id(Some(ListWebhookEndpointsOrganizationId::StringList(vec![
                    ORG_ID.to_owned(),
                    OTHER_ORG_ID.to_owned(),
                ])))
                .page(1)
                .limit(10)
                .send()
                .await;
            expect_ok(result, |page| {
                ensure_eq!(page.items.len(), 1);
                is_example_endpoint(&page.items[0])?;
                ensure!(page.pagination.total_count >= 0 && page.pagination.max_page >= 0);
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "create_webhook_endpoint", async {
            let result = webhooks
                .create_webhook_endpoint(new_endpoint())
                .send()
                .await;
            expect_ok(result, is_example_endpoint)
        })
        .await;
    checks
        .check(Kind::Operation, "get_webhook_endpoint", async {
            let result = webhooks.get_webhook_endpoint(ENDPOINT_ID).send().await;
            expect_ok(result, is_example_endpoint)
        })
        .await;
    checks
        .check(Kind::Operation, "update_webhook_endpoint", async {
            let result = webhooks
                .update_webhook_endpoint(ENDPOINT_ID, endpoint_changes())
                .send()
                .await;
            expect_ok(result, is_example_endpoint)
        })
        .await;
    checks
        .check(Kind::Operation, "delete_webhook_endpoint", async {
            let result = webhooks.delete_webhook_endpoint(ENDPOINT_ID).send().await;
            expect_ok(result, |()| Ok(()))
        })
        .await;
    checks
        .check(Kind::Operation, "reset_webhook_endpoint_secret", async {
            let result = webhooks
                .reset_webhook_endpoint_secret(ENDPOINT_ID)
                .send()
                .await;
            expect_ok(result, is_example_endpoint)
        })
        .await;
    checks
        .check(Kind::Operation, "list_webhook_deliveries", async {
            let result = webhooks
                .list_webhook_deliveries()
                .endpoint_id(Some(ListWebhookDeliveriesEndpointId::StringList(vec![
                    ENDPOINT_ID.to_owned(),
                ])))
                .start_timestamp(Some("2025-03-01T00:00:00Z".to_owned()))
                .end_timestamp(Some("2025-03-31T23:59:59Z".to_owned()))
                .succeeded(Some(false))
                .query(Some("timeout".to_owned()))
                .http_code_class(Some(ListWebhookDeliveriesHttpCodeClass::V5xx))
                .event_type(Some(ListWebhookDeliveriesEventType::WebhookEventTypeList(
                    vec![
                        WebhookEventType::OrderPaid,
                        WebhookEventType::SubscriptionCanceled,
                    ],
                )))
                .page(1)
                .limit(25)
                .send()
                .await;
            expect_ok(result, |page| {
                // No example in the spec: Prism generates one delivery from the schema.
                ensure_eq!(page.items.len(), 1);
                let delivery = &page.items[0];
                ensure!(!delivery.created_at.is_empty());
                ensure!(!matches!(
                    delivery.webhook_event.type_,
                    WebhookEventType::Unknown(_)
                ));
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "redeliver_webhook_event", async {
            let result = webhooks.redeliver_webhook_event(EVENT_ID).send().await;
            // `202` with `schema: {}`: any JSON value.
            expect_ok(result, |_value| Ok(()))
        })
        .await;

    // Documented error statuses.
    checks
        .error_statuses(
            "list_webhook_endpoints",
            &[
                (422, |e| matches!(e, ListWebhookEndpointsError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move { polar.webhooks().list_webhook_endpoints().send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "create_webhook_endpoint",
            &[
                (422, |e| matches!(e, CreateWebhookEndpointError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move {
                    polar
                        .webhooks()
                        .create_webhook_endpoint(new_endpoint())
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "get_webhook_endpoint",
            &[
                (404, |e| matches!(e, GetWebhookEndpointError::NotFound(b) if is_example_not_found(b))),
                (422, |e| matches!(e, GetWebhookEndpointError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move { polar.webhooks().get_webhook_endpoint(ENDPOINT_ID).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "update_webhook_endpoint",
            &[
                (404, |e| matches!(e, UpdateWebhookEndpointError::NotFound(b) if is_example_not_found(b))),
                (422, |e| matches!(e, UpdateWebhookEndpointError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move {
                    polar
                        .webhooks()
                        .update_webhook_endpoint(ENDPOINT_ID, endpoint_changes())
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "delete_webhook_endpoint",
            &[
                (404, |e| matches!(e, DeleteWebhookEndpointError::NotFound(b) if is_example_not_found(b))),
                (422, |e| matches!(e, DeleteWebhookEndpointError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move { polar.webhooks().delete_webhook_endpoint(ENDPOINT_ID).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "reset_webhook_endpoint_secret",
            &[
                (404, |e| matches!(e, ResetWebhookEndpointSecretError::NotFound(b) if is_example_not_found(b))),
                (422, |e| matches!(e, ResetWebhookEndpointSecretError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move {
                    polar
                        .webhooks()
                        .reset_webhook_endpoint_secret(ENDPOINT_ID)
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "list_webhook_deliveries",
            &[
                (422, |e| matches!(e, ListWebhookDeliveriesError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move { polar.webhooks().list_webhook_deliveries().send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "redeliver_webhook_event",
            &[
                (404, |e| matches!(e, RedeliverWebhookEventError::NotFound(b) if is_example_not_found(b))),
                (422, |e| matches!(e, RedeliverWebhookEventError::UnprocessableEntity(b) if is_example_validation_error(b))),
            ],
            |http| {
                let polar = client(&base, Some(http));
                async move { polar.webhooks().redeliver_webhook_event(EVENT_ID).send().await }
            },
        )
        .await;

    // Negative controls: Prism must reject these.
    checks
        .check(Kind::Control, "no credentials -> 401", async {
            let anonymous = Client::builder()
                .base_url(&base)
                .retry(RetryConfig::disabled())
                .timeout(CALL_TIMEOUT)
                .build();
            let result = anonymous
                .webhooks()
                .get_webhook_endpoint(ENDPOINT_ID)
                .send()
                .await;
            expect_rejected(result, 401, "Invalid security scheme used")
        })
        .await;
    checks
        .check(Kind::Control, "url that is not a URI -> 422", async {
            let body = WebhookEndpointCreate {
                url: "not a url".to_owned(),
                ..new_endpoint()
            };
            let result = webhooks.create_webhook_endpoint(body).send().await;
            expect_rejected(result, 422, "url must match format \"uri\"")
        })
        .await;
    checks
        .check(
            Kind::Control,
            "invalid body with Prefer: code=404 -> 422, not the 404",
            async {
                // `Prefer` does not hide an invalid request: the error-status checks rely on it.
                let preferring_404 = client(&base, Some(prefer_code(404)));
                let changes = WebhookEndpointUpdate {
                    url: Some(Some("not a url".to_owned())),
                    ..endpoint_changes()
                };
                let result = preferring_404
                    .webhooks()
                    .update_webhook_endpoint(ENDPOINT_ID, changes)
                    .send()
                    .await;
                expect_rejected(result, 422, "url must match format \"uri\"")
            },
        )
        .await;
}
