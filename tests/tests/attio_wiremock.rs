//! HTTP tests of the generated Attio client (`provider_clients::attio`) against a local
//! wiremock server: request encoding (method, path, query, OAuth2 bearer, body), response
//! decoding, typed errors and offset pagination.

use futures::TryStreamExt;
use provider_clients::attio::types::{
    Code, DeleteV2WebhooksWebhookIdNotFound,
    GetV2WebhooksResponseDataItemSubscription as Subscription,
    GetV2WebhooksResponseDataItemSubscriptionEventType as EventType,
    GetV2WebhooksResponseDataItemSubscriptionFilter as Filter,
    GetV2WebhooksResponseDataItemSubscriptionFilterAnd as FilterAnd,
    GetV2WebhooksResponseDataItemSubscriptionFilterOr as FilterOr,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem as Condition,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 as EqualsCondition,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator as EqualsOperator,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 as NotEqualsCondition,
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator as NotEqualsOperator,
    GetV2WebhooksWebhookIdNotFound, Id as WebhookId, PatchV2WebhooksWebhookIdRequest,
    PatchV2WebhooksWebhookIdRequestData, PostV2WebhooksBadRequest, PostV2WebhooksBadRequestCode,
    PostV2WebhooksRequest, PostV2WebhooksRequestData, Status, Type,
};
use provider_clients::attio::webhooks::{
    DeleteV2WebhooksWebhookIdError, GetV2WebhooksWebhookIdError, PatchV2WebhooksWebhookIdError,
    PostV2WebhooksError,
};
use provider_clients::attio::Client;
use provider_clients::runtime::{Error, RetryConfig, StatusCode};
use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
mod common;
use common::{exact_query, NoBody};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "tok";
const AUTH: &str = "Bearer tok";
const WORKSPACE_ID: &str = "8d2f6a41-0c7b-4e95-b3a8-61f2c9d07e54";
const WEBHOOK_ID: &str = "c71e9b30-4a2d-4f6e-8b15-93d0a7e2f4b6";
const OBJECT_ID: &str = "5b0c1e2a-7f3d-4c8e-9a61-2d4f8b7e3c10";
const LIST_ID: &str = "e4a7d2c9-13b8-4f05-a6e1-7c92b0f5d348";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .oauth2(TOKEN)
        .retry(RetryConfig::disabled())
        .build()
}

/// The spec's example webhook: an `$or` filter with one `equals` condition, and a null filter.
fn webhook_json(webhook_id: &str, target_url: &str) -> Value {
    json!({
        "target_url": target_url,
        "subscriptions": [
            {
                "event_type": "record.updated",
                "filter": {"$or": [{"field": "object_id", "operator": "equals", "value": OBJECT_ID}]}
            },
            {"event_type": "task.created", "filter": null}
        ],
        "id": {"workspace_id": WORKSPACE_ID, "webhook_id": webhook_id},
        "status": "active",
        "created_at": "2024-11-05T09:41:17.302000000Z"
    })
}

fn equals(field: &str, value: &str) -> Condition {
    Condition::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0(EqualsCondition {
        field: field.to_owned(),
        operator: EqualsOperator::Equals,
        value: value.to_owned(),
    })
}

fn not_equals(field: &str, value: &str) -> Condition {
    Condition::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1(NotEqualsCondition {
        field: field.to_owned(),
        operator: NotEqualsOperator::NotEquals,
        value: value.to_owned(),
    })
}

fn or(conditions: Vec<Condition>) -> Filter {
    Filter::GetV2WebhooksResponseDataItemSubscriptionFilterOr(FilterOr { or: conditions })
}

fn and(conditions: Vec<Condition>) -> Filter {
    Filter::GetV2WebhooksResponseDataItemSubscriptionFilterAnd(FilterAnd { and: conditions })
}

/// The typed form of the subscriptions in [`webhook_json`].
fn example_subscriptions() -> Vec<Subscription> {
    vec![
        Subscription {
            event_type: EventType::RecordUpdated,
            filter: Some(or(vec![equals("object_id", OBJECT_ID)])),
        },
        Subscription {
            event_type: EventType::TaskCreated,
            filter: None,
        },
    ]
}

