//! Codat Platform API (specs/codat.yaml, OpenAPI 3.1): the 6 webhook operations against Prism,
//! the 3 deprecated legacy-rule operations included.

// `list`, `create` and `get` are deprecated by the spec, and still part of the contract.
#![allow(deprecated)]

use provider_clients::codat::types::{
    CreateRule, ErrorMessage, Webhook, WebhookConsumer, WebhookConsumerPrototype, WebhookNotifier,
};
use provider_clients::codat::webhooks::{
    CreateConsumerError, CreateError, DeleteConsumerError, GetError, ListConsumersError, ListError,
};
use provider_clients::codat::Client;
use provider_clients::runtime::RetryConfig;

use crate::harness::{expect_ok, expect_rejected, Checks, Kind, KnownFailure, CALL_TIMEOUT};

pub const KNOWN_FAILURES: &[KnownFailure] = &[];

/// "Basic " followed by the Base64 of the API key `dummy-codat-key`, as the scheme asks.
const AUTH: &str = "Basic ZHVtbXktY29kYXQta2V5";
const CONSUMER_ID: &str = "3f1c2b9e-5d47-4a8e-9c61-0b7e2d4f8a13";
const RULE_ID: &str = "9d2e7c41-8b3a-4f65-a0d9-2e5c7b1f3a68";
const COMPANY_ID: &str = "0b6f5a3e-2c41-4d8f-a9e7-6c3d1b2f4e90";

fn client(base_url: &str, http: Option<reqwest::Client>) -> Client {
    let builder = Client::builder()
        .base_url(base_url)
        .auth_header(AUTH)
        .retry(RetryConfig::disabled())
        .timeout(CALL_TIMEOUT);
    match http {
        Some(http) => builder.http_client(http).build(),
        None => builder.build(),
    }
}

fn new_consumer() -> WebhookConsumerPrototype {
    WebhookConsumerPrototype {
        url: Some("https://hooks.example.org/codat/events".to_owned()),
        disabled: Some(Some(false)),
        event_types: Some(vec![
            "DataSyncCompleted".to_owned(),
            "DatasetDataChanged".to_owned(),
        ]),
        company_tags: Some(Some(vec!["region:emea".to_owned()])),
    }
}

fn new_rule() -> CreateRule {
    CreateRule {
        type_: "DataConnectionStatusChanged".to_owned(),
        company_id: Some(COMPANY_ID.to_owned()),
        notifiers: WebhookNotifier {
            emails: Some(vec!["ops@example.org".to_owned()]),
            webhook: Some("https://hooks.example.org/codat/legacy".to_owned()),
        },
    }
}

/// The `WebhookConsumer` example of the spec, which Prism returns.
fn is_example_consumer(consumer: &WebhookConsumer) -> Result<(), String> {
    ensure_eq!(consumer.id.as_deref(), Some(CONSUMER_ID));
    ensure_eq!(
        consumer.url.as_deref(),
        Some("https://hooks.example.org/codat/events")
    );
    ensure_eq!(consumer.disabled, Some(Some(false)));
    ensure_eq!(
        consumer.event_types,
        Some(vec![
            "DataSyncCompleted".to_owned(),
            "DatasetDataChanged".to_owned()
        ])
    );
    ensure_eq!(
        consumer.company_tags,
        Some(Some(vec!["region:emea".to_owned(), "tier:gold".to_owned()]))
    );
    Ok(())
}

/// The `Webhook` (legacy rule) example of the spec, which Prism returns.
fn is_example_rule(rule: &Webhook) -> Result<(), String> {
    ensure_eq!(rule.id.as_deref(), Some(RULE_ID));
    ensure_eq!(rule.type_, "DataConnectionStatusChanged");
    ensure_eq!(rule.company_id.as_deref(), Some(COMPANY_ID));
    ensure_eq!(
        rule.notifiers.emails,
        Some(vec!["ops@example.org".to_owned()])
    );
    ensure_eq!(
        rule.notifiers.webhook.as_deref(),
        Some("https://hooks.example.org/codat/legacy")
    );
    Ok(())
}

/// The `ErrorMessage` example of the spec, which Prism returns for every error status.
fn is_example_error(error: &ErrorMessage) -> bool {
    error.service.as_deref() == Some("PublicApi")
        && error.correlation_id.as_deref() == Some("7c1e9a24f0b34d5e8a6b2c9d0e1f3a4b")
}

