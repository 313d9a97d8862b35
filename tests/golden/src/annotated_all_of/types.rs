// @generated
// Generated from tests/fixtures/types/annotated_all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Url` in the spec.
pub type Url = String;
/// The schema at `/components/schemas/Count` in the spec.
pub type Count = i32;
/// The schema at `/components/schemas/Subscription` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    /// Where events are delivered.
    pub url: Url,
    /// The subscription's identifier.
    ///
    /// Set by the server (read-only); never sent.
    pub id: Option<Url>,
    /// Retries
    pub retries: Option<Option<Count>>,
    /// A note.
    ///
    /// **Deprecated** in the spec.
    pub note: Option<String>,
}
impl ::serde::Serialize for Subscription {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("url", &self.url);
        map.optional("retries", &self.retries);
        map.optional("note", &self.note);
        map.end()
    }
}
rt::object_deserialize!(Subscription);
impl<'de> rt::FromMap<'de> for Subscription {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut url = None;
        let mut id = None;
        let mut retries = None;
        let mut note = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "url" => map.put(&mut url),
                "id" => map.set(&mut id),
                "retries" => map.put(&mut retries),
                "note" => map.set(&mut note),
                _ => map.skip(),
            }
        }
        match url {
            Some(url) => map.done(Self { url, id, retries, note }),
            None => map.missing(&[("url", true)]),
        }
    }
}
