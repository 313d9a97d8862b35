//! Per-request overhead of a generated call (`client.webhooks().get_webhook_endpoint(..).send()`:
//! request building, auth, retry bookkeeping, status dispatch, JSON decoding into the typed model)
//! versus a bare `reqwest` call that sends the same request and decodes the same body into
//! `serde_json::Value`, both against the same local server. Run: `cargo bench -p tests --bench overhead`.

use std::time::{Duration, Instant};

use provider_clients::polar::Client;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const WARMUP: usize = 200;

fn runs() -> usize {
    std::env::var("BENCH_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "id": "0b9c7a52-3b4e-4f7c-9a57-5a0c7e0e1d11", "created_at": "2025-01-01T00:00:00Z",
                "modified_at": null, "url": "https://example.com/hook", "format": "raw",
                "secret": "whsec_x", "organization_id": "1dbfc517-0bbf-4301-9ba8-555ca42b9737",
                "events": ["order.created"], "enabled": true
            })))
            .mount(&server)
            .await;
        let http = reqwest::Client::new();
        let client = Client::builder()
            .base_url(server.uri())
            .bearer_token("tok")
            .http_client(http.clone())
            .build();
        let url = format!("{}/v1/webhooks/endpoints/abc", server.uri());
        let n = runs();

        let bare = || async {
            let response = http.get(&url).bearer_auth("tok").send().await.unwrap();
            let body = response.bytes().await.unwrap();
            serde_json::from_slice::<serde_json::Value>(&body).unwrap();
        };
        let generated = || async {
            client
                .webhooks()
                .get_webhook_endpoint("abc")
                .send()
                .await
                .unwrap();
        };
        for _ in 0..WARMUP {
            bare().await;
            generated().await;
        }
        // Interleave rounds so that drift of the machine affects both sides alike.
        let (mut t_bare, mut t_gen) = (Duration::ZERO, Duration::ZERO);
        for _ in 0..10 {
            let start = Instant::now();
            for _ in 0..n / 10 {
                bare().await;
            }
            t_bare += start.elapsed();
            let start = Instant::now();
            for _ in 0..n / 10 {
                generated().await;
            }
            t_gen += start.elapsed();
        }
        let per = |t: Duration| t.as_secs_f64() * 1e6 / (n / 10 * 10) as f64;
        println!(
            "| client | µs per request ({} sequential requests, loopback) |",
            n / 10 * 10
        );
        println!("|---|---|");
        println!("| bare reqwest + serde_json::Value | {:.1} |", per(t_bare));
        println!("| generated client (typed) | {:.1} |", per(t_gen));
        println!(
            "| overhead | {:+.1} µs ({:+.1}%) |",
            per(t_gen) - per(t_bare),
            (per(t_gen) / per(t_bare) - 1.0) * 100.0
        );
    });
}
