//! Run-time behaviour shared by every generated client: retries, `Retry-After`, timeouts,
//! broken responses, path-parameter encoding, header injection. Driven through Polar's client
//! against a local wiremock server.

use std::time::{Duration, Instant};

use provider_clients::polar::Client;
use provider_clients::runtime::{Error, RetryConfig};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn endpoint_json() -> serde_json::Value {
    serde_json::json!({
        "id": "0b9c7a52-3b4e-4f7c-9a57-5a0c7e0e1d11",
        "created_at": "2025-01-01T00:00:00Z",
        "modified_at": null,
        "url": "https://example.com/hook",
        "format": "raw",
        "secret": "whsec_x",
        "organization_id": "1dbfc517-0bbf-4301-9ba8-555ca42b9737",
        "events": ["order.created"],
        "enabled": true
    })
}

fn fast_retry() -> RetryConfig {
    RetryConfig::default()
        .intervals(Duration::from_millis(10), Duration::from_secs(5))
        .jitter(false)
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer_token("tok")
        .retry(fast_retry())
        .build()
}

/// Answers with the given statuses in turn, then 200 with the endpoint.
struct Sequence {
    statuses: Vec<(u16, Option<&'static str>)>,
    calls: std::sync::atomic::AtomicUsize,
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        match self.statuses.get(n) {
            Some((status, retry_after)) => {
                let mut t = ResponseTemplate::new(*status);
                if let Some(after) = retry_after {
                    t = t.insert_header("retry-after", *after);
                }
                t
            }
            None => ResponseTemplate::new(200).set_body_json(endpoint_json()),
        }
    }
}

fn sequence(statuses: Vec<(u16, Option<&'static str>)>) -> Sequence {
    Sequence {
        statuses,
        calls: Default::default(),
    }
}

#[tokio::test]
async fn a_503_then_200_is_retried_and_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/webhooks/endpoints/abc"))
        .respond_with(sequence(vec![(503, None)]))
        .expect(2)
        .mount(&server)
        .await;
    let endpoint = client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap();
    assert_eq!(endpoint.url, "https://example.com/hook");
}

#[tokio::test]
async fn retry_after_seconds_is_waited() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(sequence(vec![(429, Some("1"))]))
        .expect(2)
        .mount(&server)
        .await;
    let started = Instant::now();
    client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited only {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retry_sleeps_never_exceed_the_cap() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(sequence(vec![(503, Some("3600"))]))
        .expect(2)
        .mount(&server)
        .await;
    let retry = fast_retry().intervals(Duration::from_millis(10), Duration::from_millis(200));
    let started = Instant::now();
    client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .retries(retry)
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "slept {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn post_is_not_retried_by_default() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(sequence(vec![(503, None)]))
        .expect(1)
        .mount(&server)
        .await;
    let body = serde_json::from_value(serde_json::json!({
        "url": "https://example.com/hook", "format": "raw", "events": []
    }))
    .unwrap();
    let err = client(&server)
        .webhooks()
        .create_webhook_endpoint(body)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn per_call_retry_override_is_honoured() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(sequence(vec![(503, None), (503, None)]))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .retries(RetryConfig::disabled())
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::UnexpectedStatus { .. }), "{err:?}");
}

#[tokio::test]
async fn a_slow_server_hits_the_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(endpoint_json())
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .timeout(Duration::from_millis(100))
        .retries(RetryConfig::disabled())
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_keeping_the_raw_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw("{\"id\": \"abc\", \"url\": ", "application/json"),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap_err();
    match err {
        Error::Decode { body, .. } => assert_eq!(&body[..], b"{\"id\": \"abc\", \"url\": "),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn path_parameters_cannot_escape_their_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/webhooks/endpoints/..%2Fadmin%3Fx%3D1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(endpoint_json()))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .webhooks()
        .get_webhook_endpoint("../admin?x=1")
        .send()
        .await
        .unwrap();
    let err = client(&server)
        .webhooks()
        .get_webhook_endpoint("..")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
}

#[tokio::test]
async fn credentials_never_appear_in_debug_output() {
    let client = Client::builder().bearer_token("super-secret-token").build();
    assert!(!format!("{client:?}").contains("super-secret-token"));
}

#[tokio::test]
async fn user_agent_names_the_crate() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::header(
            "user-agent",
            provider_clients::USER_AGENT,
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(endpoint_json()))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap();
    assert!(provider_clients::USER_AGENT.starts_with("provider-clients/"));
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let server = MockServer::start().await;
    let when = httpdate_in(Duration::from_secs(2));
    let statuses = vec![(503, Some(Box::leak(when.into_boxed_str()) as &'static str))];
    Mock::given(method("GET"))
        .respond_with(sequence(statuses))
        .expect(2)
        .mount(&server)
        .await;
    let started = Instant::now();
    client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap();
    // An HTTP date has one-second resolution: at least ~1 s of the 2 s remained when it was read.
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "waited only {:?}",
        started.elapsed()
    );
}

/// An HTTP date `after` from now.
fn httpdate_in(after: Duration) -> String {
    httpdate::fmt_http_date(std::time::SystemTime::now() + after)
}

#[tokio::test]
async fn a_connection_dropped_mid_body_is_an_error() {
    // A peer that promises 200 bytes of JSON, sends 20, and hangs up.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let _ = socket
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 200\r\n\r\n{\"id\": \"abc\", \"url\"")
                .await;
            let _ = socket.shutdown().await;
        }
    });
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .retry(RetryConfig::disabled())
        .build();
    let err = client
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
}

