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

#[path = "pagination/extensions.rs"]
mod extensions;
#[path = "pagination/inferred.rs"]
mod inferred;

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
        "listProblems cursor",
        "executeView cursor",
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
        "listMacros cursor",
        "listNotes -",
    ];
    assert_eq!(got, want);
}
