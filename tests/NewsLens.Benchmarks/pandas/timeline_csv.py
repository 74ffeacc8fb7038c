"""The monthly timeline CSV of `newslens count --period month`, written from pandas, shared by both pandas ways."""
import sys

COLUMNS = ["period", "entity", "label", "kind", "mentions", "articles", "period_articles", "period_words", "share", "per_10k_words"]


def write(per_entity, per_period, entries):
    """per_entity: period, entity (id), mentions, articles; per_period: period_articles, period_words by period."""
    meta = {e["id"]: e for e in entries}
    out = per_entity.join(per_period, on="period")
    out["share"] = out["articles"] / out["period_articles"]
    out["per_10k_words"] = out["mentions"] * 10000 / out["period_words"]
    out["label"] = [meta[i].get("label", i) for i in out["entity"]]
    out["kind"] = [meta[i]["kind"] for i in out["entity"]]
    out["period"] = out["period"].dt.strftime("%Y-%m-%d")
    out = out.sort_values(["period", "entity"])
    out[COLUMNS].to_csv(sys.stdout, index=False, float_format="%.6f", lineterminator="\n")
