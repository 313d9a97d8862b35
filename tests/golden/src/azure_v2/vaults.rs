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
    pub fn vaults_get(
        &self,
        name: impl Into<String>,
    ) -> crate::runtime::Call<'a, VaultsGet> {
        crate::runtime::Call::new(
            self.client.core(),
            VaultsGet {
                name: name.into(),
                tier: None,
            },
        )
    }
}
/// The arguments of [`Vaults::vaults_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct VaultsGet {
    name: String,
    tier: Option<super::types::VaultTier>,
}
impl crate::runtime::Operation for VaultsGet {
    type Output = super::types::Vault;
    type Error = VaultsGetError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        response.json()
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
impl<'a> crate::runtime::Call<'a, VaultsGet> {
    /// Sets the `tier` parameter.
    pub fn tier(mut self, value: super::types::VaultTier) -> Self {
        self.args.tier = Some(value);
        self
    }
}
/// The documented error responses of `vaults_get`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum VaultsGetError {}
