// @generated
// Generated from tests/fixtures/types/enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `tasks` operations: request builders and error types.
use crate::runtime as rt;
/// The `tasks` operations. Get it with [`Client::tasks`](super::Client::tasks).
#[derive(Debug, Clone, Copy)]
pub struct Tasks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Tasks;
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
    pub fn list_tasks();
    /// The arguments of [`Tasks::list_tasks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListTasks {
        status: Option<super::types::TaskStatus> = query("status"),
        sort: Option<super::types::ListTasksSort> = query("sort"),
    }
    get("listTasks", "/tasks") -> Vec<super::types::Task>, ListTasksError, rt::Json;
    setters {
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
