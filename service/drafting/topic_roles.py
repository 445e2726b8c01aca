"""A fifth set of team-written topics (issue 14): roles and kinds of build that still got no know-how remark after
``topic_dev`` and ``topic_data`` (a model to build, feature engineering, a
model in production, Google Apps Script outside the data workspace, a pipeline run by an orchestrator). The same
rules hold (one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool
the trigger does not require, no claim about the client's situation). The broad one (a model to build) is a fallback
(``Topic.fallback``): weighed only when no other topic is found, so it never displaces a specific remark. Data
only."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, DEV, Topic

ROLE_TOPICS: tuple[Topic, ...] = (
    Topic("feature_leak", r"\b(feature engineering|feature selection)\b", DATA_DEV,
          "For feature engineering I would build each feature only from what is known at the moment of the "
          "prediction, since a feature that leaks later information makes a model look far better in testing than "
          "it will be live."),
    Topic("model_ops", r"\b(mlops|ml ops|model (?:deployment|monitoring|serving)|deploy\w* (?:the |our |your )?"
                       r"(?:ml |machine learning |ai )?models?)\b", DATA_DEV,
          "For a model in production I would log its inputs and predictions with the model version, so drift shows "
          "up early and any prediction can be traced to the model that made it."),
    Topic("apps_script_dev", r"\b(apps ?script|google apps script)\b", DEV,
          "In Apps Script I would read and write whole ranges in one call rather than cell by cell, since each call "
          "to the sheet is slow and a run stops after six minutes.",
          needs=r"\b(?:sheets?|spreadsheets?)\b"),
    Topic("orchestrator", r"\b(dagster|prefect)\b", DATA_DEV,
          "With an orchestrator I would make every step safe to re-run on its own, so a failed run is fixed by "
          "re-running that one step rather than the whole pipeline.",
          needs=r"\b(?:pipelines?|jobs?|assets?|flows?|etl|elt|data)\b"),
    Topic("model_baseline", r"\b(data scien\w+|machine learning|ml engineer\w*|ai/ml|ml/ai|predictive model\w*)\b",
          DATA_DEV,
          "For a model I would start from a simple baseline and a hold-out set it never trains on, so every gain "
          "from a more complex model is measured rather than assumed.",
          fallback=True,
          # a model is to be built or improved: a data-science title over dashboards and reports is another job
          needs=r"\b(?:models?|predict\w*|train\w*|classif\w+|regression)\b",
          # teaching or filming machine learning is not building a model
          unless=r"\b(?:tutorials?|instructors?|teach\w*|courses?|lessons?|youtube|video creators?)\b"),
)

# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
ROLE_KINDS: dict[str, set[str]] = {
    "feature_leak": {"ml", "ai", "analysis", "general"},
    "model_ops": {"ml", "ai", "api", "pipeline", "general"},
    "apps_script_dev": {"automation", "spreadsheet", "general", "webapp", "api", "import"},
    "orchestrator": {"pipeline", "database", "migration", "general"},
    "model_baseline": {"ml", "ai", "general", "analysis", "webapp"},
}
