//! A health-endpoint zoo on 127.0.0.1: one path per behaviour `guardia health` must read.
//! Plain `TcpListener` threads, so the test controls every byte and every delay.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

/// Bytes `/huge` announces and sends (unless the client hangs up first).
pub const HUGE_BYTES: usize = 10 * 1024 * 1024;

const OK: &str = r#"{"status":"Healthy","totalDuration":"00:00:00.0100000","entries":{"postgresql":{"status":"Healthy","duration":"00:00:00.0050000","data":{}}}}"#;
const DEGRADED: &str = r#"{"status":"degraded","services":{"database":"connected","redis":"disconnected","queues":{"dian":{"status":"connected","waiting":0}}}}"#;
const DOWN: &str = r#"{"status":"DOWN","components":{"db":{"status":"DOWN","details":{"error":"Connection refused"}},"ping":{"status":"UP"}}}"#;
const HTML: &str =
    "<!doctype html><html><head><title>Tienda</title></head><body><div id=app></div></body></html>";
const VERBOSE: &str = "[+]ping ok\n[+]etcd ok\nlivez check passed\n";

/// Starts the server on an ephemeral port; it lives as long as the test process.
pub fn start() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds loopback");
    let addr = listener.local_addr().expect("has an address");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            thread::spawn(move || serve(stream));
        }
    });
    addr
}

fn request_path(stream: &TcpStream) -> Option<String> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let path = line.split_whitespace().nth(1)?.to_string();
    // Read the rest of the head so the client is not reset while it is still sending.
    for _ in 0..100 {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? <= 2 {
            break;
        }
    }
    Some(path)
}

fn serve(mut stream: TcpStream) {
    let Some(path) = request_path(&stream) else {
        return;
    };
    let _ = match path.as_str() {
        "/ok" => reply(&mut stream, 200, "application/json", OK),
        "/degraded" => reply(&mut stream, 200, "application/json", DEGRADED),
        "/down" => reply(
            &mut stream,
            503,
            "application/vnd.spring-boot.actuator.v3+json",
            DOWN,
        ),
        "/slow" => {
            thread::sleep(Duration::from_millis(400));
            reply(&mut stream, 200, "text/plain", "Healthy")
        }
        "/hang" => {
            // Holds the connection without a byte of answer; bounded so nothing leaks.
            thread::sleep(Duration::from_secs(20));
            Ok(())
        }
        "/html" => reply(&mut stream, 200, "text/html; charset=utf-8", HTML),
        "/huge" => huge(&mut stream),
        "/nginx" => reply(&mut stream, 200, "application/octet-stream", "OK\n"),
        "/livez?verbose" => reply(&mut stream, 200, "text/plain; charset=utf-8", VERBOSE),
        _ => reply(&mut stream, 404, "text/plain", "not found"),
    };
}

fn reply(stream: &mut TcpStream, code: u16, content_type: &str, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {code} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())
}

/// A JSON body far over 64 KiB, written in chunks until done or the client hangs up.
fn huge(stream: &mut TcpStream) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {HUGE_BYTES}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes())?;
    let start = br#"{"status":"ok","pad":""#;
    stream.write_all(start)?;
    let chunk = vec![b'x'; 64 * 1024];
    let mut left = HUGE_BYTES - start.len();
    while left > 0 {
        let n = left.min(chunk.len());
        stream.write_all(&chunk[..n])?;
        left -= n;
    }
    Ok(())
}
