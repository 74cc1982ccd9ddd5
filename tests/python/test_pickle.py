"""Results pickle and copy, so they travel to threads and worker processes."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import gongwen
from conftest import PLAN


def outline_of(doc: gongwen.Document) -> list:
    return [(n.path, n.heading) for n in doc.outline]


def parse_in_worker(text: str) -> gongwen.Document:
    return gongwen.parse(text)


def test_document_round_trip() -> None:
    doc = gongwen.parse(PLAN)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back == doc and back is not doc
        assert back.text == PLAN and outline_of(back) == outline_of(doc)
        assert hash(back) == hash(doc)


def test_views_round_trip_and_share_their_document() -> None:
    doc = gongwen.parse(PLAN)
    node = doc.outline[2]
    q = next(q for q in doc.quantities if q.kind == "quantity") if doc.quantities else None
    payload = pickle.dumps((doc, node, node.parent, q))
    doc2, node2, parent2, q2 = pickle.loads(payload)
    assert node2 == node and node2.path == "一、/（一）/1." and node2.heading == "强化政治建设"
    assert parent2 == node.parent
    assert node2.document is doc2, "views unpickle onto the same Document object"
    assert PLAN.encode("utf-8") in payload and payload.count(PLAN.encode("utf-8")) == 1, "the text is pickled once"
    if q is not None:
        assert q2 == q and q2.text == q.text and q2.value == q.value


def test_copy_and_deepcopy() -> None:
    doc = gongwen.parse(PLAN)
    assert copy.copy(doc) == doc
    assert copy.deepcopy(doc) == doc
    assert copy.deepcopy(doc.outline[0]) == doc.outline[0]
    assert copy.deepcopy([doc.outline[1]])[0].path == "一、/（一）"


def test_thread_pool() -> None:
    with ThreadPoolExecutor(4) as pool:
        docs = list(pool.map(gongwen.parse, [PLAN] * 16))
    assert all(d == gongwen.parse(PLAN) for d in docs)


def test_process_pool_spawn() -> None:
    """Documents come back from fresh (spawned) worker processes intact."""
    ctx = multiprocessing.get_context("spawn")
    texts = [PLAN, "一、甲\n（一）乙\n", ""]
    with ProcessPoolExecutor(2, mp_context=ctx) as pool:
        docs = list(pool.map(parse_in_worker, texts))
    assert docs == [gongwen.parse(t) for t in texts]
    assert outline_of(docs[1]) == [("一、", "甲"), ("一、/（一）", "乙")]
    with ProcessPoolExecutor(1, mp_context=ctx) as pool:
        node = pool.submit(copy.copy, gongwen.parse(PLAN).outline[3]).result()
    assert node.path == "二、" and node.heading == "提升教育质量"


def test_noise_and_diagnostics_round_trip() -> None:
    doc = gongwen.parse("一、甲工作，推进\n3/28\n治理。\n三、丙\n")
    assert doc.noise and doc.diagnostics
    noise, diags = pickle.loads(pickle.dumps((doc.noise, doc.diagnostics)))
    assert noise == doc.noise and [d.kind for d in diags] == [d.kind for d in doc.diagnostics]
    assert str(diags[0]) == str(doc.diagnostics[0])


def test_elements_and_references_round_trip() -> None:
    text = "关于做好防汛工作的通知\n国办函〔2005〕57号\n各省、自治区人民政府：\n请遵照执行。\n国务院办公厅\n2005年6月11日\n第一条 甲。\n第二条 依照本办法第一条执行。\n"
    doc = gongwen.parse(text)
    assert doc.elements and doc.references
    elements, references = pickle.loads(pickle.dumps((doc.elements, doc.references)))
    assert elements == doc.elements and [e.value for e in elements] == [e.value for e in doc.elements]
    assert references == doc.references and references[0].node == doc.references[0].node
    assert copy.deepcopy(doc.element("date")).value == "2005-06-11"
