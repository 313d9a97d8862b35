// @generated
// Generated from tests/fixtures/types/pagination_ms_pageable.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Vaults` operations: request builders and error types.
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
    pub fn vaults_list(&self) -> VaultsList<'a> {
        VaultsList {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
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
    pub fn keys_list(&self) -> KeysList<'a> {
        KeysList {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
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
    pub fn regions_list(&self) -> RegionsList<'a> {
        RegionsList {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Vaults::vaults_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct VaultsList<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> VaultsList<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<VaultsListError>> {
        let mut request = crate::runtime::Request::new(
            "Vaults_List",
            crate::runtime::Method::GET,
            "/vaults",
            "/vaults".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::VaultsListResponse,
        crate::runtime::Error<VaultsListError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::VaultsListResponse,
        crate::runtime::Error<VaultsListError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<VaultsListError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Vault>,
            crate::runtime::Error<VaultsListError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let builder = self.clone();
            async move {
                let request = crate::runtime::at_next_url(builder.request()?, cursor);
                let url = builder
                    .client
                    .core()
                    .request_url(&request)
                    .map_err(crate::runtime::Error::InvalidRequest)?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "value")?;
                let next = crate::runtime::next_url_in_body(
                    &page,
                    &url,
                    "@odata.nextLink",
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Vault, crate::runtime::Error<VaultsListError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `vaults_list`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum VaultsListError {}
/// The request of [`Vaults::keys_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct KeysList<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> KeysList<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<KeysListError>> {
        let mut request = crate::runtime::Request::new(
            "Keys_List",
            crate::runtime::Method::GET,
            "/keys",
            "/keys".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::KeysListResponse, crate::runtime::Error<KeysListError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::KeysListResponse, crate::runtime::Error<KeysListError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<KeysListError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Vault>,
            crate::runtime::Error<KeysListError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let builder = self.clone();
            async move {
                let request = crate::runtime::at_next_url(builder.request()?, cursor);
                let url = builder
                    .client
                    .core()
                    .request_url(&request)
                    .map_err(crate::runtime::Error::InvalidRequest)?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "keys")?;
                let next = crate::runtime::next_url_in_body(&page, &url, "nextLink");
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Vault, crate::runtime::Error<KeysListError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `keys_list`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum KeysListError {}
/// The request of [`Vaults::regions_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct RegionsList<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> RegionsList<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<RegionsListError>> {
        let mut request = crate::runtime::Request::new(
            "Regions_List",
            crate::runtime::Method::GET,
            "/regions",
            "/regions".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::RegionsListResponse,
        crate::runtime::Error<RegionsListError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::RegionsListResponse,
        crate::runtime::Error<RegionsListError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<RegionsListError> {
        response.unexpected()
    }
}
/// The documented error responses of `regions_list`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum RegionsListError {}
