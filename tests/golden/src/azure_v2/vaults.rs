// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Vaults` operations: request builders and error types.
use crate::runtime as rt;
/// The `Vaults` operations. Get it with [`Client::vaults`](super::Client::vaults).
#[derive(Debug, Clone, Copy)]
pub struct Vaults<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Vaults;
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
    pub fn vaults_get(name: impl Into<String> = into);
    /// The arguments of [`Vaults::vaults_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct VaultsGet {
        name: String = path_param("vaultName"),
        tier: Option<super::types::VaultTier> = query("tier"),
    }
    get("Vaults_Get", "/vaults/{vaultName}") -> super::types::Vault, VaultsGetError, rt::Json;
    setters {
        /// Sets the `tier` parameter.
        tier: super::types::VaultTier,
    }
}
rt::errors! {
    /// The documented error responses of `vaults_get`, chosen by status code.
    pub enum VaultsGetError {}
}
