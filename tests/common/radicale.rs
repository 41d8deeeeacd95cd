//! A real CardDAV server for `publish`'s tests: Radicale (PyPI) on 127.0.0.1 with a free port,
//! an htpasswd user and a temporary storage folder; a WebDAV client to look at what it holds;
//! and a proxy in front of it that records each request and can stop the server mid-run.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const USER: &str = "anna";
pub const PASSWORD: &str = "hemligt-lösen";

/// The credentials as `publish` reads them.
pub fn env() -> [(&'static str, &'static str); 2] {
    [
        ("KONTAKT_CARDDAV_USER", USER),
        ("KONTAKT_CARDDAV_PASSWORD", PASSWORD),
    ]
}

/// A running Radicale; stopped when dropped.
pub struct Radicale {
    child: Arc<Mutex<Option<Child>>>,
    pub port: u16,
    dir: PathBuf,
    tls: bool,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Radicale {
    /// Radicale with its files in `dir`, over TLS with `tls` (certificate and key PEM), with an
    /// empty address book `adressbok` for the user.
    pub fn start(dir: &Path, tls: Option<(&Path, &Path)>) -> Radicale {
        std::fs::create_dir_all(dir.join("store")).unwrap();
        std::fs::write(dir.join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
        let ssl = match tls {
            Some((cert, key)) => format!(
                "ssl = True\ncertificate = {}\nkey = {}\n",
                cert.display(),
                key.display()
            ),
            None => String::new(),
        };
        std::fs::write(dir.join("ssl"), ssl).unwrap();
        let mut server = Radicale {
            child: Arc::new(Mutex::new(None)),
            port: 0,
            dir: dir.to_path_buf(),
            tls: tls.is_some(),
        };
        server.restart();
        let status = server.request(
            "MKCOL",
            &server.url(),
            &[("Content-Type", "application/xml")],
            r#"<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype><collection/><C:addressbook/></resourcetype><displayname>Regionkoordinatorer</displayname></prop></set></mkcol>"#,
        );
        assert_eq!(status.0, 201, "MKCOL: {}", status.1);
        server
    }

    /// Start (again) on a new free port, with the same storage.
    pub fn restart(&mut self) {
        self.stop();
        for _ in 0..5 {
            let port = free_port();
            let ssl = std::fs::read_to_string(self.dir.join("ssl")).unwrap();
            let config = format!(
                "[server]\nhosts = 127.0.0.1:{port}\n{ssl}\n[auth]\ntype = htpasswd\n\
                 htpasswd_filename = {}\nhtpasswd_encryption = plain\n\
                 [storage]\nfilesystem_folder = {}\n[logging]\nlevel = warning\n",
                self.dir.join("users").display(),
                self.dir.join("store").display()
            );
            let path = self.dir.join("config");
            std::fs::write(&path, config).unwrap();
            // Ready when Radicale says it listens on this port (logged at level info): a
            // connection that succeeds could reach another test's server that took the port.
            let mut child = Command::new("radicale")
                .arg("--config")
                .arg(&path)
                .arg("--logging-level")
                .arg("info")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("radicale starts");
            let stderr = child.stderr.take().unwrap();
            let (tx, rx) = std::sync::mpsc::channel();
            let listening = format!("Listening on '127.0.0.1:{port}'");
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { return };
                    if line.contains(&listening) {
                        let _ = tx.send(());
                    }
                }
            });
            if rx.recv_timeout(Duration::from_secs(30)).is_ok() {
                self.port = port;
                *self.child.lock().unwrap() = Some(child);
                return;
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("Radicale did not start");
    }

    /// Stop the server (a no-op when it is stopped).
    pub fn stop(&self) {
        stop(&self.child);
    }

    /// What stops this server, for the proxy.
    pub fn stopper(&self) -> Arc<Mutex<Option<Child>>> {
        Arc::clone(&self.child)
    }

    pub fn base(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}", self.port)
    }

    /// The address book's URL.
    pub fn url(&self) -> String {
        format!("{}/{USER}/adressbok/", self.base())
    }

    /// One request as the user, without TLS checks; (status, body, ETag).
    pub fn request(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String, Option<String>) {
        request(method, url, headers, body)
    }

