// @generated
// Generated from tests/fixtures/types/deep_refs.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Webhooks` in the spec.
    pub struct Webhooks {
        /// The `results` property.
        results: Vec<Webhook> = field("results", must),
        /// The `legacy` property.
        legacy: Option<WebhookLegacy> = optional("legacy", set),
        /// The `slashed` property.
        slashed: Option<AB> = optional("slashed", set),
    }
    /// The schema at `/components/schemas/Webhook` in the spec.
    pub struct Webhook {
        /// The `id` property.
        id: String = field("id", must),
        /// The `companyId` property.
        company_id: CompanyId = field("companyId", must),
        /// The `notifiers` property.
        notifiers: Notifier = field("notifiers", must),
        /// The `rule` property.
        rule: Option<Rule> = optional("rule", set),
        /// The `secondary` property.
        secondary: Option<WebhookNotifiers> = optional("secondary", set),
        /// The `pageSize` property.
        page_size: Option<Limit> = optional("pageSize", set),
    }
    /// The schema at `/components/schemas/Webhook Legacy` in the spec.
    #[derive(Default)]
    pub struct WebhookLegacy {
        /// The `url` property.
        url: Option<String> = optional("url", set),
        /// The `events` property.
        events: Option<Type> = optional("events", set),
    }
    /// The schema at `/components/schemas/a~1b` in the spec.
    #[derive(Default)]
    pub struct AB {
        /// The `c` property.
        c: Option<String> = optional("c", set),
    }
}
/// The schema at `/components/schemas/limit` in the spec.
pub type Limit = i64;
/// The schema at `/components/schemas/get_responses` in the spec.
pub type GetResponses = Webhooks;
/// The schema at `/components/schemas/companyId` in the spec.
pub type CompanyId = String;
rt::object! {
    /// The schema at `/components/schemas/notifier` in the spec.
    #[derive(Default)]
    pub struct Notifier {
        /// The `emails` property.
        emails: Option<Vec<String>> = optional("emails", set),
        /// The `webhook` property.
        webhook: Option<String> = optional("webhook", set),
    }
    /// The schema at `/components/schemas/rule` in the spec.
    pub struct Rule {
        /// The `type` property.
        type_: String = field("type", must),
        /// The `notifiers` property.
        notifiers: Option<Notifier> = optional("notifiers", set),
    }
}
/// The schema at `/components/schemas/Webhook_notifiers` in the spec.
pub type WebhookNotifiers = Notifier;
/// The schema at `/components/schemas/type` in the spec.
pub type Type = String;
