#!/usr/bin/env python3
"""Drives a served tfcsh sandbox with the real Python clients, pytfe and terrasnek.

Usage (scripts/conformance does all of this):

    TFCSH_CONFORMANCE_TOKEN=T python run.py --pytfe URL --pytfe-live URL \
        --terrasnek URL --terrasnek-live URL

Each client gets sandboxes of its own, started from the same seed, so both clients act on the
same seeded runs and must see the same IDs and answers:

- URL is `tfcsh sandbox serve --now 2026-12-03T10:00:00Z`: the clock is frozen, so the seeded
  ages, statuses and timestamps are exact, and nothing moves unless a request moves it.
- the live URL is served without `--now`: its clock follows real time. The only step that needs
  time to pass is force-cancel, which the sandbox refuses until 10 seconds after a cancel
  (`force-cancel-available-at`). The cancel is sent there first; the force-cancel comes last,
  so the cool-off passes while the other steps run.

Every step prints "ok  CLIENT STEP" or "FAIL CLIENT STEP: WHY"; the last line is
"N passed, M failed", and the exit status is 1 when anything failed.

Expected values come from Sources/Sandbox (ExampleHistory.swift, ExampleSeed.swift,
SandboxStore+Actions.swift) and ../shared/spec/sandbox.md.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import traceback
from datetime import datetime, timedelta, timezone

os.environ.setdefault("TFE_MAX_RETRIES", "0")  # pytfe reads it once, at import time

from pytfe import TFEClient, TFEConfig  # noqa: E402
from pytfe.errors import TFEError  # noqa: E402
from pytfe.models import (  # noqa: E402
    ConfigurationVersion,
    RunApplyOptions,
    RunCancelOptions,
    RunCreateOptions,
    RunDiscardOptions,
    RunForceCancelOptions,
    RunIncludeOpt,
    RunListForOrganizationOptions,
    RunListOptions,
    RunReadOptions,
    Workspace,
)
from terrasnek.api import TFC  # noqa: E402
from terrasnek.exceptions import (  # noqa: E402
    TFCHTTPAPIRequestRateLimit,
    TFCHTTPConflict,
    TFCHTTPUnclassified,
)

ORG = "example-org"
NOW = "2026-12-03T10:00:00Z"
COOL_OFF = timedelta(seconds=10)  # PhaseTiming.forceCancelCoolOff

STUCK = "run-A7xD4c1zLaMe6Rqn"  # production, applying; ignores a cancel
WEEKLY = "run-K4jR7p9qZnYw2Lmp"  # production, applied: 3 add, 1 change, 0 destroy
LAMBDA_PLAN = "run-J7cW8p2qRmYx3Dkv"  # production, plan-only: 2 add, 1 change
STAGING_PLAN = "run-K3jR7m9zXpYw2Ctn"  # staging, awaiting confirmation, three targets
DEV_PLAN = "run-Z6wC3b0yKzLh5Pqm"  # dev, awaiting confirmation
RELEASE = "run-B8yE5d2aLbNf7Sro"  # deployment, pending third in the queue
DECOMMISSION = "run-W3tZ0y7vHwIe2Mnj"  # feature-test, applied destroy: 0, 0, 27

PRODUCTION_NEWEST = [
    STUCK, WEEKLY, "run-L5kS8q1rAoZx3Mnq", "run-M6lT9r2sBpAy4Nod", "run-N7mU0s3tCqBz5Ope",
]
ERRORED = [
    "run-P8vT5q2nWxYz1Fmb", "run-S9pV6u3rDsEa8Ijf", "run-T0qW7v4sEtFb9Jkg",
    "run-U1rX8w5tFuGc0Klh", "run-V2sY9x6uGvHd1Lmi",
]
DESTROYS = [
    "run-L2tP6k8xZnQv1Bmj", DECOMMISSION, "run-X4uA1z8wIxJf3Nok", "run-Y5vB2a9xJyKg4Opl",
]
# Non-final runs of the organization, newest first; the two deployment runs ahead of RELEASE
# have generated IDs, so they are named by message.
NON_FINAL = [
    STAGING_PLAN, RELEASE, "Deploy release v2.4.1", "Deploy release v2.4.0", DEV_PLAN, STUCK,
]
STAGING_TARGETS = ["module.database", "aws_rds_cluster.main", "aws_rds_instance.replicas"]

APPLY_REFUSED = "Run was not paused for confirmation; apply not allowed."
FORCE_CANCEL_REFUSED = (
    "Run was not planning or applying, has not been canceled non-forcefully, "
    "or the cool-off period has not yet passed."
)
FORCE_EXECUTE_REFUSED = "Run is not pending; only a queued run can be force-executed."

RUN_ID = re.compile(r"^run-[A-Za-z0-9]{16}$")
WORKSPACE_ID = re.compile(r"^ws-[A-Za-z0-9]{16}$")


class Failure(Exception):
    """A check that did not hold."""


def expect(condition: bool, why: str) -> None:
    if not condition:
        raise Failure(why)


def equal(actual, expected, what: str) -> None:
    expect(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")


def stamp(value) -> str | None:
    """A timestamp as 2026-12-03T10:00:00Z, whatever form the client gave it in."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value) -> datetime:
    if isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


