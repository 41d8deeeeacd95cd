//! SMTP servers on 127.0.0.1 for `notify` tests: mailin-embedded speaking plain SMTP or
//! STARTTLS, and implicit TLS through a small TLS front (rustls) before a plain server. The
//! certificates come from a throwaway CA made with rcgen. What a server received is read back.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::response::{NO_MAILBOX, OK};
use mailin_embedded::{Handler, Response, Server, SslConfig};

#[derive(Debug, Clone, Default)]
pub struct Received {
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

pub type Mails = Arc<Mutex<Vec<Received>>>;

#[derive(Clone, Default)]
struct Inbox {
    mails: Mails,
    current: Arc<Mutex<Received>>,
}

impl Handler for Inbox {
    fn rcpt(&mut self, to: &str) -> Response {
        if to.contains("refuse") {
            NO_MAILBOX
        } else {
            OK
        }
    }
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        *self.current.lock().unwrap() = Received {
            to: to.to_vec(),
            data: Vec::new(),
        };
        OK
    }
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.lock().unwrap().data.extend_from_slice(buf);
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        let mail = std::mem::take(&mut *self.current.lock().unwrap());
        self.mails.lock().unwrap().push(mail);
        OK
    }
}

/// A free port on 127.0.0.1, bound.
fn listener() -> (TcpListener, u16) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    (listener, port)
}

fn start(tls: Option<&Pki>) -> (u16, Mails) {
    let (listener, port) = listener();
    let inbox = Inbox::default();
    let mails = inbox.mails.clone();
    let mut server = Server::new(inbox);
    server.with_name("kontakt-test").with_tcp_listener(listener);
    if let Some(pki) = tls {
        install_crypto();
        server
            .with_ssl(SslConfig::SelfSigned {
                cert_path: pki.cert.display().to_string(),
                key_path: pki.key.display().to_string(),
            })
            .unwrap();
    }
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, mails)
}

/// A plain SMTP server; it lives as long as the test process.
pub fn server() -> (u16, Mails) {
    start(None)
}

/// An SMTP server that offers STARTTLS with the PKI's server certificate.
pub fn starttls_server(pki: &Pki) -> (u16, Mails) {
    start(Some(pki))
}

/// An SMTP server reached over TLS from the first byte (smtps).
pub fn implicit_tls_server(pki: &Pki) -> (u16, Mails) {
    let (backend, mails) = start(None);
    install_crypto();
    let certs = vec![rustls::pki_types::CertificateDer::from(
        pki.cert_der.clone(),
    )];
    let key = rustls::pki_types::PrivateKeyDer::try_from(pki.key_der.clone()).unwrap();
    let config = Arc::new(
        rustls::ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    );
    let (front, port) = listener();
    std::thread::spawn(move || {
        for conn in front.incoming().flatten() {
            let config = config.clone();
            std::thread::spawn(move || pump(conn, config, backend));
        }
    });
    (port, mails)
}

/// Decrypt one client connection and relay it to the plain server.
fn pump(tcp: TcpStream, config: Arc<rustls::ServerConfig>, backend: u16) {
    let Ok(conn) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    while tls.conn.is_handshaking() {
        if tls.conn.complete_io(&mut tls.sock).is_err() {
            return; // the client did not trust the certificate
        }
    }
    let Ok(mut plain) = TcpStream::connect(("127.0.0.1", backend)) else {
        return;
    };
    let tick = Some(Duration::from_millis(5));
    let _ = plain.set_read_timeout(tick);
    let _ = tls.sock.set_read_timeout(tick);
    let waiting =
        |e: &std::io::Error| matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut);
    let mut buf = [0u8; 16 * 1024];
    loop {
        match plain.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                if tls.write_all(&buf[..n]).and_then(|()| tls.flush()).is_err() {
                    return;
                }
            }
            Err(e) if waiting(&e) => {}
            Err(_) => return,
        }
        match tls.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                if plain.write_all(&buf[..n]).is_err() {
                    return;
                }
            }
            Err(e) if waiting(&e) => {}
            Err(_) => return,
        }
    }
}

/// mailin-embedded builds its rustls config with the process's default crypto provider.
fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A throwaway CA and a server certificate it signed for 127.0.0.1 and localhost, as PEM files.
pub struct Pki {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
    cert_der: Vec<u8>,
    key_der: Vec<u8>,
}

/// A CA named `name`, its PEM at `dir/<name>-ca.pem`, and a server certificate it signed.
pub fn pki(dir: &Path, name: &str) -> Pki {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, format!("{name} test CA"));
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let key = KeyPair::generate().unwrap();
    let params =
        CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    let cert = params.signed_by(&key, &issuer).unwrap();
    let write = |file: String, text: String| {
        let path = dir.join(file);
        std::fs::write(&path, text).unwrap();
        path
    };
    Pki {
        ca: write(format!("{name}-ca.pem"), ca_cert.pem()),
        cert: write(format!("{name}-cert.pem"), cert.pem()),
        key: write(format!("{name}-key.pem"), key.serialize_pem()),
        cert_der: cert.der().to_vec(),
        key_der: key.serialize_der(),
    }
}
