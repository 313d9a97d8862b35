// @generated
// Generated from tests/fixtures/types/deep_refs.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `companies` operations: request builders and error types.
use crate::runtime as rt;
/// The `companies` operations. Get it with [`Client::companies`](super::Client::companies).
#[derive(Debug, Clone, Copy)]
pub struct Companies<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Companies<'a> {
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
    pub fn list_webhooks(&self, company_id: impl Into<String>) -> rt::Call<'a, ListWebhooks> {
        self.client.core().call(ListWebhooks { company_id: company_id.into(), limit: None })
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
    pub fn create_webhook(
        &self,
        company_id: impl Into<String>,
        body: super::types::GetResponses,
    ) -> rt::Call<'a, CreateWebhook> {
        self.client.core().call(CreateWebhook { company_id: company_id.into(), body })
    }
}
/// The arguments of [`Companies::list_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListWebhooks {
    company_id: String,
    limit: Option<super::types::Limit>,
}
impl rt::Operation for ListWebhooks {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listWebhooks", "/companies/{companyId}/webhooks");
    type Output = super::types::Webhooks;
    type Error = ListWebhooksError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("companyId", &self.company_id);
        request.query("limit", &self.limit);
        Ok(())
    }
}
rt::setters! {
    ListWebhooks {
        /// Sets the `limit` parameter.
        limit: super::types::Limit,
    }
}
rt::errors! {
    /// The documented error responses of `list_webhooks`, chosen by status code.
    pub enum ListWebhooksError {}
}
/// The arguments of [`Companies::create_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CreateWebhook {
    company_id: String,
    body: super::types::GetResponses,
}
impl rt::Operation for CreateWebhook {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::post("createWebhook", "/companies/{companyId}/webhooks");
    type Output = ();
    type Error = CreateWebhookError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("companyId", &self.company_id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `create_webhook`: the same as [`ListWebhooksError`]'s.
pub type CreateWebhookError = ListWebhooksError;