class Report:
    """Counts and prints step outcomes."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def step(self, client: str, name: str, body) -> None:
        try:
            body()
        except Failure as failure:
            self.fail(client, name, str(failure))
        except Exception as error:  # a client error is a failed step, not a crash
            detail = f"{type(error).__name__}: {error}".replace("\n", " ")
            if os.environ.get("CONFORMANCE_DEBUG"):
                traceback.print_exc()
            self.fail(client, name, detail[:400])
        else:
            self.passed += 1
            print(f"ok  {client} {name}", flush=True)

    def fail(self, client: str, name: str, why: str) -> None:
        self.failed += 1
        print(f"FAIL {client} {name}: {why}", flush=True)


class Run:
    """The parts of a run the checks read, taken from either client's answer."""

    def __init__(self, **fields) -> None:
        self.__dict__.update(fields)


# Shared expectations. Each client turns its own answers into `Run`s, so both are held to
# the same values.

def check_created(run: Run, client: str, staging_id: str) -> None:
    expect(RUN_ID.match(run.id) is not None, f"run ID {run.id!r} is not run-<16 characters>")
    equal(run.status, "pending", "status")
    equal(run.message, f"Conformance: {client} targeted plan", "message")
    equal(run.target_addrs, ["aws_rds_cluster.main"], "target-addrs")
    equal(run.is_destroy, False, "is-destroy")
    equal(run.auto_apply, False, "auto-apply")
    equal(run.refresh, True, "refresh")
    equal(run.plan_only, False, "plan-only")
    equal(run.source, "tfe-api", "source")
    equal(run.trigger_reason, "manual", "trigger-reason")
    equal(run.created_at, NOW, "created-at")
    equal(run.workspace_id, staging_id, "workspace relationship")
    # staging is locked by the seeded plan awaiting confirmation, so the new run waits.
    equal(run.position_in_queue, 1, "position-in-queue")
    equal(run.actions, actions(cancel=True, discard=True), "actions")


def actions(confirm=False, discard=False, cancel=False, force_cancel=False) -> dict:
    return {
        "is-confirmable": confirm, "is-discardable": discard,
        "is-cancelable": cancel, "is-force-cancelable": force_cancel,
    }


def same_run(first: Run, second: Run) -> None:
    for name in ("id", "status", "message", "target_addrs", "is_destroy", "auto_apply",
                 "created_at", "workspace_id", "actions"):
        equal(getattr(second, name), getattr(first, name), f"read back {name}")


def check_stuck_after_cancel(run: Run, available_after: datetime, available_before: datetime):
    equal(run.status, "applying", "status after a cancel (the stuck apply ignores it)")
    expect(run.force_cancel_available_at is not None, "no force-cancel-available-at")
    available = parse_time(run.force_cancel_available_at)
    expect(
        available_after <= available <= available_before,
        f"force-cancel-available-at {stamp(available)} is not 10 s after the cancel",
    )
    equal(run.actions["is-force-cancelable"], False, "is-force-cancelable before the cool-off")


def wait_until(moment: datetime) -> None:
    """Sleeps past `moment`, a timestamp the sandbox rendered in whole seconds."""
    delay = (moment - datetime.now(timezone.utc)).total_seconds() + 1.1
    if delay > 0:
        time.sleep(min(delay, 15))


