//! HTTP tests of the generated Codat (Platform API) client against a local wiremock server.
//!
//! Every mock matches the exact method, path, full query string, the `Authorization` API-key
//! header (the `auth_header` scheme of specs/codat.yaml), the content type and, for bodies, the
//! exact JSON; `.expect(1)` makes an unmatched or repeated request fail the test.

use futures::{StreamExt, TryStreamExt};
use provider_clients::codat::types::{
    CreateRule, Webhook, WebhookConsumer, WebhookConsumerPrototype, WebhookNotifier,
};
use provider_clients::codat::webhooks::{
    CreateConsumerError, GetError, ListConsumersError, ListError,
};
use provider_clients::codat::Client;
use provider_clients::runtime::{Error, RetryConfig, StatusCode};
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

mod common;
use common::{exact_query, NoBody};

/// "Basic " followed by the Base64 of the API key `dummy-codat-key`, as the spec asks.
const AUTH: &str = "Basic ZHVtbXktY29kYXQta2V5";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .auth_header(AUTH)
        .build()
}

fn consumer_json() -> serde_json::Value {
    json!({
        "id": "3f1c2b9e-5d47-4a8e-9c61-0b7e2d4f8a13",
        "url": "https://hooks.example.org/codat/events",
        "disabled": false,
        "eventTypes": ["DataSyncCompleted", "DatasetDataChanged"],
        "companyTags": ["region:emea", "tier:gold"]
    })
}

fn rule_json(id: &str, kind: &str) -> serde_json::Value {
    json!({
        "id": id,
        "type": kind,
        "companyId": "0b6f5a3e-2c41-4d8f-a9e7-6c3d1b2f4e90",
        "notifiers": {
            "emails": ["ops@example.org"],
            "webhook": "https://hooks.example.org/codat/legacy"
        }
    })
}

fn error_json(status: u16, message: &str) -> serde_json::Value {
    json!({
        "statusCode": status,
        "service": "PublicApi",
        "error": message,
        "correlationId": "7eb1b4d8c7b5b1b1d1e7a3f2c6a9e0b4",
        "validation": null,
        "canBeRetried": "Unknown",
        "detailedErrorCode": 0
    })
}

// ---------------------------------------------------------------------------------------------
// Every operation: request encoding and typed response decoding.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn list_consumers_sends_get_with_auth_and_decodes_consumers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "results": [
                consumer_json(),
                {
                    "id": "8a210b68-6988-11ed-a1eb-0242ac120002",
                    "url": "https://hooks.example.org/codat/other",
                    "disabled": null,
                    "eventTypes": ["CompanyCreated"],
                    "companyTags": null
                }
            ]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let consumers = client(&server)
        .webhooks()
        .list_consumers()
        .send()
        .await
        .expect("list_consumers should succeed");

    let results = consumers.results.expect("results present");
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[0],
        WebhookConsumer {
            id: Some("3f1c2b9e-5d47-4a8e-9c61-0b7e2d4f8a13".into()),
            url: Some("https://hooks.example.org/codat/events".into()),
            disabled: Some(Some(false)),
            event_types: Some(vec![
                "DataSyncCompleted".into(),
                "DatasetDataChanged".into()
            ]),
            company_tags: Some(Some(vec!["region:emea".into(), "tier:gold".into()])),
        }
    );
    assert_eq!(
        results[1].id.as_deref(),
        Some("8a210b68-6988-11ed-a1eb-0242ac120002")
    );
    assert_eq!(results[1].disabled, Some(None), "nullable `disabled: null`");
    assert_eq!(
        results[1].company_tags,
        Some(None),
        "nullable `companyTags: null`"
    );
    assert_eq!(
        results[1].event_types.as_deref(),
        Some(&["CompanyCreated".to_owned()][..])
    );
}

