//! Integration tests: run the built `gongwen` binary on temporary files, standard input,
//! folders and JSONL corpora, and check its output, messages and exit status.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The sample work plan (`tests/data/cli_work_plan.txt`): a title before the first marker,
/// so that character and byte offsets differ.
fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/cli_work_plan.txt")
}

fn sample_text() -> String {
    std::fs::read_to_string(sample_path()).expect("the sample exists")
}

fn gongwen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongwen")).args(args).output().expect("the binary runs")
}

fn gongwen_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().expect("stdin is piped").write_all(input).expect("stdin takes the input");
    child.wait_with_output().expect("the binary finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// The characters `a..b` of `text` (Python's `text[a:b]`).
fn char_slice(text: &str, a: u64, b: u64) -> String {
    text.chars().skip(a as usize).take((b - a) as usize).collect()
}

const OUTLINE_KEYS: [&str; 10] =
    ["index", "parent", "depth", "marker", "ordinal", "style", "heading", "char_start", "char_end", "byte_start"];

#[test]
fn outline_jsonl_follows_the_contract() {
    let o = gongwen(&["outline", "--format", "jsonl", path_str(&sample_path())]);
    assert!(o.status.success(), "should exit 0: {}", stderr(&o));
    assert!(o.stderr.is_empty(), "should print nothing on stderr (no progress bar off a terminal): {}", stderr(&o));
    let rows = jsonl(&o);
    assert_eq!(rows.len(), 7, "should print one row per node");
    for (i, row) in rows.iter().enumerate() {
        for key in OUTLINE_KEYS.iter().chain(&["byte_end"]) {
            assert!(row.get(key).is_some(), "row {i} should have `{key}`: {row}");
        }
        assert!(row.get("doc").is_none(), "a single file's rows should carry no `doc` key: {row}");
        assert_eq!(row["index"], i, "index should count rows from 0");
    }
    let markers: Vec<&str> = rows.iter().map(|r| r["marker"].as_str().unwrap_or_default()).collect();
    assert_eq!(markers, ["一、", "（一）", "1.", "2.", "（二）", "二、", "（一）"], "should list the markers in order");
    let depths: Vec<u64> = rows.iter().map(|r| r["depth"].as_u64().unwrap_or(0)).collect();
    assert_eq!(depths, [1, 2, 3, 3, 2, 1, 2], "should nest the levels");
    let parents: Vec<Value> = rows.iter().map(|r| r["parent"].clone()).collect();
    assert_eq!(
        parents,
        [Value::Null, 0.into(), 1.into(), 1.into(), 0.into(), Value::Null, 5.into()],
        "should point at the parent rows"
    );
    assert_eq!(rows[1]["heading"], "全面加强党的领导", "should give the heading");
    assert_eq!(rows[2]["style"], "arabic_dot", "should name the style");
}

#[test]
fn char_offsets_slice_the_marker_out_of_the_text() {
    let text = sample_text();
    let o = gongwen(&["outline", path_str(&sample_path())]);
    let rows = jsonl(&o);
    assert!(!rows.is_empty(), "should find nodes");
    for row in &rows {
        let (a, m) = (row["char_start"].as_u64().unwrap_or(0), row["marker"].as_str().unwrap_or_default());
        let len = m.chars().count() as u64;
        assert_eq!(char_slice(&text, a, a + len), m, "char_start should point at the marker {m} (Python text[a:b])");
        let b = row["byte_start"].as_u64().unwrap_or(0) as usize;
        assert_eq!(text.get(b..b + m.len()), Some(m), "byte_start should point at the marker {m}");
    }
    assert_ne!(rows[0]["char_start"], rows[0]["byte_start"], "the title is CJK, so char and byte offsets differ");
}

#[test]
fn quantity_rows_follow_the_contract() {
    let text = sample_text();
    let o = gongwen(&["quantities", "--format", "jsonl", path_str(&sample_path())]);
    assert!(o.status.success(), "should exit 0: {}", stderr(&o));
    let rows = jsonl(&o);
    let outline = jsonl(&gongwen(&["outline", path_str(&sample_path())]));
    for row in &rows {
        for key in ["char_start", "char_end", "byte_start", "byte_end", "text", "value", "value_max", "unit"] {
            assert!(row.get(key).is_some(), "quantity rows should have `{key}`: {row}");
        }
        for key in ["comparator", "placeholder", "kind", "node"] {
            assert!(row.get(key).is_some(), "quantity rows should have `{key}`: {row}");
        }
        let (a, b) = (row["char_start"].as_u64().unwrap_or(0), row["char_end"].as_u64().unwrap_or(0));
        assert_eq!(
            char_slice(&text, a, b),
            row["text"].as_str().unwrap_or_default(),
            "char offsets should slice `text`"
        );
        if let Some(n) = row["node"].as_u64() {
            let node = &outline[n as usize];
            let (s, e) = (node["char_start"].as_u64().unwrap_or(0), node["char_end"].as_u64().unwrap_or(0));
            assert!(s <= a && a < e, "the figure should sit inside its node {n}");
        }
    }
    let eight = rows.iter().find(|r| r["text"].as_str().is_some_and(|t| t.contains("8所")));
    assert!(eight.is_some(), "should find the figure 8所 among {rows:?}");
    assert_eq!(eight.map(|r| r["value"].as_f64()), Some(Some(8.0)), "should read the value of 8所");
}

#[test]
fn json_is_an_array_of_the_same_rows() {
    let lines = jsonl(&gongwen(&["outline", "--format", "jsonl", path_str(&sample_path())]));
    let o = gongwen(&["outline", "--format", "json", path_str(&sample_path())]);
    assert!(o.status.success(), "should exit 0");
    let array: Value = serde_json::from_str(&stdout(&o)).expect("json output is one JSON value");
    assert_eq!(array, Value::Array(lines), "json should hold the jsonl rows as an array");
}

#[test]
fn csv_has_a_header_and_one_line_per_row() {
    let o = gongwen(&["outline", "--format", "csv", path_str(&sample_path())]);
    assert!(o.status.success(), "should exit 0");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("index,parent,depth,marker,ordinal,style,heading,"), "header: {}", lines[0]);
    assert_eq!(lines.len(), 8, "should print a header and 7 rows");
    assert_eq!(lines[1].split(',').nth(3), Some("一、"), "the marker column should hold the marker");
    assert_eq!(lines[1].split(',').nth(1), Some(""), "a missing parent should be an empty field");
    let q = gongwen(&["quantities", "--format", "csv", path_str(&sample_path())]);
    assert!(stdout(&q).starts_with("char_start,char_end,byte_start,byte_end,text,value,"), "quantity header");
}