class PytfeSuite:
    """The steps through pytfe 1.5.0."""

    name = "pytfe"

    def __init__(self, address: str, live: str | None, token: str) -> None:
        self.client = TFEClient(TFEConfig(address=address, token=token))
        self.live = TFEClient(TFEConfig(address=live, token=token)) if live else None
        self.ids: dict[str, str] = {}

    @staticmethod
    def run(model) -> Run:
        acts = model.actions
        return Run(
            id=model.id,
            status=model.status.value if model.status else None,
            message=model.message,
            target_addrs=model.target_addrs,
            is_destroy=model.is_destroy,
            auto_apply=model.auto_apply,
            refresh=model.refresh,
            plan_only=model.plan_only,
            source=model.source.value if model.source else None,
            trigger_reason=model.trigger_reason,
            created_at=stamp(model.created_at),
            workspace_id=model.workspace.id if model.workspace else None,
            position_in_queue=model.position_in_queue,
            force_cancel_available_at=model.force_cancel_available_at,
            plan_id=model.plan.id if model.plan else None,
            apply_id=model.apply.id if model.apply else None,
            timestamps=model.status_timestamps,
            actions=actions(
                acts.is_confirmable, acts.is_discardable, acts.is_cancelable,
                acts.is_force_cancelable,
            ),
        )

    def read(self, run_id: str, client=None) -> Run:
        return self.run((client or self.client).runs.read(run_id))

    def workspace(self, name: str):
        return self.client.workspaces.read(name, organization=ORG)

    def conflict(self, call, status: int, detail: str) -> None:
        try:
            call()
        except TFEError as error:
            equal(error.status, status, "HTTP status of the refusal")
            equal(str(error), detail, "refusal detail")
            return
        raise Failure(f"expected a {status} refusal, the call succeeded")

    # Steps on the frozen sandbox.

    def read_workspace(self) -> None:
        ws = self.workspace("production")
        equal(ws.name, "production", "name")
        expect(WORKSPACE_ID.match(ws.id or "") is not None, f"workspace ID {ws.id!r}")
        equal(ws.terraform_version, "1.5.2", "terraform-version")
        equal(ws.working_directory, "/terraform", "working-directory")
        equal(ws.locked, True, "locked (by the stuck apply)")
        equal(ws.locked_by.run if ws.locked_by else None, STUCK, "locked-by run")
        by_id = self.client.workspaces.read_by_id(ws.id)
        equal((by_id.id, by_id.name), (ws.id, "production"), "read by ID")
        equal(self.read(WEEKLY).workspace_id, ws.id, f"{WEEKLY}'s workspace")
        self.ids["production"] = ws.id

    def list_workspace_runs(self) -> None:
        ws_id = self.workspace("production").id
        plain = [r.id for r in self.client.runs.list(ws_id)]
        equal(plain[:5], PRODUCTION_NEWEST, "newest production runs")
        equal(len(plain), 8, "production runs without plan-only ones")
        expect(LAMBDA_PLAN not in plain, "the plan-only run is listed without filter[operation]")
        every = list(self.client.runs.list(
            ws_id, RunListOptions(operation="plan_only,plan_and_apply")))
        equal([r.id for r in every][:1], [LAMBDA_PLAN], "newest with plan-only runs")
        equal(len(every), 9, "production runs with plan-only ones")
        discarded = self.client.runs.list(ws_id, RunListOptions(status="discarded"))
        equal([r.id for r in discarded], ["run-M6lT9r2sBpAy4Nod"], "discarded production runs")
        # pytfe's own query: empty search[...] and filter[source] values, page size 5.
        staging = self.workspace("staging").id
        waiting = self.client.runs.list(staging, RunListOptions(
            page_size=5, user="", commit="", search="", source="",
            status="planned,policy_checked", operation="plan_only,plan_and_apply"))
        equal([r.id for r in waiting], [STAGING_PLAN], "staging runs awaiting confirmation")

    def list_organization_runs(self) -> None:
        runs = self.client.runs

        def ids(**options):
            return [r.id for r in runs.list_for_organization(
                ORG, RunListForOrganizationOptions(**options))]

        equal(ids(status="errored"), ERRORED, "errored runs")
        equal(ids(operation="destroy"), DESTROYS, "destroy runs")
        found = list(runs.list_for_organization(
            ORG, RunListForOrganizationOptions(status_group="non_final", timeframe="year")))
        named = [r.id if r.id in NON_FINAL else r.message for r in found]
        equal(named, NON_FINAL, "non-final runs")
        equal(ids(status_group="discardable", workspace_names="staging,dev"),
              [STAGING_PLAN, DEV_PLAN], "discardable runs in staging and dev")
        equal(ids(commit="7a8b9c0d"), [LAMBDA_PLAN], "runs of commit 7a8b9c0d")

    def create_run(self) -> None:
        staging = self.workspace("staging")
        version = staging.current_configuration_version
        expect(version is not None and version.id, "staging has no configuration version")
        # pytfe sends the Workspace and ConfigurationVersion models inside `attributes` too.
        created = self.run(self.client.runs.create(RunCreateOptions(
            workspace=Workspace(id=staging.id),
            configuration_version=ConfigurationVersion(id=version.id),
            message="Conformance: pytfe targeted plan",
            target_addrs=["aws_rds_cluster.main"],
            is_destroy=False, refresh=True, auto_apply=False,
        )))
        self.ids["created"] = created.id  # later steps act on it even if a check fails
        self.created = created
        check_created(created, self.name, staging.id)

    def read_run(self) -> None:
        options = RunReadOptions(include=[RunIncludeOpt.RUN_PLAN, RunIncludeOpt.RUN_CREATED_BY,
                                          RunIncludeOpt.RUN_CONFIG_VER])
        model = self.client.runs.read_with_options(self.ids["created"], options)
        same_run(self.created, self.run(model))
        equal(model.created_by.username if model.created_by else None, "admin",
              "included created-by")
        equal(model.plan.status.value if model.plan else None, "pending", "included plan")
        seeded = self.read(STAGING_PLAN)
        equal((seeded.status, seeded.target_addrs), ("planned", STAGING_TARGETS), STAGING_PLAN)
        equal(seeded.actions, actions(confirm=True, discard=True), f"{STAGING_PLAN} actions")

    def apply(self) -> None:
        self.client.runs.apply(STAGING_PLAN, RunApplyOptions(comment="Conformance: pytfe apply"))
        run = self.read(STAGING_PLAN)
        equal(run.status, "confirmed", "status after apply")
        equal(run.actions, actions(cancel=True), "actions after apply")
        equal(stamp(run.timestamps.confirmed_at), NOW, "confirmed-at")
        bodies = [c.body for c in self.client.comments.list(STAGING_PLAN)]
        equal(bodies, ["Conformance: pytfe apply"], "comments")
        self.conflict(lambda: self.client.runs.apply(STAGING_PLAN), 409, APPLY_REFUSED)

    def discard(self) -> None:
        created = self.ids["created"]
        self.client.runs.discard(created)  # no options: an empty body
        run = self.read(created)
        equal(run.status, "discarded", "created run after discard")
        equal(run.actions, actions(), "actions after discard")
        equal(stamp(run.timestamps.discarded_at), NOW, "discarded-at")
        self.client.runs.discard(DEV_PLAN, RunDiscardOptions(comment="Conformance: pytfe"))
        equal(self.read(DEV_PLAN).status, "discarded", f"{DEV_PLAN} after discard")
        equal(self.workspace("dev").locked, False, "dev locked after its plan was discarded")

    def cancel_frozen(self) -> None:
        now = parse_time(NOW)
        self.client.runs.cancel(STUCK, RunCancelOptions(comment="Conformance: pytfe cancel"))
        check_stuck_after_cancel(self.read(STUCK), now + COOL_OFF, now + COOL_OFF)
        self.conflict(
            lambda: self.client.runs.force_cancel(STUCK, RunForceCancelOptions(comment="now")),
            409, FORCE_CANCEL_REFUSED)

    def force_execute(self) -> None:
        ws_id = self.workspace("deployment").id
        before = [self.run(r) for r in self.client.runs.list(ws_id)]
        ahead = [r for r in before if r.status != "applied" and r.id != RELEASE]
        equal(sorted(r.status for r in ahead), ["pending", "planned"], "runs ahead of B8y")
        equal(self.read(RELEASE).position_in_queue, 2, "position of B8y")
        self.client.runs.force_execute(RELEASE)
        equal(self.read(RELEASE).status, "plan_queued", "B8y after force-execute")
        for run in ahead:
            equal(self.read(run.id).status, "discarded", f"{run.message} after force-execute")
        locked_by = self.client.workspaces.read_by_id(ws_id).locked_by
        equal(locked_by.run if locked_by else None, RELEASE, "deployment locked-by run")
        self.conflict(lambda: self.client.runs.force_execute(STAGING_PLAN), 403,
                      FORCE_EXECUTE_REFUSED)

    def read_plan(self) -> None:
        plan = self.client.plans.read_for_run(STAGING_PLAN)
        equal(plan.id, self.read(STAGING_PLAN).plan_id, "plan ID")
        counts = (plan.resource_additions, plan.resource_changes, plan.resource_destructions)
        equal(counts, (1, 2, 0), "staging plan add/change/destroy")
        equal((plan.status.value, plan.has_changes), ("finished", True), "staging plan status")
        lam = self.client.plans.read(self.read(LAMBDA_PLAN).plan_id)
        equal((lam.resource_additions, lam.resource_changes, lam.resource_destructions),
              (2, 1, 0), "lambda plan add/change/destroy")

    def read_apply(self) -> None:
        weekly = self.client.applies.read(self.read(WEEKLY).apply_id)
        equal(weekly.status.value, "finished", "status")
        equal((weekly.resource_additions, weekly.resource_changes,
               weekly.resource_destructions), (3, 1, 0), f"{WEEKLY} add/change/destroy")
        gone = self.client.applies.read(self.read(DECOMMISSION).apply_id)
        equal((gone.resource_additions, gone.resource_changes, gone.resource_destructions),
              (0, 0, 27), f"{DECOMMISSION} add/change/destroy")

    # Steps on the live sandbox.

    def cancel_live(self) -> None:
        start = datetime.now(timezone.utc).replace(microsecond=0)
        self.live.runs.cancel(STUCK, RunCancelOptions(comment="Conformance: pytfe cancel"))
        end = datetime.now(timezone.utc) + timedelta(seconds=1)
        run = self.read(STUCK, self.live)
        check_stuck_after_cancel(run, start + COOL_OFF, end + COOL_OFF)
        self.available = parse_time(run.force_cancel_available_at)

    def force_cancel_live(self) -> None:
        wait_until(self.available)
        equal(self.read(STUCK, self.live).actions["is-force-cancelable"], True,
              "is-force-cancelable after the cool-off")
        self.live.runs.force_cancel(STUCK, RunForceCancelOptions(comment="Conformance: pytfe"))
        # Limitation: pytfe 1.5.0's RunStatus has no force_canceled (nor do go-tfe's constants),
        # so runs.read cannot parse the run now; read it through pytfe's own transport.
        data = self.live._transport.request("GET", f"/api/v2/runs/{STUCK}").json()["data"]
        attrs = data["attributes"]
        equal(attrs["status"], "force_canceled", "status after force-cancel")
        expect("force-canceled-at" in attrs["status-timestamps"], "no force-canceled-at")
        apply_id = data["relationships"]["apply"]["data"]["id"]
        phase = self.live.applies.read(apply_id)
        equal(phase.status.value, "canceled", "apply status after force-cancel")
        production = self.live.workspaces.read("production", organization=ORG)
        equal(production.locked, False, "production locked after force-cancel")