fn not_found_json() -> Value {
    json!({
        "status_code": 404,
        "type": "invalid_request_error",
        "code": "not_found",
        "message": format!("Webhook with ID \"{WEBHOOK_ID}\" does not exist.")
    })
}

#[tokio::test]
async fn get_v2_webhooks_sends_limit_and_offset_and_decodes_the_list() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "5"))
        .and(exact_query(&[("limit", "10"), ("offset", "5")]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [webhook_json(WEBHOOK_ID, "https://hooks.acme-crm.io/attio/events")]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .get_v2_webhooks()
        .limit(10)
        .offset(5)
        .send()
        .await
        .expect("get_v2_webhooks");

    assert_eq!(response.data.len(), 1);
    let webhook = &response.data[0];
    assert_eq!(webhook.target_url, "https://hooks.acme-crm.io/attio/events");
    assert_eq!(
        webhook.id,
        WebhookId {
            workspace_id: WORKSPACE_ID.to_owned(),
            webhook_id: WEBHOOK_ID.to_owned(),
        }
    );
    assert_eq!(webhook.status, Status::Active);
    assert_eq!(webhook.created_at, "2024-11-05T09:41:17.302000000Z");
    assert_eq!(webhook.subscriptions, example_subscriptions());
}

#[tokio::test]
async fn get_v2_webhooks_without_parameters_sends_an_empty_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param_is_missing("limit"))
        .and(query_param_is_missing("offset"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .get_v2_webhooks()
        .send()
        .await
        .expect("get_v2_webhooks");
    assert!(response.data.is_empty());
}

#[tokio::test]
async fn post_v2_webhooks_sends_the_typed_body_with_null_filters() {
    let server = MockServer::start().await;
    let subscriptions_json = json!([
        {
            "event_type": "list-entry.created",
            "filter": {"$and": [
                {"field": "list_id", "operator": "equals", "value": LIST_ID},
                {"field": "actor.type", "operator": "not_equals", "value": "api-token"}
            ]}
        },
        {"event_type": "workspace-member.created", "filter": null}
    ]);
    Mock::given(method("POST"))
        .and(path("/v2/webhooks"))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "data": {
                "target_url": "https://hooks.acme-crm.io/attio/events",
                "subscriptions": subscriptions_json
            }
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": {
                "target_url": "https://hooks.acme-crm.io/attio/events",
                "subscriptions": [
                    {
                        "event_type": "list-entry.created",
                        "filter": {"$and": [{"field": "list_id", "operator": "equals", "value": LIST_ID}]}
                    },
                    {"event_type": "workspace-member.created", "filter": null}
                ],
                "id": {"workspace_id": WORKSPACE_ID, "webhook_id": WEBHOOK_ID},
                "status": "active",
                "created_at": "2024-11-05T09:41:17.302000000Z",
                "secret": "whsec_attio_4f9b2c7e1d"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .post_v2_webhooks(PostV2WebhooksRequest {
            data: PostV2WebhooksRequestData {
                target_url: "https://hooks.acme-crm.io/attio/events".to_owned(),
                subscriptions: vec![
                    Subscription {
                        event_type: EventType::ListEntryCreated,
                        filter: Some(and(vec![
                            equals("list_id", LIST_ID),
                            not_equals("actor.type", "api-token"),
                        ])),
                    },
                    Subscription {
                        event_type: EventType::WorkspaceMemberCreated,
                        filter: None,
                    },
                ],
            },
        })
        .send()
        .await
        .expect("post_v2_webhooks");

    let created = response.data;
    assert_eq!(created.secret, "whsec_attio_4f9b2c7e1d");
    assert_eq!(created.id.webhook_id, WEBHOOK_ID);
    assert_eq!(created.id.workspace_id, WORKSPACE_ID);
    assert_eq!(created.status, Status::Active);
    assert_eq!(
        created.subscriptions,
        vec![
            Subscription {
                event_type: EventType::ListEntryCreated,
                filter: Some(and(vec![equals("list_id", LIST_ID)])),
            },
            Subscription {
                event_type: EventType::WorkspaceMemberCreated,
                filter: None,
            },
        ]
    );
}

#[tokio::test]
async fn get_v2_webhooks_webhook_id_decodes_the_webhook() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": {
                "target_url": "https://hooks.acme-crm.io/attio/events",
                "subscriptions": [],
                "id": {"workspace_id": WORKSPACE_ID, "webhook_id": WEBHOOK_ID},
                "status": "degraded",
                "created_at": "2024-11-05T09:41:17.302000000Z"
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .get_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
        .expect("get_v2_webhooks_webhook_id")
        .data;
    assert_eq!(webhook.id.webhook_id, WEBHOOK_ID);
    assert_eq!(webhook.status, Status::Degraded);
    assert!(webhook.subscriptions.is_empty());
}

