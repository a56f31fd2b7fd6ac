"""统计: the monthly and quarterly review (复盘) of complaints."""
