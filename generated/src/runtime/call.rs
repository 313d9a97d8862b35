// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! What every operation shares: [`Operation`], implemented by each generated operation (its
//! arguments, how they become a request, how a response is decoded), and [`Call`], the request
//! builder every operation method returns, with the per-call settings and the ways to send.
//! Part of the run time copied into every generated crate (`src/runtime/call.rs`).

use std::time::Duration;

use super::{ByteStream, Core, Decode, Error, HeaderMap, Method, Request, RequestOptions, Response, RetryConfig, StatusCode};

/// Where an operation's request goes: its id, method, path template and the security it
/// accepts. Each operation has one, [`Operation::ENDPOINT`] (one constant, not one per field: a
/// crate of thousands of operations compiles in less memory).
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// The spec's operation id (or the method name when the spec has none).
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The spec's path template (`/v1/items/{id}`), into which the path parameters are written.
    pub path: &'static str,
    /// The alternatives of security schemes it accepts (each an AND of scheme names); empty:
    /// no credentials.
    pub security: &'static [&'static [&'static str]],
}

/// `Endpoint::get(id, path)` and the like: `name = METHOD,` per method.
macro_rules! method_constructors {
    ($($(#[$doc:meta])* $name:ident = $method:ident,)*) => {
        $(
            $(#[$doc])*
            pub const fn $name(id: &'static str, path: &'static str) -> Self {
                Self::new(id, Method::$method, path)
            }
        )*
    };
}

impl Endpoint {
    /// An endpoint that needs no credentials.
    pub const fn new(id: &'static str, method: Method, path: &'static str) -> Self {
        Self { id, method, path, security: &[] }
    }

    // One constructor per method, so each operation's constant is short.
    method_constructors! {
        /// A `GET` endpoint (see [`Endpoint::new`]).
        get = GET,
        /// A `PUT` endpoint.
        put = PUT,
        /// A `POST` endpoint.
        post = POST,
        /// A `DELETE` endpoint.
        delete = DELETE,
        /// A `PATCH` endpoint.
        patch = PATCH,
        /// A `HEAD` endpoint.
        head = HEAD,
        /// An `OPTIONS` endpoint.
        options = OPTIONS,
        /// A `TRACE` endpoint.
        trace = TRACE,
    }

    /// The same endpoint, accepting these alternatives of security schemes.
    pub const fn security(mut self, security: &'static [&'static [&'static str]]) -> Self {
        self.security = security;
        self
    }
}

/// One operation of the API: its arguments, request and decoding. Implemented by the generated
/// argument type of each operation; used through [`Call`].
pub trait Operation: Clone {
    /// Its id, method, path template and security.
    const ENDPOINT: Endpoint;
    /// The decoded success response.
    type Output;
    /// The operation's enum of documented error responses.
    type Error: Errors;
    /// How a success (2xx) response read in full becomes [`Operation::Output`]:
    /// [`Json`](super::Json), [`Text`](super::Text), [`Binary`](super::Binary),
    /// [`Empty`](super::Empty), [`ByContentType`](super::ByContentType),
    /// [`Streamed`](super::Streamed), or the operation's enum of success responses, which
    /// decodes itself by status.
    type Decoder: Decode<Self::Output>;
    /// Writes the arguments into the request (path, query, header and cookie parameters, body,
    /// the operation's own settings), or says why they cannot be sent (reported as
    /// [`Error::InvalidRequest`], as is a reason kept in [`Request::invalid`]). An operation
    /// without any has nothing to write.
    fn request(&self, request: &mut Request) -> Result<(), String> {
        let _ = request;
        Ok(())
    }
    /// Decodes an error response into the documented variant for its status
    /// ([`Errors::decode`]).
    fn decode_error(response: Response) -> Error<Self::Error> {
        Self::Error::decode(response)
    }
    /// Decodes a success response whose body is still to be read (operations whose decoder is
    /// [`Streamed`](super::Streamed)).
    fn decode_stream(response: reqwest::Response) -> Result<Self::Output, Error<Self::Error>> {
        let _ = response;
        Err(Error::InvalidRequest("this operation's response is not a stream".into()))
    }
}

/// An enum of the error responses one or more operations document, a variant per status.
/// Operations with the same errors share one.
pub trait Errors: Send + 'static + Sized {
    /// Decodes an error response into the variant for its status (by default, as none is
    /// documented: [`Error::UnexpectedStatus`]).
    fn decode(response: Response) -> Error<Self> {
        response.unexpected()
    }
}

/// An operation's error enum, one line per documented status (after its docs):
/// `404 => NotFound(Body) = json_error,` (or `304 => NotModified = error,`, a range
/// `400..=499`, or `_` for `default`), written out as the enum and its [`Errors`] impl, which
/// decodes a response with the [`Response`] method named for its status. The lines come in the
/// order the statuses are tried: codes, then ranges, then `_`.
#[allow(unused_macros)]
macro_rules! errors {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {}
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq)]
        pub enum $name {}
        impl $crate::runtime::Errors for $name {}
    };
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $($(#[$doc:meta])* $status:pat => $variant:ident $(($ty:ty))? = $decode:ident,)+
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq)]
        pub enum $name {
            $($(#[$doc])* $variant $(($ty))?,)+
        }
        impl $crate::runtime::Errors for $name {
            fn decode(response: $crate::runtime::Response) -> $crate::runtime::Error<Self> {
                match response.status.as_u16() {
                    $($status => response.$decode(Self::$variant),)+
                    // After a `default` line this arm is never reached.
                    #[allow(unreachable_patterns)]
                    _ => response.unexpected(),
                }
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use errors;

/// A group's operations (`impl Group;`, then each operation): its method on the group, its
/// arguments struct and [`Operation`] impl with one line per argument, its endpoint and types,
/// and its setters on [`Call`]:
///
/// ```text
/// impl Issues;
/// /// Gets the issues of a repository.
/// pub fn issues_get(owner: impl Into<String> = into);
/// /// The arguments of `Issues::issues_get`.
/// pub struct IssuesGet {
///     owner: String = path_param("owner"),
///     per_page: Option<i64> = query("per_page"),
/// }
/// get("issues/get", "/repos/{owner}/issues") -> Vec<Issue>, IssuesGetError, rt::Json;
/// setters {
///     per_page: i64,
/// }
/// ```
///
/// The method takes the required arguments (`= into`: converted with `.into()`) and returns the
/// [`Call`], the optional ones (those with setters) `None`. `name: Type = how(args),` is
/// written by `request.how(args, &self.name)`, in the order of the lines; the endpoint is
/// `Endpoint::get(id, path)` (and `.security(..)` when it has one); a setter `name: Type,`
/// sets the argument to `Some(value)`, `name: impl Into<T> = into,` to `Some(value.into())`.
/// Operations whose request is more than a call per argument (a multipart body, its own retry
/// policy), or that decode a stream, or have no arguments, come in an invocation of their own:
/// their fields without `= how`, and in braces after their types, instead of `;`, the items of
/// their impl (`fn request`, `fn decode_stream`, or none).
///
/// One invocation for many operations, not one each: rustc keeps about 8 KiB per macro
/// expansion, 160 MB over 20,000 operations.
#[allow(unused_macros)]
macro_rules! operations {
    // Operations whose `request` is a call per field: that `fn request` is written here, then
    // they are read as operations with items of their own.
    (
        impl $group:ident;
        $(
            $(#[$fn_attr:meta])*
            pub fn $fn_name:ident($($arg:ident: $arg_ty:ty $(= $arg_conv:ident)?),*);
            $(#[$attr:meta])*
            pub struct $name:ident {
                $($field:ident: $ty:ty $(= $how:ident($($how_arg:expr),*))?,)*
            }
            $method:ident($id:literal, $path:literal) $(.security($security:expr))?
                -> $output:ty, $error:ty, $decoder:ty;
            $(setters { $($(#[$doc:meta])* $setter:ident: $setter_ty:ty $(= $conv:ident)?,)+ })?
        )+
    ) => {
        $crate::runtime::operations! {
            impl $group;
            $(
                $(#[$fn_attr])*
                pub fn $fn_name($($arg: $arg_ty $(= $arg_conv)?),*);
                $(#[$attr])*
                pub struct $name {
                    $($field: $ty,)*
                }
                $method($id, $path) $(.security($security))? -> $output, $error, $decoder {
                    fn request(&self, request: &mut $crate::runtime::Request) -> Result<(), String> {
                        $($(request.$how($($how_arg,)* &self.$field);)?)*
                        Ok(())
                    }
                }
                $(setters { $($(#[$doc])* $setter: $setter_ty $(= $conv)?,)+ })?
            )+
        }
    };
    (
        impl $group:ident;
        $(
            $(#[$fn_attr:meta])*
            pub fn $fn_name:ident($($arg:ident: $arg_ty:ty $(= $arg_conv:ident)?),*);
            $(#[$attr:meta])*
            pub struct $name:ident {
                $($field:ident: $ty:ty,)*
            }
            $method:ident($id:literal, $path:literal) $(.security($security:expr))?
                -> $output:ty, $error:ty, $decoder:ty { $($item:item)* }
            $(setters { $($(#[$doc:meta])* $setter:ident: $setter_ty:ty $(= $conv:ident)?,)+ })?
        )+
    ) => {
        impl<'a> $group<'a> {
            $(
                $(#[$fn_attr])*
                pub fn $fn_name(&self, $($arg: $arg_ty),*) -> $crate::runtime::Call<'a, $name> {
                    self.client.core().call($name {
                        $($arg: $arg $(.$arg_conv())?,)*
                        $($($setter: None,)+)?
                    })
                }
            )+
        }
        $(
            $(#[$attr])*
            #[derive(Clone)]
            pub struct $name {
                $($field: $ty,)*
            }
            impl $crate::runtime::Operation for $name {
                const ENDPOINT: $crate::runtime::Endpoint =
                    $crate::runtime::Endpoint::$method($id, $path) $(.security($security))?;
                type Output = $output;
                type Error = $error;
                type Decoder = $decoder;
                $($item)*
            }
            $(impl<'a> $crate::runtime::Call<'a, $name> {
                $(
                    $(#[$doc])*
                    pub fn $setter(mut self, value: $setter_ty) -> Self {
                        self.args.$setter = Some(value $(.$conv())?);
                        self
                    }
                )+
            })?
        )+
    };
}

#[allow(unused_imports)]
pub(crate) use operations;

/// A decoded response with its status and headers (rate limits, `ETag`, `Location`, request ids).
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// The status code.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

/// The request of one operation: set optional parameters and per-call settings, then
/// `.send().await` (or [`Call::send_with_response`], [`Call::send_streaming`]).
///
/// Its `Debug` shows the request it would send (the operation, method, path with its parameters,
/// query, headers, body and per-call settings; never the client's credentials).
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct Call<'a, O> {
    pub(crate) core: &'a Core,
    pub(crate) args: O,
    pub(crate) options: RequestOptions,
}

impl<O: Operation> std::fmt::Debug for Call<'_, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.request() {
            Ok(request) => f.debug_tuple("Call").field(&request).finish(),
            Err(Error::InvalidRequest(reason)) => {
                f.debug_struct("Call").field("operation", &O::ENDPOINT.id).field("invalid", &reason).finish()
            }
            Err(_) => f.debug_struct("Call").field("operation", &O::ENDPOINT.id).finish(),
        }
    }
}

impl Core {
    /// A request of operation `args` on this client (generated operation methods call this: a
    /// method of `Core` is found at once, where `Call::new` is looked up among the inherent impls
    /// of `Call`, one per operation).
    pub fn call<O: Operation>(&self, args: O) -> Call<'_, O> {
        Call::new(self, args)
    }
}

impl<'a, O: Operation> Call<'a, O> {
    /// A request of operation `args` on the client `core`.
    pub fn new(core: &'a Core, args: O) -> Self {
        Self {
            core,
            args,
            options: RequestOptions::default(),
        }
    }

    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Sends the header `name: value` with this call, replacing any header of that name.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }

    /// Sends `Idempotency-Key: key`, the same on every retry; with a key, a non-idempotent call
    /// (POST, PATCH) is retried as the retry configuration says.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }

    /// Like [`Call::idempotency_key`] with a random key (128 bits, hexadecimal) made now.
    pub fn with_idempotency_key(self) -> Self {
        let key = format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
        self.idempotency_key(key)
    }

    /// The request this call sends (without credentials).
    pub fn request(&self) -> Result<Request, Error<O::Error>> {
        let endpoint = O::ENDPOINT;
        let mut request = Request::new(endpoint.id, endpoint.method, endpoint.path);
        request.security = endpoint.security;
        self.args.request(&mut request).map_err(Error::InvalidRequest)?;
        if let Some(reason) = request.invalid.take() {
            return Err(Error::InvalidRequest(reason));
        }
        request.options = self.options.clone();
        Ok(request)
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<O::Output, Error<O::Error>> {
        self.send_with_response().await.map(|response| response.body)
    }

    /// Sends the request and decodes the response, keeping its status and headers.
    pub async fn send_with_response(self) -> Result<ApiResponse<O::Output>, Error<O::Error>> {
        let request = self.request()?;
        if <O::Decoder as Decode<O::Output>>::STREAMED {
            let response = self.core.execute_streaming(request).await?;
            let (status, headers) = (response.status(), response.headers().clone());
            if !status.is_success() {
                return Err(O::decode_error(Response::read(response).await?));
            }
            let body = O::decode_stream(response)?;
            return Ok(ApiResponse { status, headers, body });
        }
        let response = self.core.execute(request).await?;
        let (status, headers) = (response.status, response.headers.clone());
        if !status.is_success() {
            return Err(O::decode_error(response));
        }
        let body = <O::Decoder as Decode<O::Output>>::decode(response)?;
        Ok(ApiResponse { status, headers, body })
    }

    /// Sends the request and returns a success body unread, as a stream of chunks (downloads of
    /// any size in bounded memory). Error statuses are decoded as by [`Call::send`]. The timeout
    /// bounds the wait for the status and headers only.
    pub async fn send_streaming(self) -> Result<ApiResponse<ByteStream<O::Error>>, Error<O::Error>> {
        let request = self.request()?;
        let response = self.core.execute_streaming(request).await?;
        let (status, headers) = (response.status(), response.headers().clone());
        if !status.is_success() {
            return Err(O::decode_error(Response::read(response).await?));
        }
        Ok(ApiResponse {
            status,
            headers,
            body: super::byte_stream(response),
        })
    }
}
