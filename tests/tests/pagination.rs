//! Walking three pages of every pagination the generator understands besides our own
//! `x-pagination`: the vendors' extensions (`x-speakeasy-pagination`, `x-ms-pageable`) and each
//! inferred style, through the golden crate's clients (fixtures `tests/fixtures/types/pagination_*`),
//! asserting the exact query of every request. And the credential rule of next-page URLs: a link
//! to another origin than the client's base URL is followed without the client's credentials.

use futures::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
#[allow(dead_code)] // Each test file takes the matchers it needs.
mod common;
use common::exact_query;

fn item(id: &str) -> Value {
    json!({ "id": id })
}

/// Serves `body` (with `headers`) for a GET of `at` with exactly the query `query`, once.
async fn page(
    server: &MockServer,
    at: &str,
    query: &[(&str, &str)],
    body: Value,
    headers: &[(&str, &str)],
) {
    let mut response = ResponseTemplate::new(200).set_body_json(body);
    for (name, value) in headers {
        response = response.insert_header(*name, *value);
    }
    Mock::given(method("GET"))
        .and(path(at))
        .and(exact_query(query))
        .respond_with(response)
        .expect(1)
        .mount(server)
        .await;
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| id(i).to_owned()).collect()
}

mod speakeasy {
    use super::*;
    use golden_types::pagination_speakeasy::Client;

    fn client(server: &MockServer) -> Client {
        Client::builder().base_url(server.uri()).build()
    }

