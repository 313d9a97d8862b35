//! Attio (specs/attio.yaml, OpenAPI 3.1): the 5 webhook operations against Prism.

use provider_clients::attio::types::{
    Code, GetV2WebhooksResponseDataItem, GetV2WebhooksResponseDataItemSubscription as Subscription,
    GetV2WebhooksResponseDataItemSubscriptionEventType as EventType,
    GetV2WebhooksResponseDataItemSubscriptionFilter as Filter,
    GetV2WebhooksResponseDataItemSubscriptionFilterAnd as FilterAnd,
    GetV2WebhooksResponseDataItemSubscriptionFilterOr as FilterOr,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem as Condition,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 as Equals,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator as EqualsOperator,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 as NotEquals,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator as NotEqualsOperator,
    PatchV2WebhooksWebhookIdRequest, PatchV2WebhooksWebhookIdRequestData,
    PostV2WebhooksBadRequestCode, PostV2WebhooksRequest, PostV2WebhooksRequestData, Status, Type,
};
use provider_clients::attio::webhooks::{
    DeleteV2WebhooksWebhookIdError, GetV2WebhooksWebhookIdError, PatchV2WebhooksWebhookIdError,
    PostV2WebhooksError,
};
use provider_clients::attio::Client;
use provider_clients::runtime::RetryConfig;

use crate::harness::{expect_ok, expect_rejected, Checks, Kind, KnownFailure, CALL_TIMEOUT};

/// Checks expected to fail, with why (none: every Attio check passes).
pub const KNOWN_FAILURES: &[KnownFailure] = &[];

const TOKEN: &str = "attio_oauth_8d2f6a41c71e9b30";
const WEBHOOK_ID: &str = "c71e9b30-4a2d-4f6e-8b15-93d0a7e2f4b6";
const WORKSPACE_ID: &str = "8d2f6a41-0c7b-4e95-b3a8-61f2c9d07e54";
const PARENT_OBJECT_ID: &str = "97052eb9-e65e-443f-a297-f2d9a4a7f795";

fn client(base_url: &str, http: Option<reqwest::Client>) -> Client {
    let builder = Client::builder()
        .base_url(base_url)
        .oauth2(TOKEN)
        .retry(RetryConfig::disabled())
        .timeout(CALL_TIMEOUT);
    match http {
        Some(http) => builder.http_client(http).build(),
        None => builder.build(),
    }
}

/// Three subscriptions: an `$and` filter, an `$or` filter with both operators, and no filter.
fn subscriptions() -> Vec<Subscription> {
    vec![
        Subscription {
            event_type: EventType::NoteCreated,
            filter: Some(Filter::GetV2WebhooksResponseDataItemSubscriptionFilterAnd(
                FilterAnd {
                    and: vec![
                        Condition::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0(
                            Equals {
                                field: "parent_object_id".to_owned(),
                                operator: EqualsOperator::Equals,
                                value: PARENT_OBJECT_ID.to_owned(),
                            },
                        ),
                    ],
                },
            )),
        },
        Subscription {
            event_type: EventType::RecordUpdated,
            filter: Some(Filter::GetV2WebhooksResponseDataItemSubscriptionFilterOr(
                FilterOr {
                    or: vec![
                        Condition::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0(
                            Equals {
                                field: "object_id".to_owned(),
                                operator: EqualsOperator::Equals,
                                value: "5b0c1e2a-7f3d-4c8e-9a61-2d4f8b7e3c10".to_owned(),
                            },
                        ),
                        Condition::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1(
                            NotEquals {
                                field: "actor.type".to_owned(),
                                operator: NotEqualsOperator::NotEquals,
                                value: "api-token".to_owned(),
                            },
                        ),
                    ],
                },
            )),
        },
        Subscription {
            event_type: EventType::TaskCreated,
            filter: None,
        },
    ]
}

fn new_webhook() -> PostV2WebhooksRequest {
    PostV2WebhooksRequest {
        data: PostV2WebhooksRequestData {
            target_url: "https://hooks.acme-crm.io/attio/events".to_owned(),
            subscriptions: subscriptions(),
        },
    }
}

fn webhook_changes() -> PatchV2WebhooksWebhookIdRequest {
    PatchV2WebhooksWebhookIdRequest {
        data: PatchV2WebhooksWebhookIdRequestData {
            target_url: Some("https://hooks.acme-crm.io/attio/v2".to_owned()),
            subscriptions: Some(subscriptions()),
        },
    }
}

