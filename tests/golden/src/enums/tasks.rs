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
    pub fn list_tasks(&self) -> crate::runtime::Call<'a, ListTasks> {
        crate::runtime::Call::new(
            self.client.core(),
            ListTasks {
                status: None,
                sort: None,
            },
        )
    }
}
/// The arguments of [`Tasks::list_tasks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListTasks {
    status: Option<super::types::TaskStatus>,
    sort: Option<super::types::ListTasksSort>,
}
impl crate::runtime::Operation for ListTasks {
    type Output = Vec<super::types::Task>;
    type Error = ListTasksError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "sort",
                &self.sort,
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
impl<'a> crate::runtime::Call<'a, ListTasks> {
    /// Sets the `status` parameter.
    pub fn status(mut self, value: super::types::TaskStatus) -> Self {
        self.args.status = Some(value);
        self
    }
    /// Sets the `sort` parameter.
    pub fn sort(mut self, value: super::types::ListTasksSort) -> Self {
        self.args.sort = Some(value);
        self
    }
}
/// The documented error responses of `list_tasks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTasksError {}
