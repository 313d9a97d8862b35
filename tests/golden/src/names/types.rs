// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "names-keywords")]
rt::object! {
    /// A component named like the operation's request body.
    #[derive(Default)]
    pub struct CreateUserRequest {
        /// The `a` property.
        a: Option<String> = optional("a", set),
    }
    /// A component named like the operation's response.
    #[derive(Default)]
    pub struct CreateUserResponse {
        /// The `b` property.
        b: Option<String> = optional("b", set),
    }
    /// A component named like the operation's inline parameter enum.
    #[derive(Default)]
    pub struct CreateUserMode {
        /// The `c` property.
        c: Option<String> = optional("c", set),
    }
}
#[cfg(feature = "names-users")]
rt::object! {
    /// A component named like the operation's error enum.
    pub struct CreateUserError {
        /// The `message` property.
        message: String = field("message", must),
    }
}
#[cfg(feature = "names-keywords")]
rt::object! {
    /// A component named like the operation's builder.
    #[derive(Default)]
    pub struct CreateUser {
        /// The `d` property.
        d: Option<String> = optional("d", set),
    }
    /// The schema at `/components/schemas/Client` in the spec.
    #[derive(Default)]
    pub struct Client2 {
        /// The `e` property.
        e: Option<String> = optional("e", set),
    }
    /// The schema at `/components/schemas/Error` in the spec.
    #[derive(Default)]
    pub struct Error {
        /// The `f` property.
        f: Option<String> = optional("f", set),
    }
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Result` in the spec.
pub type Result2 = String;
rt::string_enum! {
    /// The schema at `/components/schemas/type` in the spec.
    pub enum Type {
        /// `person`
        Person = "person",
        /// `company`
        Company = "company",
    }
}
#[cfg(feature = "names-keywords")]
rt::object! {
    /// The schema at `/components/schemas/Self` in the spec.
    #[derive(Default)]
    pub struct Self_ {
        /// The `self` property.
        self_: Option<String> = optional("self", set),
    }
    /// The schema at `/components/schemas/user-profile` in the spec.
    #[derive(Default)]
    pub struct UserProfile {
        /// The `g` property.
        g: Option<String> = optional("g", set),
    }
    /// The schema at `/components/schemas/user_profile` in the spec.
    #[derive(Default)]
    pub struct UserProfile2 {
        /// The `h` property.
        h: Option<String> = optional("h", set),
    }
    /// The schema at `/components/schemas/UserProfile` in the spec.
    #[derive(Default)]
    pub struct UserProfile3 {
        /// The `i` property.
        i: Option<String> = optional("i", set),
    }
    /// The schema at `/components/schemas/Page[Contact]` in the spec.
    #[derive(Default)]
    pub struct PageContact {
        /// The `j` property.
        j: Option<String> = optional("j", set),
    }
    /// The schema at `/components/schemas/ListResource_Contact_` in the spec.
    #[derive(Default)]
    pub struct ListResourceContact {
        /// The `k` property.
        k: Option<String> = optional("k", set),
    }
    /// The schema at `/components/schemas/2faSettings` in the spec.
    #[derive(Default)]
    pub struct V2faSettings {
        /// The `l` property.
        l: Option<String> = optional("l", set),
    }
    /// The schema at `/components/schemas/404` in the spec.
    #[derive(Default)]
    pub struct V404 {
        /// The `m` property.
        m: Option<String> = optional("m", set),
    }
}
#[cfg(feature = "names-keywords")]
/// The schema at `/components/schemas/Everything` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Everything {
    /// The `type` property.
    pub type_: Type,
    /// The `self` property.
    pub self_: String,
    /// The `ref` property.
    pub ref_: String,
    /// The `$ref` property.
    pub ref_2: Option<String>,
    /// The `@type` property.
    pub type_2: Option<String>,
    /// The `async` property.
    pub async_: Option<bool>,
    /// The `crate` property.
    pub crate_: Option<i64>,
    /// The `kebab-case` property.
    pub kebab_case: Option<String>,
    /// The `camelCase` property.
    pub camel_case: Option<String>,
    /// The `snake_case` property.
    pub snake_case: Option<String>,
    /// The `fooBar` property.
    pub foo_bar: Option<String>,
    /// The `foo_bar` property.
    pub foo_bar_2: Option<String>,
    /// The `foo-bar` property.
    pub foo_bar_3: Option<String>,
    /// The `_links` property.
    pub links: Option<::std::collections::BTreeMap<String, String>>,
    /// The `123abc` property.
    pub _123abc: Option<String>,
    /// The `Page[size]` property.
    pub page_size: Option<i64>,
    /// The `filter[name][eq]` property.
    pub filter_name_eq: Option<String>,
    /// The `naïve` property.
    pub na_ve: Option<String>,
    /// The `` property.
    pub value: Option<String>,
    /// The `additional_properties` property.
    pub additional_properties: Option<String>,
    /// The `a_self` property.
    pub a_self: Option<Self_>,
    /// The `profiles` property.
    pub profiles: Option<Vec<EverythingProfile>>,
    /// The `page` property.
    pub page: Option<PageContact>,
    /// The `listed` property.
    pub listed: Option<ListResourceContact>,
    /// The `two_fa` property.
    pub two_fa: Option<V2faSettings>,
    /// The `not_found` property.
    pub not_found: Option<V404>,
    /// The `client` property.
    pub client: Option<Client2>,
    /// The `error` property.
    pub error: Option<Error>,
    /// The `result` property.
    pub result: Option<Result2>,
    /// The `builder` property.
    pub builder: Option<CreateUser>,
    /// The `request` property.
    pub request: Option<CreateUserRequest>,
    /// The `response` property.
    pub response: Option<CreateUserResponse>,
    /// The `mode` property.
    pub mode: Option<CreateUserMode>,
    /// The `case_values` property.
    pub case_values: Option<EverythingCaseValues>,
    /// Properties not listed in the spec.
    pub additional_properties_: ::std::collections::BTreeMap<String, String>,
}
#[cfg(feature = "names-keywords")]
impl ::serde::Serialize for Everything {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("self", &self.self_);
        map.field("ref", &self.ref_);
        map.optional("$ref", &self.ref_2);
        map.optional("@type", &self.type_2);
        map.optional("async", &self.async_);
        map.optional("crate", &self.crate_);
        map.optional("kebab-case", &self.kebab_case);
        map.optional("camelCase", &self.camel_case);
        map.optional("snake_case", &self.snake_case);
        map.optional("fooBar", &self.foo_bar);
        map.optional("foo_bar", &self.foo_bar_2);
        map.optional("foo-bar", &self.foo_bar_3);
        map.optional("_links", &self.links);
        map.optional("123abc", &self._123abc);
        map.optional("Page[size]", &self.page_size);
        map.optional("filter[name][eq]", &self.filter_name_eq);
        map.optional("naïve", &self.na_ve);
        map.optional("", &self.value);
        map.optional("additional_properties", &self.additional_properties);
        map.optional("a_self", &self.a_self);
        map.optional("profiles", &self.profiles);
        map.optional("page", &self.page);
        map.optional("listed", &self.listed);
        map.optional("two_fa", &self.two_fa);
        map.optional("not_found", &self.not_found);
        map.optional("client", &self.client);
        map.optional("error", &self.error);
        map.optional("result", &self.result);
        map.optional("builder", &self.builder);
        map.optional("request", &self.request);
        map.optional("response", &self.response);
        map.optional("mode", &self.mode);
        map.optional("case_values", &self.case_values);
        map.flatten(&self.additional_properties_);
        map.end()
    }
}
#[cfg(feature = "names-keywords")]
rt::object_deserialize!(Everything);
#[cfg(feature = "names-keywords")]
impl<'de> rt::FromMap<'de> for Everything {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut self_ = None;
        let mut ref_ = None;
        let mut ref_2 = None;
        let mut type_2 = None;
        let mut async_ = None;
        let mut crate_ = None;
        let mut kebab_case = None;
        let mut camel_case = None;
        let mut snake_case = None;
        let mut foo_bar = None;
        let mut foo_bar_2 = None;
        let mut foo_bar_3 = None;
        let mut links = None;
        let mut field_123abc = None;
        let mut page_size = None;
        let mut filter_name_eq = None;
        let mut na_ve = None;
        let mut value = None;
        let mut additional_properties = None;
        let mut a_self = None;
        let mut profiles = None;
        let mut page = None;
        let mut listed = None;
        let mut two_fa = None;
        let mut not_found = None;
        let mut client = None;
        let mut error = None;
        let mut result = None;
        let mut builder = None;
        let mut request = None;
        let mut response = None;
        let mut mode = None;
        let mut case_values = None;
        let mut additional_properties_ = ::std::collections::BTreeMap::new();
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "self" => map.put(&mut self_),
                "ref" => map.put(&mut ref_),
                "$ref" => map.set(&mut ref_2),
                "@type" => map.set(&mut type_2),
                "async" => map.set(&mut async_),
                "crate" => map.set(&mut crate_),
                "kebab-case" => map.set(&mut kebab_case),
                "camelCase" => map.set(&mut camel_case),
                "snake_case" => map.set(&mut snake_case),
                "fooBar" => map.set(&mut foo_bar),
                "foo_bar" => map.set(&mut foo_bar_2),
                "foo-bar" => map.set(&mut foo_bar_3),
                "_links" => map.set(&mut links),
                "123abc" => map.set(&mut field_123abc),
                "Page[size]" => map.set(&mut page_size),
                "filter[name][eq]" => map.set(&mut filter_name_eq),
                "naïve" => map.set(&mut na_ve),
                "" => map.set(&mut value),
                "additional_properties" => map.set(&mut additional_properties),
                "a_self" => map.set(&mut a_self),
                "profiles" => map.set(&mut profiles),
                "page" => map.set(&mut page),
                "listed" => map.set(&mut listed),
                "two_fa" => map.set(&mut two_fa),
                "not_found" => map.set(&mut not_found),
                "client" => map.set(&mut client),
                "error" => map.set(&mut error),
                "result" => map.set(&mut result),
                "builder" => map.set(&mut builder),
                "request" => map.set(&mut request),
                "response" => map.set(&mut response),
                "mode" => map.set(&mut mode),
                "case_values" => map.set(&mut case_values),
                _ => map.keep(key, &mut additional_properties_),
            }
        }
        match (type_, self_, ref_) {
            (Some(type_), Some(self_), Some(ref_)) => {
                map.done(Self {
                    type_,
                    self_,
                    ref_,
                    ref_2,
                    type_2,
                    async_,
                    crate_,
                    kebab_case,
                    camel_case,
                    snake_case,
                    foo_bar,
                    foo_bar_2,
                    foo_bar_3,
                    links,
                    _123abc: field_123abc,
                    page_size,
                    filter_name_eq,
                    na_ve,
                    value,
                    additional_properties,
                    a_self,
                    profiles,
                    page,
                    listed,
                    two_fa,
                    not_found,
                    client,
                    error,
                    result,
                    builder,
                    request,
                    response,
                    mode,
                    case_values,
                    additional_properties_,
                })
            }
            (type_, self_, ref_) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("self", self_.is_none()),
                    ("ref", ref_.is_none()),
                ])
            }
        }
    }
}
#[cfg(feature = "names-keywords")]
rt::scored_union! {
    /// The schema at `/components/schemas/Everything/properties/profiles/items` in the spec.
    pub enum EverythingProfile {
        /// A `UserProfile`.
        UserProfile(UserProfile) = ["g"],
        /// A `UserProfile2`.
        UserProfile2(UserProfile2) = ["h"],
        /// A `UserProfile3`.
        UserProfile3(UserProfile3) = ["i"],
    }
}
#[cfg(feature = "names-keywords")]
rt::string_enum! {
    /// The schema at `/components/schemas/Everything/properties/case_values` in the spec.
    pub enum EverythingCaseValues {
        /// `a-b`
        AB = "a-b",
        /// `a_b`
        AB2 = "a_b",
        /// `A B`
        AB3 = "A B",
        /// `aB`
        AB4 = "aB",
    }
}
#[cfg(feature = "names-users")]
rt::string_enum! {
    /// The schema at `/paths/~1users/post/parameters/0/schema` in the spec.
    pub enum CreateUserMode2 {
        /// `strict`
        Strict = "strict",
        /// `lenient`
        Lenient = "lenient",
    }
}
#[cfg(feature = "names-users")]
rt::object! {
    /// Inline request body; its derived name collides with a component.
    pub struct CreateUserRequest2 {
        /// The `user-name` property.
        user_name: String = field("user-name", must),
    }
    /// The schema at `/paths/~1users/post/responses/200/content/application~1json/schema` in the spec.
    pub struct CreateUserResponse2 {
        /// The `id` property.
        id: String = field("id", must),
        /// The `type` property.
        type_: Option<Type> = optional("type", set),
    }
}
