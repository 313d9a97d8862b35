// @generated
// Generated from tests/fixtures/types/formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/FileInfo` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct FileInfo {
    /// The `id` property.
    pub id: String,
    /// The `owner_id` property.
    pub owner_id: Option<String>,
    /// The `created_at` property.
    pub created_at: String,
    /// The `expires_on` property.
    pub expires_on: Option<String>,
    /// The `at_time` property.
    pub at_time: Option<String>,
    /// The `url` property.
    pub url: Option<String>,
    /// The `email` property.
    pub email: Option<String>,
    /// The `host` property.
    pub host: Option<String>,
    /// The `ip` property.
    pub ip: Option<String>,
    /// The `size` property.
    pub size: i64,
    /// The `chunks` property.
    pub chunks: Option<i32>,
    /// The `checksum` property.
    pub checksum: Option<u64>,
    /// The `parts` property.
    pub parts: Option<u32>,
    /// The `ratio` property.
    pub ratio: Option<f64>,
    /// The `precise` property.
    pub precise: Option<f64>,
    /// The `price` property.
    pub price: Option<String>,
    /// The `amount` property.
    pub amount: Option<f64>,
    /// The `thumbnail` property.
    pub thumbnail: Option<String>,
    /// The `raw` property.
    pub raw: Option<crate::runtime::Upload>,
    /// The `secret` property.
    pub secret: Option<String>,
    /// The `duration` property.
    pub duration: Option<String>,
}
impl ::serde::Serialize for FileInfo {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.optional("owner_id", &self.owner_id);
        map.field("created_at", &self.created_at);
        map.optional("expires_on", &self.expires_on);
        map.optional("at_time", &self.at_time);
        map.optional("url", &self.url);
        map.optional("email", &self.email);
        map.optional("host", &self.host);
        map.optional("ip", &self.ip);
        map.field("size", &self.size);
        map.optional("chunks", &self.chunks);
        map.optional("checksum", &self.checksum);
        map.optional("parts", &self.parts);
        map.optional("ratio", &self.ratio);
        map.optional("precise", &self.precise);
        map.optional("price", &self.price);
        map.optional("amount", &self.amount);
        map.optional("thumbnail", &self.thumbnail);
        map.optional("raw", &self.raw);
        map.optional("secret", &self.secret);
        map.optional("duration", &self.duration);
        map.end()
    }
}
rt::object_deserialize!(FileInfo);
impl<'de> rt::FromMap<'de> for FileInfo {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut owner_id = None;
        let mut created_at = None;
        let mut expires_on = None;
        let mut at_time = None;
        let mut url = None;
        let mut email = None;
        let mut host = None;
        let mut ip = None;
        let mut size = None;
        let mut chunks = None;
        let mut checksum = None;
        let mut parts = None;
        let mut ratio = None;
        let mut precise = None;
        let mut price = None;
        let mut amount = None;
        let mut thumbnail = None;
        let mut raw = None;
        let mut secret = None;
        let mut duration = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "owner_id" => map.set(&mut owner_id),
                "created_at" => map.put(&mut created_at),
                "expires_on" => map.set(&mut expires_on),
                "at_time" => map.set(&mut at_time),
                "url" => map.set(&mut url),
                "email" => map.set(&mut email),
                "host" => map.set(&mut host),
                "ip" => map.set(&mut ip),
                "size" => map.put(&mut size),
                "chunks" => map.set(&mut chunks),
                "checksum" => map.set(&mut checksum),
                "parts" => map.set(&mut parts),
                "ratio" => map.set(&mut ratio),
                "precise" => map.set(&mut precise),
                "price" => map.set(&mut price),
                "amount" => map.set(&mut amount),
                "thumbnail" => map.set(&mut thumbnail),
                "raw" => map.set(&mut raw),
                "secret" => map.set(&mut secret),
                "duration" => map.set(&mut duration),
                _ => map.skip(),
            }
        }
        match (id, created_at, size) {
            (Some(id), Some(created_at), Some(size)) => {
                map.done(Self {
                    id,
                    owner_id,
                    created_at,
                    expires_on,
                    at_time,
                    url,
                    email,
                    host,
                    ip,
                    size,
                    chunks,
                    checksum,
                    parts,
                    ratio,
                    precise,
                    price,
                    amount,
                    thumbnail,
                    raw,
                    secret,
                    duration,
                })
            }
            (id, created_at, size) => {
                map.missing(&[
                    ("id", id.is_none()),
                    ("created_at", created_at.is_none()),
                    ("size", size.is_none()),
                ])
            }
        }
    }
}
