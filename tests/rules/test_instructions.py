"""rules/instructions.py: a unit's instruction about its items or versions, read and applied."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.rules.instructions import Instruction, apply, read_instruction

_CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _numbers(n: int) -> list[str]:
    """Item n as units write it: 第二条, 第2条, 第 2 条, 第二项."""
    return [f"第{_CN[n - 1]}条", f"第{n}条", f"第 {n} 条", f"第{_CN[n - 1]}项"]


_DELETE_FORMS = [
    "{i}删掉",
    "{i}删掉。",
    "{i}不要了",
    "{i}不用了！",
    "把{i}删除",
    "把{i}删除，谢谢",
    "请把{i}删除。",
    "麻烦把{i}删掉",
    "删去{i}",
    "删除{i}。",
    "请删掉{i}",
    "{i}作废",
    "{i}内容删掉",
    "{i}信息请删除",
    "{i}的内容先不要了",
    "将{i}撤下",
    "{i}，删掉",
    "（{i}删掉）",
]


@pytest.mark.parametrize("n", [1, 2, 3, 10, 12])
@pytest.mark.parametrize("form", _DELETE_FORMS)
def test_delete_names_the_item(form: str, n: int) -> None:
    for item in _numbers(n):
        text = form.format(i=item)
        assert read_instruction(text) == Instruction("delete", n, None, None, text.strip())


@pytest.mark.parametrize(
    "text",
    [
        "上面那条删掉",
        "上一条删掉",
        "这条不要了",
        "那条删了吧",
        "刚才那条作废",
        "最后一条删掉",
        "请把上面那条删除",
        "第二条和第三条删掉",
        "第2、3条都删掉",
    ],
)
def test_delete_without_an_item_it_can_name(text: str) -> None:
    assert read_instruction(text) == Instruction("delete", None, None, None, text)


@pytest.mark.parametrize(
    ("text", "item", "old", "new"),
    [
        ("第二条中的“12家”改为“15家”", 2, "12家", "15家"),
        ("第二条中的“12家”改为“15家”。", 2, "12家", "15家"),
        ("第2条“12家”改成15家", 2, "12家", "15家"),
        ("第2条中“12家”改成“15家”，谢谢", 2, "12家", "15家"),
        ("第三条里的“签约”应为“签署”", 3, "签约", "签署"),
        ("请把第一条的“2月3日”改为“2月4日”", 1, "2月3日", "2月4日"),
        ('第1条"500万元"改为"600万元"', 1, "500万元", "600万元"),
        ("把“签约”改为“签署”", None, "签约", "签署"),
        ("将“签约”改成“签署”", None, "签约", "签署"),
        ("“12家”应为“15家”", None, "12家", "15家"),
        ("“12家”更正为“15家”。", None, "12家", "15家"),
        ("第2条12家改成15家", 2, "12家", "15家"),
        ("把第二条中的12家改成15家", 2, "12家", "15家"),
        ("第二条的1750万元应为1850万元", 2, "1750万元", "1850万元"),
        ("第一条的数字改一下，应为15家", 1, None, "15家"),
        ("第一条数字有误，应为15家", 1, None, "15家"),
        ("第二条中的时间改为2月5日", 2, None, "2月5日"),
        ("第三条的金额应为500万元", 3, None, "500万元"),
        ("第十一条的日期错了，应为2月6日", 11, None, "2月6日"),
    ],
)
def test_replace(text: str, item: int | None, old: str | None, new: str) -> None:
    assert read_instruction(text) == Instruction("replace", item, old, new, text)


@pytest.mark.parametrize(
    "text",
    [
        "以此为准",
        "以此为准！",
        "以这版为准",
        "以修改后的为准",
        "以最新的为准。",
        "这版替换昨天那版",
        "此稿替换上一版",
        "本稿替换之前报送的版本",
        "请用这一版",
        "用这版",
        "采用最新稿",
        "更正稿",
        "（更正稿）",
        "旧稿作废",
        "上一版作废，以此为准",
        "昨天的作废",
        "替换掉上午发的",
    ],
)
def test_supersedes(text: str) -> None:
    assert read_instruction(text) == Instruction("supersedes", None, None, None, text)


@pytest.mark.parametrize(
    "mark", ["【更正】", "【补报】", "（更正稿）", "【更新】", "[更正]", "(补报)", "【修改稿】"]
)
@pytest.mark.parametrize("after", ["", "2月3日，走访企业5家。"])
def test_a_version_mark_before_news(mark: str, after: str) -> None:
    """The mark is the instruction; the news after it is not part of its words."""
    assert read_instruction(mark + after) == Instruction("supersedes", None, None, None, mark)


@pytest.mark.parametrize(
    "text",
    [
        "其余的稍后补报",
        "其他内容明天再报",
        "剩下的下午补发",
        "还有一条明天报",
        "先报这些",
        "先发这两条",
        "照片稍后补充",
        "后续再补报",
    ],
)
def test_partial(text: str) -> None:
    assert read_instruction(text) == Instruction("partial", None, None, None, text)


@pytest.mark.parametrize(
    "text",
    [
        "将原厂房改为研发中心",
        "将原厂房改为研发中心，新增研发面积2000平方米。",
        "第二条生产线投产",
        "第二条生产线改为智能化产线",
        "第二条生产线改造完成，产能提升30%。",
        "推动删除冗余审批环节",
        "修订完善《管理办法》，删去不适应发展需要的条款",
        "2月3日，走访企业5家。",
        "把科技服务送到企业门口",
        "将“揭榜挂帅”机制改为“赛马”机制，激发创新活力。 2月3日，召开专题会议研究部署，参会企业35家，形成工作清单。",
        "开展“以此为准”主题活动",
        "《办法》第二条规定，企业研发费用按规定归集",
        "新设立的研究院替换原有的技术中心，承担全区共性技术研发",
        "",
        "   ",
    ],
)
def test_not_an_instruction(text: str) -> None:
    assert read_instruction(text) is None


# -- apply ---------------------------------------------------------------------------------------

ITEMS = [
    "2月3日，走访企业12家。",
    "2月4日，签约项目3个，签约金额500万元。",
    "本周审核5笔科技成果转化风险补偿贷款1750万元。",
]


def test_apply_delete() -> None:
    assert apply(read_instruction("第二条删掉"), ITEMS) == [ITEMS[0], ITEMS[2]]  # type: ignore[arg-type]
    assert apply(read_instruction("第4条删掉"), ITEMS) is None  # type: ignore[arg-type]
    assert apply(read_instruction("上面那条删掉"), ITEMS) is None  # type: ignore[arg-type]


def test_apply_replace() -> None:
    done = apply(read_instruction("第一条中的“12家”改为“15家”"), ITEMS)  # type: ignore[arg-type]
    assert done == ["2月3日，走访企业15家。", ITEMS[1], ITEMS[2]]
    # 签约 twice in item 2: which one is not sure.
    assert apply(read_instruction("第二条中的“签约”改为“签署”"), ITEMS) is None  # type: ignore[arg-type]
    # Not in the item named, though in another.
    assert apply(read_instruction("第三条中的“12家”改为“15家”"), ITEMS) is None  # type: ignore[arg-type]
    # No item named: exactly once in all items.
    done = apply(read_instruction("把“1750万元”改为“1850万元”"), ITEMS)  # type: ignore[arg-type]
    assert done == [ITEMS[0], ITEMS[1], ITEMS[2].replace("1750", "1850")]
    assert apply(read_instruction("把“2月”改为“3月”"), ITEMS) is None  # type: ignore[arg-type]
    # The old words not said: the editor does it.
    assert apply(read_instruction("第一条的数字改一下，应为15家"), ITEMS) is None  # type: ignore[arg-type]
    assert apply(read_instruction("第5条“12家”改为“15家”"), ITEMS) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["以此为准", "【更正】", "其余的稍后补报"])
def test_versions_and_partial_leave_the_items(text: str) -> None:
    assert apply(read_instruction(text), ITEMS) == ITEMS  # type: ignore[arg-type]


_WORDS = st.text(alphabet="企业走访签约日月家项12345，。", min_size=1, max_size=20)


@given(st.lists(_WORDS, min_size=1, max_size=8), st.data())
def test_a_delete_removes_exactly_that_item(items: list[str], data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=1, max_value=len(items)))
    done = apply(Instruction("delete", n, None, None, f"第{n}条删掉"), items)
    assert done is not None
    assert len(done) == len(items) - 1
    assert done == items[: n - 1] + items[n:]


@given(st.lists(_WORDS, min_size=1, max_size=8), st.data())
def test_a_replace_changes_only_the_named_item(items: list[str], data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=1, max_value=len(items)))
    old = data.draw(st.sampled_from(["企业", "12家", "走访", "签约"]))
    done = apply(Instruction("replace", n, old, "【新】", "…"), items)
    if items[n - 1].count(old) != 1:
        assert done is None
        return
    assert done is not None
    assert len(done) == len(items)
    assert [d for i, d in enumerate(done) if i != n - 1] == [
        t for i, t in enumerate(items) if i != n - 1
    ]
    assert done[n - 1] == items[n - 1].replace(old, "【新】")


@given(st.lists(_WORDS, max_size=5), st.integers(min_value=-3, max_value=12))
def test_an_item_out_of_range_is_not_applied(items: list[str], n: int) -> None:
    if 1 <= n <= len(items):
        return
    assert apply(Instruction("delete", n, None, None, "…"), items) is None
    assert apply(Instruction("replace", n, "企业", "公司", "…"), items) is None
