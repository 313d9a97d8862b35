// @generated
// Generated from tests/fixtures/types/annotated_all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `subscriptions` operations: request builders and error types.
use crate::runtime as rt;
/// The `subscriptions` operations. Get it with [`Client::subscriptions`](super::Client::subscriptions).
#[derive(Debug, Clone, Copy)]
pub struct Subscriptions<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Subscriptions;
    /// `POST /subscriptions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::annotated_all_of;
    /// let client = annotated_all_of::Client::builder().build();
    /// let response = client
    ///     .subscriptions()
    ///     .subscribe(annotated_all_of::types::Subscription {
    ///         url: "<url>".to_owned(),
    ///         id: None,
    ///         retries: None,
    ///         note: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn subscribe(body: super::types::Subscription);
    /// The arguments of [`Subscriptions::subscribe`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct Subscribe {
        body: super::types::Subscription = json_body("application/json"),
    }
    post("subscribe", "/subscriptions") -> super::types::Subscription, SubscribeError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `subscribe`, chosen by status code.
    pub enum SubscribeError {}
}
