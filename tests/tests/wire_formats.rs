//! Every wire format of fixture `tests/fixtures/types/wire_formats.yaml`, asserted on the exact
//! bytes a local server receives or sends: form bodies in brackets, query `deepObject`,
//! `allowReserved` and JSON parameters, multipart parsed back by `multer`, raw and text bodies,
//! an operation's own server, success enums by status, downloads, server-sent events split into
//! arbitrary chunks, JSON lines, per-call headers, idempotency keys and response metadata.

use std::collections::BTreeMap;

use futures::StreamExt;
use golden_types::runtime::{Error, RetryConfig, Upload};
use golden_types::wire_formats::types::{
    Address, CustomerForm, CustomerFormPreferences, Item, SearchItemsFilter,
    SearchItemsFilterCreated, UploadFileRequest, UploadFileRequestMeta,
};
use golden_types::wire_formats::Client;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[path = "wire_formats/chunked.rs"]
mod chunked;

fn client(server: &str) -> Client {
    Client::builder()
        .base_url(server)
        .retry(RetryConfig::disabled())
        .build()
}

async fn received(server: &MockServer) -> Request {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "one request");
    requests.into_iter().next().unwrap()
}

#[tokio::test]
async fn form_bodies_nest_in_brackets_and_follow_their_encoding() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/customers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "c1"})))
        .mount(&server)
        .await;
    let form = CustomerForm {
        email: "a@example.com".into(),
        address: Some(Address {
            city: Some("Berlin".into()),
            line1: Some("Main 1".into()),
        }),
        items: Some(vec![
            Item {
                price: Some("p_1".into()),
                quantity: Some(2),
            },
            Item {
                price: Some("p_2".into()),
                quantity: None,
            },
        ]),
        metadata: Some(BTreeMap::from([("order".to_owned(), "7".to_owned())])),
        expand: Some(vec!["customer".into(), "invoice".into()]),
        preferences: Some(CustomerFormPreferences {
            language: Some("de".into()),
        }),
        tags: Some(vec!["a".into(), "b".into()]),
    };
    let customer = client(&server.uri())
        .customers()
        .create_customer(form)
        .send()
        .await
        .expect("decodes");
    assert_eq!(customer.id.as_deref(), Some("c1"));
    let request = received(&server).await;
    assert_eq!(
        request.headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        String::from_utf8(request.body).unwrap(),
        "email=a%40example.com\
         &address[city]=Berlin&address[line1]=Main%201\
         &items[0][price]=p_1&items[0][quantity]=2&items[1][price]=p_2\
         &metadata[order]=7\
         &expand[0]=customer&expand[1]=invoice\
         &preferences=%7B%22language%22%3A%22de%22%7D\
         &tags=a&tags=b"
    );
}

#[test]
fn a_value_its_style_cannot_write_is_an_invalid_request() {
    use golden_types::runtime::{Body, FormStyle};
    let nested = serde_json::json!({"address": {"geo": {"lat": 1}}});
    let error = Body::form(
        "application/x-www-form-urlencoded",
        &nested,
        &[("address", FormStyle::Form { explode: true })],
    )
    .expect_err("style form cannot nest");
    assert!(error.contains("deepObject"), "{error}");
}

#[tokio::test]
async fn query_deep_objects_reserved_characters_and_json_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .respond_with(ResponseTemplate::new(200).set_body_string("plain text"))
        .mount(&server)
        .await;
    let text = client(&server.uri())
        .search()
        .search_items()
        .filter(SearchItemsFilter {
            status: Some("open".into()),
            created: Some(SearchItemsFilterCreated {
                gte: Some(10),
                lt: None,
            }),
        })
        .expand(vec!["a".into(), "b".into()])
        .redirect("https://x.example/a?b=c")
        .where_(BTreeMap::from([("k".to_owned(), "v w".to_owned())]))
        .send()
        .await
        .expect("text decodes");
    assert_eq!(text, "plain text");
    let request = received(&server).await;
    assert_eq!(
        request.url.query().unwrap(),
        "filter%5Bstatus%5D=open&filter%5Bcreated%5D%5Bgte%5D=10\
         &expand%5B0%5D=a&expand%5B1%5D=b\
         &redirect=https://x.example/a?b=c\
         &where=%7B%22k%22%3A%22v+w%22%7D"
    );
}

