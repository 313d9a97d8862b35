// @generated
// Generated from tests/fixtures/types/pagination_ms_pageable.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Vaults` operations: request builders and error types.
use crate::runtime as rt;
/// The `Vaults` operations. Get it with [`Client::vaults`](super::Client::vaults).
#[derive(Debug, Clone, Copy)]
pub struct Vaults<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Vaults<'a> {
    /// `GET /vaults`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_ms_pageable;
    /// let client = pagination_ms_pageable::Client::builder().build();
    /// let mut items = std::pin::pin!(client.vaults().vaults_list().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn vaults_list(&self) -> rt::Call<'a, VaultsList> {
        self.client.core().call(VaultsList {})
    }
    /// `GET /keys`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_ms_pageable;
    /// let client = pagination_ms_pageable::Client::builder().build();
    /// let mut items = std::pin::pin!(client.vaults().keys_list().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn keys_list(&self) -> rt::Call<'a, KeysList> {
        self.client.core().call(KeysList {})
    }
    /// `GET /regions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_ms_pageable;
    /// let client = pagination_ms_pageable::Client::builder().build();
    /// let response = client.vaults().regions_list().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn regions_list(&self) -> rt::Call<'a, RegionsList> {
        self.client.core().call(RegionsList {})
    }
}
/// The arguments of [`Vaults::vaults_list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct VaultsList {}
impl rt::Operation for VaultsList {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("Vaults_List", "/vaults");
    type Output = super::types::VaultsListResponse;
    type Error = VaultsListError;
    type Decoder = rt::Json;
}
impl rt::Paginated for VaultsList {
    type Item = super::types::Vault;
    const ITEMS: Option<&'static str> = Some("value");
    const WALK: rt::Walk = rt::Walk::NextUrl("@odata.nextLink");
}
rt::errors! {
    /// The documented error responses of `vaults_list`, chosen by status code.
    pub enum VaultsListError {}
}
/// The arguments of [`Vaults::keys_list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct KeysList {}
impl rt::Operation for KeysList {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("Keys_List", "/keys");
    type Output = super::types::KeysListResponse;
    type Error = KeysListError;
    type Decoder = rt::Json;
}
impl rt::Paginated for KeysList {
    type Item = super::types::Vault;
    const ITEMS: Option<&'static str> = Some("keys");
    const WALK: rt::Walk = rt::Walk::NextUrl("nextLink");
}
/// The documented error responses of `keys_list`: the same as [`VaultsListError`]'s.
pub type KeysListError = VaultsListError;
/// The arguments of [`Vaults::regions_list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct RegionsList {}
impl rt::Operation for RegionsList {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("Regions_List", "/regions");
    type Output = super::types::RegionsListResponse;
    type Error = RegionsListError;
    type Decoder = rt::Json;
}
/// The documented error responses of `regions_list`: the same as [`VaultsListError`]'s.
pub type RegionsListError = VaultsListError;
