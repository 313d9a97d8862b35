// @generated
// Generated from tests/fixtures/types/swagger2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhooks;
    /// `GET /webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::swagger2;
    /// let client = swagger2::Client::builder().build();
    /// let response = client.webhooks().get_webhooks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_webhooks();
    /// The arguments of [`Webhooks::get_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetWebhooks {
        limit: Option<i32> = query("_limit"),
        status: Option<Vec<super::types::GetWebhooksStatusItem>> = query_with("status", rt::FormStyle::Form { explode: false }),
    }
    get("getWebhooks", "/webhooks") -> super::types::WebhooksResponse, GetWebhooksError, rt::Json;
    setters {
        /// Sets the `_limit` parameter.
        limit: i32,
        /// Sets the `status` parameter.
        status: Vec<super::types::GetWebhooksStatusItem>,
    }
    /// `POST /webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::swagger2;
    /// let client = swagger2::Client::builder().build();
    /// let response = client
    ///     .webhooks()
    ///     .insert_webhook(swagger2::types::Webhook {
    ///         webhook_oid: None,
    ///         webhook_url: None,
    ///         api_version: None,
    ///         authentication_type: None,
    ///         event_categories: None,
    ///         maximum_events: None,
    ///         compress_events: None,
    ///         basic_password: None,
    ///         last_failure: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn insert_webhook(body: super::types::Webhook);
    /// The arguments of [`Webhooks::insert_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct InsertWebhook {
        body: super::types::Webhook = json_body("application/json"),
    }
    post("insertWebhook", "/webhooks")
        -> super::types::WebhookResponse, InsertWebhookError, rt::Json;
}
rt::operations! {
    impl Webhooks;
    /// `POST /webhooks/{webhook_oid}/file`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::swagger2;
    /// let client = swagger2::Client::builder().build();
    /// let response = client
    ///     .webhooks()
    ///     .upload_webhook_file(
    ///         10,
    ///         swagger2::types::UploadWebhookFileRequest {
    ///             file: golden_types::runtime::Upload::path("<path to the file>"),
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_webhook_file(webhook_oid: i32, body: super::types::UploadWebhookFileRequest);
    /// The arguments of [`Webhooks::upload_webhook_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct UploadWebhookFile {
        webhook_oid: i32,
        body: super::types::UploadWebhookFileRequest,
    }
    post("uploadWebhookFile", "/webhooks/{webhook_oid}/file")
        -> (), UploadWebhookFileError, rt::Empty {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.path_param("webhook_oid", &self.webhook_oid);
            let value = &self.body;
            request.body = Some({
                let mut parts = rt::Multipart::new();
                parts.file("file", &value.file, None);
                rt::Body::Multipart(parts)
            });
            Ok(())
        }
    }
}
rt::errors! {
    /// The documented error responses of `get_webhooks`, chosen by status code.
    pub enum GetWebhooksError {
        /// Status 400.
        ///
        /// Bad request.
        400 => BadRequest(super::types::ErrorResponse) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `insert_webhook`, chosen by status code.
    pub enum InsertWebhookError {}
}
/// The documented error responses of `upload_webhook_file`: the same as [`InsertWebhookError`]'s.
pub type UploadWebhookFileError = InsertWebhookError;