class TerrasnekSuite:
    """The steps through terrasnek 0.1.14.

    terrasnek has no method for the organization's run list, so that step goes through its own
    generic list helper, the way a terrasnek user would reach an endpoint it does not wrap."""

    name = "terrasnek"

    def __init__(self, address: str, live: str | None, token: str) -> None:
        self.api = self.connect(address, token)
        self.live = self.connect(live, token) if live else None
        self.ids: dict[str, str] = {}

    @staticmethod
    def connect(address: str, token: str) -> TFC:
        api = TFC(token, url=address, skip_version_check=True)  # no call to pypi.org
        api.set_org(ORG)
        return api

    @staticmethod
    def run(data: dict) -> Run:
        attrs = data["attributes"]
        rel = data.get("relationships", {})

        def related(name):
            return ((rel.get(name) or {}).get("data") or {}).get("id")

        return Run(
            id=data["id"],
            status=attrs.get("status"),
            message=attrs.get("message"),
            target_addrs=attrs.get("target-addrs"),
            is_destroy=attrs.get("is-destroy"),
            auto_apply=attrs.get("auto-apply"),
            refresh=attrs.get("refresh"),
            plan_only=attrs.get("plan-only"),
            source=attrs.get("source"),
            trigger_reason=attrs.get("trigger-reason"),
            created_at=stamp(attrs.get("created-at")),
            workspace_id=related("workspace"),
            position_in_queue=attrs.get("position-in-queue"),
            force_cancel_available_at=attrs.get("force-cancel-available-at"),
            plan_id=related("plan"),
            apply_id=related("apply"),
            timestamps=attrs.get("status-timestamps") or {},
            actions=dict(attrs.get("actions") or {}),
        )

    def read(self, run_id: str, api=None) -> Run:
        return self.run((api or self.api).runs.show(run_id)["data"])

    def workspace(self, name: str, api=None) -> dict:
        return (api or self.api).workspaces.show(workspace_name=name)["data"]

    @staticmethod
    def conflict(call, status: int, detail: str) -> None:
        try:
            call()
        except (TFCHTTPConflict, TFCHTTPUnclassified) as error:
            errors = error.args[0]["errors"] if error.args else []
            equal([(e.get("status"), e.get("detail")) for e in errors], [(str(status), detail)],
                  "refusal")
            return
        raise Failure(f"expected a {status} refusal, the call succeeded")

    @staticmethod
    def ids_of(answer: dict) -> list[str]:
        return [item["id"] for item in answer["data"]]

    # Steps on the frozen sandbox.

    def read_workspace(self) -> None:
        ws = self.workspace("production")
        attrs = ws["attributes"]
        equal(attrs["name"], "production", "name")
        expect(WORKSPACE_ID.match(ws["id"]) is not None, f"workspace ID {ws['id']!r}")
        equal(attrs["terraform-version"], "1.5.2", "terraform-version")
        equal(attrs["working-directory"], "/terraform", "working-directory")
        equal(attrs["locked"], True, "locked (by the stuck apply)")
        equal(ws["relationships"]["locked-by"]["data"]["id"], STUCK, "locked-by")
        by_id = self.api.workspaces.show(workspace_id=ws["id"])["data"]
        equal((by_id["id"], by_id["attributes"]["name"]), (ws["id"], "production"), "read by ID")
        equal(self.read(WEEKLY).workspace_id, ws["id"], f"{WEEKLY}'s workspace")
        self.ids["production"] = ws["id"]

    def list_workspace_runs(self) -> None:
        ws_id = self.workspace("production")["id"]
        plain = self.ids_of(self.api.runs.list_all(ws_id))
        equal(plain[:5], PRODUCTION_NEWEST, "newest production runs")
        equal(len(plain), 8, "production runs without plan-only ones")
        every = self.ids_of(self.api.runs.list(ws_id, page=1, page_size=20, filters=[
            {"keys": ["operation"], "value": "plan_only,plan_and_apply"}]))
        equal((every[:1], len(every)), ([LAMBDA_PLAN], 9), "production runs with plan-only ones")
        discarded = self.api.runs.list(ws_id, filters=[{"keys": ["status"], "value": "discarded"}])
        equal(self.ids_of(discarded), ["run-M6lT9r2sBpAy4Nod"], "discarded production runs")
        staging = self.workspace("staging")["id"]
        waiting = self.api.runs.list(staging, page=1, page_size=20, include=["plan"], filters=[
            {"keys": ["status"], "value": "planned,policy_checked"}])
        equal(self.ids_of(waiting), [STAGING_PLAN], "staging runs awaiting confirmation")
        plan_id = self.run(waiting["data"][0]).plan_id
        equal([(i["type"], i["id"]) for i in waiting.get("included", [])], [("plans", plan_id)],
              "included plan")

    def list_organization_runs(self) -> None:
        runs = self.api.runs
        url = f"{runs._api_v2_base_url}/organizations/{ORG}/runs"

        def ids(**filters):
            keyed = [{"keys": [key], "value": value} for key, value in filters.items()]
            return self.ids_of(runs._list(url, page=1, page_size=100, filters=keyed))

        equal(ids(status="errored"), ERRORED, "errored runs")
        equal(ids(operation="destroy"), DESTROYS, "destroy runs")
        equal(ids(status_group="discardable", workspace_names="staging,dev"),
              [STAGING_PLAN, DEV_PLAN], "discardable runs in staging and dev")

    def create_run(self) -> None:
        staging = self.workspace("staging")
        version = staging["relationships"]["current-configuration-version"]["data"]["id"]
        payload = {"data": {
            "type": "runs",
            "attributes": {
                "message": "Conformance: terrasnek targeted plan",
                "target-addrs": ["aws_rds_cluster.main"],
                "is-destroy": False, "refresh": True, "auto-apply": False,
            },
            "relationships": {
                "workspace": {"data": {"type": "workspaces", "id": staging["id"]}},
                "configuration-version": {
                    "data": {"type": "configuration-versions", "id": version}},
            },
        }}
        created = self.run(self.api.runs.create(payload)["data"])
        self.ids["created"] = created.id  # later steps act on it even if a check fails
        self.created = created
        check_created(created, self.name, staging["id"])

    def read_run(self) -> None:
        answer = self.api.runs.show(self.ids["created"], include=["plan", "created_by"])
        same_run(self.created, self.run(answer["data"]))
        included = {i["type"]: i for i in answer.get("included", [])}
        equal(included.get("users", {}).get("attributes", {}).get("username"), "admin",
              "included created-by")
        equal(included.get("plans", {}).get("attributes", {}).get("status"), "pending",
              "included plan")
        seeded = self.read(STAGING_PLAN)
        equal((seeded.status, seeded.target_addrs), ("planned", STAGING_TARGETS), STAGING_PLAN)
        equal(seeded.actions, actions(confirm=True, discard=True), f"{STAGING_PLAN} actions")

    def apply(self) -> None:
        self.api.runs.apply(STAGING_PLAN, {"comment": "Conformance: terrasnek apply"})
        run = self.read(STAGING_PLAN)
        equal(run.status, "confirmed", "status after apply")
        equal(run.actions, actions(cancel=True), "actions after apply")
        equal(stamp(run.timestamps.get("confirmed-at")), NOW, "confirmed-at")
        comments = self.api.comments.list_for_run(STAGING_PLAN)["data"]
        equal([c["attributes"]["body"] for c in comments], ["Conformance: terrasnek apply"],
              "comments")
        # Without a payload terrasnek sends the JSON body `null`.
        self.conflict(lambda: self.api.runs.apply(STAGING_PLAN, None), 409, APPLY_REFUSED)

    def discard(self) -> None:
        created = self.ids["created"]
        self.api.runs.discard(created, None)  # the body `null`
        run = self.read(created)
        equal(run.status, "discarded", "created run after discard")
        equal(run.actions, actions(), "actions after discard")
        equal(stamp(run.timestamps.get("discarded-at")), NOW, "discarded-at")
        self.api.runs.discard(DEV_PLAN, {"comment": "Conformance: terrasnek"})
        equal(self.read(DEV_PLAN).status, "discarded", f"{DEV_PLAN} after discard")
        equal(self.workspace("dev")["attributes"]["locked"], False,
              "dev locked after its plan was discarded")

    def cancel_frozen(self) -> None:
        now = parse_time(NOW)
        self.api.runs.cancel(STUCK, {"comment": "Conformance: terrasnek cancel"})
        check_stuck_after_cancel(self.read(STUCK), now + COOL_OFF, now + COOL_OFF)
        self.conflict(lambda: self.api.runs.force_cancel(STUCK, {"comment": "now"}), 409,
                      FORCE_CANCEL_REFUSED)

    def force_execute(self) -> None:
        ws_id = self.workspace("deployment")["id"]
        before = [self.run(r) for r in self.api.runs.list(ws_id)["data"]]
        ahead = [r for r in before if r.status != "applied" and r.id != RELEASE]
        equal(sorted(r.status for r in ahead), ["pending", "planned"], "runs ahead of B8y")
        equal(self.read(RELEASE).position_in_queue, 2, "position of B8y")
        self.api.runs.force_execute(RELEASE)  # the body `null`
        equal(self.read(RELEASE).status, "plan_queued", "B8y after force-execute")
        for run in ahead:
            equal(self.read(run.id).status, "discarded", f"{run.message} after force-execute")
        locked = self.api.workspaces.show(workspace_id=ws_id)["data"]
        equal(locked["relationships"]["locked-by"]["data"]["id"], RELEASE, "deployment locked-by")
        self.conflict(lambda: self.api.runs.force_execute(STAGING_PLAN), 403,
                      FORCE_EXECUTE_REFUSED)

    @staticmethod
    def counts(attrs: dict) -> tuple:
        return (attrs["resource-additions"], attrs["resource-changes"],
                attrs["resource-destructions"])

    def read_plan(self) -> None:
        plan = self.api.plans.show(self.read(STAGING_PLAN).plan_id)["data"]["attributes"]
        equal(self.counts(plan), (1, 2, 0), "staging plan add/change/destroy")
        equal((plan["status"], plan["has-changes"]), ("finished", True), "staging plan status")
        lam = self.api.plans.show(self.read(LAMBDA_PLAN).plan_id)["data"]["attributes"]
        equal(self.counts(lam), (2, 1, 0), "lambda plan add/change/destroy")

    def read_apply(self) -> None:
        weekly = self.api.applies.show(self.read(WEEKLY).apply_id)["data"]["attributes"]
        equal(weekly["status"], "finished", "status")
        equal(self.counts(weekly), (3, 1, 0), f"{WEEKLY} add/change/destroy")
        gone = self.api.applies.show(self.read(DECOMMISSION).apply_id)["data"]["attributes"]
        equal(self.counts(gone), (0, 0, 27), f"{DECOMMISSION} add/change/destroy")

    # Steps on the live sandbox.

    def cancel_live(self) -> None:
        start = datetime.now(timezone.utc).replace(microsecond=0)
        self.live.runs.cancel(STUCK, {"comment": "Conformance: terrasnek cancel"})
        end = datetime.now(timezone.utc) + timedelta(seconds=1)
        run = self.read(STUCK, self.live)
        check_stuck_after_cancel(run, start + COOL_OFF, end + COOL_OFF)
        self.available = parse_time(run.force_cancel_available_at)

    def force_cancel_live(self) -> None:
        wait_until(self.available)
        equal(self.read(STUCK, self.live).actions["is-force-cancelable"], True,
              "is-force-cancelable after the cool-off")
        self.live.runs.force_cancel(STUCK, {"comment": "Conformance: terrasnek"})
        run = self.read(STUCK, self.live)
        equal(run.status, "force_canceled", "status after force-cancel")
        expect("force-canceled-at" in run.timestamps, "no force-canceled-at")
        phase = self.live.applies.show(run.apply_id)["data"]["attributes"]
        equal(phase["status"], "canceled", "apply status after force-cancel")
        production = self.workspace("production", self.live)["attributes"]
        equal(production["locked"], False, "production locked after force-cancel")


