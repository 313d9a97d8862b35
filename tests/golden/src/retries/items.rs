// @generated
// Generated from tests/fixtures/types/retries.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Items` operations: request builders and error types.
use crate::runtime as rt;
/// The `Items` operations. Get it with [`Client::items`](super::Client::items).
#[derive(Debug, Clone, Copy)]
pub struct Items<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Items;
    /// The document's policy, retried on 503 only.
    ///
    /// `GET /items`
    ///
    /// **Retries**: the API declares a retry policy: retried on 503; the wait starts at 1 ms and grows 1.5× each time up to 5 ms; no retry starts after 5000 ms. `ClientBuilder::retry` or a call's `.retries(...)` replace it.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::retries;
    /// let client = retries::Client::builder().build();
    /// let response = client.items().list_items().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_items();
    /// The arguments of [`Items::list_items`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListItems {}
    get("listItems", "/items") -> Vec<super::types::Item>, ListItemsError, rt::Json {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.retry_non_idempotent = true;
            request.retry = Some(
                rt::RetryConfig::backoff(
                    ::std::time::Duration::from_millis(1),
                    ::std::time::Duration::from_millis(5),
                    ::std::time::Duration::from_millis(5000),
                    1.5,
                )
                .statuses(&[503]),
            );
            Ok(())
        }
    }
    /// A POST with its own policy, so it may be retried; every 5xx is.
    ///
    /// `POST /items`
    ///
    /// **Retries**: the API declares a retry policy: retried on 429, 5XX, connection errors; the wait starts at 1 ms and grows 2× each time up to 5 ms; no retry starts after 5000 ms. `ClientBuilder::retry` or a call's `.retries(...)` replace it.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::retries;
    /// let client = retries::Client::builder().build();
    /// let response = client
    ///     .items()
    ///     .create_item(retries::types::Item { id: "<id>".to_owned() })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_item(body: super::types::Item);
    /// The arguments of [`Items::create_item`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateItem {
        body: super::types::Item,
    }
    post("createItem", "/items") -> super::types::Item, CreateItemError, rt::Json {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.retry_non_idempotent = true;
            request.retry = Some(
                rt::RetryConfig::backoff(
                    ::std::time::Duration::from_millis(1),
                    ::std::time::Duration::from_millis(5),
                    ::std::time::Duration::from_millis(5000),
                    2.0,
                )
                .statuses(&[429])
                .status_classes(&[5])
                .retry_connection_errors(true),
            );
            let value = &self.body;
            request.json_body("application/json", value);
            Ok(())
        }
    }
    /// Retries turned off for this operation.
    ///
    /// `DELETE /items/{id}`
    ///
    /// **Retries**: the API declares that this operation is not retried.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::retries;
    /// let client = retries::Client::builder().build();
    /// let response = client.items().delete_item("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_item(id: impl Into<String> = into);
    /// The arguments of [`Items::delete_item`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteItem {
        id: String,
    }
    delete("deleteItem", "/items/{id}") -> (), DeleteItemError, rt::Empty {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.retry_non_idempotent = true;
            request.retry = Some(
                rt::RetryConfig::backoff(
                    ::std::time::Duration::from_millis(500),
                    ::std::time::Duration::from_millis(60000),
                    ::std::time::Duration::from_millis(0),
                    1.5,
                ),
            );
            request.path_param("id", &self.id);
            Ok(())
        }
    }
}
rt::errors! {
    /// The documented error responses of `list_items`, chosen by status code.
    pub enum ListItemsError {}
}
/// The documented error responses of `create_item`: the same as [`ListItemsError`]'s.
pub type CreateItemError = ListItemsError;
/// The documented error responses of `delete_item`: the same as [`ListItemsError`]'s.
pub type DeleteItemError = ListItemsError;