#[tokio::test]
async fn header_values_with_cr_or_lf_are_rejected() {
    use provider_clients::runtime::{CoreBuilder, Method, Request};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let core = CoreBuilder::new(server.uri(), "test").build();
    let mut request = Request::new("op", Method::GET, "/x");
    request
        .headers
        .push(("x-note", "ok\r\nx-injected: 1".into()));
    let err = core.execute::<()>(request).await.unwrap_err();
    match err {
        Error::InvalidRequest(message) => {
            assert!(message.contains("x-note"), "{message}");
            assert!(
                !message.contains("injected"),
                "the value is not echoed: {message}"
            );
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
}

#[tokio::test]
async fn the_spec_alternative_server_is_one_call_away() {
    use provider_clients::polar::{DEFAULT_BASE_URL, SERVERS};
    assert_eq!(DEFAULT_BASE_URL, SERVERS[0]);
    let sandbox = Client::builder().base_url(SERVERS[1]).build();
    assert_eq!(sandbox.base_url(), "https://sandbox-api.polar.sh");
    let zendesk = provider_clients::zendesk::Client::builder()
        .subdomain("acme")
        .build();
    assert_eq!(zendesk.base_url(), "https://acme.zendesk.com");
}

#[tokio::test]
async fn a_wrong_type_in_a_required_field_names_the_field() {
    let server = MockServer::start().await;
    let mut body = endpoint_json();
    body["events"] = serde_json::json!(["order.created", 7]);
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let err = client(&server)
        .webhooks()
        .get_webhook_endpoint("abc")
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::Decode { path, .. } => assert_eq!(path, "events[1]"),
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert!(err.to_string().contains("`events[1]`"), "{err}");
}

/// The same behaviour through every provider's client: a 503 then success is retried, a
/// `Retry-After` is honoured, a POST is not retried, a slow server hits the timeout, and a path
/// parameter cannot leave its segment. (The run time is shared; this shows each client uses it.)
mod every_provider {
    use super::*;
    use provider_clients::{attio, codat, ultracart, zendesk};
    use wiremock::matchers::path;

    async fn server_with(statuses: Vec<(u16, Option<&'static str>)>, expected: u64) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .respond_with(EmptySequence(sequence(statuses)))
            .expect(expected)
            .mount(&server)
            .await;
        server
    }

    /// Like `Sequence`, but success is an empty 204 (what the delete operations answer).
    struct EmptySequence(Sequence);

    impl Respond for EmptySequence {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let r = self.0.respond(request);
            let n = self.0.calls.load(std::sync::atomic::Ordering::SeqCst);
            if n > self.0.statuses.len() {
                ResponseTemplate::new(204)
            } else {
                r
            }
        }
    }

    #[tokio::test]
    async fn deletes_retry_503_and_honour_retry_after() {
        let s = server_with(vec![(503, None), (429, Some("1"))], 3).await;
        let started = Instant::now();
        zendesk::Client::builder()
            .base_url(s.uri())
            .api_token_auth("me/token", "t")
            .retry(fast_retry())
            .build()
            .webhooks()
            .delete_webhook("w1")
            .send()
            .await
            .unwrap();
        assert!(started.elapsed() >= Duration::from_secs(1));

        let s = server_with(vec![(503, None)], 2).await;
        codat::Client::builder()
            .base_url(s.uri())
            .auth_header("Basic k")
            .retry(fast_retry())
            .build()
            .webhooks()
            .delete_consumer("c1")
            .send()
            .await
            .unwrap();

        let s = server_with(vec![(503, None)], 2).await;
        ultracart::Client::builder()
            .base_url(s.uri())
            .ultra_cart_simple_api_key("k")
            .retry(fast_retry())
            .build()
            .webhook()
            .webhook_webhooks_webhook_oid_delete(7)
            .send()
            .await
            .unwrap();

        let s = MockServer::start().await;
        Mock::given(method("DELETE"))
            .respond_with(sequence(vec![(503, None)]))
            .expect(2)
            .mount(&s)
            .await;
        // Attio answers 200 with a body; the sequence's final answer is a JSON object too.
        let _ = attio::Client::builder()
            .base_url(s.uri())
            .bearer_token("t")
            .retry(fast_retry())
            .build()
            .webhooks()
            .delete_v2_webhooks_webhook_id("w1")
            .send()
            .await;
    }

    #[tokio::test]
    async fn posts_are_not_retried() {
        for provider in ["codat", "zendesk", "ultracart"] {
            let server = MockServer::start().await;
            Mock::given(method("POST"))
                .respond_with(ResponseTemplate::new(503))
                .expect(1)
                .mount(&server)
                .await;
            let status = match provider {
                "codat" => codat::Client::builder().base_url(server.uri()).retry(fast_retry()).build()
                    .webhooks().create_consumer().send().await.unwrap_err().status(),
                "zendesk" => zendesk::Client::builder().base_url(server.uri()).retry(fast_retry()).build()
                    .webhooks().test_webhook(serde_json::from_value(serde_json::json!({"webhook": {
                        "endpoint": "https://example.com/h", "http_method": "POST", "request_format": "json"
                    }})).unwrap()).send().await.unwrap_err().status(),
                _ => ultracart::Client::builder().base_url(server.uri()).retry(fast_retry()).build()
                    .webhook().webhook_webhooks_post(Default::default()).send().await.unwrap_err().status(),
            };
            assert_eq!(status.map(|s| s.as_u16()), Some(503), "{provider}");
        }
    }

    #[tokio::test]
    async fn slow_servers_hit_the_timeout_and_paths_stay_put() {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .and(path("/webhooks/..%2Fadmin"))
            .respond_with(ResponseTemplate::new(204).set_delay(Duration::from_secs(5)))
            .expect(1)
            .mount(&server)
            .await;
        let err = codat::Client::builder()
            .base_url(server.uri())
            .retry(RetryConfig::disabled())
            .timeout(Duration::from_millis(100))
            .build()
            .webhooks()
            .delete_consumer("../admin")
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Timeout), "{err:?}");

        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .and(path("/api/v2/webhooks/a%2Fb%3Fc"))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(&server)
            .await;
        zendesk::Client::builder()
            .base_url(server.uri())
            .build()
            .webhooks()
            .delete_webhook("a/b?c")
            .send()
            .await
            .unwrap();
    }
}

