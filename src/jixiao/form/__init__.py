"""The published 自评表 read as the unit stated it, whatever the format: the funds block, the indicator
rows with the unit's own scores, the stated total and grade, each value with the place it stands. The
scoring engine then re-scores it (``jixiao.scoring.compare``) for ``jixiao score`` and the audit rules."""
