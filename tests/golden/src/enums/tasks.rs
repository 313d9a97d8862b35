// @generated
// Generated from tests/fixtures/types/enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `tasks` operations: request builders and error types.
/// The `tasks` operations. Get it with [`Client::tasks`](super::Client::tasks).
#[derive(Debug, Clone, Copy)]
pub struct Tasks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Tasks<'a> {
    /// `GET /tasks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::enums;
    /// let client = enums::Client::builder().build();
    /// let response = client.tasks().list_tasks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tasks(&self) -> ListTasks<'a> {
        ListTasks {
            client: self.client,
            status: None,
            sort: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Tasks::list_tasks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListTasks<'a> {
    client: &'a super::Client,
    status: Option<super::types::TaskStatus>,
    sort: Option<super::types::ListTasksSort>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListTasks<'a> {
    /// Sets the `status` parameter.
    pub fn status(mut self, value: super::types::TaskStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets the `sort` parameter.
    pub fn sort(mut self, value: super::types::ListTasksSort) -> Self {
        self.sort = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListTasksError>> {
        let mut request = crate::runtime::Request::new(
            "listTasks",
            crate::runtime::Method::GET,
            "/tasks",
            "/tasks".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "status",
                &self.status,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "sort",
                &self.sort,
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
    ) -> Result<Vec<super::types::Task>, crate::runtime::Error<ListTasksError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Task>, crate::runtime::Error<ListTasksError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListTasksError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_tasks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTasksError {}
