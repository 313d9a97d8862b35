//! Names on documents that give few (fixture `tests/fixtures/types/groups.yaml`, golden module
//! `golden_types::groups`): groups from the first meaningful path segment, `x-speakeasy-group`,
//! and no group, method or setter named like a trait method (`default`, `clone`, `from`).

use golden_types::groups::Client;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build()
}

#[tokio::test]
async fn groups_come_from_path_segments_and_avoid_trait_methods() {
    let server = MockServer::start().await;
    for (verb, route) in [
        ("GET", "/"),
        ("POST", "/v1/customers/c1/clone"),
        ("GET", "/api/v2/webhooks.json"),
        ("GET", "/2024-01-01/t1/orders"),
        ("GET", "/v1/portal/customers"),
        ("GET", "/core/status"),
        ("GET", "/v1/misc"),
        ("POST", "/v1/misc"),
    ] {
        Mock::given(method(verb))
            .and(path(route))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("from", "2024"))
        .and(query_param("into", "x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(["a"]))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    client.default_api().default_().send().await.expect("root");
    client.customers().clone_("c1").send().await.expect("clone");
    let listed = client
        .customers()
        .list_customers()
        .from_("2024")
        .into_("x")
        .send()
        .await
        .expect("list");
    assert_eq!(listed, vec!["a".to_owned()]);
    client
        .webhooks()
        .list_webhooks()
        .send()
        .await
        .expect("webhooks");
    client
        .orders()
        .list_orders("t1")
        .send()
        .await
        .expect("orders");
    client
        .customer_portal_customers()
        .list_portal_customers()
        .send()
        .await
        .expect("x-speakeasy-group");
    client.core_api().get_status().send().await.expect("core");
    client
        .other()
        .get_misc()
        .send()
        .await
        .expect("x-rust-group");
    client
        .things()
        .post_misc()
        .send()
        .await
        .expect("x-speakeasy-group over tag");
    // The trait methods are the traits' own: nothing generated shadows them.
    let accessor = client.customers();
    let copy = Clone::clone(&accessor);
    assert_eq!(format!("{copy:?}"), format!("{accessor:?}"));
    let builder = client.customers().list_customers();
    let _same: golden_types::runtime::Call<'_, golden_types::groups::customers::ListCustomers> =
        builder.clone();
}

/// Identical inline schemas are one type named from what it is (fixture `shared_inline.yaml`):
/// `metadata` in two request bodies and a response is `Metadata`, a titled schema is
/// `PostalAddress`; the same value moves between operations without conversion, and the JSON
/// round-trips.
#[test]
fn shared_inline_schemas_are_named_from_what_they_are() {
    use golden_types::shared_inline::types::{
        CreateCustomerRequest, CreateCustomerRequestExtra, CreateCustomerRequestTag,
        CreateOrderRequest, CreateOrderResponse, Metadata, PostalAddress,
    };
    let json = serde_json::json!({
        "metadata": { "source": "web", "labels": ["a", "b"] },
        "shipping": { "line1": "1 Main St", "city": "Oslo" },
        "tag": { "key": "k" },
        "details": { "note": "n" }
    });
    let order: CreateOrderRequest = serde_json::from_value(json.clone()).expect("decodes");
    assert_eq!(serde_json::to_value(&order).expect("encodes"), json);
    let response: CreateOrderResponse =
        serde_json::from_value(serde_json::json!({ "id": "o1", "metadata": json["metadata"] }))
            .expect("decodes");
    let metadata: Metadata = response.metadata.expect("metadata");
    assert_eq!(order.metadata.as_ref(), Some(&metadata));
    let address: PostalAddress = order.shipping.clone().expect("shipping");
    // Used under different property names (`extra`, `details`), or with its name taken by a
    // component (`Tag`): the name it was first met with.
    let details: Option<CreateCustomerRequestExtra> = order.details.clone();
    let tag: Option<CreateCustomerRequestTag> = order.tag.clone();
    let customer = CreateCustomerRequest {
        name: "Ada".into(),
        metadata: Some(metadata),
        billing: Some(address),
        tag,
        extra: details,
    };
    assert_eq!(
        serde_json::to_value(&customer).expect("encodes")["billing"],
        json["shipping"]
    );
}
