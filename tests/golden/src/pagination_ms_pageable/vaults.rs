// @generated
// Generated from tests/fixtures/types/pagination_ms_pageable.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Vaults` operations: request builders and error types.
use crate::runtime as rt;
/// The `Vaults` operations. Get it with [`Client::vaults`](super::Client::vaults).
#[derive(Debug, Clone, Copy)]
pub struct Vaults<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Vaults;
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
    pub fn vaults_list();
    /// The arguments of [`Vaults::vaults_list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct VaultsList {}
    get("Vaults_List", "/vaults") -> super::types::VaultsListResponse, VaultsListError, rt::Json {}
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
    pub fn keys_list();
    /// The arguments of [`Vaults::keys_list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct KeysList {}
    get("Keys_List", "/keys") -> super::types::KeysListResponse, KeysListError, rt::Json {}
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
    pub fn regions_list();
    /// The arguments of [`Vaults::regions_list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct RegionsList {}
    get("Regions_List", "/regions")
        -> super::types::RegionsListResponse, RegionsListError, rt::Json {}
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
impl rt::Paginated for KeysList {
    type Item = super::types::Vault;
    const ITEMS: Option<&'static str> = Some("keys");
    const WALK: rt::Walk = rt::Walk::NextUrl("nextLink");
}
/// The documented error responses of `keys_list`: the same as [`VaultsListError`]'s.
pub type KeysListError = VaultsListError;
/// The documented error responses of `regions_list`: the same as [`VaultsListError`]'s.
pub type RegionsListError = VaultsListError;
