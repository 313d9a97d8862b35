//! Request matchers shared by the wiremock tests.

use wiremock::{Match, Request};

/// Matches when the request's query string holds exactly these pairs (in any order), nothing else.
pub struct ExactQuery(Vec<(String, String)>);

impl Match for ExactQuery {
    fn matches(&self, request: &Request) -> bool {
        let mut got: Vec<(String, String)> = request
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut want = self.0.clone();
        got.sort();
        want.sort();
        got == want
    }
}

pub fn exact_query(pairs: &[(&str, &str)]) -> ExactQuery {
    ExactQuery(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    )
}

/// Matches a request without a body and without a `Content-Type`.
pub struct NoBody;

impl Match for NoBody {
    fn matches(&self, request: &Request) -> bool {
        request.body.is_empty() && !request.headers.contains_key("content-type")
    }
}
