//! The `tracing` feature: one span per request with operation, method, path template, status,
//! attempts and elapsed time, and never a credential.

use std::sync::{Arc, Mutex};

use provider_clients::polar::Client;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::Subscriber;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Every span and event, as `name field=value ...` lines.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<String>>>);

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value));
    }
}

impl<S: Subscriber> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, _: &Id, _: Context<'_, S>) {
        let mut fields = Fields(format!("span {}", attrs.metadata().name()));
        attrs.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }

    fn on_record(&self, _: &Id, values: &Record<'_>, _: Context<'_, S>) {
        let mut fields = Fields("record".into());
        values.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut fields = Fields("event".into());
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
}

#[tokio::test]
async fn one_span_per_request_and_no_secrets() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404).set_body_json(
                serde_json::json!({"error": "ResourceNotFound", "detail": "missing"}),
            ),
        )
        .mount(&server)
        .await;
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    let _guard = tracing::subscriber::set_default(subscriber);

    let secret = "polar_oat_SUPER_SECRET_token_value";
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(secret)
        .build();
    let _ = client.webhooks().get_webhook_endpoint("abc").send().await;

    let lines = capture.0.lock().unwrap().clone();
    let all = lines.join("\n");
    let spans: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("span request"))
        .collect();
    assert_eq!(spans.len(), 1, "{all}");
    assert!(
        spans[0].contains("operation=\"webhooks:get_webhook_endpoint\""),
        "{all}"
    );
    assert!(spans[0].contains("method=GET"), "{all}");
    assert!(
        spans[0].contains("path=\"/v1/webhooks/endpoints/{id}\""),
        "{all}"
    );
    assert!(all.contains("status=404"), "{all}");
    assert!(all.contains("attempts=1"), "{all}");
    assert!(all.contains("elapsed_ms="), "{all}");
    assert!(
        !all.contains(secret),
        "a credential leaked into tracing: {all}"
    );
    assert!(
        !all.contains("ResourceNotFound"),
        "a body leaked into tracing: {all}"
    );
}
