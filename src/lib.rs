//! casegap audits exported Danish child-welfare case files.
//!
//! The pipeline flows one way, one module per stage:
//! discover cases (`discover`) → extract text (`extract`, run in `worker` processes) →
//! detect documents, dates and attributes (`detect`, from the `patterns` catalogue) →
//! evaluate rules (`rules`, on the `calendar`) → write reports (`report`).
//! `model` holds the typed records that pass between the stages.

pub mod cache;
pub mod calendar;
pub mod cli;
pub mod cpr;
pub mod detect;
pub mod diff;
pub mod discover;
pub mod extract;
pub mod journal;
pub mod lock;
pub mod log;
pub mod merge;
pub mod model;
pub mod normalize;
pub mod ocr;
pub mod overrides;
pub mod patterns;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod sample;
pub mod summary;
pub mod worker;
