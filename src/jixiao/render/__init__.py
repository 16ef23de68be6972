"""Documents out and in: the 绩效自评表 as xlsx (both ways), the 自评报告 as docx, PDF and HTML."""