#[tokio::test]
async fn patch_v2_webhooks_webhook_id_sends_only_the_changed_fields() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "data": {"target_url": "https://hooks.acme-crm.io/attio/v2"}
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json({
            let mut webhook = webhook_json(WEBHOOK_ID, "https://hooks.acme-crm.io/attio/v2");
            webhook["status"] = json!("inactive");
            json!({ "data": webhook })
        }))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .patch_v2_webhooks_webhook_id(
            WEBHOOK_ID,
            PatchV2WebhooksWebhookIdRequest {
                data: PatchV2WebhooksWebhookIdRequestData {
                    target_url: Some("https://hooks.acme-crm.io/attio/v2".to_owned()),
                    subscriptions: None,
                },
            },
        )
        .send()
        .await
        .expect("patch_v2_webhooks_webhook_id")
        .data;
    assert_eq!(webhook.target_url, "https://hooks.acme-crm.io/attio/v2");
    assert_eq!(webhook.status, Status::Inactive);
    assert_eq!(webhook.subscriptions, example_subscriptions());
}

#[tokio::test]
async fn patch_v2_webhooks_webhook_id_replaces_the_subscriptions() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .and(body_json(json!({
            "data": {
                "subscriptions": [
                    {"event_type": "note.created", "filter": null},
                    {
                        "event_type": "record.merged",
                        "filter": {"$or": [
                            {"field": "object_id", "operator": "equals", "value": OBJECT_ID}
                        ]}
                    }
                ]
            }
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json({
            let mut webhook = webhook_json(WEBHOOK_ID, "https://hooks.acme-crm.io/attio/events");
            webhook["subscriptions"] = json!([
                {"event_type": "note.created", "filter": null},
                {
                    "event_type": "record.merged",
                    "filter": {"$or": [{"field": "object_id", "operator": "equals", "value": OBJECT_ID}]}
                }
            ]);
            json!({ "data": webhook })
        }))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let subscriptions = vec![
        Subscription {
            event_type: EventType::NoteCreated,
            filter: None,
        },
        Subscription {
            event_type: EventType::RecordMerged,
            filter: Some(or(vec![equals("object_id", OBJECT_ID)])),
        },
    ];
    let webhook = client
        .webhooks()
        .patch_v2_webhooks_webhook_id(
            WEBHOOK_ID,
            PatchV2WebhooksWebhookIdRequest {
                data: PatchV2WebhooksWebhookIdRequestData {
                    target_url: None,
                    subscriptions: Some(subscriptions.clone()),
                },
            },
        )
        .send()
        .await
        .expect("patch_v2_webhooks_webhook_id")
        .data;
    assert_eq!(webhook.subscriptions, subscriptions);
}

#[tokio::test]
async fn delete_v2_webhooks_webhook_id_decodes_the_empty_object() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(exact_query(&[]))
        .and(header("authorization", AUTH))
        .and(NoBody)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let response = client
        .webhooks()
        .delete_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
        .expect("delete_v2_webhooks_webhook_id");
    assert!(response.is_empty());
}

#[tokio::test]
async fn bearer_token_setter_also_sends_the_oauth2_token() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;

    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .build();
    client
        .webhooks()
        .delete_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
        .expect("delete_v2_webhooks_webhook_id");
}

