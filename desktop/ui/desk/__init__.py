"""工作台: the complaints desk — list with countdowns, detail, intake, follow-up, alerts."""