pub async fn run(checks: &mut Checks) {
    let base = checks.base_url();
    let codat = client(&base, None);
    let webhooks = codat.webhooks();

    // Operations.
    checks
        .check(Kind::Operation, "list_consumers", async {
            let result = webhooks.list_consumers().send().await;
            expect_ok(result, |list| {
                let results = list.results.as_deref().unwrap_or_default();
                ensure_eq!(results.len(), 1);
                is_example_consumer(&results[0])
            })
        })
        .await;
    checks
        .check(Kind::Operation, "create_consumer", async {
            let result = webhooks.create_consumer().body(new_consumer()).send().await;
            expect_ok(result, is_example_consumer)
        })
        .await;
    checks
        .check(Kind::Operation, "delete_consumer", async {
            let result = webhooks.delete_consumer(CONSUMER_ID).send().await;
            expect_ok(result, |()| Ok(()))
        })
        .await;
    checks
        .check(Kind::Operation, "list (deprecated)", async {
            let result = webhooks
                .list()
                .page(1)
                .page_size(50)
                .query("type=DataConnectionStatusChanged")
                .order_by("-type")
                .send()
                .await;
            expect_ok(result, |page| {
                // No example for the page: Prism builds it from the schemas, the rules from the
                // `createRule` example.
                let results = page.results.as_deref().unwrap_or_default();
                ensure_eq!(results.len(), 1);
                ensure_eq!(results[0].type_, "Data sync completed");
                ensure_eq!(results[0].company_id.as_deref(), Some(COMPANY_ID));
                ensure!(page.links.self_.href.is_some());
                ensure!(page.links.current.href.is_some());
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "create (deprecated)", async {
            let result = webhooks.create().body(new_rule()).send().await;
            expect_ok(result, is_example_rule)
        })
        .await;
    checks
        .check(Kind::Operation, "get (deprecated)", async {
            let result = webhooks.get(RULE_ID).send().await;
            expect_ok(result, is_example_rule)
        })
        .await;

    // Documented error statuses.
    checks
        .error_statuses(
            "list_consumers",
            &[
                (400, |e| matches!(e, ListConsumersError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, ListConsumersError::Unauthorized(b) if is_example_error(b))),
                (402, |e| matches!(e, ListConsumersError::PaymentRequired(b) if is_example_error(b))),
                (403, |e| matches!(e, ListConsumersError::Forbidden(b) if is_example_error(b))),
                (429, |e| matches!(e, ListConsumersError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, ListConsumersError::InternalServerError(b) if is_example_error(b))),
                (503, |e| matches!(e, ListConsumersError::ServiceUnavailable(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().list_consumers().send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "create_consumer",
            &[
                (400, |e| matches!(e, CreateConsumerError::BadRequest(b) if is_example_error(b))),
                (401, |e| matches!(e, CreateConsumerError::Unauthorized(b) if is_example_error(b))),
                (402, |e| matches!(e, CreateConsumerError::PaymentRequired(b) if is_example_error(b))),
                (403, |e| matches!(e, CreateConsumerError::Forbidden(b) if is_example_error(b))),
                (429, |e| matches!(e, CreateConsumerError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, CreateConsumerError::InternalServerError(b) if is_example_error(b))),
                (503, |e| matches!(e, CreateConsumerError::ServiceUnavailable(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().create_consumer().body(new_consumer()).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "delete_consumer",
            &[
                (401, |e| matches!(e, DeleteConsumerError::Unauthorized(b) if is_example_error(b))),
                (402, |e| matches!(e, DeleteConsumerError::PaymentRequired(b) if is_example_error(b))),
                (403, |e| matches!(e, DeleteConsumerError::Forbidden(b) if is_example_error(b))),
                (404, |e| matches!(e, DeleteConsumerError::NotFound(b) if is_example_error(b))),
                (429, |e| matches!(e, DeleteConsumerError::TooManyRequests(b) if is_example_error(b))),
                (500, |e| matches!(e, DeleteConsumerError::InternalServerError(b) if is_example_error(b))),
                (503, |e| matches!(e, DeleteConsumerError::ServiceUnavailable(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().delete_consumer(CONSUMER_ID).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "list (deprecated)",
            &[
                (
                    400,
                    |e| matches!(e, ListError::BadRequest(b) if is_example_error(b)),
                ),
                (
                    401,
                    |e| matches!(e, ListError::Unauthorized(b) if is_example_error(b)),
                ),
                (
                    402,
                    |e| matches!(e, ListError::PaymentRequired(b) if is_example_error(b)),
                ),
                (
                    403,
                    |e| matches!(e, ListError::Forbidden(b) if is_example_error(b)),
                ),
                (
                    404,
                    |e| matches!(e, ListError::NotFound(b) if is_example_error(b)),
                ),
                (
                    429,
                    |e| matches!(e, ListError::TooManyRequests(b) if is_example_error(b)),
                ),
                (
                    500,
                    |e| matches!(e, ListError::InternalServerError(b) if is_example_error(b)),
                ),
                (
                    503,
                    |e| matches!(e, ListError::ServiceUnavailable(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().list().page(1).page_size(50).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "create (deprecated)",
            &[
                (
                    401,
                    |e| matches!(e, CreateError::Unauthorized(b) if is_example_error(b)),
                ),
                (
                    402,
                    |e| matches!(e, CreateError::PaymentRequired(b) if is_example_error(b)),
                ),
                (
                    403,
                    |e| matches!(e, CreateError::Forbidden(b) if is_example_error(b)),
                ),
                (
                    429,
                    |e| matches!(e, CreateError::TooManyRequests(b) if is_example_error(b)),
                ),
                (
                    500,
                    |e| matches!(e, CreateError::InternalServerError(b) if is_example_error(b)),
                ),
                (
                    503,
                    |e| matches!(e, CreateError::ServiceUnavailable(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().create().body(new_rule()).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "get (deprecated)",
            &[
                (
                    401,
                    |e| matches!(e, GetError::Unauthorized(b) if is_example_error(b)),
                ),
                (
                    402,
                    |e| matches!(e, GetError::PaymentRequired(b) if is_example_error(b)),
                ),
                (
                    403,
                    |e| matches!(e, GetError::Forbidden(b) if is_example_error(b)),
                ),
                (
                    404,
                    |e| matches!(e, GetError::NotFound(b) if is_example_error(b)),
                ),
                (
                    429,
                    |e| matches!(e, GetError::TooManyRequests(b) if is_example_error(b)),
                ),
                (
                    500,
                    |e| matches!(e, GetError::InternalServerError(b) if is_example_error(b)),
                ),
                (
                    503,
                    |e| matches!(e, GetError::ServiceUnavailable(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().get(RULE_ID).send().await }
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
            let result = anonymous.webhooks().list_consumers().send().await;
            expect_rejected(result, 401, "Invalid security scheme used")
        })
        .await;
    checks
        .check(Kind::Control, "rule id that is not a UUID -> 422", async {
            let result = webhooks.get("not-a-uuid").send().await;
            expect_rejected(result, 422, "must match format \"uuid\"")
        })
        .await;
}