#[tokio::test]
async fn not_equals_conditions_decode_into_the_not_equals_variant() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json({
            let mut webhook = webhook_json(WEBHOOK_ID, "https://hooks.acme-crm.io/attio/events");
            webhook["subscriptions"] = json!([{
                "event_type": "list-entry.created",
                "filter": {"$and": [
                    {"field": "list_id", "operator": "equals", "value": LIST_ID},
                    {"field": "actor.type", "operator": "not_equals", "value": "api-token"}
                ]}
            }]);
            json!({ "data": webhook })
        }))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let webhook = client
        .webhooks()
        .get_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
        .expect("get_v2_webhooks_webhook_id")
        .data;
    assert_eq!(
        webhook.subscriptions,
        vec![Subscription {
            event_type: EventType::ListEntryCreated,
            filter: Some(and(vec![
                equals("list_id", LIST_ID),
                not_equals("actor.type", "api-token"),
            ])),
        }]
    );
}

#[tokio::test]
async fn documented_error_statuses_decode_into_typed_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/webhooks"))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "status_code": 400,
            "type": "invalid_request_error",
            "code": "validation_type",
            "message": "Body payload validation error: target_url must use https."
        })))
        .expect(1)
        .mount(&server)
        .await;
    for verb in ["GET", "PATCH", "DELETE"] {
        Mock::given(method(verb))
            .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
            .and(header("authorization", AUTH))
            .respond_with(ResponseTemplate::new(404).set_body_json(not_found_json()))
            .expect(1)
            .mount(&server)
            .await;
    }

    let client = client(&server);
    let message = format!("Webhook with ID \"{WEBHOOK_ID}\" does not exist.");

    match client
        .webhooks()
        .post_v2_webhooks(PostV2WebhooksRequest {
            data: PostV2WebhooksRequestData {
                target_url: "http://insecure.example.com".to_owned(),
                subscriptions: vec![],
            },
        })
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: PostV2WebhooksError::BadRequest(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert_eq!(
                body,
                PostV2WebhooksBadRequest {
                    status_code: 400.0,
                    type_: Type::InvalidRequestError,
                    code: PostV2WebhooksBadRequestCode::ValidationType,
                    message: "Body payload validation error: target_url must use https.".to_owned(),
                }
            );
        }
        other => panic!("expected a typed 400, got {other:?}"),
    }

    match client
        .webhooks()
        .get_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: GetV2WebhooksWebhookIdError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(
                body,
                GetV2WebhooksWebhookIdNotFound {
                    status_code: 404.0,
                    type_: Type::InvalidRequestError,
                    code: Code::NotFound,
                    message: message.clone(),
                }
            );
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }

    let expected_not_found = DeleteV2WebhooksWebhookIdNotFound {
        status_code: 404.0,
        type_: Type::InvalidRequestError,
        code: Code::NotFound,
        message: message.clone(),
    };
    match client
        .webhooks()
        .patch_v2_webhooks_webhook_id(
            WEBHOOK_ID,
            PatchV2WebhooksWebhookIdRequest {
                data: PatchV2WebhooksWebhookIdRequestData::default(),
            },
        )
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: PatchV2WebhooksWebhookIdError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(body, expected_not_found);
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }

    match client
        .webhooks()
        .delete_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
    {
        Err(Error::Api {
            status,
            error: DeleteV2WebhooksWebhookIdError::NotFound(body),
            ..
        }) => {
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(body, expected_not_found);
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }
}

