// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `users` operations: request builders and error types.
use crate::runtime as rt;
/// The `users` operations. Get it with [`Client::users`](super::Client::users).
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Users<'a> {
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
    pub fn create_user(&self, body: super::types::CreateUserRequest2) -> rt::Call<'a, CreateUser> {
        self.client.core().call(CreateUser { mode: None, body })
    }
}
/// The arguments of [`Users::create_user`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CreateUser {
    mode: Option<super::types::CreateUserMode2>,
    body: super::types::CreateUserRequest2,
}
impl rt::Operation for CreateUser {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post("createUser", "/users");
    type Output = super::types::CreateUserResponse2;
    type Error = CreateUserError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("mode", &self.mode);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
rt::setters! {
    CreateUser {
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
