// @generated
// Generated from tests/fixtures/types/field_flags.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `accounts` operations: request builders and error types.
#![allow(deprecated)]
/// The `accounts` operations. Get it with [`Client::accounts`](super::Client::accounts).
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Accounts<'a> {
    /// `GET /accounts/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::field_flags;
    /// let client = field_flags::Client::builder().build();
    /// let response = client.accounts().get_account("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_account(&self, id: impl Into<String>) -> GetAccount<'a> {
        GetAccount {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `PUT /accounts/{id}`
    ///
    /// **Deprecated**: the API marks this operation as deprecated.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::field_flags;
    /// let client = field_flags::Client::builder().build();
    /// #[allow(deprecated)]
    /// let response = client
    ///     .accounts()
    ///     .replace_account(
    ///         "<id>",
    ///         field_flags::types::Account {
    ///             id: None,
    ///             name: "<name>".to_owned(),
    ///             password: Some("<password>".to_owned()),
    ///             plan: field_flags::types::AccountPlan::Free,
    ///             seats: None,
    ///             created_at: None,
    ///             legacy_id: None,
    ///             old_plan: None,
    ///             flags: None,
    ///             limits: None,
    ///             nullable_read_only: None,
    ///             api_key: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated = "the API marks this operation as deprecated"]
    pub fn replace_account(
        &self,
        id: impl Into<String>,
        body: super::types::Account,
    ) -> ReplaceAccount<'a> {
        ReplaceAccount {
            client: self.client,
            id: id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Accounts::get_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetAccount<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetAccount<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetAccountError>> {
        let mut request = crate::runtime::Request::new(
            "getAccount",
            crate::runtime::Method::GET,
            "/accounts/{id}",
            format!(
                "/accounts/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Account, crate::runtime::Error<GetAccountError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Account, crate::runtime::Error<GetAccountError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetAccountError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_account`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAccountError {}
/// The request of [`Accounts::replace_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ReplaceAccount<'a> {
    client: &'a super::Client,
    id: String,
    body: super::types::Account,
    options: crate::runtime::RequestOptions,
}
impl<'a> ReplaceAccount<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ReplaceAccountError>> {
        let mut request = crate::runtime::Request::new(
            "replaceAccount",
            crate::runtime::Method::PUT,
            "/accounts/{id}",
            format!(
                "/accounts/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Account, crate::runtime::Error<ReplaceAccountError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Account, crate::runtime::Error<ReplaceAccountError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ReplaceAccountError> {
        response.unexpected()
    }
}
/// The documented error responses of `replace_account`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceAccountError {}