/// The webhook example of the spec (GET responses), which Prism returns.
fn is_example_webhook(webhook: &GetV2WebhooksResponseDataItem) -> Result<(), String> {
    ensure_eq!(webhook.target_url, "https://hooks.acme-crm.io/attio/events");
    ensure_eq!(webhook.id.webhook_id, WEBHOOK_ID);
    ensure_eq!(webhook.id.workspace_id, WORKSPACE_ID);
    ensure_eq!(webhook.status, Status::Active);
    ensure_eq!(webhook.created_at, "2024-11-05T09:41:17.302000000Z");
    ensure_eq!(webhook.subscriptions.len(), 2);
    ensure_eq!(
        webhook.subscriptions[0].event_type,
        EventType::RecordUpdated
    );
    match &webhook.subscriptions[0].filter {
        Some(Filter::GetV2WebhooksResponseDataItemSubscriptionFilterOr(or)) => {
            ensure_eq!(or.or.len(), 1);
            ensure!(matches!(
                &or.or[0],
                Condition::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0(c)
                    if c.field == "object_id" && c.operator == EqualsOperator::Equals
            ));
        }
        other => return Err(format!("the first filter is {other:?}, expected an `$or`")),
    }
    ensure_eq!(webhook.subscriptions[1].event_type, EventType::TaskCreated);
    ensure_eq!(webhook.subscriptions[1].filter, None);
    Ok(())
}

pub async fn run(checks: &mut Checks) {
    let base = checks.base_url();
    let attio = client(&base, None);
    let webhooks = attio.webhooks();

    // Operations.
    checks
        .check(Kind::Operation, "get_v2_webhooks", async {
            let result = webhooks.get_v2_webhooks().limit(10).offset(5).send().await;
            expect_ok(result, |page| {
                ensure_eq!(page.data.len(), 1);
                is_example_webhook(&page.data[0])
            })
        })
        .await;
    checks
        .check(Kind::Operation, "post_v2_webhooks", async {
            let result = webhooks.post_v2_webhooks(new_webhook()).send().await;
            expect_ok(result, |created| {
                ensure!(created.data.target_url.starts_with("https://"));
                ensure!(!created.data.secret.is_empty());
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "get_v2_webhooks_webhook_id", async {
            let result = webhooks.get_v2_webhooks_webhook_id(WEBHOOK_ID).send().await;
            expect_ok(result, |found| is_example_webhook(&found.data))
        })
        .await;
    checks
        .check(Kind::Operation, "patch_v2_webhooks_webhook_id", async {
            let result = webhooks
                .patch_v2_webhooks_webhook_id(WEBHOOK_ID, webhook_changes())
                .send()
                .await;
            expect_ok(result, |updated| {
                ensure!(updated.data.target_url.starts_with("https://"));
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "delete_v2_webhooks_webhook_id", async {
            let result = webhooks
                .delete_v2_webhooks_webhook_id(WEBHOOK_ID)
                .send()
                .await;
            // `200` with an empty object.
            expect_ok(result, |empty| {
                ensure!(empty.is_empty());
                Ok(())
            })
        })
        .await;

    // Documented error statuses (`get_v2_webhooks` documents none).
    checks
        .error_statuses(
            "post_v2_webhooks",
            &[(400, |e| {
                matches!(e, PostV2WebhooksError::BadRequest(b)
                    if b.status_code == 400.0
                        && b.type_ == Type::InvalidRequestError
                        && b.code == PostV2WebhooksBadRequestCode::ValidationType)
            })],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().post_v2_webhooks(new_webhook()).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "get_v2_webhooks_webhook_id",
            &[(404, |e| {
                matches!(e, GetV2WebhooksWebhookIdError::NotFound(b)
                    if b.status_code == 404.0 && b.code == Code::NotFound)
            })],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .get_v2_webhooks_webhook_id(WEBHOOK_ID)
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "patch_v2_webhooks_webhook_id",
            &[(404, |e| {
                matches!(e, PatchV2WebhooksWebhookIdError::NotFound(b)
                    if b.status_code == 404.0 && b.code == Code::NotFound)
            })],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .patch_v2_webhooks_webhook_id(WEBHOOK_ID, webhook_changes())
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "delete_v2_webhooks_webhook_id",
            &[(404, |e| {
                matches!(e, DeleteV2WebhooksWebhookIdError::NotFound(b)
                    if b.status_code == 404.0 && b.code == Code::NotFound)
            })],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .delete_v2_webhooks_webhook_id(WEBHOOK_ID)
                        .send()
                        .await
                }
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
            let result = anonymous.webhooks().get_v2_webhooks().send().await;
            expect_rejected(result, 401, "Invalid security scheme used")
        })
        .await;
    checks
        .check(
            Kind::Control,
            "webhook id that is not a UUID -> 422",
            async {
                let result = webhooks
                    .get_v2_webhooks_webhook_id("not-a-uuid")
                    .send()
                    .await;
                expect_rejected(result, 422, "webhook_id must match format \"uuid\"")
            },
        )
        .await;
}