FROZEN_STEPS = [
    ("read workspace by name", "read_workspace"),
    ("list runs in a workspace with filters", "list_workspace_runs"),
    ("list runs in the organization with filters", "list_organization_runs"),
    ("create run", "create_run"),
    ("read run", "read_run"),
    ("apply", "apply"),
    ("discard", "discard"),
    ("cancel, then force-cancel refused in the cool-off (frozen clock)", "cancel_frozen"),
    ("force-execute", "force_execute"),
    ("read plan", "read_plan"),
    ("read apply", "read_apply"),
]


def rate_limits(address: str, token: str) -> None:
    """On a sandbox with the API's limits on: terrasnek, which never retries, meets the 429 of
    the 31st run list in a minute; pytfe, which retries as Retry-After says, waits it out."""
    snek = TerrasnekSuite.connect(address, token)
    url = f"{snek.runs._api_v2_base_url}/organizations/{ORG}/runs"
    sent = 0
    refused = False
    started = time.monotonic()
    try:
        while sent < 60:
            snek.runs._list(url, page=1, page_size=1)
            sent += 1
    except TFCHTTPAPIRequestRateLimit:
        refused = True
    # The bucket refills one list every two seconds while the lists go out.
    refilled = int((time.monotonic() - started) / 2) + 1
    expect(refused, "terrasnek was never refused")
    expect(30 <= sent <= 30 + refilled, f"{sent} run lists admitted before the first 429")
    client = TFEClient(TFEConfig(address=address, token=token, max_retries=5))
    started = time.monotonic()
    firsts = set()
    for _ in range(3):
        options = RunListForOrganizationOptions(page_size=1)
        firsts.add(next(iter(client.runs.list_for_organization(ORG, options))).id)
    waited = time.monotonic() - started
    equal(len(firsts), 1, "the same newest run each time")
    # The bucket refills one list every two seconds: three more lists wait about six.
    expect(3 <= waited <= 20, f"pytfe waited {waited:.1f} s for three rate-limited lists")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for client in ("pytfe", "terrasnek"):
        parser.add_argument(f"--{client}", help="a sandbox served with --now (frozen clock)")
        parser.add_argument(f"--{client}-live", help="a sandbox served in real time")
    parser.add_argument("--limited", help="a sandbox served with the API's rate limits on")
    args = parser.parse_args()
    token = os.environ.get("TFCSH_CONFORMANCE_TOKEN", "")
    if not token:
        parser.error("set TFCSH_CONFORMANCE_TOKEN to the token the sandboxes were served with")

    report = Report()
    suites = []
    for kind in (PytfeSuite, TerrasnekSuite):
        address = getattr(args, kind.name)
        if address:
            live = getattr(args, f"{kind.name}_live")
            report.step(kind.name, "connect", lambda: suites.append(kind(address, live, token)))
    live_suites = [suite for suite in suites if suite.live]
    # The cancels go first so that their cool-off passes while the other steps run.
    for suite in live_suites:
        report.step(suite.name, "cancel the stuck apply (live clock)", suite.cancel_live)
    for suite in suites:
        for title, method in FROZEN_STEPS:
            if hasattr(suite, method):
                report.step(suite.name, title, getattr(suite, method))
    for suite in live_suites:
        if hasattr(suite, "available"):
            report.step(suite.name, "force-cancel after the cool-off (live clock)",
                        suite.force_cancel_live)
        else:
            report.fail(suite.name, "force-cancel after the cool-off (live clock)",
                        "the cancel step failed")
    if len(suites) == 2 and all("production" in s.ids for s in suites):
        report.step("both", "same workspace IDs from the same seed", lambda: equal(
            suites[1].ids["production"], suites[0].ids["production"], "production ID"))
    if args.limited:
        report.step("both", "a 429 stops terrasnek; pytfe waits as Retry-After says",
                    lambda: rate_limits(args.limited, token))
    print(f"{report.passed} passed, {report.failed} failed", flush=True)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
