"""``jixiao schemes``: which scoring schemes ship, and what one of them sets."""

from __future__ import annotations

import typer

from jixiao.cli.common import console, user_errors


def schemes_command(name: str | None = typer.Argument(None, help="方案名称或 YAML 路径")) -> None:
    """列出评分方案，或显示一个方案的设置。"""
    from rich.table import Table

    from jixiao.cli.score import DEFAULT_SCHEME
    from jixiao.decimals import fmt
    from jixiao.model.loading import available_schemes, load_scheme

    with user_errors():
        if name is None:
            table = Table(title="评分方案")
            table.add_column("名称")
            table.add_column("说明")
            for scheme_name in available_schemes():
                default = "（默认）" if scheme_name == DEFAULT_SCHEME else ""
                table.add_row(scheme_name + default, load_scheme(scheme_name).title)
            console.print(table)
            return
        scheme = load_scheme(name)
    console.print(f"[bold]{scheme.name}[/]  {scheme.title}")
    console.print(scheme.source)
    weights = [f"{scheme.execution.name} {fmt(scheme.execution.weight)}"]
    weights += [
        f"{c.name} {fmt(c.weight)}" + (f"（未设置时并入{c.fold_into}）" if c.fold_into else "")
        for c in scheme.categories
    ]
    console.print("一级指标分值：" + "，".join(weights))
    console.print("等级：" + "，".join(f"{g.name} ≥ {fmt(g.min)}" for g in scheme.grades))
    reverse = (
        "线性扣减，实际达 2 倍指标值得 0 分" if scheme.reverse_formula == "linear" else "指标值/实际值 × 分值"
    )
    console.print(f"反向指标：{reverse}")
    console.print(f"超额完成须说明：实际 ≥ 指标值 × {fmt(scheme.over_achievement.ratio)}")
    console.print(
        f"执行率低于 {fmt(scheme.execution.reason_required_below)}% 须说明原因；执行率得分{'封顶' if scheme.execution.capped else '不封顶'}"
    )
    na = "按适用指标折算百分制" if scheme.not_applicable == "renormalise" else "不计入总分"
    console.print(f"不适用指标：{na}；取整：{scheme.rounding.places} 位小数，{scheme.rounding.mode}")
    if scheme.review:
        console.print(
            f"财政复核综合分 = {fmt(scheme.review.self_weight)}×自评 + {fmt(scheme.review.review_weight)}×复核"
        )
