// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `events` operations: request builders and error types.
use crate::runtime as rt;
/// The `events` operations. Get it with [`Client::events`](super::Client::events).
#[derive(Debug, Clone, Copy)]
pub struct Events<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Events;
    /// `GET /events`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let mut stream = client.events().stream_events().send().await?;
    /// while let Some(item) = stream.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn stream_events();
    /// The arguments of [`Events::stream_events`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct StreamEvents {}
    get("streamEvents", "/events")
        -> rt::EventStream<super::types::Tick, StreamEventsError>, StreamEventsError, rt::Streamed {
        fn decode_stream(
            response: ::reqwest::Response,
        ) -> Result<Self::Output, rt::Error<Self::Error>> {
            Ok(rt::events(response, true))
        }
    }
}
rt::errors! {
    /// The documented error responses of `stream_events`, chosen by status code.
    pub enum StreamEventsError {
        /// Status 401.
        ///
        /// Not allowed.
        401 => Unauthorized = error,
    }
}
