"""Environment checks shared by ``paddlecamp doctor`` and the environment chapter."""
from paddlecamp.doctor.checks import CheckResult, run_checks, summary_table

__all__ = ["CheckResult", "run_checks", "summary_table"]