    #[tokio::test]
    async fn offset_limit_with_pages_stops_at_num_pages() {
        let server = MockServer::start().await;
        for (n, query) in [
            ("1", vec![("limit", "1")]),
            ("2", vec![("page", "2"), ("limit", "1")]),
            ("3", vec![("page", "3"), ("limit", "1")]),
        ] {
            let body = json!({"items": [item(n)], "pagination": {"total_count": 3, "max_page": 3}});
            page(&server, "/orders", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .orders()
            .list_orders()
            .limit(1)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn offset_limit_with_offsets_stops_after_a_short_page() {
        let server = MockServer::start().await;
        let pages = [
            (
                vec![("limit", "2")],
                json!({"count": 2, "events": [item("1"), item("2")]}),
            ),
            (
                vec![("offset", "2"), ("limit", "2")],
                json!({"count": 2, "events": [item("3"), item("4")]}),
            ),
            (
                vec![("offset", "4"), ("limit", "2")],
                json!({"count": 1, "events": [item("5")]}),
            ),
        ];
        for (query, body) in pages {
            page(&server, "/events", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .orders()
            .list_events()
            .limit(2)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3", "4", "5"]);
    }

    #[tokio::test]
    async fn cursor_from_the_body() {
        let server = MockServer::start().await;
        let pages = [
            (
                vec![],
                json!({"tickets": [item("1")], "meta": {"after_cursor": "c2"}}),
            ),
            (
                vec![("page[after]", "c2")],
                json!({"tickets": [item("2")], "meta": {"after_cursor": "c3"}}),
            ),
            (
                vec![("page[after]", "c3")],
                json!({"tickets": [item("3")], "meta": {"after_cursor": null}}),
            ),
        ];
        for (query, body) in pages {
            page(&server, "/tickets", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .orders()
            .list_tickets()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn cursor_from_the_last_item() {
        let server = MockServer::start().await;
        let pages = [
            (vec![], json!({"data": [item("a1"), item("a2")]})),
            (
                vec![("starting_after", "a2")],
                json!({"data": [item("a3")]}),
            ),
            (vec![("starting_after", "a3")], json!({"data": []})),
        ];
        for (query, body) in pages {
            page(&server, "/charges", &query, body, &[]).await;
        }
        let pages: Vec<_> = client(&server)
            .orders()
            .list_charges()
            .pages()
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(pages.len(), 3);
        let items: Vec<_> = pages.into_iter().flat_map(|p| p.items).collect();
        assert_eq!(ids(&items, |i| &i.id), ["a1", "a2", "a3"]);
    }

    #[tokio::test]
    async fn next_url_absolute_then_relative() {
        let server = MockServer::start().await;
        let second = format!("{}/files?page=2", server.uri());
        let pages = [
            (
                vec![],
                json!({"files": [item("1")], "links": {"next": second}}),
            ),
            (
                vec![("page", "2")],
                json!({"files": [item("2")], "links": {"next": "/files?page=3"}}),
            ),
            (
                vec![("page", "3")],
                json!({"files": [item("3")], "links": {"next": null}}),
            ),
        ];
        for (query, body) in pages {
            page(&server, "/files", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .orders()
            .list_files()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }
}

mod ms_pageable {
    use super::*;
    use golden_types::pagination_ms_pageable::Client;

    fn client(server: &MockServer) -> Client {
        Client::builder().base_url(server.uri()).build()
    }

    #[tokio::test]
    async fn next_link_named_with_a_dot() {
        let server = MockServer::start().await;
        let second = format!("{}/vaults?$skiptoken=2", server.uri());
        let pages = [
            (
                vec![],
                json!({"value": [item("1")], "@odata.nextLink": second}),
            ),
            (
                vec![("$skiptoken", "2")],
                json!({"value": [item("2")], "@odata.nextLink": "vaults?$skiptoken=3"}),
            ),
            (vec![("$skiptoken", "3")], json!({"value": [item("3")]})),
        ];
        for (query, body) in pages {
            page(&server, "/vaults", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .vaults()
            .vaults_list()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn item_name_and_next_link() {
        let server = MockServer::start().await;
        let pages = [
            (
                vec![],
                json!({"keys": [item("1")], "nextLink": "/keys?page=2"}),
            ),
            (
                vec![("page", "2")],
                json!({"keys": [item("2")], "nextLink": "/keys?page=3"}),
            ),
            (
                vec![("page", "3")],
                json!({"keys": [item("3")], "nextLink": ""}),
            ),
        ];
        for (query, body) in pages {
            page(&server, "/keys", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .vaults()
            .keys_list()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }
}

mod inferred {
    use super::*;
    use golden_types::pagination_inferred::Client;

    const TOKEN: &str = "tok";
    const KEY: &str = "key-1";

    fn client(server: &MockServer) -> Client {
        Client::builder()
            .base_url(server.uri())
            .bearer(TOKEN)
            .build()
    }

    #[tokio::test]
    async fn link_header() {
        let server = MockServer::start().await;
        let uri = server.uri();
        let first_link = format!(
            r#"<{uri}/repos?per_page=1&page=2>; rel="next", <{uri}/repos?per_page=1&page=3>; rel="last""#
        );
        page(
            &server,
            "/repos",
            &[("per_page", "1")],
            json!([item("1")]),
            &[("link", &first_link)],
        )
        .await;
        page(
            &server,
            "/repos",
            &[("per_page", "1"), ("page", "2")],
            json!([item("2")]),
            &[("link", r#"</repos?per_page=1&page=3>; rel="next""#)],
        )
        .await;
        page(
            &server,
            "/repos",
            &[("per_page", "1"), ("page", "3")],
            json!([item("3")]),
            &[("link", r#"</repos?per_page=1&page=2>; rel="prev""#)],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_repos()
            .per_page(1)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn next_url_in_the_body() {
        let server = MockServer::start().await;
        let second = format!("{}/people?limit=1&cursor=2", server.uri());
        page(
            &server,
            "/people",
            &[("limit", "1")],
            json!({"results": [item("1")], "next": second}),
            &[],
        )
        .await;
        page(
            &server,
            "/people",
            &[("limit", "1"), ("cursor", "2")],
            json!({"results": [item("2")], "next": "?limit=1&cursor=3"}),
            &[],
        )
        .await;
        page(
            &server,
            "/people",
            &[("limit", "1"), ("cursor", "3")],
            json!({"results": [item("3")], "next": null}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_people()
            .limit(1)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn next_link_object_with_href() {
        let server = MockServer::start().await;
        page(
            &server,
            "/folders",
            &[],
            json!({"data": [item("1")], "links": {"next": {"href": "/folders?p=2"}}}),
            &[],
        )
        .await;
        page(
            &server,
            "/folders",
            &[("p", "2")],
            json!({"data": [item("2")], "links": {"next": {"href": "/folders?p=3"}}}),
            &[],
        )
        .await;
        page(
            &server,
            "/folders",
            &[("p", "3")],
            json!({"data": [item("3")], "links": {}}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_folders()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn next_page_token() {
        let server = MockServer::start().await;
        page(
            &server,
            "/logs",
            &[("pageSize", "1")],
            json!({"entries": [item("1")], "nextPageToken": "t2"}),
            &[],
        )
        .await;
        page(
            &server,
            "/logs",
            &[("pageSize", "1"), ("pageToken", "t2")],
            json!({"entries": [item("2")], "nextPageToken": "t3"}),
            &[],
        )
        .await;
        page(
            &server,
            "/logs",
            &[("pageSize", "1"), ("pageToken", "t3")],
            json!({"entries": [item("3")], "nextPageToken": ""}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_logs()
            .page_size(1)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn cursor_under_meta_drops_page_before() {
        let server = MockServer::start().await;
        page(
            &server,
            "/tickets",
            &[("page[before]", "c0")],
            json!({"tickets": [item("1")], "meta": {"has_more": true, "after_cursor": "c2"}}),
            &[],
        )
        .await;
        page(
            &server,
            "/tickets",
            &[("page[after]", "c2")],
            json!({"tickets": [item("2")], "meta": {"has_more": true, "after_cursor": "c3"}}),
            &[],
        )
        .await;
        page(
            &server,
            "/tickets",
            &[("page[after]", "c3")],
            json!({"tickets": [item("3")], "meta": {"has_more": false, "after_cursor": "c4"}}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_tickets()
            .page_before("c0")
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn has_more_and_the_last_id() {
        let server = MockServer::start().await;
        page(
            &server,
            "/charges",
            &[],
            json!({"object": "list", "data": [item("ch_1"), item("ch_2")], "has_more": true}),
            &[],
        )
        .await;
        page(
            &server,
            "/charges",
            &[("starting_after", "ch_2")],
            json!({"object": "list", "data": [item("ch_3")], "has_more": true}),
            &[],
        )
        .await;
        page(
            &server,
            "/charges",
            &[("starting_after", "ch_3")],
            json!({"object": "list", "data": [item("ch_4")], "has_more": false}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_charges()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["ch_1", "ch_2", "ch_3", "ch_4"]);
    }

    #[tokio::test]
    async fn page_numbers_with_a_page_count() {
        let server = MockServer::start().await;
        page(
            &server,
            "/orders",
            &[("per_page", "1")],
            json!({"orders": [item("1")], "total_pages": 3}),
            &[],
        )
        .await;
        page(
            &server,
            "/orders",
            &[("per_page", "1"), ("page", "2")],
            json!({"orders": [item("2")], "total_pages": 3}),
            &[],
        )
        .await;
        page(
            &server,
            "/orders",
            &[("per_page", "1"), ("page", "3")],
            json!({"orders": [item("3")], "total_pages": 3}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_orders()
            .per_page(1)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
    }

    #[tokio::test]
    async fn page_numbers_with_a_total() {
        let server = MockServer::start().await;
        page(
            &server,
            "/products",
            &[("page_size", "2")],
            json!({"items": [item("1"), item("2")], "total": 5}),
            &[],
        )
        .await;
        page(
            &server,
            "/products",
            &[("page_size", "2"), ("page", "2")],
            json!({"items": [item("3"), item("4")], "total": 5}),
            &[],
        )
        .await;
        page(
            &server,
            "/products",
            &[("page_size", "2"), ("page", "3")],
            json!({"items": [item("5")], "total": 5}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_products()
            .page_size(2)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3", "4", "5"]);
    }

    #[tokio::test]
    async fn offsets_with_a_total() {
        let server = MockServer::start().await;
        page(
            &server,
            "/events",
            &[("limit", "2")],
            json!({"events": [item("1"), item("2")], "total_count": 6}),
            &[],
        )
        .await;
        page(
            &server,
            "/events",
            &[("limit", "2"), ("offset", "2")],
            json!({"events": [item("3"), item("4")], "total_count": 6}),
            &[],
        )
        .await;
        page(
            &server,
            "/events",
            &[("limit", "2"), ("offset", "4")],
            json!({"events": [item("5"), item("6")], "total_count": 6}),
            &[],
        )
        .await;
        let items: Vec<_> = client(&server)
            .lists()
            .list_events()
            .limit(2)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3", "4", "5", "6"]);
    }

    /// A next link to another origin (another port: two servers) is followed without the
    /// client's credentials; a link back to the base URL's origin gets them again.
    #[tokio::test]
    async fn next_links_to_another_origin_get_no_credentials() {
        let home = MockServer::start().await;
        let other = MockServer::start().await;
        let elsewhere = format!("{}/people?cursor=2", other.uri());
        let back = format!("{}/people?cursor=3", home.uri());
        for (bearer, key) in [(true, false), (false, true)] {
            home.reset().await;
            other.reset().await;
            page(
                &home,
                "/people",
                &[],
                json!({"results": [item("1")], "next": elsewhere}),
                &[],
            )
            .await;
            page(
                &other,
                "/people",
                &[("cursor", "2")],
                json!({"results": [item("2")], "next": back}),
                &[],
            )
            .await;
            page(
                &home,
                "/people",
                &[("cursor", "3")],
                json!({"results": [item("3")]}),
                &[],
            )
            .await;
            let mut builder = Client::builder().base_url(home.uri());
            if bearer {
                builder = builder.bearer(TOKEN);
            }
            if key {
                builder = builder.api_key(KEY);
            }
            let items: Vec<_> = builder
                .build()
                .lists()
                .list_people()
                .items()
                .try_collect()
                .await
                .expect("items");
            assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);

            let credentials = |r: &wiremock::Request| {
                (
                    r.headers
                        .get("authorization")
                        .map(|v| v.to_str().unwrap().to_owned()),
                    r.headers
                        .get("api-key")
                        .map(|v| v.to_str().unwrap().to_owned()),
                )
            };
            let sent_home: Vec<_> = home
                .received_requests()
                .await
                .expect("recorded")
                .iter()
                .map(credentials)
                .collect();
            let want = (
                bearer.then(|| format!("Bearer {TOKEN}")),
                key.then(|| KEY.to_owned()),
            );
            assert_eq!(sent_home, [want.clone(), want]);
            let sent_other: Vec<_> = other
                .received_requests()
                .await
                .expect("recorded")
                .iter()
                .map(credentials)
                .collect();
            assert_eq!(
                sent_other,
                [(None, None)],
                "credentials went to another origin"
            );
        }
    }

    /// Same through the `Link` header.
    #[tokio::test]
    async fn link_header_to_another_origin_gets_no_credentials() {
        let home = MockServer::start().await;
        let other = MockServer::start().await;
        let link = format!(r#"<{}/repos?page=2>; rel="next""#, other.uri());
        page(&home, "/repos", &[], json!([item("1")]), &[("link", &link)]).await;
        page(&other, "/repos", &[("page", "2")], json!([item("2")]), &[]).await;
        let items: Vec<_> = client(&home)
            .lists()
            .list_repos()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2"]);
        let home_requests = home.received_requests().await.expect("recorded");
        assert!(home_requests[0].headers.contains_key("authorization"));
        let other_requests = other.received_requests().await.expect("recorded");
        assert_eq!(other_requests.len(), 1);
        assert!(
            !other_requests[0].headers.contains_key("authorization"),
            "credentials went to another origin"
        );
    }
}

/// What the generator decided for each fixture operation, including the ones it must leave alone.
#[test]
fn fixture_pagination_styles() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/types");
    let mut got = Vec::new();
    for name in [
        "pagination_speakeasy",
        "pagination_ms_pageable",
        "pagination_inferred",
    ] {
        let bytes = std::fs::read(root.join(format!("{name}.yaml"))).expect("fixture");
        let spec = generator::Spec {
            label: name.into(),
            module: name.into(),
            bytes,
            ..Default::default()
        };
        let mut diags = generator::diag::Diagnostics::default();
        let api = generator::api(&spec, &mut diags).expect("lowers");
        for op in api.groups.iter().flat_map(|g| &g.operations) {
            let style = op.pagination.as_ref().map(|p| {
                serde_json::to_value(p).expect("json")["style"]
                    .as_str()
                    .unwrap_or("")
                    .to_owned()
            });
            got.push(format!("{} {}", op.id, style.as_deref().unwrap_or("-")));
        }
    }
    let want = [
        "listOrders page",
        "listEvents offset",
        "listTickets cursor",
        "listCharges cursor",
        "listFiles next_url",
        "listUnsupported -",
        "Vaults_List next_url",
        "Keys_List next_url",
        "Regions_List -",
        "listRepos next_url",
        "listPeople next_url",
        "listFolders next_url",
        "listLogs cursor",
        "listTickets cursor",
        "listCharges cursor",
        "listOrders page",
        "listProducts page",
        "listEvents offset",
        "listTags -",
        "listLabels -",
        "listViews -",
    ];
    assert_eq!(got, want);
}
