"""Many report files at once: walk folders, review files in worker processes, store each in one transaction."""
