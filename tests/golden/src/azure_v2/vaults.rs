// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Vaults` operations: request builders and error types.
/// The `Vaults` operations. Get it with [`Client::vaults`](super::Client::vaults).
#[derive(Debug, Clone, Copy)]
pub struct Vaults<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Vaults<'a> {
    /// `GET /vaults/{vaultName}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::azure_v2;
    /// let client = azure_v2::Client::builder().build();
    /// let response = client.vaults().vaults_get("<vaultName>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn vaults_get(&self, name: impl Into<String>) -> VaultsGet<'a> {
        VaultsGet {
            client: self.client,
            name: name.into(),
            tier: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Vaults::vaults_get`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct VaultsGet<'a> {
    client: &'a super::Client,
    name: String,
    tier: Option<super::types::VaultTier>,
    options: crate::runtime::RequestOptions,
}
impl<'a> VaultsGet<'a> {
    /// Sets the `tier` parameter.
    pub fn tier(mut self, value: super::types::VaultTier) -> Self {
        self.tier = Some(value);
        self
    }
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<VaultsGetError>> {
        let mut request = crate::runtime::Request::new(
            "Vaults_Get",
            crate::runtime::Method::GET,
            "/vaults/{vaultName}",
            format!(
                "/vaults/{}", crate ::runtime::path_value("vaultName", & self.name)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "tier",
                &self.tier,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Vault, crate::runtime::Error<VaultsGetError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Vault, crate::runtime::Error<VaultsGetError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<VaultsGetError> {
        response.unexpected()
    }
}
/// The documented error responses of `vaults_get`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum VaultsGetError {}