/// A `type: number` value is an `f64`; what the client sends keeps whole numbers whole, in bodies
/// and in query parameters (`10`, not `10.0`), and fractions as they are.
#[test]
fn whole_number_floats_are_sent_as_integers() {
    use provider_clients::runtime::{push_query, Body, QueryStyle};
    let body = Body::json(
        "application/json",
        &serde_json::json!({ "amount": 10.0, "rate": 0.25, "items": [1.0, 2.5] }),
    )
    .expect("encodes");
    let Body::Bytes { bytes, .. } = body else {
        panic!("JSON is bytes")
    };
    assert_eq!(
        String::from_utf8_lossy(&bytes),
        r#"{"amount":10,"rate":0.25,"items":[1,2.5]}"#
    );
    let mut query = Vec::new();
    push_query(
        &mut query,
        "min",
        &10.0_f64,
        QueryStyle::Form { explode: true },
    )
    .expect("encodes");
    push_query(
        &mut query,
        "step",
        &0.5_f64,
        QueryStyle::Form { explode: true },
    )
    .expect("encodes");
    push_query(
        &mut query,
        "range",
        &[1.0_f64, 2.0],
        QueryStyle::Form { explode: false },
    )
    .expect("encodes");
    let query: Vec<(String, String)> = query
        .into_iter()
        .map(|(k, v)| (k.into_owned(), v))
        .collect();
    assert_eq!(
        query,
        [
            ("min".to_owned(), "10".to_owned()),
            ("step".to_owned(), "0.5".to_owned()),
            ("range".to_owned(), "1,2".to_owned()),
        ]
    );
}

#[test]
fn a_call_prints_the_request_it_would_send_without_credentials() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:1")
        .bearer_token("secret-token")
        .build();
    let call = client
        .webhooks()
        .list_webhook_deliveries()
        .page(2)
        .timeout(Duration::from_secs(3));
    let debug = format!("{call:?}");
    assert!(debug.starts_with("Call(Request {"), "{debug}");
    assert!(
        debug.contains(r#"operation_id: "webhooks:list_webhook_deliveries""#),
        "{debug}"
    );
    assert!(debug.contains(r#"("page", "2")"#), "{debug}");
    assert!(debug.contains("timeout: Some(3s)"), "{debug}");
    assert!(!debug.contains("secret-token"), "{debug}");
    let get = client.webhooks().get_webhook_endpoint("a/b");
    assert!(
        format!("{get:?}").contains(r#"path: "/v1/webhooks/endpoints/a%2Fb""#),
        "{get:?}"
    );
}

#[test]
fn a_request_keeps_the_first_argument_it_cannot_send() {
    use provider_clients::runtime::{Method, Request};
    let mut request = Request::new("op", Method::GET, "/x/{first}/{second}");
    request.path_param("first", "..");
    request.path_param("second", "");
    request.query("ok", &Some(1));
    let reason = request.invalid.clone().expect("a reason");
    assert!(reason.contains("first"), "{reason}");
    assert!(!reason.contains("second"), "{reason}");
    assert_eq!(request.query.len(), 1, "later arguments are still written");
}
