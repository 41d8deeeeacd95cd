//! `kontakt publish`: make a CardDAV address book (RFC 6352) hold exactly the directory, so
//! that subscribed phones update their cards in place each month instead of importing
//! duplicates.
//!
//! `card` marks and compares cards, `dav` is the XML, `plan` decides what to do (pure),
//! `http` and `remote` talk to the server; `commands::publish` wires them.

pub mod card;
pub mod dav;
pub mod http;
pub mod plan;
pub mod remote;
