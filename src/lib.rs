//! kontakt turns the regions' spreadsheets of regional coordinators against prostitution and
//! human trafficking into one trusted directory.
//!
//! Data flows one way: `ingest` reads files into tables of located cells, `ingest::headers` finds
//! each table's header and makes records, `validate` turns records into the `model` and returns
//! `diagnostic` findings, and `report` renders them. `pipeline` wires these stages for every
//! command; `commands/` holds one file per subcommand. Files are touched only at the edges:
//! `pipeline` and `ingest` (the input), `schemas` (`--schemas`), `output` (the exports),
//! `notify::send` (the outbox) and `commands`; the `model` depends on no validator.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod cli_error;
pub mod cli_text;
pub mod collate;
pub mod commands;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod hash;
pub mod i18n;
pub mod ingest;
pub mod model;
pub mod notify;
pub mod output;
pub mod parallel;
pub mod pipeline;
pub mod progress;
pub mod publish;
pub mod report;
pub mod rules;
pub mod schemas;
pub mod source;
pub mod template;
pub mod text;
pub mod validate;
