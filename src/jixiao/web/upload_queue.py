"""Uploads reviewed off the request path: the request only checks each file (size, type, zip bomb), keeps
it in the spool folder and queues a row in ``uploads``; one worker thread per server reviews the queue in
turn, each file in a child process under the reading limits, so no upload holds a request thread, the
event loop or the server's memory. The upload page polls the rows for progress.

The queue is the database, so a file queued by one server process may be reviewed by another's worker (a
row is claimed by an UPDATE that only one of them wins), and the record stays when the server stops.
"""

from __future__ import annotations

import secrets
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, insert, select, update

from jixiao.store.audit_log import log_change
from jixiao.store.models import UploadItem, User, utcnow
from jixiao.web.accounts import Account
from jixiao.web.intake import Intake, take_evaluation, take_report
from jixiao.web.uploads import Upload

GONE = "服务器重启后找不到待审核的文件，请重新上传"


def new_batch() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Refused:
    """A file the request refused before queuing it, and why."""

    name: str
    reason: str


class UploadQueue:
    """Queues accepted files and runs the worker thread while there is work."""

    def __init__(self, engine: Engine, spool: Path | None = None) -> None:
        self.engine = engine
        self._spool = spool
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    @property
    def spool(self) -> Path:
        with self._lock:
            if self._spool is None:
                self._spool = Path(tempfile.mkdtemp(prefix="jixiao-uploads-"))
            self._spool.mkdir(parents=True, exist_ok=True)
            return self._spool

    def keep(self, upload: Upload, batch: str, position: int) -> Upload:
        """Move an accepted upload out of its temporary folder into the spool, under a generated name."""
        kept = self.spool / f"{batch}-{position}{upload.path.suffix}"
        upload.path.replace(kept)
        return Upload(kept, upload.name, upload.kind)

    def enqueue(self, batch: str, account: Account, scheme: str, files: list[Upload | Refused]) -> None:
        """Queue the kept files in the order sent; a refusal is recorded as finished at once."""
        now = utcnow()
        with self.engine.begin() as connection:
            for file in files:
                queued = isinstance(file, Upload)
                connection.execute(
                    insert(UploadItem).values(
                        batch=batch,
                        user_id=account.id,
                        scheme=scheme,
                        file_name=file.name,
                        kind=file.kind if isinstance(file, Upload) else None,
                        spool=str(file.path) if isinstance(file, Upload) else None,
                        state="queued" if queued else "finished",
                        outcome=None if queued else "refused",
                        reason=file.reason if isinstance(file, Refused) else "",
                        created_at=now,
                        finished_at=None if queued else now,
                    )
                )
        self.wake()

    def wake(self) -> None:
        """Start the worker unless it runs; it stops by itself when the queue is empty."""
        with self._lock:
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="jixiao-uploads", daemon=True)
                self._worker.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                item_id = self._claim()
                if item_id is None:
                    self._worker = None
                    return
            self.review(item_id)

    def _claim(self) -> int | None:
        """The oldest queued file, now marked running; None when nothing waits."""
        with self.engine.begin() as connection:
            for item_id in connection.scalars(
                select(UploadItem.id).where(UploadItem.state == "queued").order_by(UploadItem.id).limit(5)
            ):
                won = connection.execute(
                    update(UploadItem)
                    .where(UploadItem.id == item_id, UploadItem.state == "queued")
                    .values(state="running")
                )
                if won.rowcount == 1:
                    return item_id
        return None

    def review(self, item_id: int) -> None:
        """Review one claimed file, record the outcome (and who uploaded it, in the audit log)."""
        with self.engine.connect() as connection:
            item = connection.execute(select(UploadItem).where(UploadItem.id == item_id)).one()
            user = connection.execute(
                select(User.id, User.username, User.role, User.unit_id).where(User.id == item.user_id)
            ).one_or_none()
        path = Path(item.spool) if item.spool else None
        if path is None or not path.is_file() or user is None:
            result = Intake("failed", reason=GONE if user is not None else "上传者的账号已不存在")
        else:
            account = Account(user.id, user.username, user.role, user.unit_id, None)
            try:
                if item.kind == "xlsx":
                    result = take_evaluation(self.engine, path, account)
                else:
                    result = take_report(self.engine, path, item.file_name, item.scheme)
            except Exception as error:  # one file's defect never stops the queue
                result = Intake("failed", reason=f"处理时出现内部错误（{type(error).__name__}：{error}）")
        if path is not None:
            path.unlink(missing_ok=True)
        outcome = {
            "outcome": result.outcome,
            "reason": result.reason,
            "report_id": result.report_id,
            "evaluation_id": result.evaluation_id,
        }
        with self.engine.begin() as connection:
            connection.execute(
                update(UploadItem)
                .where(UploadItem.id == item_id)
                .values(state="finished", spool=None, finished_at=utcnow(), **outcome)
            )
            log_change(
                connection,
                actor=user.username if user else "",
                user_id=user.id if user else None,
                entity="uploads",
                entity_id=item_id,
                action="create",
                before=None,
                after={"file_name": item.file_name, **outcome},
            )

    def resume(self) -> None:
        """At start: files left running by a stopped server are queued again, and the worker woken."""
        with self.engine.begin() as connection:
            connection.execute(update(UploadItem).where(UploadItem.state == "running").values(state="queued"))
        self.wake()
