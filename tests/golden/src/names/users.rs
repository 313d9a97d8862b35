// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `users` operations: request builders and error types.
use crate::runtime as rt;
/// The `users` operations. Get it with [`Client::users`](super::Client::users).
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Users;
    /// `POST /users`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::names;
    /// let client = names::Client::builder().build();
    /// let response = client
    ///     .users()
    ///     .create_user(names::types::CreateUserRequest2 { user_name: "<user-name>".to_owned() })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_user(body: super::types::CreateUserRequest2);
    /// The arguments of [`Users::create_user`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateUser {
        mode: Option<super::types::CreateUserMode2> = query("mode"),
        body: super::types::CreateUserRequest2 = json_body("application/json"),
    }
    post("createUser", "/users") -> super::types::CreateUserResponse2, CreateUserError, rt::Json;
    setters {
        /// Sets the `mode` parameter.
        mode: super::types::CreateUserMode2,
    }
}
rt::errors! {
    /// The documented error responses of `create_user`, chosen by status code.
    pub enum CreateUserError {
        /// Status 400.
        ///
        /// Error.
        400 => BadRequest(super::types::CreateUserError) = json_error,
    }
}
