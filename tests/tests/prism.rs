//! Contract tests: every operation of every generated client against Prism
//! (`@stoplight/prism-cli`, pinned in tests/package.json) mocking the provider's spec with
//! `--errors`, so that Prism rejects any request that does not match the spec (path, query,
//! security, body, content type) and any response it would generate that does not match either.
//!
//! Per provider, one test starts one Prism (installed by `npm ci` in tests/ when
//! `tests/node_modules/.bin/prism` is missing), runs the provider's checks one after another and
//! kills Prism before it asserts:
//! - each operation with realistic arguments (required and optional parameters, bodies built
//!   from the generated types) must succeed and decode the response Prism generates from the
//!   spec's examples and schemas;
//! - each documented error status, asked for with `Prefer: code=<status>`, must come back as
//!   `Error::Api` with the operation's matching error variant;
//! - negative controls (no credentials, an invalid argument) must be rejected, which shows that
//!   Prism's validation is really on.
//!
//! Failures caused by the spec or the generated client, not by the tests, are listed in each
//! provider's `KNOWN_FAILURES`: the test prints them, and fails if one of them passes or fails
//! differently. Run with `cargo test -p tests --test prism -- --nocapture` to see every check.

#[macro_use]
#[path = "prism/harness.rs"]
mod harness;

#[path = "prism/attio.rs"]
mod attio;
#[path = "prism/codat.rs"]
mod codat;
#[path = "prism/polar.rs"]
mod polar;
#[path = "prism/ultracart.rs"]
mod ultracart;
#[path = "prism/zendesk.rs"]
mod zendesk;

use harness::Checks;

#[tokio::test]
async fn polar_operations_match_the_spec() {
    let mut checks = Checks::start("polar").await;
    polar::run(&mut checks).await;
    checks.finish(polar::KNOWN_FAILURES);
}

#[tokio::test]
async fn ultracart_operations_match_the_spec() {
    let mut checks = Checks::start("ultracart").await;
    ultracart::run(&mut checks).await;
    checks.finish(ultracart::KNOWN_FAILURES);
}

#[tokio::test]
async fn codat_operations_match_the_spec() {
    let mut checks = Checks::start("codat").await;
    codat::run(&mut checks).await;
    checks.finish(codat::KNOWN_FAILURES);
}

#[tokio::test]
async fn zendesk_operations_match_the_spec() {
    let mut checks = Checks::start("zendesk").await;
    zendesk::run(&mut checks).await;
    checks.finish(zendesk::KNOWN_FAILURES);
}

#[tokio::test]
async fn attio_operations_match_the_spec() {
    let mut checks = Checks::start("attio").await;
    attio::run(&mut checks).await;
    checks.finish(attio::KNOWN_FAILURES);
}
