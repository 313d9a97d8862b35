// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `users` operations: request builders and error types.
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
    ///     .create_user(names::types::CreateUserRequest2 {
    ///         user_name: "<user-name>".to_owned(),
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_user(
        &self,
        body: super::types::CreateUserRequest2,
    ) -> crate::runtime::Call<'a, CreateUser> {
        crate::runtime::Call::new(self.client.core(), CreateUser { mode: None, body })
    }
}
/// The arguments of [`Users::create_user`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct CreateUser {
    mode: Option<super::types::CreateUserMode2>,
    body: super::types::CreateUserRequest2,
}
impl crate::runtime::Operation for CreateUser {
    type Output = super::types::CreateUserResponse2;
    type Error = CreateUserError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateUserError>> {
        let mut request = crate::runtime::Request::new(
            "createUser",
            crate::runtime::Method::POST,
            "/users",
            "/users".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "mode",
                &self.mode,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
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
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(CreateUserError::BadRequest);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
impl<'a> crate::runtime::Call<'a, CreateUser> {
    /// Sets the `mode` parameter.
    pub fn mode(mut self, value: super::types::CreateUserMode2) -> Self {
        self.args.mode = Some(value);
        self
    }
}
/// The documented error responses of `create_user`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserError {
    /// Status 400.
    ///
    /// Error.
    BadRequest(super::types::CreateUserError),
}
