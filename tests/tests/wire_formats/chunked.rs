//! A tiny HTTP/1.1 server that answers every request with a chunked body written piece by piece
//! (with a pause between pieces, so each arrives on its own): what wiremock cannot do.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Where the body comes from.
#[derive(Clone)]
pub enum Pieces {
    /// These pieces, in order.
    Given(Vec<Vec<u8>>),
    /// `total` zero bytes in pieces of `piece` bytes, made as they are written.
    #[allow(dead_code)] // used by download.rs only
    Zeros { total: usize, piece: usize },
}

async fn answer(
    mut socket: tokio::net::TcpStream,
    content_type: &'static str,
    pieces: Pieces,
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
    }
    let status = format!("HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n");
    socket.write_all(status.as_bytes()).await?;
    let write = |piece: Vec<u8>| {
        let mut framed = format!("{:x}\r\n", piece.len()).into_bytes();
        framed.extend_from_slice(&piece);
        framed.extend_from_slice(b"\r\n");
        framed
    };
    match pieces {
        Pieces::Given(list) => {
            for piece in list.into_iter().filter(|p| !p.is_empty()) {
                socket.write_all(&write(piece)).await?;
                socket.flush().await?;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
        Pieces::Zeros { total, piece } => {
            let mut left = total;
            while left > 0 {
                let n = left.min(piece);
                socket.write_all(&write(vec![0u8; n])).await?;
                left -= n;
            }
        }
    }
    socket.write_all(b"0\r\n\r\n").await?;
    socket.shutdown().await
}

/// Starts the server on a free local port; returns its base URL.
pub async fn serve_pieces(content_type: &'static str, pieces: Pieces) -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a local port");
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(answer(socket, content_type, pieces.clone()));
        }
    });
    url
}

/// [`serve_pieces`] with the given pieces.
#[allow(dead_code)]
pub async fn serve(content_type: &'static str, pieces: Vec<Vec<u8>>) -> String {
    serve_pieces(content_type, Pieces::Given(pieces)).await
}
