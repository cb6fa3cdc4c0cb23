//! `matrix.json`: the [`Matrix`] as is, schema `specgen.matrix/1`
//! (documented in `schema/matrix.md`).

use crate::matrix::Matrix;

pub fn render(m: &Matrix) -> String {
    m.to_json()
}
