"""Importing a territory's directory from a CSV file, in four steps that the command and the admin share:
read the file (`reading`), turn each row into an entry's values (`values`), validate them with the model's own
rules and compare them with what the site holds (`planning`: a plan, written only by `apply_plan`), and tell
an editor what the plan does (`report`).
"""