#[test]
fn tree_is_an_indented_outline() {
    let o = gongwen(&["outline", "--format", "tree", path_str(&sample_path())]);
    assert!(o.status.success(), "should exit 0");
    let expected = "教育局2024年工作要点\n\
                    一、 加强党的建设\n\
                    \x20 （一） 全面加强党的领导\n\
                    \x20   1. 强化党的政治建设\n\
                    \x20   2. 加强基层组织建设\n\
                    \x20 （二） 推进全面从严治党\n\
                    二、 推进教育改革\n\
                    \x20 （一） 深化课程改革\n";
    assert_eq!(stdout(&o), expected, "should print the title and the indented outline");
    assert_eq!(stdout(&gongwen(&["tree", path_str(&sample_path())])), expected, "`tree` should match");
}

#[test]
fn parse_prints_the_whole_document() {
    let o = gongwen(&["parse", path_str(&sample_path())]);
    assert!(o.status.success(), "should exit 0");
    let doc: Value = serde_json::from_str(&stdout(&o)).expect("one JSON object");
    assert_eq!(doc["title"], "教育局2024年工作要点", "should give the title");
    assert_eq!(doc["nodes"].as_array().map(Vec::len), Some(7), "should hold the outline");
    assert!(doc["quantities"].is_array() && doc["diagnostics"].is_array(), "should hold quantities and diagnostics");
    let csv = gongwen(&["parse", "--format", "csv", path_str(&sample_path())]);
    assert_eq!(csv.status.code(), Some(2), "csv of a whole document is a usage error");
}

#[test]
fn stdin_gives_the_same_rows_as_the_file() {
    let from_file = gongwen(&["outline", path_str(&sample_path())]);
    let from_stdin = gongwen_stdin(&["outline", "-"], sample_text().as_bytes());
    assert!(from_stdin.status.success(), "should exit 0: {}", stderr(&from_stdin));
    assert_eq!(stdout(&from_stdin), stdout(&from_file), "stdin should parse like the file");
}

/// A folder with three good files (one in a subfolder, one Markdown) and one that is not
/// UTF-8.
fn folder_with_a_bad_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), "一、总则\n二、目标\n").expect("write");
    std::fs::write(dir.path().join("b_bad.txt"), b"\xe4\xb8\x80\xe3\x80\x81\xe7\x94\xb2\n\xff\xfe\n").expect("write");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    std::fs::write(dir.path().join("sub/c.txt"), "第一条 目的\n").expect("write");
    std::fs::write(dir.path().join("notes.md"), "一、不是输入\n").expect("write");
    dir
}