#[tokio::test]
async fn undocumented_status_is_unexpected_status_with_the_raw_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/v2/webhooks/{WEBHOOK_ID}")))
        .and(header("authorization", AUTH))
        .respond_with(
            ResponseTemplate::new(418)
                .insert_header("x-teapot", "yes")
                .set_body_string("I'm a teapot"),
        )
        .expect(1)
        .mount(&server)
        .await;
    // The list documents no error status: a 401 stays raw.
    let unauthorized = json!({
        "status_code": 401,
        "type": "auth_error",
        "code": "unauthorized",
        "message": "Invalid access token."
    });
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(401).set_body_json(unauthorized.clone()))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    match client
        .webhooks()
        .get_v2_webhooks_webhook_id(WEBHOOK_ID)
        .send()
        .await
    {
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

    match client.webhooks().get_v2_webhooks().send().await {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            let body: Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(body, unauthorized);
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
}

/// Every operation of `/work/shared/seeds/attio-webhooks.md` exists with the documented
/// required arguments (built only, never sent). The seed spells the per-id operations with a
/// trailing `_` (`get_v2_webhooks_webhook_id_`); the generated names have none.
#[test]
fn every_seeded_operation_exists() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .oauth2(TOKEN)
        .build();
    let webhooks = client.webhooks();
    let _ = webhooks.get_v2_webhooks().limit(10).offset(5);
    let _ = webhooks.post_v2_webhooks(PostV2WebhooksRequest {
        data: PostV2WebhooksRequestData {
            target_url: "https://hooks.acme-crm.io/attio/events".to_owned(),
            subscriptions: example_subscriptions(),
        },
    });
    let _ = webhooks.get_v2_webhooks_webhook_id(WEBHOOK_ID);
    let _ = webhooks.patch_v2_webhooks_webhook_id(
        WEBHOOK_ID,
        PatchV2WebhooksWebhookIdRequest {
            data: PatchV2WebhooksWebhookIdRequestData::default(),
        },
    );
    let _ = webhooks.delete_v2_webhooks_webhook_id(WEBHOOK_ID);
}

fn numbered_webhook(n: u32) -> Value {
    webhook_json(
        &format!("c71e9b30-4a2d-4f6e-8b15-0000000000{n:02}"),
        &format!("https://hooks.acme-crm.io/attio/{n}"),
    )
}

#[tokio::test]
async fn get_v2_webhooks_items_walks_three_offset_pages_and_stops_after_a_short_page() {
    let server = MockServer::start().await;
    // Page 1: no offset (the server default, 0).
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param_is_missing("offset"))
        .and(query_param("limit", "10"))
        .and(exact_query(&[("limit", "10")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": (1..=10).map(numbered_webhook).collect::<Vec<_>>()
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param("offset", "10"))
        .and(exact_query(&[("limit", "10"), ("offset", "10")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": (11..=20).map(numbered_webhook).collect::<Vec<_>>()
        })))
        .expect(1)
        .mount(&server)
        .await;
    // Page 3 holds fewer items than `limit`: the list ends here.
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param("offset", "20"))
        .and(exact_query(&[("limit", "10"), ("offset", "20")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": (21..=23).map(numbered_webhook).collect::<Vec<_>>()
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param("offset", "23"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(query_param("offset", "30"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .expect(0)
        .mount(&server)
        .await;

    let client = client(&server);
    let items: Vec<_> = client
        .webhooks()
        .get_v2_webhooks()
        .limit(10)
        .items()
        .try_collect()
        .await
        .expect("items");
    let urls: Vec<String> = items.iter().map(|w| w.target_url.clone()).collect();
    let expected: Vec<String> = (1..=23)
        .map(|n| format!("https://hooks.acme-crm.io/attio/{n}"))
        .collect();
    assert_eq!(urls, expected);
    assert_eq!(
        items[22].id.webhook_id,
        "c71e9b30-4a2d-4f6e-8b15-000000000023"
    );
}

#[tokio::test]
async fn get_v2_webhooks_pages_from_an_explicit_offset_stops_at_an_empty_page() {
    let server = MockServer::start().await;
    for (offset, range) in [("5", 1..=10), ("15", 11..=20)] {
        Mock::given(method("GET"))
            .and(path("/v2/webhooks"))
            .and(exact_query(&[("limit", "10"), ("offset", offset)]))
            .and(header("authorization", AUTH))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "data": range.map(numbered_webhook).collect::<Vec<_>>()
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/v2/webhooks"))
        .and(exact_query(&[("limit", "10"), ("offset", "25")]))
        .and(header("authorization", AUTH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let pages: Vec<_> = client
        .webhooks()
        .get_v2_webhooks()
        .limit(10)
        .offset(5)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    let sizes: Vec<usize> = pages.iter().map(|p| p.items.len()).collect();
    assert_eq!(sizes, vec![10, 10, 0]);
    assert_eq!(
        pages[1].items[0].target_url,
        "https://hooks.acme-crm.io/attio/11"
    );
}
