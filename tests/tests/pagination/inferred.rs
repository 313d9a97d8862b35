//! Each inferred style, three pages, and the credential rule of next-page URLs (included by
//! `pagination.rs`).

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
async fn undeclared_cursor_found_at_run_time() {
    let server = MockServer::start().await;
    let pages = [
        (
            vec![("page[before]", "c0"), ("page[size]", "1")],
            json!({"macros": [item("1")], "meta": {"has_more": true, "after_cursor": "c2", "before_cursor": "c0"}}),
        ),
        (
            vec![("page[after]", "c2"), ("page[size]", "1")],
            json!({"macros": [item("2")], "meta": {"has_more": true, "after_cursor": "c3"}}),
        ),
        (
            vec![("page[after]", "c3"), ("page[size]", "1")],
            // A cursor still given, but no more pages.
            json!({"macros": [item("3")], "meta": {"has_more": false, "after_cursor": "c4"}}),
        ),
    ];
    for (query, body) in pages {
        page(&server, "/macros", &query, body, &[]).await;
    }
    let items: Vec<_> = client(&server)
        .lists()
        .list_macros()
        .page_before("c0")
        .page_size(1)
        .items()
        .try_collect()
        .await
        .expect("items");
    assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
}

#[tokio::test]
async fn undeclared_cursor_absent_is_one_page() {
    let server = MockServer::start().await;
    // `expect(1)`: a second request would fail the test when the server drops.
    page(
        &server,
        "/macros",
        &[],
        json!({"macros": [item("1"), item("2")], "count": 2}),
        &[],
    )
    .await;
    let pages: Vec<_> = client(&server)
        .lists()
        .list_macros()
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 1);
    assert_eq!(ids(&pages[0].items, |i| &i.id), ["1", "2"]);
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