    /// Every card in the address book, by href: (ETag, text). An `addressbook-query` REPORT, a
    /// different request from the multiget `publish` reads with.
    pub fn cards(&self) -> std::collections::BTreeMap<String, (String, String)> {
        let (status, body, _) = self.request(
            "REPORT",
            &self.url(),
            &[("Depth", "1"), ("Content-Type", "application/xml")],
            r#"<?xml version="1.0"?><C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/></D:prop></C:addressbook-query>"#,
        );
        assert_eq!(status, 207, "{body}");
        kontakt::publish::dav::multistatus(&body)
            .unwrap()
            .into_iter()
            .filter_map(|r| Some((r.href, (r.etag?, r.data?))))
            .collect()
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}

fn stop(child: &Mutex<Option<Child>>) {
    if let Some(mut c) = child.lock().unwrap().take() {
        let _ = c.kill();
        let _ = c.wait();
    }
}

/// One request as the test's user; (status, body, ETag).
pub fn request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String, Option<String>) {
    use base64::Engine;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .proxy(None)
        .http_status_as_error(false)
        .allow_non_standard_methods(true)
        .tls_config(
            ureq::tls::TlsConfig::builder()
                .disable_verification(true)
                .build(),
        )
        .build()
        .into();
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    let mut req = ureq::http::Request::builder()
        .method(method)
        .uri(url)
        .header("Authorization", format!("Basic {token}"));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut response = agent
        .run(req.body(body.as_bytes().to_vec()).unwrap())
        .unwrap();
    let etag = response
        .headers()
        .get("etag")
        .map(|v| v.to_str().unwrap().to_string());
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    (status, text, etag)
}

/// A request as the proxy saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub if_match: bool,
    pub if_none_match: bool,
}

/// A proxy on 127.0.0.1 in front of a server, one connection at a time (Radicale answers in
/// HTTP/1.0 and closes each connection). With `cut_at_put: Some(n)`, the n-th PUT stops the
/// server and gets no answer.
pub struct Proxy {
    pub port: u16,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl Proxy {
    pub fn start(server: &Radicale, cut_at_put: Option<usize>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let (upstream, stopper, record) = (server.port, server.stopper(), Arc::clone(&seen));
        std::thread::spawn(move || {
            let mut puts = 0;
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let Some((head, body, request)) = read_request(&client) else {
                    continue;
                };
                record.lock().unwrap().push(request.clone());
                if request.method == "PUT" {
                    puts += 1;
                    if Some(puts) == cut_at_put {
                        stop(&stopper);
                        drop(client);
                        continue;
                    }
                }
                let Ok(mut up) = TcpStream::connect(("127.0.0.1", upstream)) else {
                    continue;
                };
                let _ = up.write_all(&head);
                let _ = up.write_all(&body);
                let mut answer = Vec::new();
                let _ = up.read_to_end(&mut answer);
                let mut client = client;
                let _ = client.write_all(&answer);
            }
        });
        Proxy { port, seen }
    }

    /// The address book's URL through the proxy.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/{USER}/adressbok/", self.port)
    }

    /// The requests that change cards: PUT and DELETE.
    pub fn changes(&self) -> Vec<Seen> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.method == "PUT" || s.method == "DELETE")
            .cloned()
            .collect()
    }
}

/// A request's head (with `Connection: close`) and body.
pub fn read_request(client: &TcpStream) -> Option<(Vec<u8>, Vec<u8>, Seen)> {
    let mut reader = BufReader::new(client.try_clone().ok()?);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    let mut parts = first.split_whitespace();
    let (method, path) = (parts.next()?.to_string(), parts.next()?.to_string());
    let mut head = first.clone().into_bytes();
    let (mut length, mut if_match, mut if_none_match) = (0usize, false, false);
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().ok()?;
        }
        if_match |= lower.starts_with("if-match:");
        if_none_match |= lower.starts_with("if-none-match:");
        if lower.starts_with("connection:") {
            continue;
        }
        head.extend_from_slice(line.as_bytes());
    }
    head.extend_from_slice(b"Connection: close\r\n\r\n");
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((
        head,
        body,
        Seen {
            method,
            path,
            if_match,
            if_none_match,
        },
    ))
}

/// A card's content lines, unfolded and sorted, without the mark: what must match between the
/// server and the exported file whatever order and folding the server keeps.
pub fn lines(card: &str) -> Vec<String> {
    let unfolded = card.replace("\r\n ", "").replace("\n ", "");
    let mut lines: Vec<String> = unfolded
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .filter(|l| !l.is_empty() && !l.starts_with("X-KONTAKT-PUBLISHED:"))
        .collect();
    lines.sort();
    lines
}

/// The cards of a `.vcf` file, each as its text.
pub fn split_cards(text: &str) -> Vec<String> {
    text.split_inclusive("END:VCARD\r\n")
        .map(str::to_string)
        .filter(|c| c.contains("BEGIN:VCARD"))
        .collect()
}
