//! Error decoding by status (fixture `tests/fixtures/types/default_response.yaml`): a code wins
//! over a range that contains it, even when the range is listed first, and `default` takes every
//! other status.

use golden_types::default_response::jobs::GetJobError;
use golden_types::default_response::Client;
use golden_types::runtime::Error;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn status_of_job(status: u16, body: Option<serde_json::Value>) -> Error<GetJobError> {
    let server = MockServer::start().await;
    let mut response = ResponseTemplate::new(status);
    if let Some(body) = body {
        response = response.set_body_json(body);
    }
    Mock::given(method("GET"))
        .and(path("/jobs/j1"))
        .respond_with(response)
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry(golden_types::runtime::RetryConfig::disabled())
        .build();
    client
        .jobs()
        .get_job("j1")
        .send()
        .await
        .expect_err("an error status")
}

#[tokio::test]
async fn codes_ranges_and_default_each_get_their_variant() {
    let problem = serde_json::json!({"message": "no"});
    assert!(matches!(
        status_of_job(404, None).await.api_error(),
        Some(GetJobError::NotFound)
    ));
    match status_of_job(409, Some(problem.clone())).await.api_error() {
        Some(GetJobError::ClientError(p)) => assert_eq!(p.message.as_deref(), Some("no")),
        other => panic!("409: {other:?}"),
    }
    match status_of_job(503, Some(problem)).await.api_error() {
        Some(GetJobError::Default(p)) => assert_eq!(p.message.as_deref(), Some("no")),
        other => panic!("503: {other:?}"),
    }
}
