// @generated
// Generated from tests/fixtures/types/deep_refs.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Webhooks` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhooks {
    /// The `results` property.
    pub results: Vec<Webhook>,
    /// The `legacy` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy: Option<WebhookLegacy>,
    /// The `slashed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slashed: Option<AB>,
}
/// The schema at `/components/schemas/Webhook` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhook {
    /// The `id` property.
    pub id: String,
    /// The `companyId` property.
    #[serde(rename = "companyId")]
    pub company_id: CompanyId,
    /// The `notifiers` property.
    pub notifiers: Notifier,
    /// The `rule` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    /// The `secondary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary: Option<WebhookNotifiers>,
    /// The `pageSize` property.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<Limit>,
}
/// The schema at `/components/schemas/Webhook Legacy` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookLegacy {
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The `events` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Type>,
}
/// The schema at `/components/schemas/a~1b` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AB {
    /// The `c` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
}
/// The schema at `/components/schemas/limit` in the spec.
pub type Limit = i64;
/// The schema at `/components/schemas/get_responses` in the spec.
pub type GetResponses = Webhooks;
/// The schema at `/components/schemas/companyId` in the spec.
pub type CompanyId = String;
/// The schema at `/components/schemas/notifier` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Notifier {
    /// The `emails` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
    /// The `webhook` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<String>,
}
/// The schema at `/components/schemas/rule` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Rule {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `notifiers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notifiers: Option<Notifier>,
}
/// The schema at `/components/schemas/Webhook_notifiers` in the spec.
pub type WebhookNotifiers = Notifier;
/// The schema at `/components/schemas/type` in the spec.
pub type Type = String;
