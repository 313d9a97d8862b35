// @generated
// Generated from tests/fixtures/types/enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `tasks` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn list_tasks(&self) -> rt::Call<'a, ListTasks> {
        self.client.core().call(ListTasks { status: None, sort: None })
    }
}
/// The arguments of [`Tasks::list_tasks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListTasks {
    status: Option<super::types::TaskStatus>,
    sort: Option<super::types::ListTasksSort>,
}
impl rt::Operation for ListTasks {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listTasks", "/tasks");
    type Output = Vec<super::types::Task>;
    type Error = ListTasksError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("status", &self.status);
        request.query("sort", &self.sort);
        Ok(())
    }
}
rt::setters! {
    ListTasks {
        /// Sets the `status` parameter.
        status: super::types::TaskStatus,
        /// Sets the `sort` parameter.
        sort: super::types::ListTasksSort,
    }
}
rt::errors! {
    /// The documented error responses of `list_tasks`, chosen by status code.
    pub enum ListTasksError {}
}