#[tokio::test]
async fn create_consumer_posts_json_body_and_decodes_201() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "url": "https://hooks.example.org/codat/events",
            "disabled": false,
            "eventTypes": ["DataSyncCompleted", "DatasetDataChanged"],
            "companyTags": ["region:emea"]
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "id": "3f1c2b9e-5d47-4a8e-9c61-0b7e2d4f8a13",
            "url": "https://hooks.example.org/codat/events",
            "disabled": false,
            "eventTypes": ["DataSyncCompleted", "DatasetDataChanged"],
            "companyTags": ["region:emea"]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let prototype = WebhookConsumerPrototype {
        url: Some("https://hooks.example.org/codat/events".into()),
        disabled: Some(Some(false)),
        event_types: Some(vec![
            "DataSyncCompleted".into(),
            "DatasetDataChanged".into(),
        ]),
        company_tags: Some(Some(vec!["region:emea".into()])),
    };
    let created = client(&server)
        .webhooks()
        .create_consumer()
        .body(prototype)
        .send()
        .await
        .expect("create_consumer should succeed");

    assert_eq!(
        created.id.as_deref(),
        Some("3f1c2b9e-5d47-4a8e-9c61-0b7e2d4f8a13")
    );
    assert_eq!(
        created.url.as_deref(),
        Some("https://hooks.example.org/codat/events")
    );
    assert_eq!(created.disabled, Some(Some(false)));
    assert_eq!(
        created.event_types,
        Some(vec![
            "DataSyncCompleted".to_owned(),
            "DatasetDataChanged".to_owned()
        ])
    );
    assert_eq!(
        created.company_tags,
        Some(Some(vec!["region:emea".to_owned()]))
    );
}

#[tokio::test]
async fn create_consumer_omits_unset_fields_from_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "url": "https://hooks.example.org/codat/minimal",
            "eventTypes": ["DataSyncCompleted"]
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "id": "5b0d8f2a-1c3e-4a7b-9d6f-2e8c4a1b3d5f",
            "url": "https://hooks.example.org/codat/minimal",
            "disabled": false,
            "eventTypes": ["DataSyncCompleted"]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let created = client(&server)
        .webhooks()
        .create_consumer()
        .body(WebhookConsumerPrototype {
            url: Some("https://hooks.example.org/codat/minimal".into()),
            event_types: Some(vec!["DataSyncCompleted".into()]),
            ..Default::default()
        })
        .send()
        .await
        .expect("create_consumer should succeed");
    assert_eq!(
        created.id.as_deref(),
        Some("5b0d8f2a-1c3e-4a7b-9d6f-2e8c4a1b3d5f")
    );
    assert_eq!(created.company_tags, None);
}

#[tokio::test]
async fn create_consumer_sends_explicit_nulls_for_nullable_fields() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "url": "https://hooks.example.org/codat/untagged",
            "disabled": null,
            "eventTypes": [],
            "companyTags": null
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "id": "6c1e9a3b-7d2f-4e8a-b5c4-3f9d1a7e2b6c",
            "url": "https://hooks.example.org/codat/untagged",
            "disabled": null,
            "eventTypes": [],
            "companyTags": null
        })))
        .expect(1)
        .mount(&server)
        .await;

    let created = client(&server)
        .webhooks()
        .create_consumer()
        .body(WebhookConsumerPrototype {
            url: Some("https://hooks.example.org/codat/untagged".into()),
            disabled: Some(None),
            event_types: Some(vec![]),
            company_tags: Some(None),
        })
        .send()
        .await
        .expect("create_consumer should succeed");
    assert_eq!(created.disabled, Some(None));
    assert_eq!(created.company_tags, Some(None));
    assert_eq!(created.event_types, Some(vec![]));
}

#[tokio::test]
async fn delete_consumer_sends_delete_and_accepts_204() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/webhooks/8a210b68-6988-11ed-a1eb-0242ac120002"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let () = client(&server)
        .webhooks()
        .delete_consumer("8a210b68-6988-11ed-a1eb-0242ac120002".to_owned())
        .send()
        .await
        .expect("delete_consumer should succeed");
}

