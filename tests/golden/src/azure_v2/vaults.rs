// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Vaults` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn vaults_get(&self, name: impl Into<String>) -> rt::Call<'a, VaultsGet> {
        self.client.core().call(VaultsGet { name: name.into(), tier: None })
    }
}
/// The arguments of [`Vaults::vaults_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct VaultsGet {
    name: String,
    tier: Option<super::types::VaultTier>,
}
impl rt::Operation for VaultsGet {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("Vaults_Get", "/vaults/{vaultName}");
    type Output = super::types::Vault;
    type Error = VaultsGetError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("vaultName", &self.name);
        request.query("tier", &self.tier);
        Ok(())
    }
}
rt::setters! {
    VaultsGet {
        /// Sets the `tier` parameter.
        tier: super::types::VaultTier,
    }
}
rt::errors! {
    /// The documented error responses of `vaults_get`, chosen by status code.
    pub enum VaultsGetError {}
}
