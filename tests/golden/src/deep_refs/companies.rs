// @generated
// Generated from tests/fixtures/types/deep_refs.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `companies` operations: request builders and error types.
use crate::runtime as rt;
/// The `companies` operations. Get it with [`Client::companies`](super::Client::companies).
#[derive(Debug, Clone, Copy)]
pub struct Companies<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Companies;
    /// `GET /companies/{companyId}/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deep_refs;
    /// let client = deep_refs::Client::builder().build();
    /// let response = client.companies().list_webhooks("<companyId>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhooks(company_id: impl Into<String> = into);
    /// The arguments of [`Companies::list_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListWebhooks {
        company_id: String = path_param("companyId"),
        limit: Option<super::types::Limit> = query("limit"),
    }
    get("listWebhooks", "/companies/{companyId}/webhooks")
        -> super::types::Webhooks, ListWebhooksError, rt::Json;
    setters {
        /// Sets the `limit` parameter.
        limit: super::types::Limit,
    }
    /// `POST /companies/{companyId}/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deep_refs;
    /// let client = deep_refs::Client::builder().build();
    /// let response = client
    ///     .companies()
    ///     .create_webhook(
    ///         "<companyId>",
    ///         deep_refs::types::GetResponses {
    ///             results: vec![deep_refs::types::Webhook {
    ///                 id: "<id>".to_owned(),
    ///                 company_id: "<companyId>".to_owned(),
    ///                 notifiers: deep_refs::types::Notifier { emails: None, webhook: None },
    ///                 rule: None,
    ///                 secondary: None,
    ///                 page_size: None,
    ///             }],
    ///             legacy: None,
    ///             slashed: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_webhook(company_id: impl Into<String> = into, body: super::types::GetResponses);
    /// The arguments of [`Companies::create_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateWebhook {
        company_id: String = path_param("companyId"),
        body: super::types::GetResponses = json_body("application/json"),
    }
    post("createWebhook", "/companies/{companyId}/webhooks") -> (), CreateWebhookError, rt::Empty;
}
rt::errors! {
    /// The documented error responses of `list_webhooks`, chosen by status code.
    pub enum ListWebhooksError {}
}
/// The documented error responses of `create_webhook`: the same as [`ListWebhooksError`]'s.
pub type CreateWebhookError = ListWebhooksError;