#[test]
fn a_bad_file_in_a_folder_is_reported_and_the_others_printed() {
    let dir = folder_with_a_bad_file();
    let o = gongwen(&["outline", "--encoding", "utf-8", path_str(dir.path())]);
    assert_eq!(o.status.code(), Some(1), "a failed document should give exit status 1");
    let err = stderr(&o);
    assert!(err.contains("b_bad.txt"), "the message should name the file: {err}");
    assert!(
        err.contains("invalid UTF-8 at byte offset 10 (line 2)"),
        "the message should give the byte offset of the bad byte: {err}"
    );
    assert!(!err.contains("panicked"), "no panic: {err}");
    let rows = jsonl(&o);
    let docs: Vec<String> = rows.iter().map(|r| r["doc"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(rows.len(), 4, "the good files' rows should be printed: {rows:?}");
    assert!(docs[0].ends_with("a.txt") && docs[1].ends_with("a.txt"), "a.txt first (sorted): {docs:?}");
    assert!(docs[2].ends_with("notes.md"), "then notes.md: {docs:?}");
    assert!(docs[3].ends_with("c.txt"), "then sub/c.txt: {docs:?}");
}

#[test]
fn lossy_replaces_invalid_bytes() {
    let dir = folder_with_a_bad_file();
    let o = gongwen(&["outline", "--encoding", "utf-8", "--lossy", path_str(dir.path())]);
    assert!(o.status.success(), "--lossy should exit 0: {}", stderr(&o));
    assert!(
        stderr(&o).contains("b_bad.txt: read as utf-8: 2 malformed byte sequences replaced"),
        "and says so: {}",
        stderr(&o)
    );
    let rows = jsonl(&o);
    assert_eq!(rows.len(), 5, "the bad file's node should be printed too");
    assert!(rows[2]["doc"].as_str().is_some_and(|d| d.ends_with("b_bad.txt")), "in sorted order");
    let p = gongwen(&["parse", "--encoding", "utf-8", "--lossy", path_str(&dir.path().join("b_bad.txt"))]);
    let doc: Value = serde_json::from_str(&stdout(&p)).expect("JSON");
    assert_eq!(doc["char_len"], 7, "the two bad bytes should become two U+FFFD (一、甲\\n��\\n is 7 chars)");
}

#[test]
fn a_missing_file_exits_1_and_names_the_file() {
    let o = gongwen(&["outline", "no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(1), "a missing file gives status 1");
    let err = stderr(&o);
    assert!(err.contains("no/such/file.txt") && err.contains("no such file"), "should name the file: {err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in
        [&["outline", "--format", "xml", "x.txt"][..], &["outline"], &["frobnicate"], &["outline", "-j", "x", "a"]]
    {
        let o = gongwen(args);
        assert_eq!(o.status.code(), Some(2), "{args:?} is a usage error: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?} prints nothing on stdout");
    }
    let help = gongwen(&["--help"]);
    assert_eq!(help.status.code(), Some(0), "--help exits 0");
    assert!(stdout(&help).contains("outline"), "--help lists the subcommands");
}

#[test]
fn binary_utf16_and_empty_files() {
    // A binary file is refused; UTF-16 with a BOM is read; an empty file has no rows.
    let dir = tempfile::tempdir().expect("temp dir");
    let bin = dir.path().join("a_bin.txt");
    std::fs::write(&bin, b"PK\x03\x04\x00\x00binary").expect("write");
    let utf16 = dir.path().join("b_utf16.txt");
    std::fs::write(&utf16, b"\xff\xfe\x00N\x01N").expect("write");
    let empty = dir.path().join("c_empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let o = gongwen(&["outline", path_str(&bin)]);
    assert_eq!(o.status.code(), Some(1), "a binary file is an error");
    assert!(stderr(&o).contains("a_bin.txt: binary file"), "says binary: {}", stderr(&o));
    let o = gongwen(&["parse", path_str(&utf16)]);
    assert!(o.status.success(), "a UTF-16 file is read: {}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!((doc["encoding"].as_str(), doc["char_len"].as_u64()), (Some("utf-16le"), Some(2)), "一丁");
    let o = gongwen(&["outline", path_str(&empty)]);
    assert!(o.status.success() && o.stdout.is_empty() && o.stderr.is_empty(), "an empty file has no rows");
    let o = gongwen(&["parse", path_str(&empty)]);
    let doc: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(doc["nodes"], Value::Array(vec![]), "an empty document has no nodes");
    let o = gongwen(&["outline", path_str(dir.path())]);
    assert_eq!(o.status.code(), Some(1), "a folder with bad files gives status 1");
    assert!(stderr(&o).contains("1 of 3 documents"), "counts the failures: {}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_in_a_folder_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), "一、甲\n").expect("write");
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("b_dangling.txt")).expect("symlink");
    let o = gongwen(&["outline", path_str(dir.path())]);
    assert_eq!(o.status.code(), Some(1), "an unreadable file gives status 1");
    assert!(stderr(&o).contains("b_dangling.txt"), "names the file: {}", stderr(&o));
    assert_eq!(jsonl(&o).len(), 1, "the readable file is still printed");
}

#[test]
fn a_large_document_prints_in_pieces_as_it_prints_whole() {
    // Over 4 MB a document is written in pieces (pretty JSON re-indented on its way out, the
    // tree a node at a time): the same JSON as JSONL, laid out as pretty JSON, and one tree
    // line a node or figure.
    let dir = tempfile::tempdir().expect("temp dir");
    let unit =
        format!("一、总则\n（一）目标。{}新建学校3所、幼儿园5-8所。\n1.要求\"引号\"。\n", "加强管理，".repeat(40));
    let text = unit.repeat((4 << 20) / unit.len() + 2);
    let file = dir.path().join("big.txt");
    std::fs::write(&file, &text).expect("write");
    let compact = gongwen(&["parse", "--format", "jsonl", path_str(&file)]);
    let pretty = gongwen(&["parse", path_str(&file)]);
    assert!(pretty.status.success(), "{}", stderr(&pretty));
    let value: Value = serde_json::from_slice(&pretty.stdout).expect("one JSON object");
    assert_eq!(jsonl(&compact), std::slice::from_ref(&value), "the same document as JSONL");
    let pretty = stdout(&pretty);
    let keys: Vec<&str> =
        pretty.lines().filter_map(|l| l.strip_prefix("  \"")?.split_once("\": ").map(|(k, _)| k)).collect();
    assert_eq!(keys.first(), Some(&"title"), "laid out two spaces a level");
    assert!(keys.contains(&"nodes") && keys.contains(&"quantities"), "{keys:?}");
    assert!(pretty.lines().any(|l| l == "  \"noise\": [],"), "an empty array is []");
    let tree = stdout(&gongwen(&["parse", "--format", "tree", path_str(&file)]));
    let count = |k: &str| value[k].as_array().map_or(0, Vec::len);
    let diagnostics = if count("diagnostics") > 0 { 1 + count("diagnostics") } else { 0 };
    let title = usize::from(!value["title"].is_null());
    let lines = title + count("nodes") + count("quantities") + diagnostics;
    assert_eq!(tree.lines().count(), lines, "a line a node or figure (and the title, the diagnostics)");
}

#[test]
fn a_large_jsonl_record_reads_as_its_text_file() {
    // Over a megabyte, a record's text is decoded in place: escapes of every kind, the id
    // before and after the text, and the same rows as the text given as a file.
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = r#"一、总则\n（一）目标。\t\"引号\"\\ \/ \u4e00é 共1 000人。\r\n"#;
    let body = unit.repeat((1 << 20) / unit.len() + 2);
    let corpus = dir.path().join("big.jsonl");
    let record =
        format!("{{\"id\": \"big\", \"text\": \"{body}\", \"n\": [1, \"x\"]}}\n{{\"text\": \"{body}\", \"id\": 7}}\n");
    std::fs::write(&corpus, &record).expect("write");
    let text: String = serde_json::from_str::<Value>(&format!("\"{body}\""))
        .expect("a JSON string")
        .as_str()
        .expect("a string")
        .to_owned();
    assert!(body.len() > 1 << 20, "the record is decoded in place");
    let file = dir.path().join("big.txt");
    std::fs::write(&file, &text).expect("write");
    let strip = |rows: Vec<Value>| -> Vec<Value> {
        rows.into_iter()
            .map(|mut r| {
                r.as_object_mut().expect("a row").remove("doc");
                r
            })
            .collect()
    };
    let from_file = strip(jsonl(&gongwen(&["quantities", path_str(&file)])));
    let o = gongwen(&["quantities", path_str(&corpus)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = jsonl(&o);
    assert_eq!(rows.first().map(|r| r["doc"].clone()), Some("big".into()));
    assert_eq!(rows.last().map(|r| r["doc"].clone()), Some(7.into()));
    let (first, second): (Vec<Value>, Vec<Value>) = rows.into_iter().partition(|r| r["doc"] == "big");
    assert!(!from_file.is_empty());
    assert_eq!(strip(first), from_file, "the record reads as the file");
    assert_eq!(strip(second), from_file, "with the id after the text too");
}

#[test]
fn jsonl_corpora_carry_the_record_ids() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus.jsonl");
    let lines = [
        r#"{"id": "law-1", "title": "x", "text": "第一章 总则\n第一条 目的\n"}"#,
        "",
        r#"{"text": "一、甲\n二、乙\n", "id": 42}"#,
        r#"{"text": "一、无编号\n"}"#,
        r#"{"id": "no-text", "body": "一、甲"}"#,
        r#"{"id": "broken""#,
    ];
    std::fs::write(&corpus, lines.join("\n")).expect("write");
    let o = gongwen(&["outline", path_str(&corpus)]);
    assert_eq!(o.status.code(), Some(1), "bad records give status 1");
    let rows = jsonl(&o);
    let docs: Vec<Value> = rows.iter().map(|r| r["doc"].clone()).collect();
    let unnamed = format!("{}:4", corpus.display());
    assert_eq!(
        docs,
        ["law-1".into(), "law-1".into(), 42.into(), 42.into(), Value::String(unnamed)],
        "rows should carry the record ids (or file:line without one)"
    );
    assert_eq!(rows[1]["marker"], "第一条", "the record's text should be parsed");
    let err = stderr(&o);
    assert!(err.contains("corpus.jsonl:5") && err.contains("\"text\""), "names the record without text: {err}");
    assert!(err.contains("corpus.jsonl:6") && err.contains("invalid JSONL"), "names the broken record: {err}");

    let custom = dir.path().join("custom.jsonl");
    std::fs::write(&custom, "{\"name\": \"n1\", \"body\": \"一、甲\\n\"}\n").expect("write");
    let o = gongwen(&["outline", "--jsonl-field", "body", "--id-field", "name", path_str(&custom)]);
    assert!(o.status.success(), "custom fields: {}", stderr(&o));
    assert_eq!(jsonl(&o)[0]["doc"], "n1", "--id-field names the id");

    let o = gongwen_stdin(&["outline", "--jsonl", "-"], lines[0].as_bytes());
    assert_eq!(jsonl(&o).len(), 2, "--jsonl reads stdin as a corpus");
    assert_eq!(jsonl(&o)[0]["doc"], "law-1", "with its ids");
}

#[test]
fn invalid_utf8_in_a_corpus_names_the_line_and_offset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("c.jsonl");
    let mut bytes = b"{\"id\":1,\"text\":\"\xe4\xb8\x80\xe3\x80\x81\xe7\x94\xb2\"}\n".to_vec();
    let second = bytes.len();
    bytes.extend_from_slice(b"{\"id\":2,\"text\":\"\xe4\xb8\x80\xe3\x80\x81\xff\"}\n");
    std::fs::write(&corpus, &bytes).expect("write");
    let o = gongwen(&["outline", path_str(&corpus)]);
    assert_eq!(o.status.code(), Some(1), "status 1");
    let offset = second + 22;
    assert!(stderr(&o).contains(&format!("c.jsonl:2: invalid UTF-8 at byte offset {offset}")), "{}", stderr(&o));
    assert_eq!(jsonl(&o).len(), 1, "the good record is printed");
    let o = gongwen(&["outline", "--lossy", path_str(&corpus)]);
    assert!(o.status.success(), "--lossy: {}", stderr(&o));
    assert_eq!(jsonl(&o).len(), 2, "--lossy parses both records");
}

#[test]
fn several_documents_keep_input_order_with_any_thread_count() {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..300 {
        // Parts 一、 to 七、, each with one sub-item (a sequence printed twice would be a
        // table of contents).
        let body: String = "一二三四五六七".chars().take(1 + i % 7).map(|n| format!("{n}、甲\n（一）子\n")).collect();
        std::fs::write(dir.path().join(format!("d{i:03}.txt")), body).expect("write");
    }
    let one = gongwen(&["outline", "-j", "1", path_str(dir.path())]);
    let four = gongwen(&["outline", "-j", "4", path_str(dir.path())]);
    assert!(one.status.success() && four.status.success(), "exit 0");
    assert_eq!(stdout(&one), stdout(&four), "the output should not depend on the thread count");
    let rows = jsonl(&four);
    let expected: usize = (0..300).map(|i| 2 * (1 + i % 7)).sum();
    assert_eq!(rows.len(), expected, "every document's rows");
    assert!(rows[0]["doc"].as_str().is_some_and(|d| d.ends_with("d000.txt")), "sorted order");
    assert!(rows[expected - 1]["doc"].as_str().is_some_and(|d| d.ends_with("d299.txt")), "sorted order");
}

#[test]
fn output_closed_early_is_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.txt");
    let text: String = (1..=30_000).map(|i| format!("{i}.第{i}项工作要点内容\n")).collect();
    std::fs::write(&big, text).expect("write");
    for format in ["jsonl", "csv", "tree", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(["outline", "--format", format, path_str(&big)])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut out = BufReader::new(child.stdout.take().expect("piped"));
        let mut line = String::new();
        out.read_line(&mut line).expect("read one line");
        assert!(!line.is_empty(), "{format}: should print something");
        drop(out);
        let o = child.wait_with_output().expect("wait");
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{format}: a closed pipe should not panic: {err}");
        assert!(err.is_empty(), "{format}: a closed pipe should end quietly: {err}");
        assert_eq!(o.status.code(), Some(0), "{format}: a closed pipe is a clean exit");
    }
}

#[test]
fn deny_diagnostics_sets_the_exit_status() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = dir.path().join("gap.txt");
    std::fs::write(&f, "一、甲\n三、丙\n四、丁\n").expect("write");
    let parsed: Value = serde_json::from_str(&stdout(&gongwen(&["parse", path_str(&f)]))).expect("JSON");
    let has = parsed["diagnostics"].as_array().is_some_and(|d| !d.is_empty());
    let plain = gongwen(&["outline", path_str(&f)]);
    assert!(plain.status.success(), "diagnostics alone do not change the status");
    let denied = gongwen(&["outline", "--deny-diagnostics", path_str(&f)]);
    assert_eq!(denied.status.code(), Some(if has { 1 } else { 0 }), "--deny-diagnostics fails on diagnostics");
    assert_eq!(denied.stdout, plain.stdout, "the rows are printed either way");
    let clean = gongwen(&["outline", "--deny-diagnostics", path_str(&sample_path())]);
    let sample: Value = serde_json::from_str(&stdout(&gongwen(&["parse", path_str(&sample_path())]))).expect("JSON");
    let sample_has = sample["diagnostics"].as_array().is_some_and(|d| !d.is_empty());
    assert_eq!(clean.status.code(), Some(i32::from(sample_has)), "status follows the diagnostics of the sample");
}

#[test]
fn bench_json_reports_every_pass() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(sample_path(), dir.path().join("a.txt")).expect("copy");
    std::fs::write(dir.path().join("b.jsonl"), "{\"id\":1,\"text\":\"一、甲\\n二、乙\\n\"}\n").expect("write");
    let o = gongwen(&["bench", "--json", "--min-time", "0", "-j", "2", path_str(dir.path())]);
    assert!(o.status.success(), "bench exits 0: {}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("one JSON object");
    assert_eq!(v["docs"], 2, "two documents (a file and a record)");
    assert_eq!(v["threads"], 2, "-j 2");
    for pass in ["outline", "quantities", "full", "line_scan", "regex_scan"] {
        assert!(v[pass]["mb_per_s"].as_f64().is_some_and(|x| x > 0.0), "{pass}: mb_per_s in {v}");
        assert!(v[pass]["docs_per_s"].as_f64().is_some_and(|x| x > 0.0), "{pass}: docs_per_s");
        assert!(v[pass]["parallel"]["speedup"].is_number(), "{pass}: a speed-up with -j 2");
    }
    assert_eq!(v["line_scan"]["items"], 10, "the line scan counts the 8 + 2 line breaks");
    assert_eq!(v["outline"]["items"], 9, "the outline pass finds 7 + 2 nodes");
    assert!(v["peak_rss_mb"].as_f64().is_some_and(|m| m > 0.0), "peak RSS is reported");
    assert!(v["stream"]["docs_per_s"].as_f64().is_some_and(|x| x > 0.0), "the streaming pass: {v}");
    assert_eq!(v["stream"]["peak_rss_mb"], v["peak_rss_mb"], "the run's peak RSS is the streaming pass's");
    let table = gongwen(&["bench", "--min-time", "0", path_str(dir.path())]);
    let t = stdout(&table);
    assert!(t.contains("MB/s/core") && t.contains("regex_scan") && t.contains("full"), "the table: {t}");
    assert!(t.contains("stream (parse --format jsonl") && t.contains("streaming;"), "the streaming line: {t}");
}

#[test]
fn bench_pairs_each_python_baseline_run_with_full_parses() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(sample_path(), dir.path().join("a.txt")).expect("copy");
    // A stand-in for baseline_regex.py: the same command line, a fixed speed.
    let script = dir.path().join("baseline.py");
    std::fs::write(
        &script,
        "import sys\nassert sys.argv[1] == 'bench' and sys.argv[2].endswith('a.txt')\nprint('1 docs 0.0 MB 0.02 s 2.00 MB/s 7 items')\n",
    )
    .expect("write");
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).expect("mkdir");
    std::fs::rename(dir.path().join("a.txt"), docs.join("a.txt")).expect("move");
    let o = gongwen(&[
        "bench",
        "--json",
        "--min-time",
        "0",
        "--python-runs",
        "3",
        "--python-baseline",
        path_str(&script),
        path_str(&docs),
    ]);
    assert!(o.status.success(), "bench exits 0: {}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("one JSON object");
    let py = &v["python_regex"];
    assert_eq!(py["mb_per_s"], 2.0, "the baseline's own figure: {py}");
    let runs = py["runs"].as_array().expect("the runs");
    assert_eq!(runs.len(), 3, "--python-runs 3");
    let ratios: Vec<f64> = runs
        .iter()
        .map(|r| r["full_mb_per_s"].as_f64().unwrap_or(0.0) / r["mb_per_s"].as_f64().unwrap_or(1.0))
        .collect();
    assert!(ratios.iter().all(|&r| r > 0.0), "every pair has a full-parse rate: {py}");
    let median = py["full_speedup"].as_f64().expect("a speed-up");
    assert!(ratios.iter().any(|&r| (r - median).abs() < 1e-9), "the speed-up is one of the pairs' ratios (the median)");
    assert!(ratios.iter().filter(|&&r| r <= median).count() >= 2, "…the middle one");
    let table =
        stdout(&gongwen(&["bench", "--min-time", "0", "--python-baseline", path_str(&script), path_str(&docs)]));
    assert!(table.contains("median of 3 paired runs"), "the table says how the speed-up was taken: {table}");
}

#[test]
fn bench_stream_only_reads_each_named_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("c.jsonl");
    std::fs::write(&corpus, "{\"id\":1,\"text\":\"一、甲\\n二、乙\\n\"}\n{\"id\":2,\"text\":\"第一条 总则\"}\n")
        .expect("write");
    let once = gongwen(&["bench", "--stream-only", "--json", path_str(&corpus)]);
    assert!(once.status.success(), "exits 0: {}", stderr(&once));
    let v: Value = serde_json::from_str(&stdout(&once)).expect("one JSON object");
    assert_eq!(v["docs"], 2, "two records");
    let text_bytes = "一、甲\n二、乙\n".len() + "第一条 总则".len();
    assert_eq!(v["bytes"], text_bytes, "document text is counted, not JSON");
    assert!(v["stream"]["mb_per_s"].as_f64().is_some_and(|x| x > 0.0), "a rate: {v}");
    assert!(v.get("full").is_none(), "no in-memory passes");
    let twice = gongwen(&["bench", "--stream-only", "--json", path_str(&corpus), path_str(&corpus)]);
    let w: Value = serde_json::from_str(&stdout(&twice)).expect("one JSON object");
    assert_eq!(w["docs"], 4, "a file named twice is read twice");
}

#[test]
fn an_empty_folder_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("readme.rst"), "一、甲\n").expect("write");
    let o = gongwen(&["outline", path_str(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "nothing to do is not an error");
    assert!(o.stdout.is_empty(), "no rows");
    assert!(stderr(&o).contains("no documents found"), "says that nothing was found: {}", stderr(&o));
}

/// A minimal .docx: `body` paragraphs, one numbered through Word's numbering (一、).
fn docx_bytes() -> Vec<u8> {
    use std::io::Write;
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let document = format!(
        r#"<w:document {w}><w:body><w:p><w:r><w:t>某县工作要点</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>加强党的建设</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>深化改革，新建幼儿园8所</w:t></w:r></w:p></w:body></w:document>"#
    );
    let numbering = format!(
        r#"<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in [("word/document.xml", document), ("word/numbering.xml", numbering)] {
        z.start_file(name, zip::write::SimpleFileOptions::default()).expect("zip");
        z.write_all(content.as_bytes()).expect("zip");
    }
    z.finish().expect("zip").into_inner()
}

#[test]
fn folders_read_gbk_utf16_docx_and_html_alike() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "某县工作要点\n一、加强党的建设\n二、深化改革，新建幼儿园8所\n";
    std::fs::write(dir.path().join("a_utf8.txt"), text).expect("write");
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    std::fs::write(dir.path().join("b_gbk.txt"), &gbk).expect("write");
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    std::fs::write(dir.path().join("c_utf16.txt"), utf16).expect("write");
    std::fs::write(dir.path().join("d_word.docx"), docx_bytes()).expect("write");
    let page = "<html><head><meta charset=\"gbk\"><title>某县人民政府</title></head><body><nav>首页</nav><p>某县工作要点</p><p>一、加强党的建设</p><p>二、深化改革，新建幼儿园8所</p></body></html>";
    std::fs::write(dir.path().join("e_page.htm"), encoding_rs::GBK.encode(page).0).expect("write");
    let o = gongwen(&["parse", "--format", "jsonl", path_str(dir.path())]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 5);
    let got: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d["encoding"].as_str().unwrap_or_default(), d["format"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [("utf-8", "text"), ("gb18030", "text"), ("utf-16le", "text"), ("utf-8", "docx"), ("gb18030", "html")]
    );
    assert_eq!(docs[4]["page_title"], "某县人民政府");
    for d in &docs {
        assert_eq!(d["title"], "某县工作要点", "{}", d["doc"]);
        let markers: Vec<&str> =
            d["nodes"].as_array().expect("nodes").iter().map(|n| n["marker"].as_str().unwrap_or_default()).collect();
        assert_eq!(markers, ["一、", "二、"], "{}", d["doc"]);
        assert_eq!(d["quantities"][0]["value"], 8.0, "{}", d["doc"]);
    }
    // Standard input is sniffed and decoded the same way.
    let o = gongwen_stdin(&["parse", "-"], &docx_bytes());
    let doc: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!((doc["format"].as_str(), doc["nodes"][1]["marker"].as_str()), (Some("docx"), Some("二、")));
    let o = gongwen_stdin(&["outline", "--encoding", "gb18030", "-"], &gbk);
    assert_eq!(jsonl(&o).len(), 2);
}

#[test]
fn a_damaged_docx_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fake = dir.path().join("通知.docx");
    std::fs::write(&fake, "一、总则\n").expect("write");
    let o = gongwen(&["outline", path_str(&fake)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("通知.docx: not a .docx file: it is not a zip archive"), "{}", stderr(&o));
    let cut = dir.path().join("cut.docx");
    let bytes = docx_bytes();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("write");
    let o = gongwen(&["outline", path_str(&cut)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cut.docx: damaged .docx"), "{}", stderr(&o));
}

/// A notice with the elements of GB/T 9704-2012 §7 and references of each kind.
const NOTICE: &str = "关于做好防汛工作的通知\n国办函〔2005〕57号\n各省、自治区人民政府：\n\
请按照《国务院关于加强防汛工作的意见》（国发〔2004〕3号）执行。\n附件：1.防汛名单\n2.联系表\n\
国务院办公厅\n二〇〇五年六月十一日\n（此件公开发布）\n附件1\n防汛名单管理办法\n\
第一条 为了规范管理，制定本办法。\n第二条 依照本办法第一条和刑法第十条执行。\n";

fn notice_file() -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".txt").tempfile().expect("a temp file");
    f.write_all(NOTICE.as_bytes()).expect("the notice is written");
    f
}

#[test]
fn element_rows_follow_the_contract() {
    let f = notice_file();
    let o = gongwen(&["elements", "--format", "jsonl", path_str(f.path())]);
    assert!(o.status.success(), "should exit 0: {}", stderr(&o));
    let rows = jsonl(&o);
    let keys: Vec<&str> = rows.iter().filter_map(|r| r["element"].as_str()).collect();
    assert_eq!(keys, ["doc_number", "recipients", "attachments", "issuer", "date", "note"], "elements in text order");
    for row in &rows {
        let (a, b) = (row["char_start"].as_u64().unwrap_or(0), row["char_end"].as_u64().unwrap_or(0));
        assert_eq!(char_slice(NOTICE, a, b), row["text"].as_str().unwrap_or_default(), "offsets slice `text`");
    }
    let value = |key: &str| rows.iter().find(|r| r["element"] == key).map(|r| r["value"].clone());
    assert_eq!(value("doc_number"), Some(serde_json::json!({"agency": "国办函", "year": 2005, "number": 57})));
    assert_eq!(value("recipients"), Some(serde_json::json!(["各省", "自治区人民政府"])));
    assert_eq!(value("date"), Some(serde_json::json!("2005-06-11")));
    let doc: Value = serde_json::from_str(&stdout(&gongwen(&["parse", path_str(f.path())]))).expect("one JSON object");
    assert_eq!(doc["elements"], Value::Array(rows), "parse's JSON holds the same element rows");
    let csv = stdout(&gongwen(&["elements", "--format", "csv", path_str(f.path())]));
    assert!(csv.starts_with("element,char_start,char_end,byte_start,byte_end,text,value\n"), "csv header: {csv}");
    assert!(csv.contains("date,95,105,241,271,二〇〇五年六月十一日,2005-06-11\n"), "an ISO date is a plain field");
}

#[test]
fn references_resolve_to_their_article() {
    let f = notice_file();
    let o = gongwen(&["references", "--format", "jsonl", path_str(f.path())]);
    assert!(o.status.success(), "should exit 0: {}", stderr(&o));
    let rows = jsonl(&o);
    let kinds: Vec<&str> = rows.iter().filter_map(|r| r["reference"].as_str()).collect();
    assert_eq!(kinds, ["document", "internal", "external"], "one reference of each kind");
    assert_eq!(rows[0]["value"]["doc_number"]["agency"], "国发", "the number printed after the citation");
    let outline = jsonl(&gongwen(&["outline", path_str(f.path())]));
    let node = rows[1]["node"].as_u64().map(|n| outline[n as usize]["marker"].clone());
    assert_eq!(node, Some(Value::from("第一条")), "本办法第一条 points at the article 第一条");
    assert_eq!(rows[2]["value"]["law"], "刑法", "刑法第十条 is another law's article");
    assert!(rows[2]["node"].is_null(), "an external reference has no node");
    let tree = stdout(&gongwen(&["references", "--format", "tree", path_str(f.path())]));
    assert!(tree.contains("本办法第一条") && tree.contains("→ node"), "the tree shows the resolution: {tree}");
}

#[test]
fn documents_give_one_row_per_document_that_counts_the_other_tables() {
    let f = notice_file();
    let o = gongwen(&["documents", path_str(f.path())]);
    assert!(o.status.success(), "should exit 0: {}", stderr(&o));
    let rows = jsonl(&o);
    assert_eq!(rows.len(), 1, "one row for one document");
    let row = &rows[0];
    assert_eq!(row["title"], "关于做好防汛工作的通知");
    assert_eq!(row["genre"], "通知", "the type the title ends with");
    assert_eq!(row["doc_number"], "国办函〔2005〕57号");
    assert_eq!(row["date"], "2005-06-11");
    assert_eq!(row["issuer"], "国务院办公厅");
    assert_eq!(row["chars"], NOTICE.chars().count());
    let count = |cmd: &str| jsonl(&gongwen(&[cmd, path_str(f.path())])).len();
    let outline = jsonl(&gongwen(&["outline", path_str(f.path())]));
    assert_eq!(row["nodes"], outline.len(), "nodes are the outline rows");
    let mut trees: Vec<u64> = outline.iter().filter_map(|n| n["tree"].as_u64()).collect();
    trees.dedup();
    assert_eq!(row["trees"], trees.len(), "the trees of the outline rows");
    assert_eq!(row["max_depth"], outline.iter().filter_map(|n| n["depth"].as_u64()).max().unwrap_or(0));
    assert_eq!(row["references"], count("references"), "references are the reference rows");
    let figures = jsonl(&gongwen(&["quantities", path_str(f.path())]));
    assert_eq!(row["quantities"], figures.len());
    assert_eq!(row["targets"], figures.iter().filter(|q| q["kind"] == "quantity").count());

    // Several documents: a `doc` first (the record id), the same fields in CSV.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/sample_corpus.jsonl");
    let rows = jsonl(&gongwen(&["documents", path_str(&corpus)]));
    let records = std::fs::read_to_string(&corpus).expect("the sample corpus exists");
    assert_eq!(rows.len(), records.lines().filter(|l| !l.trim().is_empty()).count(), "one row per record");
    let mut keys: Vec<String> = rows[0].as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
    let csv = stdout(&gongwen(&["documents", "--format", "csv", path_str(&corpus)]));
    let mut columns: Vec<String> = csv.lines().next().unwrap_or_default().split(',').map(str::to_owned).collect();
    assert_eq!(columns[0], "doc", "the record id comes first");
    keys.sort();
    columns.sort();
    assert_eq!(columns, keys, "the CSV columns are the JSON keys");
    assert_eq!(csv.lines().count(), rows.len() + 1);
    let tree = stdout(&gongwen(&["documents", "--format", "tree", path_str(f.path())]));
    assert!(
        tree.starts_with("关于做好防汛工作的通知\n  通知 · 国办函〔2005〕57号 · 2005-06-11 · 国务院办公厅\n"),
        "{tree}"
    );
}
