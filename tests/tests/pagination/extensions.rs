//! `x-speakeasy-pagination` and `x-ms-pageable`: three pages each (included by `pagination.rs`).

pub mod speakeasy {
    use crate::*;
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
    async fn free_form_response_items_found_at_run_time() {
        let server = MockServer::start().await;
        let pages = [
            (
                vec![],
                json!({"problems": [item("1"), item("2")], "count": 3, "meta": {"after_cursor": "c2"}}),
            ),
            (
                vec![("page[after]", "c2")],
                // Two arrays: which one holds the items is unknown, so none; the walk goes on.
                json!({"problems": [item("x")], "other": [], "meta": {"after_cursor": "c3"}}),
            ),
            (
                vec![("page[after]", "c3")],
                json!({"problems": [item("3")], "meta": {"after_cursor": null}}),
            ),
        ];
        for (query, body) in pages {
            page(&server, "/problems", &query, body, &[]).await;
        }
        let pages: Vec<_> = client(&server)
            .orders()
            .list_problems()
            .pages()
            .try_collect()
            .await
            .expect("pages");
        let items: Vec<Value> = pages.into_iter().flat_map(|p| p.items).collect();
        assert_eq!(items, [item("1"), item("2"), item("3")]);
    }

    #[tokio::test]
    async fn rows_are_the_items_among_several_arrays() {
        let server = MockServer::start().await;
        let pages = [
            (
                vec![],
                json!({"rows": [item("1")], "columns": ["id"], "groups": [], "meta": {"after_cursor": "c2"}}),
            ),
            (
                vec![("page[after]", "c2")],
                json!({"rows": [item("2")], "columns": ["id"], "groups": [], "meta": {"after_cursor": "c3"}}),
            ),
            (
                vec![("page[after]", "c3")],
                json!({"rows": [item("3")], "columns": ["id"], "groups": [], "meta": {}}),
            ),
        ];
        for (query, body) in pages {
            page(&server, "/views/7/execute", &query, body, &[]).await;
        }
        let items: Vec<_> = client(&server)
            .orders()
            .execute_view(7)
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(ids(&items, |i| &i.id), ["1", "2", "3"]);
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

pub mod ms_pageable {
    use crate::*;
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
