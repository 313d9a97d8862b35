//! Zendesk Support API (specs/zendesk.yaml, OpenAPI 3.0): the 9 webhook operations against Prism.
//!
//! The spec's server is `https://{subdomain}.{domain}.com`; `base_url` replaces it with Prism's.

use std::collections::BTreeMap;

use provider_clients::runtime::RetryConfig;
use provider_clients::zendesk::types::{
    ApiKeyAuthentication, ApiKeyAuthenticationAddPosition, ApiKeyAuthenticationData,
    ApiKeyAuthenticationType, BasicAuthAuthentication, BasicAuthAuthenticationData,
    BasicAuthAuthenticationType, BearerTokenAuthenticationType, ErrorResponse, ListWebhooksSort,
    Webhook, WebhookAuthentication, WebhookCreateRequest, WebhookCreateRequestWebhook,
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

use crate::harness::{expect_ok, expect_rejected, Checks, Kind, KnownFailure, CALL_TIMEOUT};

pub const KNOWN_FAILURES: &[KnownFailure] = &[];

const USERNAME: &str = "agent@example.com/token";
const API_TOKEN: &str = "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv";
const WEBHOOK_ID: &str = "01GZQ7X0T5B8A0H6KS3Y2YDFQH";

fn client(base_url: &str, http: Option<reqwest::Client>) -> Client {
    let builder = Client::builder()
        .base_url(base_url)
        .api_token_auth(USERNAME, API_TOKEN)
        .retry(RetryConfig::disabled())
        .timeout(CALL_TIMEOUT);
    match http {
        Some(http) => builder.http_client(http).build(),
        None => builder.build(),
    }
}

fn headers() -> BTreeMap<String, String> {
    BTreeMap::from([("X-Source".to_owned(), "zendesk".to_owned())])
}

/// A full webhook as sent to create and update (read-only fields left out).
fn webhook_settings() -> WebhookCreateRequestWebhook {
    WebhookCreateRequestWebhook {
        id: None,
        name: "Escalation alerts".to_owned(),
        description: Some("Notifies the on-call channel of escalated tickets.".to_owned()),
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
        custom_headers: Some(headers()),
        signing_secret: None,
        external_source: None,
        created_at: None,
        created_by: None,
        updated_at: None,
        updated_by: None,
    }
}

fn test_request() -> WebhookTestRequest {
    WebhookTestRequest {
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
            custom_headers: Some(headers()),
        },
    }
}

fn patch_request() -> WebhookPatchRequest {
    WebhookPatchRequest {
        webhook: Some(WebhookPatchRequestWebhook {
            status: Some(WebhookPatchRequestWebhookStatus::Inactive),
            description: Some("Paused during the migration.".to_owned()),
            ..Default::default()
        }),
    }
}

/// The `Webhook` example of the spec, which Prism returns.
fn is_example_webhook(webhook: Option<&Webhook>) -> Result<(), String> {
    let Some(webhook) = webhook else {
        return Err("no webhook in the response".to_owned());
    };
    ensure_eq!(webhook.id.as_deref(), Some(WEBHOOK_ID));
    ensure_eq!(webhook.name, "Order sync to fulfilment");
    ensure_eq!(
        webhook.endpoint,
        "https://hooks.acme-fulfilment.com/zendesk"
    );
    ensure_eq!(webhook.http_method, WebhookHttpMethod::Post);
    ensure_eq!(webhook.request_format, WebhookRequestFormat::Json);
    ensure_eq!(webhook.status, WebhookStatus::Active);
    ensure_eq!(webhook.custom_headers, Some(headers()));
    ensure_eq!(webhook.created_at.as_deref(), Some("2024-03-18T09:41:07Z"));
    ensure_eq!(webhook.updated_by.as_deref(), Some("37284019"));
    match &webhook.authentication {
        Some(WebhookAuthentication::BearerTokenAuthentication(auth)) => {
            ensure_eq!(auth.type_, BearerTokenAuthenticationType::BearerToken);
            ensure_eq!(
                auth.data.as_ref().and_then(|d| d.token.as_deref()),
                Some("tok_5f2b9c81")
            );
        }
        other => {
            return Err(format!(
                "authentication is {other:?}, expected a bearer token"
            ))
        }
    }
    Ok(())
}

