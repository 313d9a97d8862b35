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
    pub fn create_user(&self, body: super::types::CreateUserRequest2) -> CreateUser<'a> {
        CreateUser {
            client: self.client,
            mode: None,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Users::create_user`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateUser<'a> {
    client: &'a super::Client,
    mode: Option<super::types::CreateUserMode2>,
    body: super::types::CreateUserRequest2,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateUser<'a> {
    /// Sets the `mode` parameter.
    pub fn mode(mut self, value: super::types::CreateUserMode2) -> Self {
        self.mode = Some(value);
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
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::CreateUserResponse2,
        crate::runtime::Error<CreateUserError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::CreateUserResponse2,
        crate::runtime::Error<CreateUserError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateUserError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(CreateUserError::BadRequest);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
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
