//! The domain's modules form layers with no cycle: each module uses only
//! modules declared before it in `lib.rs`.

use std::fs;
use std::path::PathBuf;

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The modules in the order `lib.rs` declares them.
fn order() -> Vec<String> {
    fs::read_to_string(src().join("lib.rs"))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';').to_string())
        .collect()
}

/// The sibling modules `module` names outside its tests.
fn uses(module: &str, all: &[String]) -> Vec<String> {
    let text = fs::read_to_string(src().join(format!("{module}.rs"))).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    all.iter()
        .filter(|m| *m != module)
        .filter(|m| {
            code.contains(&format!("super::{m}::"))
                || code.contains(&format!("super::{m};"))
                || code.contains(&format!("crate::{m}::"))
        })
        .cloned()
        .collect()
}

#[test]
fn each_module_uses_only_the_layers_before_it() {
    let all = order();
    assert!(all.len() >= 18, "{all:?}");
    for (i, module) in all.iter().enumerate() {
        for used in uses(module, &all) {
            let j = all.iter().position(|m| *m == used).unwrap();
            assert!(
                j < i,
                "{module} uses {used}, which lib.rs declares after it: a cycle waiting to happen"
            );
        }
    }
}

#[test]
fn the_check_sees_imports() {
    let all = order();
    let mut inputs = uses("inputs", &all);
    inputs.sort();
    assert_eq!(inputs, ["quantity", "units"]);
    let state = uses("state", &all);
    for m in ["classroom", "inputs", "presets"] {
        assert!(state.iter().any(|s| s == m), "state uses {m}: {state:?}");
    }
}
