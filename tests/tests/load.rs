//! Load: 2,000 requests, 200 in flight, through one shared client to a local server (loopback
//! only, bounded in count and time). All succeed, connections are reused (a counting proxy in
//! front of the server sees far fewer connections than requests), and memory stays flat.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use provider_clients::polar::Client;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const REQUESTS: usize = 2_000;
const IN_FLIGHT: usize = 200;

/// A TCP proxy on loopback that counts the connections it accepts.
async fn counting_proxy(target: std::net::SocketAddr) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let accepted = count.clone();
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            accepted.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    (format!("http://{address}"), count)
}

/// Resident memory of this process, in KiB (Linux).
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

async fn round(client: &Client) -> usize {
    futures::stream::iter(0..REQUESTS)
        .map(|i| {
            let client = client.clone();
            // Spawned: the request future is `Send` and the client is shared across tasks.
            tokio::spawn(async move {
                client
                    .webhooks()
                    .get_webhook_endpoint(format!("endpoint-{i}"))
                    .send()
                    .await
            })
        })
        .buffer_unordered(IN_FLIGHT)
        .filter(|r| futures::future::ready(matches!(r, Ok(Ok(_)))))
        .count()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_requests_through_one_shared_client() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "id": "e", "created_at": "2025-01-01T00:00:00Z", "modified_at": null,
            "url": "https://example.com/hook", "format": "raw", "secret": "s",
            "organization_id": "o", "events": [], "enabled": true
        })))
        .mount(&server)
        .await;
    let (url, connections) = counting_proxy(*server.address()).await;
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(IN_FLIGHT)
        .build()
        .unwrap();
    let client = Client::builder()
        .base_url(url)
        .bearer_token("tok")
        .http_client(http)
        .build();

    let started = Instant::now();
    let ok = tokio::time::timeout(Duration::from_secs(120), round(&client))
        .await
        .expect("first round finished in time");
    assert_eq!(ok, REQUESTS, "every request succeeded");
    let after_first = rss_kib();
    let first_connections = connections.load(Ordering::SeqCst);

    let ok = tokio::time::timeout(Duration::from_secs(120), round(&client))
        .await
        .expect("second round finished in time");
    assert_eq!(ok, REQUESTS, "every request succeeded");
    let after_second = rss_kib();
    let total_connections = connections.load(Ordering::SeqCst);

    println!(
        "load: {} requests in {:?}; connections: {first_connections} after round 1, {total_connections} after round 2; \
         RSS {after_first} KiB after round 1, {after_second} KiB after round 2",
        2 * REQUESTS,
        started.elapsed()
    );
    // reqwest caps idle connections, not open ones: a request can start before the connection of
    // one that just finished is back in the pool, so a few more than IN_FLIGHT may open.
    assert!(
        first_connections <= 2 * IN_FLIGHT,
        "connections stay near the number in flight: {first_connections}"
    );
    assert!(
        total_connections - first_connections <= IN_FLIGHT / 2,
        "the second round reuses pooled connections: {first_connections} → {total_connections}"
    );
    assert!(
        after_second.saturating_sub(after_first) < 32 * 1024,
        "memory stays flat across rounds: {after_first} KiB → {after_second} KiB"
    );
}

#[test]
fn client_and_builders_are_send_sync_and_cheap_to_clone() {
    fn check<T: Send + Sync + Clone>() {}
    check::<Client>();
    check::<provider_clients::zendesk::Client>();
    check::<
        provider_clients::runtime::Call<
            'static,
            provider_clients::polar::webhooks::ListWebhookEndpoints,
        >,
    >();
}