#[tokio::test]
async fn multipart_uploads_parse_back_with_names_file_names_and_types() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/files"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "f1"})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let on_disk = dir.path().join("report.csv");
    std::fs::write(&on_disk, "a,b\n1,2\n").unwrap();
    let body = UploadFileRequest {
        file: Upload::bytes(&b"\x89PNG..."[..]).file_name("logo.png"),
        attachments: Some(vec![
            Upload::path(&on_disk).content_type("text/csv"),
            Upload::stream(futures::stream::iter(vec![
                Ok(bytes::Bytes::from_static(b"chunk one, ")),
                Ok(bytes::Bytes::from_static(b"chunk two")),
            ]))
            .file_name("streamed.txt"),
        ]),
        purpose: "avatar".into(),
        tags: Some(vec!["x".into(), "y".into()]),
        meta: Some(UploadFileRequestMeta {
            source: Some("test".into()),
        }),
    };
    let stored = client(&server.uri())
        .files()
        .upload_file(body)
        .send()
        .await
        .expect("stored");
    assert_eq!(stored.id.as_deref(), Some("f1"));
    let request = received(&server).await;
    let content_type = request
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap();
    let boundary = multer::parse_boundary(content_type).expect("a boundary");
    let stream =
        futures::stream::once(
            async move { Ok::<_, std::io::Error>(bytes::Bytes::from(request.body)) },
        );
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.unwrap() {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let ct = field.content_type().map(|m| m.to_string());
        let text = String::from_utf8_lossy(&field.bytes().await.unwrap()).into_owned();
        parts.push((name, file_name, ct, text));
    }
    let part = |n: &str, f: Option<&str>, c: Option<&str>, t: &str| {
        (
            n.to_owned(),
            f.map(str::to_owned),
            c.map(str::to_owned),
            t.to_owned(),
        )
    };
    assert_eq!(
        parts,
        vec![
            part(
                "file",
                Some("logo.png"),
                Some("image/png"),
                "\u{fffd}PNG..."
            ),
            part(
                "attachments",
                Some("report.csv"),
                Some("text/csv"),
                "a,b\n1,2\n"
            ),
            part(
                "attachments",
                Some("streamed.txt"),
                Some("application/octet-stream"),
                "chunk one, chunk two"
            ),
            part("purpose", None, None, "avatar"),
            part("tags", None, None, "x"),
            part("tags", None, None, "y"),
            part(
                "meta",
                None,
                Some("application/json"),
                r#"{"source":"test"}"#
            ),
        ]
    );
}

#[test]
fn an_operation_server_is_used_unless_the_user_sets_the_base_url() {
    use golden_types::runtime::CoreBuilder;
    let body = || UploadFileRequest {
        file: Upload::bytes("x"),
        attachments: None,
        purpose: "p".into(),
        tags: None,
        meta: None,
    };
    let request = Client::new().files().upload_file(body()).request().unwrap();
    assert_eq!(request.server, Some("https://eu.uploads.example.com/v1"));
    let default = CoreBuilder::new("https://api.example.com", "ua")
        .default_base_url("https://api.example.com")
        .build();
    assert_eq!(
        default.request_url(&request).unwrap().as_str(),
        "https://eu.uploads.example.com/v1/files"
    );
    let chosen = CoreBuilder::new("https://api.example.com", "ua")
        .base_url("http://127.0.0.1:9")
        .build();
    assert_eq!(
        chosen.request_url(&request).unwrap().as_str(),
        "http://127.0.0.1:9/files"
    );
}

#[tokio::test]
async fn raw_and_text_bodies_go_as_they_are() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    client(&server.uri())
        .blobs()
        .put_blob("b1", Upload::bytes(vec![0u8, 1, 2, 255]))
        .send()
        .await
        .expect("stored");
    let request = received(&server).await;
    assert_eq!(
        request.headers.get("content-type").unwrap(),
        "application/octet-stream"
    );
    assert_eq!(request.body, vec![0u8, 1, 2, 255]);
}

#[tokio::test]
async fn each_success_status_gets_its_variant() {
    use golden_types::wire_formats::notes::CreateNoteResponse;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "n1"})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let notes = client(&server.uri());
    let created = notes
        .notes()
        .create_note("hello".to_owned())
        .send()
        .await
        .expect("201");
    assert!(matches!(created, CreateNoteResponse::Created(f) if f.id.as_deref() == Some("n1")));
    let again = notes
        .notes()
        .create_note("hello".to_owned())
        .send()
        .await
        .expect("204");
    assert_eq!(again, CreateNoteResponse::NoContent);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests[0].headers.get("content-type").unwrap(),
        "text/plain"
    );
    assert_eq!(requests[0].body, b"hello");
}

#[tokio::test]
async fn status_headers_per_call_headers_and_idempotency_keys() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("x-request-id", "r-42")
                .set_body_json(serde_json::json!({"id": "n1"})),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .header("x-account", "acct_1")
        .retry(
            RetryConfig::default()
                .intervals(
                    std::time::Duration::from_millis(1),
                    std::time::Duration::from_millis(1),
                )
                .jitter(false),
        )
        .build();
    let response = client
        .notes()
        .create_note("hello".to_owned())
        .header("x-trace", "t1")
        .with_idempotency_key()
        .send_with_response()
        .await
        .expect("retried, then created");
    assert_eq!(response.status.as_u16(), 201);
    assert_eq!(response.headers.get("x-request-id").unwrap(), "r-42");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests.len(),
        2,
        "a POST with an idempotency key is retried"
    );
    let key = |i: usize| requests[i].headers.get("idempotency-key").unwrap().clone();
    assert_eq!(key(0), key(1), "one key for every attempt");
    assert_eq!(key(0).len(), 32);
    for request in &requests {
        assert_eq!(request.headers.get("x-trace").unwrap(), "t1");
        assert_eq!(request.headers.get("x-account").unwrap(), "acct_1");
    }
}

