// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[cfg(feature = "names-keywords")]
/// A component named like the operation's request body.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserRequest {
    /// The `a` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// A component named like the operation's response.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserResponse {
    /// The `b` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// A component named like the operation's inline parameter enum.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserMode {
    /// The `c` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
}
#[cfg(feature = "names-users")]
/// A component named like the operation's error enum.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserError {
    /// The `message` property.
    pub message: String,
}
#[cfg(feature = "names-keywords")]
/// A component named like the operation's builder.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUser {
    /// The `d` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Client` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Client2 {
    /// The `e` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Error` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Error {
    /// The `f` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub f: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Result` in the spec.
pub type Result2 = String;
/// The schema at `/components/schemas/type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// `person`
    Person,
    /// `company`
    Company,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Type {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Person => "person",
            Self::Company => "company",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Type {
    fn from(value: &str) -> Self {
        match value {
            "person" => Self::Person,
            "company" => Self::Company,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Type);
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Self` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Self_ {
    /// The `self` property.
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/user-profile` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserProfile {
    /// The `g` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub g: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/user_profile` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserProfile2 {
    /// The `h` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/UserProfile` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserProfile3 {
    /// The `i` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub i: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Page[Contact]` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PageContact {
    /// The `j` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub j: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/ListResource_Contact_` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListResourceContact {
    /// The `k` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/2faSettings` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct V2faSettings {
    /// The `l` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub l: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/404` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct V404 {
    /// The `m` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub m: Option<String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Everything` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Everything {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: Type,
    /// The `self` property.
    #[serde(rename = "self")]
    pub self_: String,
    /// The `ref` property.
    #[serde(rename = "ref")]
    pub ref_: String,
    /// The `$ref` property.
    #[serde(rename = "$ref", default, skip_serializing_if = "Option::is_none")]
    pub ref_2: Option<String>,
    /// The `@type` property.
    #[serde(rename = "@type", default, skip_serializing_if = "Option::is_none")]
    pub type_2: Option<String>,
    /// The `async` property.
    #[serde(rename = "async", default, skip_serializing_if = "Option::is_none")]
    pub async_: Option<bool>,
    /// The `crate` property.
    #[serde(rename = "crate", default, skip_serializing_if = "Option::is_none")]
    pub crate_: Option<i64>,
    /// The `kebab-case` property.
    #[serde(rename = "kebab-case", default, skip_serializing_if = "Option::is_none")]
    pub kebab_case: Option<String>,
    /// The `camelCase` property.
    #[serde(rename = "camelCase", default, skip_serializing_if = "Option::is_none")]
    pub camel_case: Option<String>,
    /// The `snake_case` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snake_case: Option<String>,
    /// The `fooBar` property.
    #[serde(rename = "fooBar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    /// The `foo_bar` property.
    #[serde(rename = "foo_bar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar_2: Option<String>,
    /// The `foo-bar` property.
    #[serde(rename = "foo-bar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar_3: Option<String>,
    /// The `_links` property.
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<::std::collections::BTreeMap<String, String>>,
    /// The `123abc` property.
    #[serde(rename = "123abc", default, skip_serializing_if = "Option::is_none")]
    pub _123abc: Option<String>,
    /// The `Page[size]` property.
    #[serde(rename = "Page[size]", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The `filter[name][eq]` property.
    #[serde(
        rename = "filter[name][eq]",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub filter_name_eq: Option<String>,
    /// The `naïve` property.
    #[serde(rename = "naïve", default, skip_serializing_if = "Option::is_none")]
    pub na_ve: Option<String>,
    /// The `` property.
    #[serde(rename = "", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The `additional_properties` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<String>,
    /// The `a_self` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a_self: Option<Self_>,
    /// The `profiles` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profiles: Option<Vec<EverythingProfile>>,
    /// The `page` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageContact>,
    /// The `listed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<ListResourceContact>,
    /// The `two_fa` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_fa: Option<V2faSettings>,
    /// The `not_found` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_found: Option<V404>,
    /// The `client` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<Client2>,
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `result` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Result2>,
    /// The `builder` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builder: Option<CreateUser>,
    /// The `request` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<CreateUserRequest>,
    /// The `response` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<CreateUserResponse>,
    /// The `mode` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<CreateUserMode>,
    /// The `case_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_values: Option<EverythingCaseValues>,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties_: ::std::collections::BTreeMap<String, String>,
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Everything/properties/profiles/items` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum EverythingProfile {
    /// A `UserProfile`.
    UserProfile(UserProfile),
    /// A `UserProfile2`.
    UserProfile2(UserProfile2),
    /// A `UserProfile3`.
    UserProfile3(UserProfile3),
}
#[cfg(feature = "names-keywords")]
impl<'de> ::serde::Deserialize<'de> for EverythingProfile {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let keys: Vec<&str> = value
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut best: Option<(usize, Self)> = None;
        if let Ok(decoded) = ::serde_json::from_value::<UserProfile>(value.clone()) {
            let score = keys.iter().filter(|k| ["g"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::UserProfile(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<UserProfile2>(value.clone()) {
            let score = keys.iter().filter(|k| ["h"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::UserProfile2(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<UserProfile3>(value.clone()) {
            let score = keys.iter().filter(|k| ["i"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::UserProfile3(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `EverythingProfile`",
            ))
    }
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Everything/properties/case_values` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EverythingCaseValues {
    /// `a-b`
    AB,
    /// `a_b`
    AB2,
    /// `A B`
    AB3,
    /// `aB`
    AB4,
    /// A value this version of the spec does not list.
    Unknown(String),
}
#[cfg(feature = "names-keywords")]
impl EverythingCaseValues {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AB => "a-b",
            Self::AB2 => "a_b",
            Self::AB3 => "A B",
            Self::AB4 => "aB",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
#[cfg(feature = "names-keywords")]
impl From<&str> for EverythingCaseValues {
    fn from(value: &str) -> Self {
        match value {
            "a-b" => Self::AB,
            "a_b" => Self::AB2,
            "A B" => Self::AB3,
            "aB" => Self::AB4,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "names-keywords")]
crate::runtime::string_enum_impls!(EverythingCaseValues);
#[cfg(feature = "names-users")]
/// The schema at `/paths/~1users/post/parameters/0/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateUserMode2 {
    /// `strict`
    Strict,
    /// `lenient`
    Lenient,
    /// A value this version of the spec does not list.
    Unknown(String),
}
#[cfg(feature = "names-users")]
impl CreateUserMode2 {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Strict => "strict",
            Self::Lenient => "lenient",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
#[cfg(feature = "names-users")]
impl From<&str> for CreateUserMode2 {
    fn from(value: &str) -> Self {
        match value {
            "strict" => Self::Strict,
            "lenient" => Self::Lenient,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "names-users")]
crate::runtime::string_enum_impls!(CreateUserMode2);
#[cfg(feature = "names-users")]
/// Inline request body; its derived name collides with a component.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserRequest2 {
    /// The `user-name` property.
    #[serde(rename = "user-name")]
    pub user_name: String,
}
#[cfg(feature = "names-users")]
/// The schema at `/paths/~1users/post/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserResponse2 {
    /// The `id` property.
    pub id: String,
    /// The `type` property.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<Type>,
}
