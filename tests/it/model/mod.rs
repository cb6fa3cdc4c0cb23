//! The statement model: actor inference.

mod actor_inference;
