//! A download larger than 64 MiB read through `send_streaming` in bounded memory: the peak
//! resident memory of this test process grows by far less than the download (its own binary, so
//! no other test shares the measurement).

use futures::StreamExt;
use golden_types::wire_formats::Client;

#[path = "wire_formats/chunked.rs"]
mod chunked;

/// Peak resident memory of this process, in KiB (`VmHWM`).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

#[tokio::test]
async fn a_large_download_streams_in_bounded_memory() {
    const TOTAL: usize = 80 << 20;
    let server = chunked::serve_pieces(
        "application/octet-stream",
        chunked::Pieces::Zeros {
            total: TOTAL,
            piece: 64 << 10,
        },
    )
    .await;
    let client = Client::builder().base_url(server).build();
    let before = peak_rss_kib();
    let mut body = client
        .blobs()
        .get_blob("big")
        .send_streaming()
        .await
        .expect("a stream")
        .body;
    // (Break-on-purpose check: `.send().await` here, buffered, grows the peak by the whole download.)
    let mut total = 0usize;
    while let Some(chunk) = body.next().await {
        total += chunk.expect("a chunk").len();
    }
    let grown_mib = (peak_rss_kib() - before) / 1024;
    assert_eq!(total, TOTAL);
    assert!(
        grown_mib < 16,
        "peak memory grew by {grown_mib} MiB for an 80 MiB download"
    );
}
