// @generated
// Generated from tests/fixtures/types/html_descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// An article.
///
/// ```text
/// {"id": 1, "title": "**not HTML here**"}
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The id, **unique** in the account.
    pub id: i64,
    /// The body, as HTML (`<p>` and so on); see [allowed tags](https://example.com/html).
    pub body: Option<String>,
}
impl ::serde::Serialize for Article {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.optional("body", &self.body);
        map.end()
    }
}
rt::object_deserialize!(Article);
impl<'de> rt::FromMap<'de> for Article {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut body = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "body" => map.set(&mut body),
                _ => map.skip(),
            }
        }
        match id {
            Some(id) => map.done(Self { id, body }),
            None => map.missing(&[("id", true)]),
        }
    }
}
