// @generated
// Generated from tests/fixtures/types/field_flags.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `accounts` operations: request builders and error types.
#![allow(deprecated)]
use crate::runtime as rt;
/// The `accounts` operations. Get it with [`Client::accounts`](super::Client::accounts).
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Accounts;
    /// `GET /accounts/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::field_flags;
    /// let client = field_flags::Client::builder().build();
    /// let response = client.accounts().get_account("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_account(id: impl Into<String> = into);
    /// The arguments of [`Accounts::get_account`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetAccount {
        id: String = path_param("id"),
    }
    get("getAccount", "/accounts/{id}") -> super::types::Account, GetAccountError, rt::Json;
    /// `PUT /accounts/{id}`
    ///
    /// **Deprecated**: the API marks this operation as deprecated.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::field_flags;
    /// let client = field_flags::Client::builder().build();
    /// #[allow(deprecated)]
    /// let response = client
    ///     .accounts()
    ///     .replace_account(
    ///         "<id>",
    ///         field_flags::types::Account {
    ///             id: None,
    ///             name: "<name>".to_owned(),
    ///             password: Some("<password>".to_owned()),
    ///             plan: field_flags::types::AccountPlan::Free,
    ///             seats: None,
    ///             created_at: None,
    ///             legacy_id: None,
    ///             old_plan: None,
    ///             flags: None,
    ///             limits: None,
    ///             nullable_read_only: None,
    ///             api_key: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated = "the API marks this operation as deprecated"]
    pub fn replace_account(id: impl Into<String> = into, body: super::types::Account);
    /// The arguments of [`Accounts::replace_account`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ReplaceAccount {
        id: String = path_param("id"),
        body: super::types::Account = json_body("application/json"),
    }
    put("replaceAccount", "/accounts/{id}") -> super::types::Account, ReplaceAccountError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `get_account`, chosen by status code.
    pub enum GetAccountError {}
}
/// The documented error responses of `replace_account`: the same as [`GetAccountError`]'s.
pub type ReplaceAccountError = GetAccountError;