/// The `ErrorResponse` example of the spec, which Prism returns for every error status.
fn is_example_error(error: &ErrorResponse) -> bool {
    error
        .error
        .as_ref()
        .is_some_and(|e| e.code.as_deref() == Some("InvalidValue"))
        && error
            .errors
            .as_ref()
            .is_some_and(|errors| errors.len() == 1)
}

pub async fn run(checks: &mut Checks) {
    let base = checks.base_url();
    let zendesk = client(&base, None);
    let webhooks = zendesk.webhooks();

    // Operations.
    checks
        .check(Kind::Operation, "list_webhooks", async {
            let result = webhooks
                .list_webhooks()
                .page_after("eyJvIjoibmFtZSIsInYiOiJhVzVoWTNScGRtVT0ifQ==")
                .page_size(25)
                .filter_name_contains("sync")
                .filter_status(WebhookPatchRequestWebhookStatus::Active)
                .sort(ListWebhooksSort::Name)
                .send()
                .await;
            expect_ok(result, |page| {
                let list = page.webhooks.as_deref().unwrap_or_default();
                ensure_eq!(list.len(), 1);
                is_example_webhook(list.first())?;
                ensure!(page.meta.as_ref().is_some_and(|m| m.has_more.is_some()));
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "create_or_clone_webhook (create)", async {
            let result = webhooks
                .create_or_clone_webhook()
                .body(WebhookCreateRequest {
                    webhook: webhook_settings(),
                })
                .send()
                .await;
            expect_ok(result, |response| {
                is_example_webhook(response.webhook.as_ref())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "create_or_clone_webhook (clone)", async {
            let result = webhooks
                .create_or_clone_webhook()
                .clone_webhook_id(WEBHOOK_ID)
                .send()
                .await;
            expect_ok(result, |response| {
                is_example_webhook(response.webhook.as_ref())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "test_webhook", async {
            let result = webhooks
                .test_webhook(test_request())
                .webhook_id(WEBHOOK_ID)
                .send()
                .await;
            expect_ok(result, |response| {
                // No example in the spec: Prism generates the result from the schema.
                ensure!(response.test.as_ref().is_some_and(|t| t.status.is_some()));
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "show_webhook", async {
            let result = webhooks.show_webhook(WEBHOOK_ID).send().await;
            expect_ok(result, |response| {
                is_example_webhook(response.webhook.as_ref())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "update_webhook", async {
            let result = webhooks
                .update_webhook(
                    WEBHOOK_ID,
                    WebhookUpdateRequest {
                        webhook: webhook_settings(),
                    },
                )
                .send()
                .await;
            expect_ok(result, |()| Ok(()))
        })
        .await;
    checks
        .check(Kind::Operation, "patch_webhook", async {
            let result = webhooks
                .patch_webhook(WEBHOOK_ID, patch_request())
                .send()
                .await;
            expect_ok(result, |()| Ok(()))
        })
        .await;
    checks
        .check(Kind::Operation, "delete_webhook", async {
            let result = webhooks.delete_webhook(WEBHOOK_ID).send().await;
            expect_ok(result, |()| Ok(()))
        })
        .await;
    checks
        .check(Kind::Operation, "show_webhook_signing_secret", async {
            let result = webhooks
                .show_webhook_signing_secret(WEBHOOK_ID)
                .send()
                .await;
            expect_ok(result, |response| {
                ensure!(response
                    .signing_secret
                    .as_ref()
                    .is_some_and(|s| s.secret.is_some() && s.algorithm.is_some()));
                Ok(())
            })
        })
        .await;
    checks
        .check(Kind::Operation, "reset_webhook_signing_secret", async {
            let result = webhooks
                .reset_webhook_signing_secret(WEBHOOK_ID)
                .send()
                .await;
            expect_ok(result, |response| {
                ensure!(response
                    .signing_secret
                    .as_ref()
                    .is_some_and(|s| s.secret.is_some()));
                Ok(())
            })
        })
        .await;

    // Documented error statuses (`list_webhooks` documents none).
    checks
        .error_statuses(
            "create_or_clone_webhook",
            &[
                (400, |e| matches!(e, CreateOrCloneWebhookError::BadRequest(b) if is_example_error(b))),
                (403, |e| matches!(e, CreateOrCloneWebhookError::Forbidden(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .create_or_clone_webhook()
                        .body(WebhookCreateRequest {
                            webhook: webhook_settings(),
                        })
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "test_webhook",
            &[(
                400,
                |e| matches!(e, TestWebhookError::BadRequest(b) if is_example_error(b)),
            )],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().test_webhook(test_request()).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "show_webhook",
            &[
                (
                    400,
                    |e| matches!(e, ShowWebhookError::BadRequest(b) if is_example_error(b)),
                ),
                (
                    404,
                    |e| matches!(e, ShowWebhookError::NotFound(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().show_webhook(WEBHOOK_ID).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "update_webhook",
            &[
                (
                    400,
                    |e| matches!(e, UpdateWebhookError::BadRequest(b) if is_example_error(b)),
                ),
                (
                    404,
                    |e| matches!(e, UpdateWebhookError::NotFound(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .update_webhook(
                            WEBHOOK_ID,
                            WebhookUpdateRequest {
                                webhook: webhook_settings(),
                            },
                        )
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "patch_webhook",
            &[
                (
                    400,
                    |e| matches!(e, PatchWebhookError::BadRequest(b) if is_example_error(b)),
                ),
                (
                    404,
                    |e| matches!(e, PatchWebhookError::NotFound(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .patch_webhook(WEBHOOK_ID, patch_request())
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "delete_webhook",
            &[
                (
                    400,
                    |e| matches!(e, DeleteWebhookError::BadRequest(b) if is_example_error(b)),
                ),
                (
                    404,
                    |e| matches!(e, DeleteWebhookError::NotFound(b) if is_example_error(b)),
                ),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move { c.webhooks().delete_webhook(WEBHOOK_ID).send().await }
            },
        )
        .await;
    checks
        .error_statuses(
            "show_webhook_signing_secret",
            &[
                (403, |e| matches!(e, ShowWebhookSigningSecretError::Forbidden(b) if is_example_error(b))),
                (404, |e| matches!(e, ShowWebhookSigningSecretError::NotFound(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .show_webhook_signing_secret(WEBHOOK_ID)
                        .send()
                        .await
                }
            },
        )
        .await;
    checks
        .error_statuses(
            "reset_webhook_signing_secret",
            &[
                (403, |e| matches!(e, ResetWebhookSigningSecretError::Forbidden(b) if is_example_error(b))),
                (404, |e| matches!(e, ResetWebhookSigningSecretError::NotFound(b) if is_example_error(b))),
            ],
            |http| {
                let c = client(&base, Some(http));
                async move {
                    c.webhooks()
                        .reset_webhook_signing_secret(WEBHOOK_ID)
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
            let result = anonymous.webhooks().show_webhook(WEBHOOK_ID).send().await;
            expect_rejected(result, 401, "Invalid security scheme used")
        })
        .await;
    checks
        .check(
            Kind::Control,
            "http_method outside the enum -> 400",
            async {
                let mut settings = webhook_settings();
                settings.http_method = WebhookHttpMethod::Unknown("TRACE".to_owned());
                let result = webhooks
                    .update_webhook(WEBHOOK_ID, WebhookUpdateRequest { webhook: settings })
                    .send()
                    .await;
                expect_rejected(result, 400, "http_method")
            },
        )
        .await;
}