#[tokio::test]
#[allow(deprecated)]
async fn list_legacy_sends_paging_and_filter_query_and_decodes_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/rules"))
        .and(query_param("page", "2"))
        .and(query_param("pageSize", "50"))
        .and(query_param("query", "type=DataConnectionStatusChanged"))
        .and(query_param("orderBy", "-modifiedDate"))
        .and(exact_query(&[
            ("page", "2"),
            ("pageSize", "50"),
            ("query", "type=DataConnectionStatusChanged"),
            ("orderBy", "-modifiedDate"),
        ]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "results": [
                rule_json("9d2e7c41-8b3a-4f65-a0d9-2e5c7b1f3a68", "DataConnectionStatusChanged"),
                {
                    "id": "1c7d3e9f-4b2a-4d6e-8f1a-5c3b7e9d2a4f",
                    "type": "DataConnectionStatusChanged",
                    "notifiers": { "webhook": "https://hooks.example.org/codat/legacy-2" }
                }
            ],
            "pageNumber": 2,
            "pageSize": 50,
            "totalResults": 52,
            "_links": {
                "self": { "href": "/rules" },
                "current": { "href": "/rules?page=2&pageSize=50" },
                "previous": { "href": "/rules?page=1&pageSize=50" }
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let page = client(&server)
        .webhooks()
        .list()
        .page(2)
        .page_size(50)
        .query("type=DataConnectionStatusChanged")
        .order_by("-modifiedDate")
        .send()
        .await
        .expect("list should succeed");

    assert_eq!(page.page_number, 2);
    assert_eq!(page.page_size, 50);
    assert_eq!(page.total_results, 52);
    assert_eq!(page.links.self_.href.as_deref(), Some("/rules"));
    assert_eq!(
        page.links.current.href.as_deref(),
        Some("/rules?page=2&pageSize=50")
    );
    assert_eq!(page.links.next, None);
    assert_eq!(
        page.links.previous.as_ref().and_then(|l| l.href.as_deref()),
        Some("/rules?page=1&pageSize=50")
    );
    let results = page.results.expect("results present");
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[0],
        Webhook {
            id: Some("9d2e7c41-8b3a-4f65-a0d9-2e5c7b1f3a68".into()),
            base: CreateRule {
                type_: "DataConnectionStatusChanged".into(),
                company_id: Some("0b6f5a3e-2c41-4d8f-a9e7-6c3d1b2f4e90".into()),
                notifiers: WebhookNotifier {
                    emails: Some(vec!["ops@example.org".into()]),
                    webhook: Some("https://hooks.example.org/codat/legacy".into()),
                },
            },
        }
    );
    assert_eq!(results[1].company_id, None);
    assert_eq!(results[1].notifiers.emails, None);
    assert_eq!(
        results[1].notifiers.webhook.as_deref(),
        Some("https://hooks.example.org/codat/legacy-2")
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn list_legacy_without_parameters_sends_no_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/rules"))
        .and(query_param_is_missing("page"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "results": [],
            "pageNumber": 1,
            "pageSize": 100,
            "totalResults": 0,
            "_links": {
                "self": { "href": "/rules" },
                "current": { "href": "/rules?page=1&pageSize=100" }
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let page = client(&server)
        .webhooks()
        .list()
        .send()
        .await
        .expect("list should succeed");
    assert_eq!(page.results, Some(vec![]));
    assert_eq!(page.total_results, 0);
    assert_eq!(page.page_size, 100);
}

#[tokio::test]
#[allow(deprecated)]
async fn create_legacy_posts_rule_and_decodes_webhook() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/rules"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "type": "DataConnectionStatusChanged",
            "companyId": "39b73b17-cc2e-429e-915d-71654e9dcd1e",
            "notifiers": {
                "emails": ["info@client.com"],
                "webhook": "https://webhook.client.com"
            }
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "e3334455-1aed-4e71-ab43-6bccf12092ee",
            "type": "DataConnectionStatusChanged",
            "companyId": "39b73b17-cc2e-429e-915d-71654e9dcd1e",
            "notifiers": {
                "emails": ["info@client.com"],
                "webhook": "https://webhook.client.com"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let rule = CreateRule {
        type_: "DataConnectionStatusChanged".into(),
        company_id: Some("39b73b17-cc2e-429e-915d-71654e9dcd1e".into()),
        notifiers: WebhookNotifier {
            emails: Some(vec!["info@client.com".into()]),
            webhook: Some("https://webhook.client.com".into()),
        },
    };
    let created = client(&server)
        .webhooks()
        .create()
        .body(rule)
        .send()
        .await
        .expect("create should succeed");

    assert_eq!(
        created,
        Webhook {
            id: Some("e3334455-1aed-4e71-ab43-6bccf12092ee".into()),
            base: CreateRule {
                type_: "DataConnectionStatusChanged".into(),
                company_id: Some("39b73b17-cc2e-429e-915d-71654e9dcd1e".into()),
                notifiers: WebhookNotifier {
                    emails: Some(vec!["info@client.com".into()]),
                    webhook: Some("https://webhook.client.com".into()),
                },
            },
        }
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn get_legacy_fetches_rule_by_id() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/rules/7318949f-c008-4936-a8ff-10d7ab563fa6"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(rule_json(
            "7318949f-c008-4936-a8ff-10d7ab563fa6",
            "DataSyncCompleted",
        )))
        .expect(1)
        .mount(&server)
        .await;

    let rule = client(&server)
        .webhooks()
        .get("7318949f-c008-4936-a8ff-10d7ab563fa6")
        .send()
        .await
        .expect("get should succeed");

    assert_eq!(
        rule.id.as_deref(),
        Some("7318949f-c008-4936-a8ff-10d7ab563fa6")
    );
    assert_eq!(rule.type_, "DataSyncCompleted");
    assert_eq!(
        rule.company_id.as_deref(),
        Some("0b6f5a3e-2c41-4d8f-a9e7-6c3d1b2f4e90")
    );
    assert_eq!(
        rule.notifiers.emails,
        Some(vec!["ops@example.org".to_owned()])
    );
    assert_eq!(
        rule.notifiers.webhook.as_deref(),
        Some("https://hooks.example.org/codat/legacy")
    );
}

// ---------------------------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
#[allow(deprecated)]
async fn documented_and_undocumented_error_statuses() {
    let server = MockServer::start().await;

    // Documented 404 on the legacy `get`.
    Mock::given(method("GET"))
        .and(path("/rules/00000000-0000-4000-8000-000000000000"))
        .and(header("authorization", AUTH))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-correlation-id", "7eb1b4d8c7b5b1b1d1e7a3f2c6a9e0b4")
                .set_body_json(error_json(404, "Rule not found.")),
        )
        .expect(1)
        .mount(&server)
        .await;

    // Documented 400 (with validation details) on `create_consumer`.
    Mock::given(method("POST"))
        .and(path("/webhooks"))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({ "url": "not a url" })))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "statusCode": 400,
            "service": "PublicApi",
            "error": "The request is invalid.",
            "correlationId": "1f0e2d3c4b5a69788796a5b4c3d2e1f0",
            "validation": {
                "errors": [
                    {
                        "itemId": "url",
                        "message": "The url must be an absolute https URL.",
                        "validatorName": "UrlValidator"
                    }
                ],
                "warnings": null
            },
            "canBeRetried": "No",
            "detailedErrorCode": 10001
        })))
        .expect(1)
        .mount(&server)
        .await;

    // Documented 401 on the legacy `list`.
    Mock::given(method("GET"))
        .and(path("/rules"))
        .and(exact_query(&[("page", "1")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(401).set_body_json(error_json(401, "Unauthorized")))
        .expect(1)
        .mount(&server)
        .await;

    // Undocumented 418 on `list_consumers`.
    let teapot = r#"{"message":"I'm a teapot","brewing":true}"#;
    Mock::given(method("GET"))
        .and(path("/webhooks"))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(418).set_body_raw(teapot, "application/json"))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);

    match client
        .webhooks()
        .get("00000000-0000-4000-8000-000000000000")
        .send()
        .await
    {
        Err(Error::Api {
            status,
            headers,
            error: GetError::NotFound(body),
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(
                headers
                    .get("x-correlation-id")
                    .and_then(|v| v.to_str().ok()),
                Some("7eb1b4d8c7b5b1b1d1e7a3f2c6a9e0b4")
            );
            assert_eq!(body.status_code, Some(404));
            assert_eq!(body.service.as_deref(), Some("PublicApi"));
            assert_eq!(body.error.as_deref(), Some("Rule not found."));
            assert_eq!(
                body.correlation_id.as_deref(),
                Some("7eb1b4d8c7b5b1b1d1e7a3f2c6a9e0b4")
            );
            assert_eq!(body.validation.flatten(), None);
            assert_eq!(body.can_be_retried.as_deref(), Some("Unknown"));
            assert_eq!(body.detailed_error_code, Some(0));
        }
        other => panic!("expected Error::Api with GetError::NotFound, got {other:?}"),
    }

    match client
        .webhooks()
        .create_consumer()
        .body(WebhookConsumerPrototype {
            url: Some("not a url".into()),
            ..Default::default()
        })
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: CreateConsumerError::BadRequest(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert_eq!(body.detailed_error_code, Some(10001));
            let validation = body.validation.flatten().expect("validation present");
            assert_eq!(validation.warnings.flatten(), None);
            let errors = validation
                .errors
                .flatten()
                .expect("validation errors present");
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].item_id.clone().flatten().as_deref(), Some("url"));
            assert_eq!(
                errors[0].message.clone().flatten().as_deref(),
                Some("The url must be an absolute https URL.")
            );
            assert_eq!(
                errors[0].validator_name.clone().flatten().as_deref(),
                Some("UrlValidator")
            );
        }
        other => panic!("expected Error::Api with CreateConsumerError::BadRequest, got {other:?}"),
    }

    match client.webhooks().list().page(1).send().await {
        Err(err @ Error::Api { .. }) => {
            assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
            match err.api_error() {
                Some(ListError::Unauthorized(body)) => {
                    assert_eq!(body.status_code, Some(401));
                    assert_eq!(body.error.as_deref(), Some("Unauthorized"));
                }
                other => panic!("expected ListError::Unauthorized, got {other:?}"),
            }
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }

    match client.webhooks().list_consumers().send().await {
        Err(Error::UnexpectedStatus {
            status,
            headers,
            body,
        }) => {
            assert_eq!(status.as_u16(), 418);
            assert_eq!(
                headers.get("content-type").and_then(|v| v.to_str().ok()),
                Some("application/json")
            );
            assert_eq!(&body[..], teapot.as_bytes());
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
}

#[tokio::test]
async fn retryable_documented_status_decodes_when_retries_are_disabled() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/webhooks"))
        .and(header("authorization", AUTH))
        .respond_with(
            ResponseTemplate::new(503)
                .set_body_json(error_json(503, "The service is down for maintenance.")),
        )
        .expect(1)
        .mount(&server)
        .await;

    let result = client(&server)
        .webhooks()
        .list_consumers()
        .retries(RetryConfig::disabled())
        .send()
        .await;
    match result {
        Err(Error::Api {
            status,
            error: ListConsumersError::ServiceUnavailable(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(
                body.error.as_deref(),
                Some("The service is down for maintenance.")
            );
        }
        other => panic!("expected ListConsumersError::ServiceUnavailable, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Every operation of the seed list exists.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
#[allow(deprecated)]
async fn every_seed_operation_exists() {
    use provider_clients::codat::webhooks as ops;
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .auth_header(AUTH)
        .build();
    let webhooks = client.webhooks();

    // From /work/shared/seeds/codat-webhooks.md: create, create_consumer, delete_consumer, get,
    // list, list_consumers.
    let _: provider_clients::runtime::Call<'_, ops::Create> = webhooks.create().body(CreateRule {
        type_: "DataConnectionStatusChanged".into(),
        company_id: None,
        notifiers: WebhookNotifier::default(),
    });
    let _: provider_clients::runtime::Call<'_, ops::CreateConsumer> = webhooks
        .create_consumer()
        .body(WebhookConsumerPrototype::default());
    let _: provider_clients::runtime::Call<'_, ops::DeleteConsumer> =
        webhooks.delete_consumer("8a210b68-6988-11ed-a1eb-0242ac120002".to_owned());
    let _: provider_clients::runtime::Call<'_, ops::Get> =
        webhooks.get("7318949f-c008-4936-a8ff-10d7ab563fa6");
    let _: provider_clients::runtime::Call<'_, ops::List> = webhooks
        .list()
        .page(1)
        .page_size(100)
        .query("id=e3334455-1aed-4e71-ab43-6bccf12092ee")
        .order_by("-modifiedDate");
    let _: provider_clients::runtime::Call<'_, ops::ListConsumers> = webhooks.list_consumers();
}

// ---------------------------------------------------------------------------------------------
// Pagination of the legacy `list` (page/pageSize, `_links.next`).
// ---------------------------------------------------------------------------------------------

fn rules_page(page: u64, ids: &[&str], next: bool) -> serde_json::Value {
    let mut links = json!({
        "self": { "href": "/rules" },
        "current": { "href": format!("/rules?page={page}&pageSize=2&query=type%3DDataSyncCompleted") },
    });
    if page > 1 {
        links["previous"] = json!({
            "href": format!("/rules?page={}&pageSize=2&query=type%3DDataSyncCompleted", page - 1)
        });
    }
    if next {
        links["next"] = json!({
            "href": format!("/rules?page={}&pageSize=2&query=type%3DDataSyncCompleted", page + 1)
        });
    }
    json!({
        "results": ids.iter().map(|id| rule_json(id, "DataSyncCompleted")).collect::<Vec<_>>(),
        "pageNumber": page,
        "pageSize": 2,
        "totalResults": 6,
        "_links": links
    })
}

async fn mount_rules_page(server: &MockServer, page: Option<&str>, body: serde_json::Value) {
    let mut query = vec![("pageSize", "2"), ("query", "type=DataSyncCompleted")];
    if let Some(page) = page {
        query.push(("page", page));
    }
    Mock::given(method("GET"))
        .and(path("/rules"))
        .and(exact_query(&query))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
#[allow(deprecated)]
async fn list_legacy_items_walks_three_pages_until_next_link_is_absent() {
    let server = MockServer::start().await;
    // The first request carries no `page` (the spec's default is 1); later ones ask for 2 and 3.
    mount_rules_page(&server, None, rules_page(1, &["r-1", "r-2"], true)).await;
    mount_rules_page(&server, Some("2"), rules_page(2, &["r-3", "r-4"], true)).await;
    // A full last page: only the missing `_links.next` says it is the end.
    mount_rules_page(&server, Some("3"), rules_page(3, &["r-5", "r-6"], false)).await;
    Mock::given(method("GET"))
        .and(path("/rules"))
        .and(query_param("page", "4"))
        .respond_with(ResponseTemplate::new(200).set_body_json(rules_page(4, &[], false)))
        .expect(0)
        .named("page 4 must not be requested")
        .mount(&server)
        .await;

    let client = client(&server);
    let items: Vec<Webhook> = client
        .webhooks()
        .list()
        .page_size(2)
        .query("type=DataSyncCompleted")
        .items()
        .try_collect()
        .await
        .expect("all pages should load");

    let ids: Vec<&str> = items.iter().filter_map(|w| w.id.as_deref()).collect();
    assert_eq!(ids, ["r-1", "r-2", "r-3", "r-4", "r-5", "r-6"]);
    assert!(items.iter().all(|w| w.type_ == "DataSyncCompleted"));
}

#[tokio::test]
#[allow(deprecated)]
async fn list_legacy_pages_start_at_the_requested_page() {
    let server = MockServer::start().await;
    mount_rules_page(&server, Some("2"), rules_page(2, &["r-3", "r-4"], true)).await;
    mount_rules_page(&server, Some("3"), rules_page(3, &["r-5", "r-6"], false)).await;

    let client = client(&server);
    let pages: Vec<_> = client
        .webhooks()
        .list()
        .page(2)
        .page_size(2)
        .query("type=DataSyncCompleted")
        .pages()
        .collect()
        .await;

    assert_eq!(pages.len(), 2);
    let pages: Vec<_> = pages
        .into_iter()
        .map(|p| p.expect("page should load"))
        .collect();
    assert_eq!(pages[0].body["pageNumber"], 2);
    assert_eq!(pages[1].body["pageNumber"], 3);
    let ids: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| p.items.iter().filter_map(|w| w.id.as_deref()).collect())
        .collect();
    assert_eq!(ids, [vec!["r-3", "r-4"], vec!["r-5", "r-6"]]);
}
