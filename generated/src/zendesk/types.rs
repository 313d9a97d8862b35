// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// Sends a named API key with each webhook request.
    pub struct ApiKeyAuthentication {
        /// The `type` property.
        type_: ApiKeyAuthenticationType = field("type", must),
        /// The `data` property.
        data: Option<ApiKeyAuthenticationData> = optional("data", set),
        /// Whether the key goes in a header or the query string.
        add_position: ApiKeyAuthenticationAddPosition = field("add_position", must),
    }
    /// Sends HTTP basic credentials with each webhook request.
    pub struct BasicAuthAuthentication {
        /// The `type` property.
        type_: BasicAuthAuthenticationType = field("type", must),
        /// The `data` property.
        data: Option<BasicAuthAuthenticationData> = optional("data", set),
    }
    /// Sends a bearer token with each webhook request.
    pub struct BearerTokenAuthentication {
        /// The `type` property.
        type_: BearerTokenAuthenticationType = field("type", must),
        /// The `data` property.
        data: Option<BearerTokenAuthenticationData> = optional("data", set),
    }
    /// Error payload returned when a request fails.
    #[derive(Default)]
    pub struct ErrorResponse {
        /// The `error` property.
        error: Option<ErrorResponseError> = optional("error", set),
        /// Per-field validation problems.
        errors: Option<Vec<ErrorResponseErrorsItem>> = optional("errors", set),
    }
    /// Links to neighbouring result pages.
    #[derive(Default)]
    pub struct PaginationLinks {
        /// Address of the preceding page.
        prev: Option<String> = optional("prev", set),
        /// Address of the following page.
        next: Option<String> = optional("next", set),
    }
    /// Cursor information for the current page.
    #[derive(Default)]
    pub struct PaginationMeta {
        /// True when another page follows.
        has_more: Option<bool> = optional("has_more", set),
        /// Cursor to pass as page\[after\] for the following page.
        after_cursor: Option<String> = optional("after_cursor", set),
        /// Cursor to pass as page\[before\] for the preceding page.
        before_cursor: Option<String> = optional("before_cursor", set),
        /// Overall item count, when the server supplies it.
        count: Option<i64> = optional("count", set),
    }
    /// An outbound HTTP callback configured in Zendesk.
    pub struct Webhook {
        /// Server-assigned identifier.
        ///
        /// Set by the server (read-only); never sent.
        id: Option<String> = skip("id", set),
        /// Display name.
        name: String = field("name", must),
        /// Free-text notes about the webhook.
        description: Option<String> = optional("description", set),
        /// URL that receives the webhook's requests.
        endpoint: String = field("endpoint", must),
        /// Verb used for requests; event subscriptions need POST.
        http_method: WebhookHttpMethod = field("http_method", must),
        /// Payload encoding; event subscriptions need json.
        request_format: WebhookRequestFormat = field("request_format", must),
        /// Whether the webhook is currently enabled.
        status: WebhookStatus = field("status", must),
        /// Event types to receive, or just conditional_ticket_events for triggers and automations.
        subscriptions: Option<Vec<String>> = optional("subscriptions", set),
        /// Credentials attached to outgoing requests; absent means none.
        authentication: Option<WebhookAuthentication> = optional("authentication", set),
        /// Extra non-secret headers sent with every request.
        custom_headers: Option<::std::collections::BTreeMap<String, String>> = optional("custom_headers", set),
        /// The `signing_secret` property.
        signing_secret: Option<WebhookSigningSecret> = optional("signing_secret", set),
        /// Origin that created the webhook, such as a Marketplace app.
        external_source: Option<WebhookExternalSource> = optional("external_source", set),
        /// Creation timestamp.
        ///
        /// Set by the server (read-only); never sent.
        created_at: Option<String> = skip("created_at", set),
        /// User id of the creator; "-1" stands for Zendesk itself.
        ///
        /// Set by the server (read-only); never sent.
        created_by: Option<String> = skip("created_by", set),
        /// Timestamp of the latest change.
        ///
        /// Set by the server (read-only); never sent.
        updated_at: Option<String> = skip("updated_at", set),
        /// User id of the last editor.
        ///
        /// Set by the server (read-only); never sent.
        updated_by: Option<String> = skip("updated_by", set),
    }
    /// Request body for creating a webhook.
    pub struct WebhookCreateRequest {
        /// The `webhook` property.
        webhook: WebhookCreateRequestWebhook = field("webhook", must),
    }
    /// One page of webhooks with cursor details.
    #[derive(Default)]
    pub struct WebhookListResponse {
        /// The `webhooks` property.
        webhooks: Option<Vec<Webhook>> = optional("webhooks", set),
        /// The `meta` property.
        meta: Option<PaginationMeta> = optional("meta", set),
        /// The `links` property.
        links: Option<PaginationLinks> = optional("links", set),
    }
    /// Request body for a partial webhook update.
    #[derive(Default)]
    pub struct WebhookPatchRequest {
        /// Only the fields to change.
        webhook: Option<WebhookPatchRequestWebhook> = optional("webhook", set),
    }
    /// Envelope holding a single webhook.
    #[derive(Default)]
    pub struct WebhookResponse {
        /// The `webhook` property.
        webhook: Option<Webhook> = optional("webhook", set),
    }
    /// Secret and algorithm used to sign outgoing webhook requests.
    #[derive(Default)]
    pub struct WebhookSigningSecret {
        /// Hashing algorithm, for instance sha256.
        algorithm: Option<String> = optional("algorithm", set),
        /// The secret value itself.
        secret: Option<String> = optional("secret", set),
    }
    /// Envelope holding a webhook's signing secret.
    #[derive(Default)]
    pub struct WebhookSigningSecretResponse {
        /// The `signing_secret` property.
        signing_secret: Option<WebhookSigningSecret> = optional("signing_secret", set),
    }
    /// Request body for sending a trial webhook call.
    pub struct WebhookTestRequest {
        /// Settings to use for the trial call.
        webhook: WebhookTestRequestWebhook = field("webhook", must),
    }
    /// Result of a trial webhook call.
    #[derive(Default)]
    pub struct WebhookTestResponse {
        /// The `test` property.
        test: Option<WebhookTestResponseTest> = optional("test", set),
    }
}
/// Request body for replacing a webhook's settings.
pub type WebhookUpdateRequest = WebhookCreateRequest;
rt::string_enum! {
    /// The schema at `/components/schemas/ApiKeyAuthentication/properties/type` in the spec.
    pub enum ApiKeyAuthenticationType {
        /// `api_key`
        ApiKey = "api_key",
    }
}
rt::object! {
    /// The schema at `/components/schemas/ApiKeyAuthentication/properties/data` in the spec.
    pub struct ApiKeyAuthenticationData {
        /// Header or query parameter name carrying the key.
        name: String = field("name", must),
        /// The key itself.
        value: Option<String> = optional("value", set),
    }
}
rt::string_enum! {
    /// Whether the key goes in a header or the query string.
    pub enum ApiKeyAuthenticationAddPosition {
        /// `header`
        Header = "header",
        /// `query_string`
        QueryString = "query_string",
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/BasicAuthAuthentication/properties/type` in the spec.
    pub enum BasicAuthAuthenticationType {
        /// `basic_auth`
        BasicAuth = "basic_auth",
    }
}
rt::object! {
    /// The schema at `/components/schemas/BasicAuthAuthentication/properties/data` in the spec.
    pub struct BasicAuthAuthenticationData {
        /// Basic auth user name.
        username: String = field("username", must),
        /// Basic auth password.
        password: Option<String> = optional("password", set),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/BearerTokenAuthentication/properties/type` in the spec.
    pub enum BearerTokenAuthenticationType {
        /// `bearer_token`
        BearerToken = "bearer_token",
    }
}
rt::object! {
    /// The schema at `/components/schemas/BearerTokenAuthentication/properties/data` in the spec.
    #[derive(Default)]
    pub struct BearerTokenAuthenticationData {
        /// Token placed in the Authorization header.
        token: Option<String> = optional("token", set),
    }
    /// The schema at `/components/schemas/ErrorResponse/properties/error` in the spec.
    #[derive(Default)]
    pub struct ErrorResponseError {
        /// Short name of the problem.
        title: Option<String> = optional("title", set),
        /// Human-readable explanation.
        message: Option<String> = optional("message", set),
        /// Machine-readable error identifier.
        code: Option<String> = optional("code", set),
        /// Extra information about the failure.
        details: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> = optional("details", set),
    }
    /// The schema at `/components/schemas/ErrorResponse/properties/errors/items` in the spec.
    #[derive(Default)]
    pub struct ErrorResponseErrorsItem {
        /// Name of the offending field.
        field: Option<String> = optional("field", set),
        /// Machine-readable code for this field's problem.
        code: Option<String> = optional("code", set),
        /// Explanation of this field's problem.
        message: Option<String> = optional("message", set),
    }
}
rt::string_enum! {
    /// Verb used for requests; event subscriptions need POST.
    pub enum WebhookHttpMethod {
        /// `GET`
        Get = "GET",
        /// `POST`
        Post = "POST",
        /// `PUT`
        Put = "PUT",
        /// `PATCH`
        Patch = "PATCH",
        /// `DELETE`
        Delete = "DELETE",
    }
}
rt::string_enum! {
    /// Payload encoding; event subscriptions need json.
    pub enum WebhookRequestFormat {
        /// `json`
        Json = "json",
        /// `xml`
        Xml = "xml",
        /// `form_encoded`
        FormEncoded = "form_encoded",
    }
}
rt::string_enum! {
    /// Whether the webhook is currently enabled.
    pub enum WebhookStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}
rt::tagged_union! {
    /// Credentials attached to outgoing requests; absent means none.
    pub enum WebhookAuthentication("type") {
        /// `type` is `basic_auth`.
        BasicAuthAuthentication(BasicAuthAuthentication) = ["basic_auth"],
        /// `type` is `bearer_token`.
        BearerTokenAuthentication(BearerTokenAuthentication) = ["bearer_token"],
        /// `type` is `api_key`.
        ApiKeyAuthentication(ApiKeyAuthentication) = ["api_key"],
    }
}
rt::object! {
    /// Origin that created the webhook, such as a Marketplace app.
    #[derive(Default)]
    pub struct WebhookExternalSource {
        /// Name of the originating source.
        name: Option<String> = optional("name", set),
        /// Version of the originating source.
        version: Option<String> = optional("version", set),
    }
    /// The schema at `/components/schemas/WebhookCreateRequest/properties/webhook` in the spec.
    pub struct WebhookCreateRequestWebhook {
        /// The `id` property.
        ///
        /// Set by the server (read-only); never sent.
        id: Option<::serde_json::Value> = skip("id", set),
        /// Display name.
        name: String = field("name", must),
        /// Free-text notes about the webhook.
        description: Option<String> = optional("description", set),
        /// URL that receives the webhook's requests.
        endpoint: String = field("endpoint", must),
        /// Verb used for requests; event subscriptions need POST.
        http_method: WebhookHttpMethod = field("http_method", must),
        /// Payload encoding; event subscriptions need json.
        request_format: WebhookRequestFormat = field("request_format", must),
        /// Whether the webhook is currently enabled.
        status: WebhookStatus = field("status", must),
        /// Event types to receive, or just conditional_ticket_events for triggers and automations.
        subscriptions: Option<Vec<String>> = optional("subscriptions", set),
        /// Credentials attached to outgoing requests; absent means none.
        authentication: Option<WebhookAuthentication> = optional("authentication", set),
        /// Extra non-secret headers sent with every request.
        custom_headers: Option<::std::collections::BTreeMap<String, String>> = optional("custom_headers", set),
        /// The `signing_secret` property.
        signing_secret: Option<WebhookSigningSecret> = optional("signing_secret", set),
        /// Origin that created the webhook, such as a Marketplace app.
        external_source: Option<WebhookExternalSource> = optional("external_source", set),
        /// The `created_at` property.
        ///
        /// Set by the server (read-only); never sent.
        created_at: Option<::serde_json::Value> = skip("created_at", set),
        /// The `created_by` property.
        ///
        /// Set by the server (read-only); never sent.
        created_by: Option<::serde_json::Value> = skip("created_by", set),
        /// The `updated_at` property.
        ///
        /// Set by the server (read-only); never sent.
        updated_at: Option<::serde_json::Value> = skip("updated_at", set),
        /// The `updated_by` property.
        ///
        /// Set by the server (read-only); never sent.
        updated_by: Option<::serde_json::Value> = skip("updated_by", set),
    }
    /// Only the fields to change.
    #[derive(Default)]
    pub struct WebhookPatchRequestWebhook {
        /// The `name` property.
        name: Option<String> = optional("name", set),
        /// The `description` property.
        description: Option<String> = optional("description", set),
        /// The `endpoint` property.
        endpoint: Option<String> = optional("endpoint", set),
        /// The `http_method` property.
        http_method: Option<WebhookPatchRequestWebhookHttpMethod> = optional("http_method", set),
        /// The `request_format` property.
        request_format: Option<WebhookPatchRequestWebhookRequestFormat> = optional("request_format", set),
        /// The `status` property.
        status: Option<WebhookPatchRequestWebhookStatus> = optional("status", set),
        /// The `subscriptions` property.
        subscriptions: Option<Vec<String>> = optional("subscriptions", set),
        /// The `authentication` property.
        authentication: Option<WebhookPatchRequestWebhookAuthentication> = optional("authentication", set),
        /// The `custom_headers` property.
        custom_headers: Option<::std::collections::BTreeMap<String, String>> = optional("custom_headers", set),
    }
}
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/http_method` in the spec.
pub type WebhookPatchRequestWebhookHttpMethod = WebhookHttpMethod;
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/request_format` in the spec.
pub type WebhookPatchRequestWebhookRequestFormat = WebhookRequestFormat;
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/status` in the spec.
pub type WebhookPatchRequestWebhookStatus = WebhookStatus;
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/authentication` in the spec.
pub type WebhookPatchRequestWebhookAuthentication = WebhookAuthentication;
rt::object! {
    /// Settings to use for the trial call.
    pub struct WebhookTestRequestWebhook {
        /// URL the trial call is sent to.
        endpoint: String = field("endpoint", must),
        /// The `http_method` property.
        http_method: Option<WebhookTestRequestWebhookHttpMethod> = optional("http_method", set),
        /// The `request_format` property.
        request_format: Option<WebhookTestRequestWebhookRequestFormat> = optional("request_format", set),
        /// The `authentication` property.
        authentication: Option<WebhookPatchRequestWebhookAuthentication> = optional("authentication", set),
        /// The `custom_headers` property.
        custom_headers: Option<::std::collections::BTreeMap<String, String>> = optional("custom_headers", set),
    }
}
/// The schema at `/components/schemas/WebhookTestRequest/properties/webhook/properties/http_method` in the spec.
pub type WebhookTestRequestWebhookHttpMethod = WebhookHttpMethod;
/// The schema at `/components/schemas/WebhookTestRequest/properties/webhook/properties/request_format` in the spec.
pub type WebhookTestRequestWebhookRequestFormat = WebhookRequestFormat;
rt::object! {
    /// The schema at `/components/schemas/WebhookTestResponse/properties/test` in the spec.
    #[derive(Default)]
    pub struct WebhookTestResponseTest {
        /// Overall outcome, such as success or failed.
        status: Option<String> = optional("status", set),
        /// Summary of what happened.
        message: Option<String> = optional("message", set),
        /// Status code the endpoint answered with.
        response_code: Option<i64> = optional("response_code", set),
        /// Body the endpoint answered with.
        response_body: Option<String> = optional("response_body", set),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1api~1v2~1webhooks/get/parameters/5/schema` in the spec.
    pub enum ListWebhooksSort {
        /// `name`
        Name = "name",
        /// `status`
        Status = "status",
    }
}
