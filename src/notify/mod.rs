//! `kontakt notify`: tell each region what is wrong in its file and what changed, by e-mail.
//! `recipients` checks who they go to, `compose` makes the mails as data; `send` turns them into
//! MIME messages and delivers them to an outbox folder (default) or an SMTP server.

pub mod compose;
pub mod recipients;
pub mod send;
