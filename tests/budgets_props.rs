//! Property test of the node count behind the budgets: on random YAML trees written in block style (as
//! serde_yaml writes them) and in flow style (as padding is usually written), with and without anchors and
//! aliases, `store::count_nodes` is never below half the nodes the parser builds (nor above three times), so a
//! budget in counted items is a budget in parsed nodes.

use factdesk::store::{NodeCount, count_nodes};
use proptest::prelude::*;
use serde_yaml::Value;

fn tree() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        "[a-z]{1,6}".prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        "[a-z ,:#&*]{0,12}".prop_map(Value::from), // quoted when written: must not count
    ];
    leaf.prop_recursive(5, 200, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Sequence),
            prop::collection::btree_map("[a-z]{1,5}", inner, 0..6)
                .prop_map(|kv| Value::Mapping(kv.into_iter().map(|(k, v)| (Value::from(k), v)).collect())),
        ]
    })
}

fn nodes(v: &Value) -> u64 {
    match v {
        Value::Sequence(s) => 1 + s.iter().map(nodes).sum::<u64>(),
        Value::Mapping(m) => 1 + m.iter().map(|(k, v)| nodes(k) + nodes(v)).sum::<u64>(),
        Value::Tagged(t) => nodes(&t.value),
        _ => 1,
    }
}

/// Flow style, every scalar written as serde_yaml would write it alone (quoted where needed).
fn flow(v: &Value) -> String {
    match v {
        Value::Sequence(s) => format!("[{}]", s.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Value::Mapping(m) => {
            format!("{{{}}}", m.iter().map(|(k, v)| format!("{}: {}", flow(k), flow(v))).collect::<Vec<_>>().join(", "))
        }
        Value::String(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase()) && t != "null" => t.clone(),
        Value::String(t) => format!("'{t}'"),
        scalar => serde_yaml::to_string(scalar).unwrap().trim_end().to_string(),
    }
}

fn count(text: &str) -> u64 {
    match count_nodes(text, u64::MAX) {
        NodeCount::Within(n) => n,
        NodeCount::Over { .. } => unreachable!("no limit"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_count_tracks_the_parser_in_block_and_flow_style(t in tree()) {
        let doc = Value::Mapping([(Value::from("x-pad"), t)].into_iter().collect());
        let real = nodes(&doc);
        for text in [serde_yaml::to_string(&doc).unwrap(), format!("x-pad: {}\n", flow(&doc["x-pad"]))] {
            let parsed: Value = serde_yaml::from_str(&text).unwrap();
            prop_assert_eq!(nodes(&parsed), real, "{}", text);
            let est = count(&text);
            // Never far below what the parser builds (the budget's point), nor far above (false refusals; a list of
            // plain scalars in block style counts its dashes and its lines, twice the nodes).
            prop_assert!(est * 2 + 2 >= real && est <= real * 3 + 4, "estimate {} for {} nodes:\n{}", est, real, text);
        }
    }

    #[test]
    fn aliases_count_at_least_what_they_copy(t in tree(), copies in 1usize..40) {
        let anchored = format!("x-base: &b {}\n", flow(&t));
        let text = format!("{anchored}x-pad: [{}]\n", vec!["*b"; copies].join(", "));
        let parsed: Value = serde_yaml::from_str(&text).unwrap();
        let real = nodes(&parsed);
        let est = count(&text);
        prop_assert!(est * 2 + 2 >= real, "estimate {} for {} nodes:\n{}", est, real, text);
    }
}