#[tokio::test]
async fn without_a_key_a_post_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry(RetryConfig::default().intervals(
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(1),
        ))
        .build();
    let error = client
        .notes()
        .create_note("x".to_owned())
        .send()
        .await
        .expect_err("503");
    assert!(matches!(error, Error::UnexpectedStatus { .. }));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn downloads_and_redirects_to_downloads_keep_their_bytes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/blobs/b1"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![7u8; 1000]))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/exports/e1"))
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("location", format!("{}/blobs/b1", server.uri())),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let bytes = client.blobs().get_blob("b1").send().await.unwrap();
    assert_eq!(bytes.len(), 1000);
    let exported = client.exports().get_export("e1").send().await.unwrap();
    assert_eq!(exported, bytes);
    let mut stream = client
        .blobs()
        .get_blob("b1")
        .send_streaming()
        .await
        .unwrap()
        .body;
    let mut total = 0;
    while let Some(chunk) = stream.next().await {
        total += chunk.unwrap().len();
    }
    assert_eq!(total, 1000);
}

/// The same event stream cut at every possible place: the events decoded are always the same.
#[tokio::test]
async fn server_sent_events_in_arbitrary_chunks() {
    let stream = "retry: 1500\n: a comment\nevent: tick\nid: 1\ndata: {\"n\": 1}\n\nid: 2\ndata: {\"n\"\ndata: : 2}\n\n";
    for cut in 1..stream.len() {
        let (a, b) = stream.split_at(cut);
        let server = chunked::serve(
            "text/event-stream",
            vec![a.as_bytes().to_vec(), b.as_bytes().to_vec()],
        )
        .await;
        let events: Vec<_> = client(&server)
            .events()
            .stream_events()
            .send()
            .await
            .expect("a stream")
            .collect()
            .await;
        let events: Vec<_> = events.into_iter().map(|e| e.expect("decodes")).collect();
        assert_eq!(events.len(), 2, "cut at {cut}");
        assert_eq!(
            (
                events[0].event.as_str(),
                events[0].id.as_str(),
                events[0].data.n
            ),
            ("tick", "1", 1)
        );
        assert_eq!(
            events[0].retry,
            Some(std::time::Duration::from_millis(1500))
        );
        assert_eq!(
            (
                events[1].event.as_str(),
                events[1].id.as_str(),
                events[1].data.n
            ),
            ("message", "2", 2)
        );
    }
}

#[tokio::test]
async fn json_lines_in_chunks() {
    let server = chunked::serve(
        "application/x-ndjson",
        vec![
            b"{\"n\": 1}\n{\"n\"".to_vec(),
            b": 2}\n\n{\"n\": 3}".to_vec(),
        ],
    )
    .await;
    let items: Vec<_> = client(&server)
        .lines()
        .export_lines()
        .send()
        .await
        .unwrap()
        .collect()
        .await;
    let numbers: Vec<i64> = items.into_iter().map(|i| i.unwrap().n).collect();
    assert_eq!(numbers, vec![1, 2, 3]);
}

#[tokio::test]
async fn the_response_content_type_picks_the_decoder() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("all fine", "text/plain"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("\"ok\"", "application/json"))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    assert_eq!(
        client.status().get_status().send().await.unwrap(),
        "all fine"
    );
    assert_eq!(client.status().get_status().send().await.unwrap(), "ok");
}

/// The client's timeout bounds the wait for a stream's head, not the stream: events that keep
/// coming for longer than the timeout all arrive, with no `Timeout` and no retry.
#[tokio::test]
async fn a_stream_outlives_the_timeout() {
    let pieces: Vec<Vec<u8>> = (0..40)
        .map(|n| format!("data: {{\"n\": {n}}}\n\n").into_bytes())
        .collect();
    let server = chunked::serve("text/event-stream", pieces).await;
    let client = Client::builder()
        .base_url(server)
        .timeout(std::time::Duration::from_millis(50))
        .build();
    let started = std::time::Instant::now();
    let events: Vec<_> = client
        .events()
        .stream_events()
        .send()
        .await
        .expect("a stream")
        .collect()
        .await;
    assert!(
        started.elapsed() > std::time::Duration::from_millis(100),
        "the stream took longer than the timeout"
    );
    let numbers: Vec<i64> = events
        .into_iter()
        .map(|e| e.expect("no timeout").data.n)
        .collect();
    assert_eq!(numbers, (0..40).collect::<Vec<_>>());
}
